/* eventwire dashboard: a small hash-routed single page over the REST API.
 *
 * Every piece of text from the API is put in the page with textContent (the `el` helper),
 * never as HTML, so article text cannot inject markup.
 */
"use strict";

const QUAD = {
  1: { label: "Verbal cooperation", cls: "q1" },
  2: { label: "Material cooperation", cls: "q2" },
  3: { label: "Verbal conflict", cls: "q3" },
  4: { label: "Material conflict", cls: "q4" },
};
const COLORS = { coop: "#2f7d5b", conflict: "#c2412d", volume: "#3d5a99", goldstein: "#8a6d1e" };
const PAGE_SIZE = 50;

/* ---------- small helpers ---------- */

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(href, text, attrs) {
  return el("a", Object.assign({ href }, attrs || {}), text);
}

/* URL query text from an object, leaving out empty values. */
function queryString(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  return query.toString();
}

function hashFor(route, params) {
  const text = queryString(params);
  return "#/" + route + (text ? "?" + text : "");
}

async function api(path, options) {
  const response = await fetch(path, options);
  let payload = null;
  try { payload = await response.json(); } catch (_) { payload = null; }
  if (!response.ok) {
    const detail = payload && payload.detail ? payload.detail : response.statusText;
    const error = new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
    error.status = response.status;
    throw error;
  }
  return payload;
}

function showError(error) {
  const banner = document.getElementById("banner");
  banner.textContent = (error.status ? `Error ${error.status}: ` : "Error: ") + error.message;
  banner.hidden = false;
}

function clearError() {
  const banner = document.getElementById("banner");
  banner.hidden = true;
  banner.textContent = "";
}

function actorCode(actor) {
  if (actor && typeof actor === "object") return actor.code || actor.country || actor.text || "?";
  return "—";
}

function actorTitle(actor) {
  if (!actor || typeof actor !== "object") return null;
  return [actor.name, actor.text && `“${actor.text}”`].filter(Boolean).join(" ");
}

/* Events and quotes arrive in the output contract's shapes (nested actors). */
function eventSource(e) { return e.source || null; }
function eventTarget(e) { return e.target || null; }
function sourceCode(e) { return actorCode(eventSource(e)); }
function targetCode(e) { return actorCode(eventTarget(e)); }
function goldstein(e) {
  const value = Number(e.goldstein);
  return Number.isFinite(value) ? (value > 0 ? "+" : "") + value.toFixed(1) : "";
}
function quadBadge(e) {
  const quad = QUAD[Number(e.quad_class)];
  return el("span", { class: "quad " + (quad ? quad.cls : ""), title: quad ? quad.label : "" },
    quad ? quad.label : "QuadClass " + (e.quad_class ?? "?"));
}
/* CAMEO code -> name, from /api/cameo (loaded once, before the first page). */
const CAMEO = new Map();

async function loadCodebook() {
  if (CAMEO.size) return;
  const data = await api("/api/cameo");
  for (const entry of data.codes) CAMEO.set(entry.code, sentenceCase(entry.name));
}

function sentenceCase(text) {
  const lower = String(text || "").toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function cameoLabel(e) {
  const name = CAMEO.get(e.cameo);
  return name ? `${e.cameo} ${name}` : `CAMEO ${e.cameo}`;
}
function percent(share) {
  const value = Number(share);
  return share === null || share === undefined || !Number.isFinite(value) ? "" : Math.round(value * 100) + "%";
}
function shortDate(value) {
  return value ? String(value).slice(0, 10) : "";
}

/* ---------- views ---------- */

const views = {};

views.overview = async function (root) {
  const data = await api("/api/overview?top=10");
  const totals = data.totals || {};
  const tiles = el("div", { class: "tiles" });
  for (const [key, label] of [["articles", "Articles"], ["events", "Events"], ["quotes", "Quotes"], ["actors", "Actors"]]) {
    if (totals[key] === undefined) continue;
    tiles.append(el("div", { class: "tile", "data-testid": "tile-" + key },
      el("div", { class: "tile-value", text: Number(totals[key]).toLocaleString("en") }),
      el("div", { class: "tile-label", text: label })));
  }
  root.append(el("h1", { text: "Overview" }), tiles);

  const grid = el("div", { class: "grid2" });
  const volume = data.volume;
  const volumeCard = el("section", { class: "card wide" }, el("h2", { text: `Event volume per ${volume.freq}` }));
  if (volume.outside) {
    volumeCard.append(el("p", { class: "hint", text: `${volume.since} to ${volume.until}; ` +
      `${volume.outside} events dated outside this range (1% at each end) are not drawn.` }));
  }
  const canvasBox = el("div", { class: "chart-box" }, el("canvas", { id: "volume-chart", "aria-label": "Events per day" }));
  volumeCard.append(canvasBox);
  if (!volume.items.length) volumeCard.append(el("p", { class: "empty", text: "No dated events yet." }));
  root.append(volumeCard);
  volumeCard.append(el("p", { class: "hint", text: "Drag across the bars (or click one) to list the events of that period." }));
  drawSeries(canvasBox.querySelector("canvas"), volume.items, {
    onRange: (first, last) => {
      location.hash = hashFor("events", { since: rowRange(first, volume.freq)[0], until: rowRange(last, volume.freq)[1] });
    },
  });

  const dyads = el("section", { class: "card" }, el("h2", { text: "Top dyads" }));
  dyads.append(table(["Dyad", "Events", "Mean Goldstein", "Conflict", "Last day"], data.top_dyads.map((d) => [
    link(hashFor("dyads", { dyad: d.dyad }), d.dyad, { class: "mono" }), d.events,
    el("span", { class: "mono", text: goldstein({ goldstein: d.goldstein_mean }) }), percent(d.conflict_share),
    el("span", { class: "mono nowrap", text: shortDate(d.last_day) }),
  ]), { id: "top-dyads", empty: "No dyads yet." }));
  const actors = el("section", { class: "card" }, el("h2", { text: "Top actors" }));
  actors.append(table(["Actor", "Stands for", "Events", "As source", "As target"], data.top_actors.map((a) => [
    link(hashFor("events", { actor: a.code }), a.code, { class: "mono" }), a.label || "", a.events, a.as_source, a.as_target,
  ]), { id: "top-actors", empty: "No actors yet." }));
  grid.append(dyads, actors);
  root.append(grid);

  const alerts = el("section", { class: "card" }, el("h2", { text: "Latest alerts" }));
  alerts.append(alertList(data.alerts));
  root.append(alerts);
};

function alertList(items) {
  if (!items.length) return el("p", { class: "empty", id: "alerts", text: "No escalation alerts." });
  return el("ul", { class: "alerts", id: "alerts" }, items.map((a) => {
    const when = shortDate(a.period);
    const text = `${a.conflict_events} conflict events, intensity ${Number(a.intensity).toFixed(1)} ` +
      `against a baseline of ${Number(a.baseline_mean).toFixed(1)} ± ${Number(a.baseline_std).toFixed(1)}`;
    return el("li", { class: "alert" },
      el("span", { class: "alert-date mono", text: when }),
      link(hashFor("dyads", { dyad: a.dyad, freq: "week" }), a.dyad, { class: "mono alert-dyad" }),
      el("span", { class: "alert-text", text }),
      el("span", { class: "alert-score", text: "z " + Number(a.z).toFixed(1) }));
  }));
}

views.dyads = async function (root, params) {
  const dyad = params.get("dyad") || "";
  const freq = params.get("freq") || "week";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  root.append(el("h1", { text: "Dyad explorer" }));

  const datalist = el("datalist", { id: "dyad-options" });
  const form = el("form", { class: "filters", id: "dyad-form" },
    field("Dyad (source:target)", el("input", { name: "dyad", value: dyad, placeholder: "RUS:UKR", list: "dyad-options", autocomplete: "off" })),
    field("Bin", select("freq", [["day", "Day"], ["week", "Week"], ["month", "Month"]], freq)),
    field("Since", el("input", { name: "since", type: "date", value: since })),
    field("Until", el("input", { name: "until", type: "date", value: until })),
    el("button", { type: "submit", text: "Show" }), datalist);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = hashFor("dyads", formValues(form));
  });
  root.append(form);
  const shortcuts = el("div", { class: "shortcuts", id: "dyad-shortcuts" });
  root.append(shortcuts);
  // Fetched beside the series, and awaited before the page says it is ready: the row of
  // shortcuts sits above the chart, and arriving late it would move the chart under the pointer.
  const shortcutsShown = api("/api/overview?top=12").then((data) => {
    for (const d of data.top_dyads) datalist.append(el("option", { value: d.dyad }));
    if (data.top_dyads.length) {
      shortcuts.append(el("span", { class: "muted", text: "Top dyads: " }),
        ...data.top_dyads.map((d) => link(hashFor("dyads", { dyad: d.dyad, freq, since, until }), d.dyad, { class: "chip mono" })));
    }
  }).catch(() => {});

  const chartCard = el("section", { class: "card" },
    el("h2", { text: dyad ? `${dyad}: cooperation vs. conflict per ${freq}` : `All events: cooperation vs. conflict per ${freq}` }),
    el("p", { class: "hint", text: "Click a bar to list the events behind it; drag across bars to narrow the period." }));
  const canvasBox = el("div", { class: "chart-box tall" }, el("canvas", { id: "dyad-chart" }));
  chartCard.append(canvasBox);
  const behind = el("section", { class: "card", id: "point-events" },
    el("p", { class: "empty", text: "The events behind the point you click appear here." }));
  root.append(chartCard, behind);

  const data = await api("/api/series?" + queryString({ dyad, freq, since, until }));
  if (!data.items.length) chartCard.append(el("p", { class: "empty", text: "No events for this selection." }));
  drawSeries(canvasBox.querySelector("canvas"), data.items, {
    goldstein: true,
    onPoint: (row) => showPointEvents(behind, dyad, row, freq),
    onRange: (first, last) => {
      location.hash = hashFor("dyads", { dyad, freq, since: rowRange(first, freq)[0], until: rowRange(last, freq)[1] });
    },
  });
  if (since || until) showRangeEvents(behind, dyad, since, until);
  await shortcutsShown;
};

async function showPointEvents(container, dyad, row, freq) {
  const start = shortDate(periodOf(row));
  const end = periodEnd(start, freq);
  container.replaceChildren(el("h2", { text: `Events behind ${start}${end !== start ? " – " + end : ""}` }),
    el("p", { class: "hint", text: "Loading…" }));
  try {
    const data = await api("/api/events?" + queryString({ dyad, since: start, until: end, limit: 200 }));
    container.replaceChildren(container.firstChild, eventTable(data.items));
    container.scrollIntoView({ behavior: "smooth", block: "start" });
  } catch (error) { showError(error); }
}

async function showRangeEvents(container, dyad, since, until) {
  container.replaceChildren(el("h2", { text: `Events ${since || "…"} – ${until || "…"}` }), el("p", { class: "hint", text: "Loading…" }));
  const data = await api("/api/events?" + queryString({ dyad, since, until, limit: 200 }));
  container.replaceChildren(container.firstChild, eventTable(data.items),
    el("p", { class: "muted", text: `${data.items.length} of ${data.total} events` }));
}

function periodOf(row) { return row.period; }

function periodEnd(start, freq) {
  const day = new Date(start + "T00:00:00Z");
  if (freq === "week") day.setUTCDate(day.getUTCDate() + 6);
  else if (freq === "month") { day.setUTCMonth(day.getUTCMonth() + 1, 0); }
  return day.toISOString().slice(0, 10);
}

/* The events table; with `sorting` ({ route, values, sort }) its headers sort the list. */
function eventTable(items, sorting) {
  const headers = [["Date", "day"], ["Source", "source"], ["Event", "cameo"], ["Target", "target"],
    ["Class", "quad_class"], ["Goldstein", "goldstein"], ["Conf.", "confidence"], ["Sentence", null]];
  return table(headers.map(([label, key]) => (sorting && key ? sortHeader(label, key, sorting) : label)), items.map((e) => {
    const id = e.article_id;
    const sentence = el("span", { class: "sentence", text: e.sentence || "" });
    return [
      el("span", { class: "mono nowrap", text: shortDate(e.day || e.date) }),
      el("span", { class: "mono", title: actorTitle(eventSource(e)) || "", text: sourceCode(e) }),
      el("span", { class: "cameo-cell", text: cameoLabel(e) }),
      el("span", { class: "mono", title: actorTitle(eventTarget(e)) || "", text: e.target ? targetCode(e) : "—" }),
      quadBadge(e),
      el("span", { class: "mono", text: goldstein(e) }),
      el("span", { class: "mono", text: e.confidence === null || e.confidence === undefined ? "" : Number(e.confidence).toFixed(2) }),
      el("div", {},
        id ? link(hashFor("article/" + encodeURIComponent(id), { event: e.event_id ?? e.id }), sentence, { class: "sentence-link" }) : sentence,
        e.article_title ? el("div", { class: "muted small", text: [e.article_source, e.article_title].filter(Boolean).join(": ") }) : null),
    ];
  }), { id: "event-table", empty: "No events match these filters." });
}

/* A column header that sorts by `key` (again: the other way round). */
function sortHeader(label, key, sorting) {
  const current = sorting.sort || "-day";
  const active = current.replace(/^-/, "") === key;
  const descending = current.startsWith("-");
  const next = active ? (descending ? key : "-" + key) : (key === "day" || key === "confidence" || key === "num_articles" ? "-" + key : key);
  const params = Object.assign({}, sorting.values, { sort: next, offset: undefined });
  return link(hashFor(sorting.route, params), label + (active ? (descending ? " ↓" : " ↑") : ""),
    { class: "sort" + (active ? " sorted" : ""), "data-sort": key, "aria-sort": active ? (descending ? "descending" : "ascending") : null });
}

views.articles = async function (root, params) {
  root.append(el("h1", { text: "Articles" }));
  const q = params.get("q") || "";
  const form = el("form", { class: "filters", id: "article-search" },
    field("Search titles and text", el("input", { name: "q", value: q, type: "search", placeholder: "ceasefire" })),
    el("button", { type: "submit", text: "Search" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = hashFor("articles", formValues(form));
  });
  root.append(form);
  const offset = Number(params.get("offset") || 0);
  const data = await api("/api/articles?" + queryString({ q, limit: PAGE_SIZE, offset }));
  const card = el("section", { class: "card" });
  card.append(table(["Published", "Title", "Source", "Events", "Quotes"], data.items.map((a) => [
    el("span", { class: "mono nowrap", text: shortDate(a.published) }),
    link(hashFor("article/" + encodeURIComponent(a.id)), a.title || a.id, { class: "article-link" }),
    a.source || "",
    a.num_events ?? "",
    a.num_quotes ?? "",
  ]), { id: "article-table", empty: "No articles." }), pager("articles", q ? { q } : {}, offset, data));
  root.append(card);
};

views.article = async function (root, params, id) {
  const article = await api("/api/articles/" + encodeURIComponent(id));
  root.append(articleView(article, { focus: params.get("event") || params.get("quote") }));
};

views.paste = async function (root) {
  root.append(el("h1", { text: "Paste an article" }),
    el("p", { class: "hint", text: "Plain text as scraped (ads and all) or a whole HTML page. Nothing is stored." }));
  const textarea = el("textarea", { id: "paste-text", name: "text", rows: 14, placeholder: "Paste the article here…", required: true });
  const published = el("input", { id: "paste-published", name: "published", placeholder: "2022-01-28 (optional)" });
  const status = el("span", { class: "status", id: "paste-status" });
  const output = el("div", { id: "paste-result" });
  const form = el("form", { class: "paste-form", id: "paste-form" },
    textarea,
    el("div", { class: "paste-actions" },
      field("Published (ISO 8601, when the text has no date)", published),
      el("button", { type: "submit", id: "paste-submit", text: "Extract events and quotes" }), status));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearError();
    status.textContent = "Extracting…";
    output.replaceChildren();
    try {
      const body = { text: textarea.value };
      if (published.value.trim()) body.published = published.value.trim();
      const article = await api("/api/extract", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      status.textContent = `${article.events.length} events, ${article.quotes.length} quotes`;
      output.append(articleView(article, {}));
    } catch (error) {
      status.textContent = "";
      showError(error);
    }
  });
  root.append(form, output);
};

/* ---------- the annotated article ---------- */

function articleView(article, options) {
  const events = (article.events || []).map((e, i) => Object.assign({ key: "E" + (i + 1), type: "event" }, e));
  const quotes = (article.quotes || []).map((q, i) => Object.assign({ key: "Q" + (i + 1), type: "quote" }, q));
  const wrapper = el("article", { class: "article", "data-article-id": article.id });
  const meta = [article.source, article.author && "by " + article.author, article.dateline,
    article.published && "published " + article.published, article.updated && "updated " + article.updated].filter(Boolean);
  wrapper.append(...[
    el("h1", { class: "article-title", text: article.title || article.id }),
    article.subtitle ? el("p", { class: "subtitle", text: article.subtitle }) : null,
    el("p", { class: "meta", text: meta.join(" · ") }),
    article.url ? el("p", { class: "meta" }, link(article.url, article.url, { rel: "noopener noreferrer", target: "_blank" })) : null,
    el("p", { class: "legend" },
      el("mark", { class: "hl-event", text: "event sentence" }), " ",
      el("mark", { class: "hl-event hl-core", text: "who did what to whom" }), " ",
      el("mark", { class: "hl-quote", text: "quote" }), " ",
      `${events.length} events, ${quotes.length} quotes`),
  ].filter(Boolean));
  for (const error of article.errors || []) {
    wrapper.append(el("p", { class: "article-error", text: `${error.stage}: ${error.message}` }));
  }
  let body = annotatedBody(article.body || "", events, quotes);
  if (events.length || quotes.length) {
    wrapper.append(articleTools(events, quotes, (shownEvents, shownQuotes) => {
      const next = annotatedBody(article.body || "", shownEvents, shownQuotes);
      body.replaceWith(next);
      body = next;
    }));
  }
  wrapper.append(body);
  if (article.removed && article.removed.length) {
    wrapper.append(el("details", { class: "removed" },
      el("summary", { text: `${article.removed.length} junk lines removed` }),
      el("ul", {}, article.removed.map((line) => el("li", { text: line })))));
  }
  if (options.focus) {
    requestAnimationFrame(() => {
      const target = [...events, ...quotes].find((a) => String(a.event_id ?? a.id) === options.focus || a.id === options.focus);
      if (target) focusAnnotation(wrapper, target.key);
    });
  }
  return wrapper;
}

/* A compact summary of the article's events (per QuadClass and dyad) and a filter by root,
 * QuadClass and actor, with quotes on or off; `show(events, quotes)` redraws the body. */
function articleTools(events, quotes, show) {
  const count = (key) => events.reduce((m, e) => m.set(key(e), (m.get(key(e)) || 0) + 1), new Map());
  const byQuad = count((e) => Number(e.quad_class));
  const byDyad = [...count((e) => `${sourceCode(e)} → ${e.target ? targetCode(e) : "—"}`)].sort((a, b) => b[1] - a[1]);
  const summary = el("div", { class: "event-summary", id: "event-summary" },
    el("strong", { text: `${events.length} events` }),
    ...[1, 2, 3, 4].filter((q) => byQuad.get(q)).map((q) => el("span", { class: "quad " + QUAD[q].cls, text: `${QUAD[q].label} ${byQuad.get(q)}` })),
    ...byDyad.slice(0, 8).map(([dyad, n]) => el("span", { class: "chip mono", text: `${dyad} ×${n}` })));
  const roots = [...new Set(events.map((e) => e.root || String(e.cameo || "").slice(0, 2)))].sort();
  const actors = [...new Set(events.flatMap((e) => [sourceCode(e), e.target ? targetCode(e) : null]).filter(Boolean))].sort();
  const rootSelect = select("root", [["", "any root"], ...roots.map((r) => [r, `${r} ${CAMEO.get(r) || ""}`])], "");
  const quadSelect = select("quad_class", [["", "any class"], ...[1, 2, 3, 4].filter((q) => byQuad.get(q)).map((q) => [String(q), QUAD[q].label])], "");
  const actorSelect = select("actor", [["", "any actor"], ...actors.map((a) => [a, a])], "");
  const quotesBox = el("input", { type: "checkbox", name: "quotes", checked: true });
  const status = el("span", { class: "muted", id: "article-filter-status" });
  const apply = () => {
    const shown = events.filter((e) => (!rootSelect.value || (e.root || String(e.cameo).slice(0, 2)) === rootSelect.value)
      && (!quadSelect.value || String(e.quad_class) === quadSelect.value)
      && (!actorSelect.value || sourceCode(e) === actorSelect.value || (e.target && targetCode(e) === actorSelect.value)));
    const shownQuotes = quotesBox.checked ? quotes : [];
    status.textContent = shown.length === events.length && shownQuotes.length === quotes.length ? "" : `showing ${shown.length} of ${events.length} events, ${shownQuotes.length} quotes`;
    show(shown, shownQuotes);
  };
  for (const control of [rootSelect, quadSelect, actorSelect, quotesBox]) control.addEventListener("change", apply);
  return el("div", { class: "article-tools", id: "article-tools" }, summary,
    field("Root", rootSelect), field("Class", quadSelect), field("Actor", actorSelect),
    el("label", { class: "check" }, quotesBox, " quotes"), status);
}

function paragraphs(body) {
  const result = [];
  const pattern = /\n\s*\n/g;
  let start = 0;
  let match;
  while ((match = pattern.exec(body)) !== null) {
    if (match.index > start) result.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (start < body.length) result.push([start, body.length]);
  return result;
}

/* Spans count code points (Python's string indexes); a JS string counts UTF-16 units, so an
   emoji or a flag before a span would shift it and split a character. ``at[i]`` is the UTF-16
   offset of code point i, built once per body. */
function codeUnitOffsets(body) {
  const at = [];
  let unit = 0;
  for (const ch of body) { at.push(unit); unit += ch.length; }
  at.push(unit);
  return at;
}

function spanOf(annotation, at) {
  const span = annotation.span || [];
  const start = Number(span[0]);
  const end = Number(span[1]);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end < at.length;
  return valid ? [at[start], at[end]] : null;
}

/* An event is shown on its whole sentence; its own span (trigger and actors) is the core. */
function sentenceRange(body, event, core) {
  const sentence = event.sentence || "";
  if (sentence) {
    let index = body.indexOf(sentence);
    while (index !== -1 && index <= core[0]) {
      if (index + sentence.length >= core[1]) return [index, index + sentence.length];
      index = body.indexOf(sentence, index + 1);
    }
  }
  return core;
}

function annotatedBody(body, events, quotes) {
  const annotations = [];
  const at = codeUnitOffsets(body);
  for (const a of [...events, ...quotes]) {
    const core = spanOf(a, at);
    if (!core) continue;
    a.core = core;
    a.range = a.type === "event" ? sentenceRange(body, a, core) : core;
    annotations.push(a);
  }
  const container = el("div", { class: "annotated", id: "article-body" });
  for (const [pStart, pEnd] of paragraphs(body)) {
    const inside = annotations.filter((a) => a.range[0] < pEnd && a.range[1] > pStart);
    const cuts = new Set([pStart, pEnd]);
    for (const a of inside) {
      for (const offset of [...a.range, ...a.core]) cuts.add(Math.min(Math.max(offset, pStart), pEnd));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const text = el("p", { class: "para-text" });
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = inside.filter((a) => a.range[0] <= from && a.range[1] >= to);
      const piece = body.slice(from, to);
      if (!covering.length) { text.append(piece); continue; }
      const cores = covering.filter((a) => a.type === "event" && a.core[0] <= from && a.core[1] >= to);
      const cls = [covering.some((a) => a.type === "event") && "hl-event", cores.length && "hl-core",
        covering.some((a) => a.type === "quote") && "hl-quote"].filter(Boolean).join(" ");
      text.append(el("mark", { class: cls, "data-keys": covering.map((a) => a.key).join(" "),
        "data-core": cores.length ? cores.map((a) => a.key).join(" ") : null }, piece));
      for (const a of covering) {
        if (Math.min(a.range[1], pEnd) === to) {
          text.append(el("sup", { class: "ref ref-" + a.type, "data-key": a.key, text: a.key }));
        }
      }
    }
    const notes = el("div", { class: "para-notes" }, inside
      .filter((a) => paragraphStartOf(body, a.range[0]) === pStart)
      .map((a) => (a.type === "event" ? eventNote(a) : quoteNote(a))));
    container.append(el("div", { class: "para" }, text, notes));
  }
  container.addEventListener("click", (event) => {
    const target = event.target.closest("[data-key], [data-keys]");
    if (!target) return;
    const key = target.dataset.key || target.dataset.keys.split(" ")[0];
    focusAnnotation(container, key);
  });
  return container;
}

function paragraphStartOf(body, offset) {
  for (const [s, e] of paragraphs(body)) if (offset < e) return s;
  return -1;
}

function eventNote(e) {
  const location = e.location && typeof e.location === "object" ? e.location.name : null;
  const when = e.date && (e.date_text ? `${e.date} (“${e.date_text}”)` : e.date);
  const who = [actorTitle(eventSource(e)), actorTitle(eventTarget(e))].filter(Boolean).join(" → ");
  return el("div", { class: "note note-event " + ((QUAD[Number(e.quad_class)] || {}).cls || ""), "data-key": e.key, "data-id": e.id },
    el("div", { class: "note-head" },
      el("span", { class: "note-key", text: e.key }),
      el("span", { class: "dyad mono" },
        el("span", { title: actorTitle(eventSource(e)) || "", text: sourceCode(e) }), " → ",
        el("span", { title: actorTitle(eventTarget(e)) || "", text: targetCode(e) })),
      quadBadge(e)),
    el("div", { class: "note-code" },
      el("span", { class: "cameo", text: cameoLabel(e) }),
      el("span", { class: "muted", text: [e.plover && ` · PLOVER ${e.plover}`, ` · Goldstein ${goldstein(e)}`].filter(Boolean).join("") })),
    (when || location || who) ? el("div", { class: "note-when", text: [when, location, who].filter(Boolean).join(" · ") }) : null);
}

function quoteNote(q) {
  const speaker = q.speaker && typeof q.speaker === "object" ? q.speaker : null;
  return el("div", { class: "note note-quote", "data-key": q.key, "data-id": q.id },
    el("div", { class: "note-head" },
      el("span", { class: "note-key", text: q.key }),
      el("span", { class: "mono", text: actorCode(speaker) }),
      el("span", { class: "tag", text: q.kind || "quote" })),
    el("div", { class: "muted" },
      [q.speaker_text && `speaker “${q.speaker_text}”`, q.cue && `cue “${q.cue}”`].filter(Boolean).join(" · ")));
}

function focusAnnotation(container, key) {
  for (const node of container.querySelectorAll(".focused")) node.classList.remove("focused");
  const marks = [...container.querySelectorAll("mark[data-keys]")].filter((m) => m.dataset.keys.split(" ").includes(key));
  for (const node of marks) node.classList.add("focused");
  const note = container.querySelector(`.note[data-key="${CSS.escape(key)}"]`);
  if (note) note.classList.add("focused");
  (marks[0] || note)?.scrollIntoView({ behavior: "smooth", block: "center" });
}

/* ---------- widgets ---------- */

function table(headers, rows, options) {
  const opts = options || {};
  if (!rows.length) return el("p", { class: "empty", id: opts.id, text: opts.empty || "Nothing." });
  const labels = headers.map((h) => (h instanceof Node ? h.textContent.replace(/ [↑↓]$/, "") : h));
  return el("div", { class: "table-wrap" }, el("table", { id: opts.id, class: "cards" },
    el("thead", {}, el("tr", {}, headers.map((h) => (h instanceof Node ? el("th", {}, h) : el("th", { text: h }))))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((cell, i) => el("td", { "data-label": labels[i] }, cell)))))));
}

function field(label, input) {
  return el("label", { class: "field" }, el("span", { text: label }), input);
}

function select(name, options, value) {
  return el("select", { name }, options.map(([v, text]) => el("option", { value: v, selected: v === value }, text)));
}

function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) values[key] = String(value).trim();
  return values;
}

function pager(route, params, offset, data) {
  const prev = offset > 0 ? link(hashFor(route, Object.assign({}, params, { offset: Math.max(0, offset - PAGE_SIZE) })), "← Previous", { class: "button-link", id: "prev-page" }) : null;
  const next = data.next_offset !== null && data.next_offset !== undefined
    ? link(hashFor(route, Object.assign({}, params, { offset: data.next_offset })), "Next →", { class: "button-link", id: "next-page" }) : null;
  const total = data.total !== undefined && data.total !== null ? ` of ${Number(data.total).toLocaleString("en")}` : "";
  const shown = data.items.length ? `${offset + 1}–${offset + data.items.length}${total}` : "";
  return el("div", { class: "pager" }, prev, el("span", { class: "muted pager-text", text: shown }), next);
}

const charts = new Map();

/* Counts as stacked bars (a count is discrete: no smoothed line), the mean Goldstein as a line
 * when asked. `onPoint(row)` on a click, `onRange(first, last)` when a range is brushed. */
function drawSeries(canvas, rows, options) {
  if (typeof Chart === "undefined" || !rows.length) return;
  const number = (v) => (v === null || v === undefined ? 0 : Number(v));
  const bar = (label, values, color) => ({ type: "bar", label, data: values, backgroundColor: color + "cc", borderColor: color, stack: "counts" });
  const datasets = options.quads
    ? [1, 2, 3, 4].map((q) => bar(QUAD[q].label, rows.map((r) => number(r["q" + q])), QUAD_COLORS[q]))
    : [bar("Cooperation", rows.map((r) => number(r.cooperation)), COLORS.coop),
      bar("Conflict", rows.map((r) => number(r.conflict)), COLORS.conflict)];
  if (options.goldstein) {
    datasets.push({ type: "line", label: "Mean Goldstein", data: rows.map((r) => r.goldstein_mean ?? null), borderColor: COLORS.goldstein,
      backgroundColor: COLORS.goldstein, borderDash: [5, 4], yAxisID: "goldstein", tension: 0, spanGaps: false });
  }
  if (charts.has(canvas.id)) charts.get(canvas.id).destroy();
  const chart = new Chart(canvas, {
    type: "bar",
    data: { labels: rows.map(periodLabel), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: Object.assign({
        x: { stacked: true, ticks: { maxRotation: 0, autoSkipPadding: 16 } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
      }, options.goldstein ? { goldstein: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein" } } } : {}),
      plugins: { legend: { position: "bottom" } },
    },
  });
  charts.set(canvas.id, chart);
  canvas.dataset.points = String(rows.length);
  attachBrush(chart, canvas, {
    onPoint: options.onPoint ? (i) => options.onPoint(rows[i]) : null,
    onRange: options.onRange ? (i, j) => options.onRange(rows[i], rows[j]) : null,
  });
  return chart;
}

const QUAD_COLORS = { 1: "#2f7d5b", 2: "#1f6f8b", 3: "#c27a12", 4: "#c2412d" };

/* A run of empty periods collapsed into one bar is labelled as a gap. */
function periodLabel(row) {
  return row.gap ? `… ${shortDate(row.period).slice(0, 7)} – ${shortDate(row.until).slice(0, 7)} …` : shortDate(periodOf(row));
}

/* The first and last day a row (a period, or a collapsed gap) covers. */
function rowRange(row, freq) {
  const start = shortDate(periodOf(row));
  return [start, row.gap ? shortDate(row.until) : periodEnd(start, freq)];
}

/* Drag across the chart to choose a range of bars; a click without a drag picks one bar. */
function attachBrush(chart, canvas, handlers) {
  if (!handlers.onPoint && !handlers.onRange) return;
  const box = canvas.parentElement;
  const band = el("div", { class: "brush", hidden: true });
  box.append(band);
  let from = null;
  const indexAt = (x) => {
    const count = chart.data.labels.length;
    const value = Math.round(chart.scales.x.getValueForPixel(x));
    return Math.max(0, Math.min(count - 1, value));
  };
  const show = (a, b) => {
    band.hidden = false;
    band.style.left = Math.min(a, b) + "px";
    band.style.width = Math.max(2, Math.abs(b - a)) + "px";
    band.style.top = chart.chartArea.top + "px";
    band.style.height = (chart.chartArea.bottom - chart.chartArea.top) + "px";
  };
  canvas.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    from = event.offsetX;
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (from !== null && Math.abs(event.offsetX - from) > 4) show(from, event.offsetX);
  });
  canvas.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const to = event.offsetX;
    const [a, b] = [indexAt(Math.min(from, to)), indexAt(Math.max(from, to))];
    const dragged = Math.abs(to - from) > 4;
    from = null;
    band.hidden = true;
    if (dragged && handlers.onRange) handlers.onRange(a, b);
    else if (handlers.onPoint) handlers.onPoint(a);
    else if (handlers.onRange) handlers.onRange(a, a);
  });
}

/* ---------- router ---------- */

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/");
  const name = parts[0] || "overview";
  const view = views[name];
  const root = document.getElementById("view");
  clearError();
  for (const chart of charts.values()) chart.destroy();
  charts.clear();
  root.replaceChildren();
  root.dataset.view = name;
  root.dataset.ready = "false";
  root.dataset.hash = location.hash; // which address this render is for (tests wait on it)
  for (const a of document.querySelectorAll("#nav a")) {
    a.classList.toggle("active", a.dataset.route === name || (name === "article" && a.dataset.route === "articles"));
  }
  if (!view) {
    root.append(el("h1", { text: "Not found" }), el("p", {}, "No page here. ", link("#/", "Back to the overview.")));
  } else {
    try {
      await loadCodebook();
      await view(root, params, decodeURIComponent(parts.slice(1).join("/")));
    } catch (error) {
      showError(error);
    }
  }
  root.dataset.ready = "true";
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);

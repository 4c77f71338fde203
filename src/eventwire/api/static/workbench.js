/* eventwire dashboard: the events and quotes workbenches.
 *
 * Every filter lives in the page's URL (#/events?actor=RUS&quad_class=3,4...), and the table,
 * its total, the facet counts, the time chart, the map and the download links are all asked
 * for with that same filter, so they always describe the same rows.
 */
"use strict";

const EVENT_FILTERS = ["actor", "dyad", "undirected", "since", "until", "root", "quad_class", "plover",
  "cameo", "source_country", "target_country", "publisher", "place", "place_country", "min_confidence",
  "resolved_only", "min_goldstein", "max_goldstein", "has_target", "international"];
const QUOTE_FILTERS = ["speaker", "q", "since", "until", "kind", "speaker_country", "publisher"];
const FILTER_NAMES = {
  actor: "actor", dyad: "dyad", undirected: "both directions", since: "from", until: "to", root: "root",
  quad_class: "QuadClass", plover: "PLOVER", cameo: "CAMEO", source_country: "source country",
  target_country: "target country", publisher: "publisher", place: "place", place_country: "place country",
  min_confidence: "confidence ≥", resolved_only: "resolved only", min_goldstein: "Goldstein ≥",
  max_goldstein: "Goldstein ≤", has_target: "has target", international: "international",
  speaker: "speaker", q: "words", kind: "kind", speaker_country: "speaker country",
};
const CONFIDENCE_BANDS = { "0.9": "0.9 and above", "0.7": "0.7 – 0.9", "0.5": "0.5 – 0.7", "0": "below 0.5", none: "not scored" };

function pick(values, names) {
  const out = {};
  for (const name of names) if (values[name]) out[name] = values[name];
  return out;
}

function quadLabel(value) {
  return String(value).split(",").map((q) => (QUAD[Number(q)] || {}).label || q).join(" or ");
}

/* facet -> how its values are shown and which filter a click sets (null: not clickable). */
const EVENT_FACETS = {
  quad_class: { title: "QuadClass", param: "quad_class", label: quadLabel },
  root: { title: "CAMEO root", param: "root", label: (v) => `${v} ${CAMEO.get(v) || ""}` },
  plover: { title: "PLOVER type", param: "plover" },
  source_country: { title: "Source country", param: "source_country" },
  target_country: { title: "Target country", param: "target_country" },
  publisher: { title: "Publisher", param: "publisher" },
  place: { title: "Place", param: "place" },
  confidence: { title: "Confidence (click: at least)", param: "min_confidence", label: (v) => CONFIDENCE_BANDS[v] || v,
    value: (v) => (v === "none" ? null : v) },
  resolved: { title: "Actors", param: "resolved_only", label: (v) => (v === "yes" ? "all resolved (have a country)" : "some unresolved"),
    value: (v) => (v === "yes" ? "true" : null) },
};
const QUOTE_FACETS = {
  kind: { title: "Kind", param: "kind" },
  speaker_country: { title: "Speaker country", param: "speaker_country" },
  publisher: { title: "Publisher", param: "publisher" },
};

/* ---------- the events workbench ---------- */

views.events = async function (root, params) {
  const values = Object.fromEntries(params.entries());
  const filters = pick(values, EVENT_FILTERS);
  const sort = values.sort || "-day";
  const offset = Number(values.offset || 0);
  root.append(el("h1", { text: "Events" }), eventForm(values), activeFilters("events", values, EVENT_FILTERS));
  const query = queryString(filters);
  const [data, facets, histogram, places] = await Promise.all([
    api("/api/events?" + queryString(Object.assign({}, filters, { sort, limit: PAGE_SIZE, offset }))),
    api("/api/events/facets?" + query),
    api("/api/events/histogram?" + query),
    api("/api/events/map?" + query),
  ]);
  const results = el("div", { class: "results" });
  root.append(el("div", { class: "workbench" }, facetPanel("events", values, facets.facets, EVENT_FACETS), results));

  const timeCard = el("section", { class: "card", id: "time-card" },
    el("h2", { text: `Matching events per ${histogram.freq}` }),
    el("p", { class: "hint", text: "Drag across the bars to narrow the page to that period; click a bar for one period." }));
  const box = el("div", { class: "chart-box short" }, el("canvas", { id: "time-chart", "aria-label": "Matching events over time" }));
  timeCard.append(box);
  if (histogram.outside) timeCard.append(el("p", { class: "hint", text: `${histogram.outside} events dated far outside ${histogram.since} – ${histogram.until} are not drawn.` }));
  const mapCard = el("section", { class: "card", id: "map-card" }, el("h2", { text: "Where" }),
    el("p", { class: "hint", text: "Countries shaded by the matching events they take part in; dots are located events. Click one to filter." }));
  const tableCard = el("section", { class: "card", id: "events-card" },
    resultBar(data, offset, "events", "/api/events?" + queryString(Object.assign({}, filters, { sort })), ["csv", "json", "parquet", "gdelt"],
      sortMenu("events", values, EVENT_SORTS)),
    eventTable(data.items, { route: "events", values, sort }),
    pager("events", values, offset, data));
  results.append(timeCard, mapCard, tableCard);

  drawSeries(box.querySelector("canvas"), histogram.items, {
    quads: true,
    onRange: (first, last) => {
      const since = rowRange(first, histogram.freq)[0];
      const until = rowRange(last, histogram.freq)[1];
      location.hash = hashFor("events", Object.assign({}, values, { since, until, offset: undefined }));
    },
  });
  await drawMap(mapCard, places, {
    onCountry: (code) => { location.hash = hashFor("events", Object.assign({}, values, { actor: code, offset: undefined })); },
    onPlace: (name) => { location.hash = hashFor("events", Object.assign({}, values, { place: name, offset: undefined })); },
  });
};

function eventForm(values) {
  const actors = el("datalist", { id: "actor-options" });
  const actor = el("input", { name: "actor", value: values.actor || "", placeholder: "RUS, Putin, Russia", list: "actor-options", autocomplete: "off" });
  suggestActors(actor, actors);
  const form = el("form", { class: "filters", id: "event-filters" },
    field("Actor", actor),
    field("Dyad", el("input", { name: "dyad", value: values.dyad || "", placeholder: "RUS:UKR" })),
    check("undirected", "both directions", values.undirected),
    field("Since", el("input", { name: "since", type: "date", value: values.since || "" })),
    field("Until", el("input", { name: "until", type: "date", value: values.until || "" })),
    field("CAMEO root", select("root", [["", "any"]].concat(Array.from({ length: 20 }, (_, i) => {
      const code = String(i + 1).padStart(2, "0");
      return [code, CAMEO.has(code) ? `${code} ${CAMEO.get(code)}` : code];
    })), values.root || "")),
    field("QuadClass", select("quad_class", [["", "any"], ["1,2", "Cooperation"], ["3,4", "Conflict"],
      ...[1, 2, 3, 4].map((q) => [String(q), QUAD[q].label])], values.quad_class || "")),
    field("Min. confidence", el("input", { name: "min_confidence", type: "number", min: 0, max: 1, step: 0.05, value: values.min_confidence || "", class: "narrow" })),
    check("resolved_only", "resolved actors only", values.resolved_only),
    el("details", { class: "more-filters", open: !!(values.min_goldstein || values.max_goldstein || values.has_target || values.international) },
      el("summary", { text: "More" }),
      field("Goldstein from", el("input", { name: "min_goldstein", type: "number", min: -10, max: 10, step: 0.1, value: values.min_goldstein || "", class: "narrow" })),
      field("to", el("input", { name: "max_goldstein", type: "number", min: -10, max: 10, step: 0.1, value: values.max_goldstein || "", class: "narrow" })),
      field("Target", select("has_target", [["", "any"], ["true", "has a target"], ["false", "no target"]], values.has_target || "")),
      check("international", "international only", values.international)),
    el("button", { type: "submit", text: "Filter" }),
    link("#/events", "Clear", { class: "button-link" }),
    actors);
  submitKeeping(form, "events", values, ["actor", "dyad", "undirected", "since", "until", "root", "quad_class", "min_confidence",
    "resolved_only", "min_goldstein", "max_goldstein", "has_target", "international"]);
  return form;
}

function check(name, label, value) {
  return el("label", { class: "check" }, el("input", { type: "checkbox", name, value: "true", checked: !!value }), " " + label);
}

/* The form's own fields replace theirs; filters set elsewhere (facets, the map) are kept. */
function submitKeeping(form, route, values, own) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kept = Object.assign({}, values);
    for (const name of own.concat(["offset"])) delete kept[name];
    location.hash = hashFor(route, Object.assign(kept, formValues(form)));
  });
}

/* Suggestions from the store's actors and the countries as one types ("Putin", "Russia", "RUS"). */
function suggestActors(input, datalist) {
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const data = await api("/api/actors?" + queryString({ q: text, limit: 12 }));
        datalist.replaceChildren(...data.items.map((a) => el("option", { value: a.code, label: [a.name, a.events ? `${a.events} events` : null].filter(Boolean).join(" · ") })));
      } catch (_) { /* a suggestion that fails is only a suggestion */ }
    }, 200);
  });
}

/* Chips for the filters in force, each removable. */
function activeFilters(route, values, names) {
  const set = names.filter((name) => values[name]);
  const row = el("div", { class: "active-filters", id: "active-filters" });
  if (!set.length) return row;
  row.append(el("span", { class: "muted", text: "Filters: " }));
  for (const name of set) {
    const rest = Object.assign({}, values, { [name]: undefined, offset: undefined });
    const shown = name === "quad_class" ? quadLabel(values[name]) : values[name] === "true" ? "" : values[name];
    row.append(link(hashFor(route, rest), `${FILTER_NAMES[name] || name} ${shown} ✕`.replace("  ", " "),
      { class: "chip", title: "Remove this filter", "data-filter": name }));
  }
  return row;
}

function facetPanel(route, values, facets, spec) {
  const panel = el("details", { class: "facets", id: route === "events" ? "event-facets" : "quote-facets", open: window.innerWidth > 700 },
    el("summary", { text: "Narrow by" }));
  for (const [name, rows] of Object.entries(facets)) {
    const how = spec[name];
    if (!how || !rows.length) continue;
    const list = el("ul", { class: "facet-list" });
    for (const row of rows) {
      const value = how.value ? how.value(row.value) : String(row.value);
      const label = how.label ? how.label(row.value) : String(row.value);
      const count = el("span", { class: "count", text: Number(row.count).toLocaleString("en") });
      if (value === null) {
        list.append(el("li", { class: "facet-static" }, el("span", { text: label }), count));
        continue;
      }
      const active = values[how.param] === value;
      const next = Object.assign({}, values, { [how.param]: active ? undefined : value, offset: undefined });
      list.append(el("li", {}, link(hashFor(route, next), [el("span", { text: label }), count],
        { class: "facet-value" + (active ? " active" : ""), "data-facet": name, "data-value": value, title: active ? "Remove this filter" : "Filter to this" })));
    }
    panel.append(el("section", { class: "facet", "data-facet": name }, el("h3", { text: how.title }), list));
  }
  return panel;
}

/* "1–50 of 897 events" and the download links (every matching row, in the table's order). */
/* A sort menu beside the total (column headers sort too, but phones hide them). */
function sortMenu(route, values, choices) {
  const current = values.sort || "-day";
  const known = choices.some(([value]) => value === current);
  const menu = select("sort", known ? choices : choices.concat([[current, "by " + current.replace(/^-/, "") + (current.startsWith("-") ? " ↓" : " ↑")]]), current);
  menu.id = "sort-menu";
  menu.setAttribute("aria-label", "Sort by");
  menu.addEventListener("change", () => {
    location.hash = hashFor(route, Object.assign({}, values, { sort: menu.value, offset: undefined }));
  });
  return menu;
}

const EVENT_SORTS = [["-day", "newest first"], ["day", "oldest first"], ["goldstein", "most conflictual"],
  ["-goldstein", "most cooperative"], ["-confidence", "most confident"], ["-num_articles", "most reported"]];
const QUOTE_SORTS = [["-day", "newest first"], ["day", "oldest first"], ["speaker", "by speaker"]];

function resultBar(data, offset, noun, listUrl, formats, sorting) {
  const total = Number(data.total || 0);
  const shown = data.items.length ? `${offset + 1}–${offset + data.items.length} of ${total.toLocaleString("en")} ${noun}` : `No ${noun} match`;
  const downloads = el("span", { class: "downloads" }, el("span", { class: "muted", text: "Download all: " }),
    ...formats.map((format) => el("a", { class: "button-link small-button", href: `${listUrl}&format=${format}`, download: "", id: `download-${format}`,
      title: `Every matching row (${total}) as ${format.toUpperCase()}` }, format === "gdelt" ? "GDELT" : format.toUpperCase())));
  return el("div", { class: "result-bar" }, el("strong", { id: "result-total", text: shown }), sorting, downloads);
}

/* ---------- the quotes workbench ---------- */

views.quotes = async function (root, params) {
  const values = Object.fromEntries(params.entries());
  const filters = pick(values, QUOTE_FILTERS);
  const sort = values.sort || "-day";
  const offset = Number(values.offset || 0);
  const speakers = el("datalist", { id: "speaker-options" });
  const speaker = el("input", { name: "speaker", value: values.speaker || "", placeholder: "RUSGOV, Putin", list: "speaker-options", autocomplete: "off" });
  suggestActors(speaker, speakers);
  const form = el("form", { class: "filters", id: "quote-filters" },
    field("Speaker", speaker),
    field("Words", el("input", { name: "q", value: values.q || "", type: "search", placeholder: "security" })),
    field("Since", el("input", { name: "since", type: "date", value: values.since || "" })),
    field("Until", el("input", { name: "until", type: "date", value: values.until || "" })),
    field("Kind", select("kind", [["", "any"], ["direct", "direct"], ["indirect", "indirect"]], values.kind || "")),
    el("button", { type: "submit", text: "Filter" }), link("#/quotes", "Clear", { class: "button-link" }), speakers);
  submitKeeping(form, "quotes", values, ["speaker", "q", "since", "until", "kind"]);
  root.append(el("h1", { text: "Quotes" }), form, activeFilters("quotes", values, QUOTE_FILTERS));
  const [data, facets] = await Promise.all([
    api("/api/quotes?" + queryString(Object.assign({}, filters, { sort, limit: PAGE_SIZE, offset }))),
    api("/api/quotes/facets?" + queryString(filters)),
  ]);
  const sorting = { route: "quotes", values, sort };
  const card = el("section", { class: "card" },
    resultBar(data, offset, "quotes", "/api/quotes?" + queryString(Object.assign({}, filters, { sort })), ["csv", "json", "parquet"],
      sortMenu("quotes", values, QUOTE_SORTS)),
    table([sortHeader("Date", "day", sorting), sortHeader("Speaker", "speaker", sorting), sortHeader("Kind", "kind", sorting), "Quote"], data.items.map(quoteRow),
      { id: "quote-table", empty: "No quotes match." }),
    pager("quotes", values, offset, data));
  root.append(el("div", { class: "workbench" }, facetPanel("quotes", values, facets.facets, QUOTE_FACETS), el("div", { class: "results" }, card)));
};

function quoteRow(q) {
  const speaker = q.speaker && typeof q.speaker === "object" ? q.speaker : null;
  const text = el("span", { class: "sentence", text: q.text || "" });
  return [
    el("span", { class: "mono nowrap", text: shortDate(q.day) }),
    el("span", { title: actorTitle(speaker) || "" }, el("span", { class: "mono", text: actorCode(speaker) }), " ",
      el("span", { class: "muted", text: q.speaker_text || "" })),
    el("span", {}, q.kind || "", q.cue ? el("div", { class: "muted small", text: `cue “${q.cue}”` }) : null),
    el("div", {},
      q.article_id ? link(hashFor("article/" + encodeURIComponent(q.article_id), { quote: q.id }), text, { class: "sentence-link" }) : text,
      q.article_title ? el("div", { class: "muted small", text: [q.article_source, q.article_title].filter(Boolean).join(": ") }) : null),
  ];
}

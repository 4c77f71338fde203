/* eventwire dashboard: the "Watched sources" panel of the overview (GET /api/sources).
 *
 * Self-contained: load it after app.js (<script src="/static/watch.js"></script>). When a
 * watcher (`eventwire watch` or `serve --watch`) has written this store, the overview shows
 * per source its last poll, new articles and errors, refreshed every 10 seconds without a
 * reload. Text goes in with textContent only.
 */
"use strict";

(function () {
  const REFRESH_MS = 10000;
  const COLUMNS = ["Source", "Kind", "Last poll", "Status", "New articles", "Articles", "Errors", "Waiting"];
  let latest = null;

  function node(tag, attrs, text) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) element.setAttribute(key, value);
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function when(iso) {
    if (!iso) return "never";
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString("en-GB", { dateStyle: "short", timeStyle: "medium" });
  }

  function row(source) {
    const tr = node("tr", { "data-source": source.url });
    const name = node("td");
    name.append(node("div", {}, source.label), node("div", { class: "muted mono" }, source.url));
    const status = node("td", { title: source.last_error || "" }, source.last_status || "not yet");
    tr.append(name, node("td", {}, source.kind), node("td", { class: "nowrap" }, when(source.last_poll)), status,
      node("td", { "data-testid": "new-articles" }, source.new_articles),
      node("td", { "data-testid": "articles" }, source.articles),
      node("td", {}, source.errors), node("td", {}, source.queued));
    return tr;
  }

  function panel(data) {
    const section = node("section", { class: "card wide", id: "watched-sources", "data-testid": "watched-sources" });
    const total = data.sources.reduce((sum, source) => sum + (source.articles || 0), 0);
    section.append(node("h2", {}, "Watched sources"),
      node("p", { class: "hint" }, `${data.sources.length} source(s), ${total} article(s) stored by watching; ` +
        `refreshed every ${REFRESH_MS / 1000} s`));
    const table = node("table");
    const head = node("tr");
    for (const column of COLUMNS) head.append(node("th", {}, column));
    table.append(node("thead"), node("tbody"));
    table.tHead.append(head);
    for (const source of data.sources) table.tBodies[0].append(row(source));
    const wrap = node("div", { class: "table-wrap" });
    wrap.append(table);
    section.append(wrap);
    return section;
  }

  function place() {
    const view = document.getElementById("view");
    const old = document.getElementById("watched-sources");
    if (!view || view.dataset.view !== "overview" || view.dataset.ready !== "true" || !latest) {
      return;
    }
    if (!latest.sources.length) {
      if (old) old.remove();
      return;
    }
    const fresh = panel(latest);
    if (old) {
      old.replaceWith(fresh);
    } else {
      const tiles = view.querySelector(".tiles");
      view.insertBefore(fresh, tiles ? tiles.nextSibling : view.firstChild);
    }
  }

  async function refresh() {
    try {
      const response = await fetch("/api/sources");
      if (!response.ok) return;
      latest = await response.json();
    } catch (_) {
      return;
    }
    place();
  }

  function start() {
    const view = document.getElementById("view");
    if (view) new MutationObserver(place).observe(view, { attributes: true, attributeFilter: ["data-ready"] });
    refresh();
    setInterval(refresh, REFRESH_MS);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

/* eventwire dashboard: the world map of the matching events, offline.
 *
 * The basemap is Natural Earth's 1:110m countries (the npm package world-atlas, vendored),
 * drawn with d3-geo and topojson-client (vendored too): no tiles, fonts or scripts from the
 * network. Countries are shaded by the events they take part in; dots are located events.
 */
"use strict";

const SVG = "http://www.w3.org/2000/svg";
let worldPromise = null;

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function svgTitle(text) {
  const title = document.createElementNS(SVG, "title");
  title.textContent = text;
  return title;
}

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch("/static/vendor/world-countries-110m.json").then((response) => {
      if (!response.ok) throw new Error("the world basemap did not load");
      return response.json();
    });
  }
  return worldPromise;
}

/* White to the conflict red by the square root of the share of the largest count. */
function shade(share) {
  const t = Math.sqrt(Math.max(0, Math.min(1, share)));
  const from = [238, 242, 247];
  const to = [194, 65, 45];
  const mix = from.map((f, i) => Math.round(f + (to[i] - f) * t));
  return `rgb(${mix.join(",")})`;
}

async function drawMap(card, data, handlers) {
  if (typeof d3 === "undefined" || typeof topojson === "undefined") return;
  const world = await loadWorld();
  const width = 960;
  const height = 470;
  const projection = d3.geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const byId = new Map(data.countries.filter((c) => c.id).map((c) => [String(c.id).padStart(3, "0"), c]));
  const most = Math.max(1, ...data.countries.map((c) => c.count));
  const map = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", id: "event-map", role: "img",
    "aria-label": "Map of the matching events" });
  map.append(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  for (const feature of topojson.feature(world, world.objects.countries).features) {
    const counted = byId.get(String(feature.id));
    const name = (counted && counted.name) || (feature.properties && feature.properties.name) || "";
    const shape = svg("path", {
      d: path(feature),
      class: "country" + (counted ? " has-events" : ""),
      fill: counted ? shade(counted.count / most) : null,
      "data-country": counted ? counted.country : null,
      "data-count": counted ? counted.count : null,
      onclick: counted ? () => handlers.onCountry(counted.country) : null,
    }, svgTitle(counted ? `${name}: ${counted.count} events` : name));
    map.append(shape);
  }
  const biggest = Math.max(1, ...data.places.map((p) => p.count));
  for (const place of data.places) {
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    map.append(svg("circle", {
      cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: (3 + 9 * Math.sqrt(place.count / biggest)).toFixed(1),
      class: "place", "data-place": place.name, onclick: () => handlers.onPlace(place.name),
    }, svgTitle(`${place.name}: ${place.count} located events`)));
  }
  card.append(el("div", { class: "map-box" }, map));
  const located = data.places.reduce((sum, p) => sum + p.count, 0);
  card.append(el("p", { class: "muted small", id: "map-summary",
    text: `${data.countries.length} countries involved; ${located} located events at ${data.places.length} places.` }));
  card.dataset.countries = String(byId.size);
}

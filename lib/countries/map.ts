import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldCountries from "world-countries";
import atlas from "world-atlas/countries-110m.json";

const WIDTH = 960;
const HEIGHT = 470;

type Shape = { iso3: string | null; name: string; d: string };
let shapes: Shape[] | null = null;

/** Country outlines projected once per process (world-atlas 1:110m, ISO numeric ids mapped to ISO3). */
function getShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const byNumeric = new Map(worldCountries.map((c) => [c.ccn3, c.cca3]));
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], collection);
  const path = geoPath(projection);
  shapes = collection.features.map((f) => ({
    iso3: byNumeric.get(String(f.id ?? "").padStart(3, "0")) ?? null,
    name: f.properties.name,
    d: path(f) ?? "",
  }));
  return shapes;
}

const BUCKETS = [
  { label: "Not reached", fill: "#e3e6ea" },
  { label: "1 pledge", fill: "#9ec5ea" },
  { label: "2 pledges", fill: "#4a8fd1" },
  { label: "3 or more", fill: "#0b4f91" },
];

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A choropleth of how many pledges reached each country, as a standalone SVG document with a text legend. */
export function renderChoropleth(pledgesByCountry: Map<string, number>): string {
  const paths = getShapes()
    .map((s) => {
      const n = s.iso3 ? (pledgesByCountry.get(s.iso3) ?? 0) : 0;
      const bucket = BUCKETS[Math.min(n, BUCKETS.length - 1)];
      return `<path d="${s.d}" fill="${bucket.fill}" stroke="#ffffff" stroke-width="0.5"><title>${escape(s.name)}: ${n ? `${n} pledge${n === 1 ? "" : "s"}` : "not reached"}</title></path>`;
    })
    .join("");
  const legend = BUCKETS.map(
    (b, i) =>
      `<g transform="translate(${20 + i * 150},${HEIGHT + 18})"><rect width="18" height="14" fill="${b.fill}" stroke="#3d4450"/><text x="24" y="12" font-size="14" fill="#1a1a1a" font-family="system-ui, sans-serif">${b.label}</text></g>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT + 44}" role="img"><title>Countries reached by the pledges</title>${paths}${legend}</svg>`;
}

// The charts used to load Recharts in the browser from here. They are now drawn on the server (plain SVG, no
// script); this module keeps the import path the pages use.
export { default as CumulativeChart } from "./cumulative-chart";
export { default as BarsChart } from "./bars-chart";

// There is no single official list of developing countries. The default follows UN M49's former
// "developed regions": Europe, Northern America, Japan, Australia and New Zealand are not developing;
// every other country is. Editors can change the flag per country.
const DEVELOPED_ISO3 = new Set(["JPN", "USA", "CAN", "BMU", "GRL", "SPM", "AUS", "NZL"]);

export function isDevelopingByDefault(country: { iso3: string; region: string }): boolean {
  if (country.region === "Europe") return false;
  return !DEVELOPED_ISO3.has(country.iso3);
}

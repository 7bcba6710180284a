/** The licences DATA_LICENSE may name (SPDX ids), as a data package states them. */
export const DATA_LICENSES = {
  "CC-BY-4.0": { title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { title: "Creative Commons Attribution Share-Alike 4.0", path: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC0-1.0": { title: "Creative Commons Zero v1.0 Universal", path: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "ODC-By-1.0": { title: "Open Data Commons Attribution License v1.0", path: "https://opendatacommons.org/licenses/by/1-0/" },
  "ODbL-1.0": { title: "Open Data Commons Open Database License v1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/" },
  "OGL-UK-3.0": { title: "Open Government Licence v3.0", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
} as const;

export type DataLicenseId = keyof typeof DATA_LICENSES;

export const DATA_LICENSE_IDS = Object.keys(DATA_LICENSES) as [DataLicenseId, ...DataLicenseId[]];

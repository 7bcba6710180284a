import { describe, expect, it } from "vitest";
import { localizeCountryName } from "./names";

describe("localizeCountryName", () => {
  it("names a country in each language from world-countries", () => {
    const kenya = { iso3: "KEN", name: "Kenya" };
    expect(localizeCountryName(kenya, "en")).toBe("Kenya");
    expect(localizeCountryName({ iso3: "CIV", name: "Ivory Coast" }, "fr")).toBe("Côte d'Ivoire");
    expect(localizeCountryName(kenya, "ar")).toBe("كينيا");
    expect(localizeCountryName(kenya, "zh")).toBe("肯尼亚");
    expect(localizeCountryName({ iso3: "DEU", name: "Germany" }, "es")).toBe("Alemania");
  });

  it("keeps the stored name for an unknown code or a name an admin changed", () => {
    expect(localizeCountryName({ iso3: "XXX", name: "Nowhere" }, "fr")).toBe("Nowhere");
    expect(localizeCountryName({ iso3: "KEN", name: "Republic of Kenya" }, "fr")).toBe("Republic of Kenya");
  });
});

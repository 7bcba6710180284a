import { describe, expect, it } from "vitest";
import { formatJsonLd } from "./json-ld";

describe("formatJsonLd", () => {
  it("cannot close the script element it is written into", () => {
    const text = formatJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

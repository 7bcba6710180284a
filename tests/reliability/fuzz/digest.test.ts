import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedReference } from "@/lib/seed/reference";
import { digestDatabase } from "./support";

// The fuzz properties compare digests to prove that a refusal wrote nothing; the digest must see one changed byte.
beforeAll(async () => {
  await seedReference(db);
});

describe("digestDatabase", () => {
  it("changes with one byte of one row, and comes back when the byte does", async () => {
    const country = await db.country.findFirstOrThrow({ orderBy: { id: "asc" } });
    const before = await digestDatabase();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["progress_updates", "evidence", "audit_log", "countries", "users"]));
    await db.country.update({ where: { id: country.id }, data: { name: `${country.name}.` } });
    const changed = await digestDatabase();
    expect(changed.countries).not.toBe(before.countries);
    expect({ ...changed, countries: before.countries }).toEqual(before);
    await db.country.update({ where: { id: country.id }, data: { name: country.name } });
    expect(await digestDatabase()).toEqual(before);
  });
});

import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that creates public_update_versions rebuilds the past from the updates and the revisions their
// corrections kept: each replaced version in force from the publication (or previous correction) until its
// correction, the row itself until its deletion; drafts never.

const MIGRATION = "public_update_versions";

const at = (iso: string) => (provider === "sqlite" ? `'${iso.replace("Z", "+00:00")}'` : `'${iso.replace("T", " ").replace("Z", "")}'`);
const snapshot = JSON.stringify({ version: 2, state: "PUBLISHED", title: "Old title", quantity: 4, eventDate: "2019-05-01", field: "alpha", countries: ["KEN"], description: "Before", evidence: [], reviewComment: null, deleted: false });

const insert = [
  `INSERT INTO "fields" ("id", "pledgeId", "slug", "name") VALUES (1, 1, 'alpha', 'alpha'), (2, 1, 'beta', 'beta')`,
  `INSERT INTO "countries" ("id", "iso3", "iso2", "name", "region", "subregion", "developing") VALUES (1, 'KEN', 'KE', 'Kenya', 'Africa', 'East', true), (2, 'GHA', 'GH', 'Ghana', 'Africa', 'West', true)`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "state", "version", "publishedAt", "correctedAt", "deletedAt", "updatedAt") VALUES
    (1, 1, 2, ${at("2019-06-01T00:00:00.000Z")}, 9, 'New title', 'After', 'PUBLISHED', 3, ${at("2020-01-01T10:00:00.000Z")}, ${at("2020-02-01T09:00:00.000Z")}, NULL, ${at("2020-02-01T09:00:00.000Z")}),
    (2, 1, 1, ${at("2019-07-01T00:00:00.000Z")}, 7, 'Deleted', '', 'PUBLISHED', 3, ${at("2020-01-05T10:00:00.000Z")}, NULL, ${at("2020-03-01T08:00:00.000Z")}, ${at("2020-03-01T08:00:00.000Z")}),
    (3, 1, 1, ${at("2019-08-01T00:00:00.000Z")}, 5, 'Draft', '', 'DRAFT', 1, NULL, NULL, NULL, ${at("2020-03-01T08:00:00.000Z")})`,
  `INSERT INTO "update_countries" ("updateId", "countryId") VALUES (1, 2), (3, 1)`,
  `INSERT INTO "update_revisions" ("updateId", "version", "snapshot", "reason", "createdAt") VALUES (1, 2, '${snapshot}', 'Miscounted', ${at("2020-02-01T09:00:00.000Z")})`,
];
const selectVersions = `SELECT "updateId", "updateVersion", "fieldId", "eventDate", "quantity", "title", "description", "publishedAt", "validFrom", "validTo" FROM "public_update_versions" ORDER BY "updateId", "updateVersion"`;
const selectCountries = `SELECT v."updateId", v."updateVersion", c."iso3" FROM "public_update_version_countries" vc JOIN "public_update_versions" v ON v."id" = vc."versionId" JOIN "countries" c ON c."id" = vc."countryId" ORDER BY 1, 2, 3`;

const iso = (value: unknown) => (value === null ? null : new Date(value instanceof Date ? value : String(value)).toISOString());
const normalise = (rows: unknown[][]) => rows.map(([u, v, f, e, q, t, d, p, from, to]) => [Number(u), Number(v), f === null ? null : Number(f), iso(e), Number(q), t, d, iso(p), iso(from), iso(to)]);

const EXPECTED = [
  [1, 2, 1, "2019-05-01T00:00:00.000Z", 4, "Old title", "Before", "2020-01-01T10:00:00.000Z", "2020-01-01T10:00:00.000Z", "2020-02-01T09:00:00.000Z"],
  [1, 3, 2, "2019-06-01T00:00:00.000Z", 9, "New title", "After", "2020-01-01T10:00:00.000Z", "2020-02-01T09:00:00.000Z", null],
  [2, 3, 1, "2019-07-01T00:00:00.000Z", 7, "Deleted", "", "2020-01-05T10:00:00.000Z", "2020-01-05T10:00:00.000Z", "2020-03-01T08:00:00.000Z"],
];
const EXPECTED_COUNTRIES = [[1, 2, "KEN"], [1, 3, "GHA"]];

// timestamp(3) without time zone is UTC on PostgreSQL: read it as text there so the client's time zone cannot shift it.
const readVersions = provider === "sqlite" ? selectVersions : selectVersions.replace(/"(eventDate|publishedAt|validFrom|validTo)"/g, `to_char("$1", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "$1"`);

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("rebuilds each published update's versions from its revisions, and none for drafts", async () => {
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      await database.ignoreForeignKeys(); // the rows reference no real pledge
      for (const statement of insert) await database.exec(statement);
      await database.migrate();
      expect(normalise(await database.rows(readVersions))).toEqual(EXPECTED);
      expect((await database.rows(selectCountries)).map(([u, v, c]) => [Number(u), Number(v), c])).toEqual(EXPECTED_COUNTRIES);
    });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

// The migration that creates public_update_versions rebuilds the past from the updates and the revisions their
// corrections kept: each replaced version in force from the publication (or previous correction) until its
// correction, the row itself until its deletion; drafts never.

const MIGRATION = "public_update_versions";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

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

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("rebuilds each published update's versions from its revisions, and none for drafts", async () => {
    expect(target).toBeGreaterThan(0);
    const before = migrations.slice(0, target).map(sql).join("\n");
    if (provider === "sqlite") {
      const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
      const file = new Database(path.join(tmp, "m.db"));
      try {
        file.exec(before);
        file.pragma("foreign_keys = OFF"); // the rows reference no real pledge
        for (const statement of insert) file.exec(statement);
        file.exec(sql(migrations[target]));
        expect(normalise(file.prepare(selectVersions).raw(true).all() as unknown[][])).toEqual(EXPECTED);
        expect((file.prepare(selectCountries).raw(true).all() as unknown[][]).map(([u, v, c]) => [Number(u), Number(v), c])).toEqual(EXPECTED_COUNTRIES);
      } finally {
        file.close();
        rmSync(tmp, { recursive: true, force: true });
      }
      return;
    }
    const admin = new pg.Client({ connectionString: parseDatabaseUrl().url });
    const name = `pledge_mig_${Date.now()}`;
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(parseDatabaseUrl().url);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(before);
        await client.query("SET session_replication_role = replica"); // no foreign-key checks for these rows
        for (const statement of insert) await client.query(statement);
        await client.query(sql(migrations[target]));
        // timestamp(3) without time zone is UTC here: read it as text so the client's time zone cannot shift it.
        const versions = await client.query({ text: selectVersions.replace(/"(eventDate|publishedAt|validFrom|validTo)"/g, `to_char("$1", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "$1"`), rowMode: "array" });
        expect(normalise(versions.rows)).toEqual(EXPECTED);
        const countries = await client.query({ text: selectCountries, rowMode: "array" });
        expect(countries.rows.map(([u, v, c]: unknown[]) => [Number(u), Number(v), c])).toEqual(EXPECTED_COUNTRIES);
      } finally {
        await client.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});

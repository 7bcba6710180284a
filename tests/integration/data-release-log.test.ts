import { parseFeed } from "@rowanmanning/feed-parser";
import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getChangesFeed } from "@/app/(public)/changes.atom/route";
import DataReleasePage from "@/app/[locale]/(site)/(public)/data/releases/[number]/page";
import { ChangeEntryView } from "@/components/changes/change-entry";
import { readAsOf } from "@/lib/as-of/day";
import type { SessionUser } from "@/lib/auth/permissions";
import { listPublicChanges, resolveChangeFilter, type ChangeEntry } from "@/lib/changes/queries";
import { db } from "@/lib/db";
import { freezeDataRelease, type DataReleaseSummary } from "@/lib/open-data/releases";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createActor } from "./helpers";

// A numbered data release is a public change: freezing it writes its change-log entry in the same transaction, and
// every view of the log shows it. Its page links to the dashboard as of its day, which reproduces it.

let admin: SessionUser;
let release: DataReleaseSummary;

const readReleaseChanges = async () => (await listPublicChanges({ ...(await resolveChangeFilter({ kind: "release" })), limit: 100 })).items;
const entryOf = (items: ChangeEntry[], number: number) => items.find((c) => c.entityType === "data-release" && c.entityId === String(number));

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
});

describe("a data release in the public change log", () => {
  it("a refused freeze writes no entry; a frozen release writes one, by its admin", async () => {
    const before = (await readReleaseChanges()).length;
    await expect(freezeDataRelease(await createActor("EDITOR"))).rejects.toMatchObject({ status: 403 });
    expect(await readReleaseChanges()).toHaveLength(before);

    release = await freezeDataRelease(admin);
    const items = await readReleaseChanges();
    expect(items).toHaveLength(before + 1);
    expect(entryOf(items, release.number)).toMatchObject({
      kind: "RELEASE",
      pledge: null,
      updateId: null,
      summary: `Data release ${release.number} (version ${release.version})`,
      actorName: admin.name,
    });
  });

  it("shows on /changes as a data release linking to its page, in /reports/changes.csv and in /changes.atom", async () => {
    const entry = entryOf(await readReleaseChanges(), release.number)!;
    const html = renderToStaticMarkup(createElement(ChangeEntryView, { entry }));
    expect(html).toContain("Data release</span>");
    expect(html).toContain(`<a href="/data/releases/${release.number}">Data release ${release.number}`);

    const csv = await serveReport({ request: new Request("http://localhost/reports/changes.csv?kind=release"), file: "changes.csv", getUser: async () => null });
    expect(csv.status).toBe(200);
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r.entity_id === String(release.number))).toMatchObject({ kind: "release", kind_label: "Data release", entity_type: "data-release" });

    const feed = await getChangesFeed(new Request("http://localhost/changes.atom?kind=release"));
    expect(feed.status).toBe(200);
    const parsed = parseFeed(await feed.text());
    expect(parsed.title).toContain("Data release");
    const item = parsed.items.find((i) => i.url?.endsWith(`/changes/${entry.id}`));
    expect(item?.title).toBe(entry.summary);
    expect(item?.content).toContain(`/data/releases/${release.number}`);
  });

  it("the release's page links to the dashboard as of the release's day", async () => {
    const page = await DataReleasePage({ params: Promise.resolve({ locale: "en", number: String(release.number) }) });
    const html = renderToStaticMarkup(page);
    const day = release.asOf.slice(0, 10);
    expect(readAsOf(day)).toMatchObject({ ok: true, asOf: { day } });
    expect(html).toMatch(new RegExp(`<a href="/\\?as_of=${day}" data-testid="release-as-of">the dashboard as of \\d{1,2} [A-Z][a-z]+ \\d{4}</a>`));
  });
});

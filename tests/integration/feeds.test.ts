import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getChangesFeed } from "@/app/(public)/changes.atom/route";
import { generateMetadata as generateChangeMetadata } from "@/app/[locale]/(site)/(public)/changes/[id]/page";
import { generateMetadata as generateChangesMetadata } from "@/app/[locale]/(site)/(public)/changes/page";
import { GET as getSiteFeed } from "@/app/(public)/feed.atom/route";
import { GET as getPledgeFeed } from "@/app/(public)/pledges/[slug]/feed.atom/route";
import { db } from "@/lib/db";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate } from "@/lib/updates/corrections";
import { createActor, updateInput } from "./helpers";
import { createTestPledge, createTestUpdate } from "../factories";

let pledge: Awaited<ReturnType<typeof createTestPledge>>;

async function readPledgeFeed(slug: string) {
  const response = await getPledgeFeed(new Request(`http://localhost/pledges/${slug}/feed.atom`), { params: Promise.resolve({ slug }) });
  return { response, xml: await response.text() };
}

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { fields: ["alpha"] });
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 5 });
  await createTestUpdate(db, { pledgeId: pledge.id, quantity: 2, state: "DRAFT" });
});

describe("Atom feeds", () => {
  it("/feed.atom parses as Atom with published updates only, each linking to its pledge page", async () => {
    const response = await getSiteFeed();
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe("atom");
    const mine = feed.items.filter((i) => i.url?.includes(`/pledges/${pledge.slug}#update-`));
    expect(mine).toHaveLength(1);
    expect(mine[0].description).toContain("+5");
    expect(mine[0].id).toMatch(/^tag:[^,]+,2017:update\/\d+$/);
  });

  it("a pledge's feed keeps its entry ids across re-renders and corrections; a new update adds an entry", async () => {
    const first = parseFeed((await readPledgeFeed(pledge.slug)).xml);
    const again = await readPledgeFeed(pledge.slug);
    expect(parseFeed(again.xml).items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(first.items).toHaveLength(1);

    const update = await db.progressUpdate.findFirstOrThrow({ where: { pledgeId: pledge.id, state: "PUBLISHED" } });
    const admin = await createActor("ADMIN");
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "6" }), id: update.id, version: update.version, reason: "Recounted." });
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 1 });

    const after = parseFeed((await readPledgeFeed(pledge.slug)).xml);
    expect(after.items).toHaveLength(2);
    const corrected = after.items.find((i) => i.id === first.items[0].id)!;
    expect(corrected.description).toContain("+6");
    expect(corrected.updated!.getTime()).toBeGreaterThan(first.items[0].updated!.getTime());
  });

  it("never carries internal evidence or the internal description: only the notice, the public summary and the level", async () => {
    const internalPledge = await createTestPledge(db, { fields: [] });
    const editor = await createActor("EDITOR");
    const admin = await createActor("ADMIN");
    const draft = await createUpdate(
      editor,
      updateInput(internalPledge, {
        fieldId: "",
        description: "Operation Nightfall trained officers.",
        publicSummary: "Officers trained.",
        evidence: [
          { source: "GOVERNMENT", publisher: "Ministry of the Interior", date: "2019-05-02", url: "https://example.org/press", reference: "p. 3" },
          { source: "INTERNAL_DOCUMENT", publisher: "Ministry Intranet", date: "2019-05-01", url: "https://intranet.example/nightfall", reference: "Officer J. Doe", visibility: "INTERNAL" },
        ],
      }),
      { submit: true },
    );
    await reviewUpdate(admin, { id: draft.id, version: draft.version, decision: "publish" });
    for (const xml of [(await readPledgeFeed(internalPledge.slug)).xml, await (await getSiteFeed()).text()]) {
      for (const secret of ["Nightfall", "intranet.example", "Officer J. Doe", "Ministry Intranet"]) expect(xml).not.toContain(secret);
    }
    const [entry] = parseFeed((await readPledgeFeed(internalPledge.slug)).xml).items;
    expect(entry.content).toContain("Officers trained.");
    expect(entry.content).toContain("https://example.org/press");
    expect(entry.content).toContain("1 internal source, reviewed by");
    expect(entry.content).toMatch(/Evidence level: (Self-reported|Corroborated|Documented)/);
  });

  it("answers 404 for an unknown pledge", async () => {
    const { response } = await readPledgeFeed("no-such-pledge");
    expect(response.status).toBe(404);
  });
});

describe("/changes.atom", () => {
  let logPledge: Awaited<ReturnType<typeof createTestPledge>>;
  let draftTitle: string;
  const readChangesFeed = async (query = "") => {
    const response = await getChangesFeed(new Request(`http://localhost/changes.atom${query}`));
    return { response, xml: await response.text() };
  };
  const changeIdOf = (atomId: string) => Number(/^tag:[^,]+,2017:change\/(\d+)$/.exec(atomId)?.[1]);

  beforeAll(async () => {
    logPledge = await createTestPledge(db, { fields: ["alpha"] });
    const editor = await createActor("EDITOR");
    const admin = await createActor("ADMIN");
    const published = await createUpdate(editor, updateInput(logPledge, { quantity: "5" }), { submit: true });
    await reviewUpdate(admin, { id: published.id, version: published.version, decision: "publish" });
    const current = await db.progressUpdate.findUniqueOrThrow({ where: { id: published.id } });
    await correctUpdate(admin, { ...updateInput(logPledge, { quantity: "7", title: current.title }), id: current.id, version: current.version, reason: "Recounted after the audit." });
    draftTitle = `Unpublished ${logPledge.slug} draft`;
    await createUpdate(editor, updateInput(logPledge, { title: draftTitle }), { submit: true });
  });

  it("parses as Atom: each entry is one change, with its summary, permalink, date and a stable id", async () => {
    const { response, xml } = await readChangesFeed(`?pledge=${logPledge.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    const rows = await db.publicChange.findMany({ where: { pledgeId: logPledge.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(rows.map((r) => r.kind)).toEqual(["CORRECTION", "PUBLICATION"]);
    expect(feed.items.map((i) => changeIdOf(i.id!))).toEqual(rows.map((r) => r.id));
    for (const [index, item] of feed.items.entries()) {
      expect(item.title).toBe(rows[index].summary);
      expect(item.url).toMatch(new RegExp(`/changes/${rows[index].id}$`));
      expect(item.updated!.getTime()).toBe(rows[index].createdAt.getTime());
    }
    const again = parseFeed((await readChangesFeed(`?pledge=${logPledge.slug}`)).xml);
    expect(again.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
  });

  it("shows a correction with what it changed, before → after, and why", async () => {
    const [item] = parseFeed((await readChangesFeed(`?pledge=${logPledge.slug}&kind=correction`)).xml).items;
    expect(item.content).toContain("Quantity: 5 → 7");
    expect(item.content).toContain("Reason: Recounted after the audit.");
    expect(item.categories.map((c) => c.term)).toContain("change-correction");
  });

  it("never shows a draft, here or in the site feed", async () => {
    for (const xml of [(await readChangesFeed()).xml, (await readChangesFeed(`?pledge=${logPledge.slug}`)).xml, await (await getSiteFeed()).text()]) {
      expect(xml).not.toContain(draftTitle);
    }
  });

  it("filters by pledge and kind as /changes does: an unknown kind is no filter, an unknown pledge a 400", async () => {
    const corrections = parseFeed((await readChangesFeed("?kind=CORRECTION")).xml).items;
    expect(corrections.length).toBeGreaterThan(0);
    for (const item of corrections) expect(item.categories.map((c) => c.term)).toContain("change-correction");
    const mine = parseFeed((await readChangesFeed(`?pledge=${logPledge.slug.toUpperCase()}`)).xml).items;
    expect(mine).toHaveLength(2);
    for (const item of mine) expect(item.categories.map((c) => c.term)).toContain(logPledge.slug);
    const unfiltered = parseFeed((await readChangesFeed(`?pledge=${logPledge.slug}`)).xml).items.map((i) => i.id);
    expect(parseFeed((await readChangesFeed(`?pledge=${logPledge.slug}&kind=gossip`)).xml).items.map((i) => i.id)).toEqual(unfiltered);
    const { response, xml } = await readChangesFeed("?pledge=no-such-pledge");
    expect(response.status).toBe(400);
    expect((JSON.parse(xml) as { error: { code: string } }).error.code).toBe("invalid_parameter");
  });

  it("/feed.atom carries public changes beside the updates, not publications twice, newest first", async () => {
    const feed = parseFeed(await (await getSiteFeed()).text());
    const correction = await db.publicChange.findFirstOrThrow({ where: { pledgeId: logPledge.id, kind: "CORRECTION" } });
    const publication = await db.publicChange.findFirstOrThrow({ where: { pledgeId: logPledge.id, kind: "PUBLICATION" } });
    const ids = feed.items.map((i) => i.id);
    expect(ids.filter((id) => /:change\/\d+$/.test(id!)).map((id) => changeIdOf(id!))).toContain(correction.id);
    expect(ids.map((id) => changeIdOf(id!))).not.toContain(publication.id);
    expect(ids.find((id) => id!.endsWith(`:update/${correction.updateId}`))).toBeDefined();
    const published = feed.items.map((i) => i.published!.getTime());
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(parseFeed(await (await getSiteFeed()).text()).items.map((i) => i.id)).toEqual(ids);
  });

  it("is advertised by /changes (filtered as the page is) and by each permalink", async () => {
    const atomLinks = (metadata: Awaited<ReturnType<typeof generateChangesMetadata>>) =>
      ((metadata.alternates?.types?.["application/atom+xml"] ?? []) as { url: string }[]).map((l) => l.url);
    expect(atomLinks(await generateChangesMetadata({ params: Promise.resolve({ locale: "en" }), searchParams: Promise.resolve({ kind: "CORRECTION", before: "3" }) }))).toContain("/changes.atom?kind=correction");
    const change = await db.publicChange.findFirstOrThrow({ where: { pledgeId: logPledge.id } });
    expect(atomLinks(await generateChangeMetadata({ params: Promise.resolve({ locale: "en", id: String(change.id) }) }))).toContain("/changes.atom");
  });
});

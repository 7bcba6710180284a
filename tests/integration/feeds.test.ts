import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
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

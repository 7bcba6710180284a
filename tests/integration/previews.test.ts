import { beforeAll, describe, expect, it } from "vitest";
import { markPublicChange } from "@/lib/cache";
import { db } from "@/lib/db";
import { resolveOembed } from "@/lib/embeds/oembed";
import { buildPledgeMetadata } from "@/lib/embeds/pledge-page";
import { absoluteUrl } from "@/lib/open-data/live";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { renderPledgeImage } from "@/lib/previews/og-image";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, createTestUpdate } from "../factories";

let pledge: Awaited<ReturnType<typeof createTestPledge>>;

const oembed = (url: string, extra: Record<string, string> = {}) => resolveOembed(new URLSearchParams({ url, format: "json", ...extra }));

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { target: 40 });
  await createTestUpdate(db, { pledgeId: pledge.id, quantity: 10 });
});

describe("oEmbed", () => {
  it("answers a rich response for a pledge page, its embed and a chart, within maxwidth and maxheight", async () => {
    const answer = await oembed(absoluteUrl(`/pledges/${pledge.slug}`), { maxwidth: "400", maxheight: "300" });
    expect(answer).toMatchObject({ version: "1.0", type: "rich", width: 400, height: 300 });
    expect(answer.title).toContain("10 of 40");
    expect(answer.html).toContain(`src="${absoluteUrl(`/embed/pledges/${pledge.slug}`)}"`);
    expect(answer.html).toContain('height="300"');
    expect((await oembed(absoluteUrl(`/embed/pledges/${pledge.slug}/years`))).html).toContain(`/embed/pledges/${pledge.slug}/years"`);
  });

  it("refuses other sites, other pages, unknown pledges and formats with the status oEmbed asks for", async () => {
    await expect(oembed(`https://evil.example/pledges/${pledge.slug}`)).rejects.toMatchObject({ status: 404 });
    await expect(oembed(absoluteUrl("/admin"))).rejects.toMatchObject({ status: 404 });
    await expect(oembed(absoluteUrl(`/pledges/${pledge.slug}/years`))).rejects.toMatchObject({ status: 404 });
    await expect(oembed(absoluteUrl("/pledges/no-such-pledge"))).rejects.toMatchObject({ status: 404 });
    await expect(oembed("not a url")).rejects.toMatchObject({ status: 404 });
    await expect(oembed(absoluteUrl(`/pledges/${pledge.slug}`), { format: "xml" })).rejects.toMatchObject({ status: 501 });
    await expect(resolveOembed(new URLSearchParams())).rejects.toMatchObject({ status: 400 });
  });

  it("escapes a pledge title in the snippet's attributes", async () => {
    await db.pledge.update({ where: { id: pledge.id }, data: { title: 'Quote " and <script>' } });
    await markPublicChange(db);
    const { html } = await oembed(absoluteUrl(`/pledges/${pledge.slug}`));
    expect(html).not.toContain("<script>");
    expect(html).toContain('title="Pledge Tracker: Quote &#34; and &#60;script&#62;"');
  });
});

describe("link previews", () => {
  it("the pledge image is a 1200×630 PNG that is rendered again, at a new URL, after a public change", async () => {
    const png = Buffer.from((await renderPledgeImage(pledge.slug))!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.from((await renderPledgeImage(pledge.slug))!).equals(png)).toBe(true);
    const before = await buildPledgeMetadata({ pledge: (await getPledgeDetail(pledge.slug))!, summary: (await getPledgeSummary(pledge.slug))!, locale: "en" });

    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 20 });
    expect(Buffer.from((await renderPledgeImage(pledge.slug))!).equals(png)).toBe(false);
    const after = await buildPledgeMetadata({ pledge: (await getPledgeDetail(pledge.slug))!, summary: (await getPledgeSummary(pledge.slug))!, locale: "en" });
    const imageOf = (m: typeof before) => (m.openGraph!.images as { url: string }[])[0].url;
    expect(imageOf(after)).not.toBe(imageOf(before));
    expect(after.description).toContain("30 of 40");
    expect(await renderPledgeImage("no-such-pledge")).toBeNull();
  });
});

import { z } from "zod";
import { CHANGE_KINDS } from "@/lib/changes/labels";
import { listPublicChanges, resolveChangeFilter } from "@/lib/changes/queries";
import { pagingShape } from "@/lib/http/query";

/** Schemas and reader of GET /api/v1/changes: the public change log, newest first, paged by cursor. */

const kindNames = CHANGE_KINDS.map((k) => k.toLowerCase()) as [string, ...string[]];

export const changesQuery = z.object({
  pledge: z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,80}$/, "Use a slug of lowercase letters, digits and dashes.").optional().describe("Only changes about this pledge (slug)."),
  kind: z.string().trim().toLowerCase().pipe(z.enum(kindNames, `Use one of ${kindNames.join(", ")}.`)).optional().describe(`Only this kind of change: ${kindNames.join(", ")}.`),
  ...pagingShape,
});

export const ChangeSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(CHANGE_KINDS),
    createdAt: z.iso.datetime({ offset: true }),
    pledge: z.object({ slug: z.string(), title: z.string() }).nullable().describe("Null for a change not about one pledge (a country's developing flag)."),
    updateId: z.number().int().nullable(),
    entityType: z.string().describe("What changed: update, pledge, field, milestone, delivery, country, check, …"),
    entityId: z.string(),
    summary: z.string(),
    diff: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })).describe("Field-level public values before and after."),
    reason: z.string().nullable().describe("Why (corrections, deletions, status changes) or the editor's note (checks)."),
    actorName: z.string().nullable(),
    isSample: z.boolean().describe("True for an entry of the sample data (demonstration, not real progress)."),
    url: z.string().describe("Permalink of the entry on the site."),
  })
  .meta({ id: "Change" });

export const ChangePageSchema = z
  .object({
    items: z.array(ChangeSchema),
    nextCursor: z.number().int().nullable().describe("Pass as `cursor` for the next (older) page; null on the last page."),
  })
  .meta({ id: "ChangePage" });

/** One page of the log; an unknown pledge or kind is a 400 naming the parameter. */
export async function readApiChangePage(query: z.infer<typeof changesQuery>): Promise<z.input<typeof ChangePageSchema>> {
  const filter = await resolveChangeFilter({ pledge: query.pledge, kind: query.kind });
  const page = await listPublicChanges({ ...filter, before: query.cursor, limit: query.limit });
  return { items: page.items.map((entry) => ({ ...entry, url: `/changes/${entry.id}` })), nextCursor: page.nextCursor };
}

import { changesQuery } from "@/lib/api/changes";
import { CHANGE_KINDS, describeFieldChange, KIND_LABELS } from "@/lib/changes/labels";
import { createChangeReader, resolveChangeFilter, type ChangeEntry } from "@/lib/changes/queries";
import { parseQuery } from "@/lib/http/query";
import { createCsvStream, type Column } from "./csv";

/** The public change log as CSV (/reports/changes.csv): one row per change, newest first, the same filters as the API. */

const describeDiff = (entry: ChangeEntry) => entry.diff.map(describeFieldChange).join("\n");

export const CHANGE_LOG_COLUMNS: readonly Column<ChangeEntry>[] = [
  { header: "id", type: "number", description: "The entry's id; its permalink is /changes/<id>.", value: (r) => r.id },
  { header: "changed_at", type: "datetime", description: "When the change was made public (ISO 8601, UTC).", value: (r) => r.createdAt },
  { header: "kind", type: "text", description: `One of ${CHANGE_KINDS.map((k) => k.toLowerCase()).join(", ")}.`, value: (r) => r.kind.toLowerCase() },
  { header: "kind_label", type: "text", description: "The kind in words.", value: (r) => KIND_LABELS[r.kind] },
  { header: "pledge", type: "text", description: "Pledge slug; empty for a change not about one pledge (a country's developing flag).", value: (r) => r.pledge?.slug ?? null },
  { header: "update_id", type: "number", description: "The progress update concerned, if any; its public page is /updates/<id>.", value: (r) => r.updateId },
  { header: "entity_type", type: "text", description: "What changed: update, pledge, field, milestone, delivery, country, check, assessment, data-release.", value: (r) => r.entityType },
  { header: "entity_id", type: "text", description: "Its id (a country's ISO 3166-1 alpha-3 code).", value: (r) => r.entityId },
  { header: "summary", type: "text", description: "The change in one line.", value: (r) => r.summary },
  { header: "changes", type: "text", description: "Field by field, 'Field: before → after', one per line.", value: describeDiff },
  { header: "diff_json", type: "text", description: "The same as JSON: [{ field, before, after }].", value: (r) => (r.diff.length ? JSON.stringify(r.diff) : null) },
  { header: "reason", type: "text", description: "Why (corrections, deletions, status changes) or the editor's note (checks).", value: (r) => r.reason },
  { header: "actor", type: "text", description: "Public name of who made the change.", value: (r) => r.actorName },
];

const CHANGE_FILTERS = ["pledge", "kind"] as const;
const filterQuery = changesQuery.pick({ pledge: true, kind: true });

export async function createChangeLogStream(params: URLSearchParams, bom: boolean): Promise<ReadableStream<Uint8Array>> {
  const filter = await resolveChangeFilter(parseQuery(filterQuery, params, CHANGE_FILTERS));
  return createCsvStream({ columns: CHANGE_LOG_COLUMNS, nextPage: createChangeReader(filter), bom });
}

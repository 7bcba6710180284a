import type { Tx } from "@/lib/db";
import { ConflictError, type Change } from "@/lib/errors";

export const UPDATE_WITH_DETAILS = {
  field: { select: { name: true } },
  countries: { include: { country: { select: { iso3: true, name: true } } } },
  evidence: { orderBy: { position: "asc" } },
} as const;

type UpdateWithDetails = {
  version: number;
  state: string;
  title: string;
  quantity: number;
  eventDate: Date;
  description: string;
  reviewComment: string | null;
  deletedAt: Date | null;
  field: { name: string } | null;
  countries: { country: { iso3: string; name: string } }[];
  evidence: { kind: string; url: string | null; citation: string | null }[];
};

/** The audited, human-readable state of an update: what audit rows, revisions and conflict messages show. */
export function snapshotUpdate(u: UpdateWithDetails) {
  return {
    version: u.version,
    state: u.state,
    title: u.title,
    quantity: u.quantity,
    eventDate: u.eventDate.toISOString().slice(0, 10),
    field: u.field?.name ?? null,
    countries: u.countries.map((c) => c.country.iso3).sort(),
    description: u.description,
    evidence: u.evidence.map((e) => (e.kind === "LINK" ? e.url : e.citation) ?? ""),
    reviewComment: u.reviewComment,
    deleted: u.deletedAt !== null,
  };
}

export type UpdateSnapshot = ReturnType<typeof snapshotUpdate>;

const LABELS: Record<string, string> = {
  state: "Status",
  title: "Title",
  quantity: "Quantity",
  eventDate: "Date",
  field: "Field or workstream",
  countries: "Countries",
  description: "Description",
  evidence: "Evidence",
  reviewComment: "Review comment",
  deleted: "Deleted",
};

const show = (v: unknown) => (Array.isArray(v) ? v.join(", ") || "—" : v === null || v === "" ? "—" : String(v));

export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  return Object.keys(LABELS)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: LABELS[k], from: show(before[k]), to: show(after[k]) }));
}

/**
 * Builds the refusal for an edit based on `baseVersion` when the update is now at `current`: who changed it since,
 * and field by field what changed, reconstructed from the audit trail (every write records before and after).
 */
export async function staleVersionError(tx: Tx, id: number, baseVersion: number, current: UpdateSnapshot): Promise<ConflictError> {
  const rows = await tx.auditLog.findMany({
    where: { entityType: "update", entityId: String(id) },
    orderBy: { id: "asc" },
    include: { actor: { select: { name: true } } },
  });
  const later = rows.filter((r) => r.before && (JSON.parse(r.before) as UpdateSnapshot).version >= baseVersion);
  const base = later.length ? (JSON.parse(later[0].before!) as UpdateSnapshot) : null;
  const who = [...new Set(later.map((r) => r.actor?.name ?? "the system"))].join(", ");
  const changes = base ? diffSnapshots(base, current) : [];
  return new ConflictError(
    `Not saved: ${who || "someone"} changed this update after you opened it (version ${baseVersion} → ${current.version}). ` +
      "Review what changed, then reload and apply your edit again.",
    changes,
  );
}

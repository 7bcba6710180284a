import type { Tx } from "@/lib/db";
import { ConflictError, type Change } from "@/lib/errors";
import { describeInternalNotice, describePublicItem, EVIDENCE_ROW_SELECT, toEvidenceRow, toPublicEvidence, type EvidenceRow } from "@/lib/evidence/public";

export const UPDATE_WITH_DETAILS = {
  field: { select: { name: true } },
  countries: { include: { country: { select: { iso3: true, name: true } } } },
  evidence: { orderBy: { position: "asc" }, select: { ...EVIDENCE_ROW_SELECT, id: true, documentId: true, confirmedAt: true, document: { select: { ...EVIDENCE_ROW_SELECT.document.select, fileName: true } } } },
} as const;

type UpdateWithDetails = {
  version: number;
  state: string;
  title: string;
  quantity: number;
  eventDate: Date;
  description: string;
  publicSummary: string | null;
  evidenceLevel: string;
  reviewComment: string | null;
  deletedAt: Date | null;
  field: { name: string } | null;
  countries: { country: { iso3: string; name: string } }[];
  evidence: (Omit<EvidenceRow, "reviewedBy" | "document"> & { reviewedBy: { name: string } | null; document: (NonNullable<EvidenceRow["document"]> & { fileName: string }) | null })[];
};

/** Internal items as staff read them in the audit trail: publisher, link, file name and reference. Never public. */
const describeInternalItem = (e: UpdateWithDetails["evidence"][number]) =>
  [e.publisher, e.url, e.document && `${e.document.fileName} (sha256 ${e.document.sha256})`, e.citation].filter(Boolean).join(" · ");

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
    publicSummary: u.publicSummary,
    evidenceLevel: u.evidenceLevel,
    // Public items and the public notices of internal ones: what a revision may show; internal detail kept apart.
    evidence: ((view) => [...view.items.map(describePublicItem), ...view.internal.map(describeInternalNotice)])(toPublicEvidence(u.evidence.map(toEvidenceRow))),
    internalEvidence: u.evidence.filter((e) => e.visibility !== "PUBLIC").map(describeInternalItem),
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
  publicSummary: "Public summary",
  evidenceLevel: "Evidence level",
  evidence: "Evidence",
  internalEvidence: "Internal evidence",
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

import type { Prisma } from "@/lib/db";

/** Evidence as editors and admins see it: everything, internal items included. Never for public outputs. */
export const STAFF_EVIDENCE_QUERY = {
  orderBy: { position: "asc" },
  include: {
    document: { select: { id: true, sha256: true, fileName: true, mediaType: true, byteSize: true } },
    reviewedBy: { select: { name: true } },
    confirmedBy: { select: { name: true } },
  },
} as const satisfies Prisma.ProgressUpdate$evidenceArgs;

type StaffEvidenceRecord = Prisma.EvidenceGetPayload<{ include: (typeof STAFF_EVIDENCE_QUERY)["include"] }>;

export function toStaffEvidence(e: StaffEvidenceRecord) {
  return {
    id: e.id,
    source: e.source ?? ("" as const),
    publisher: e.publisher ?? "",
    date: e.sourceDate?.toISOString().slice(0, 10) ?? "",
    url: e.url ?? "",
    reference: e.citation ?? "",
    visibility: e.visibility,
    document: e.document,
    reviewedBy: e.reviewedBy?.name ?? null,
    reviewedAt: e.reviewedAt?.toISOString() ?? null,
    confirmedBy: e.confirmedBy?.name ?? null,
    confirmedAt: e.confirmedAt?.toISOString() ?? null,
  };
}

export type StaffEvidence = ReturnType<typeof toStaffEvidence>;

import type { EvidenceLevel, EvidenceSource } from "@/lib/db";
import { formatIsoDateTime } from "@/lib/iso-date";

/** What the public may know of one public evidence item. */
export type PublicEvidenceItem = {
  source: EvidenceSource | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  reference: string | null;
  document: { sha256: string; mediaType: string; byteSize: number; downloadUrl: string } | null;
};

/** All the public may know of an internal item: that it exists, who reviewed it and when, and its document's sha256. */
export type InternalEvidenceNotice = { hasDocument: boolean; reviewedBy: string | null; reviewedAt: string | null; sha256: string | null };

export type PublicEvidence = { items: PublicEvidenceItem[]; internal: InternalEvidenceNotice[] };

/** An evidence row as the data layer reads it (Prisma or raw SQL), before the public split. */
export type EvidenceRow = {
  source: EvidenceSource | null;
  publisher: string | null;
  sourceDate: Date | string | null;
  url: string | null;
  citation: string | null;
  visibility: string;
  reviewedAt: Date | string | null;
  reviewedBy: string | null;
  document: { id: number; sha256: string; mediaType: string; byteSize: number } | null;
};

export const documentDownloadPath = (id: number) => `/api/documents/${id}`;

const day = (value: Date | string | null) => (value === null ? null : formatIsoDateTime(value).slice(0, 10));

/**
 * The one split between what the public sees and what stays internal. Every public output (pages, CSV, API, feeds)
 * goes through it: an internal item leaves only a notice, never its content, link, reference or file name.
 */
export function toPublicEvidence(rows: readonly EvidenceRow[]): PublicEvidence {
  const items: PublicEvidenceItem[] = [];
  const internal: InternalEvidenceNotice[] = [];
  for (const row of rows) {
    if (row.visibility !== "PUBLIC") {
      internal.push({ hasDocument: row.document !== null, reviewedBy: row.reviewedBy, reviewedAt: day(row.reviewedAt), sha256: row.document?.sha256 ?? null });
      continue;
    }
    items.push({
      source: row.source,
      publisher: row.publisher,
      date: day(row.sourceDate),
      url: row.url,
      reference: row.citation,
      document: row.document && { sha256: row.document.sha256, mediaType: row.document.mediaType, byteSize: row.document.byteSize, downloadUrl: documentDownloadPath(row.document.id) },
    });
  }
  return { items, internal };
}

/** The description the public reads: the public summary when the update has one. */
export const publicDescription = (u: { description: string; publicSummary: string | null }) => u.publicSummary ?? u.description;

/** "1 internal document, reviewed by ‹reviewer› on ‹date›", the public's whole view of an internal item but its sha256. */
export function internalNoticeText(n: InternalEvidenceNotice, formatDay: (isoDay: string) => string = (d) => d): string {
  const what = n.hasDocument ? "1 internal document" : "1 internal source";
  const by = n.reviewedBy ? `, reviewed by ${n.reviewedBy}${n.reviewedAt ? ` on ${formatDay(n.reviewedAt)}` : ""}` : ", not yet reviewed";
  return what + by;
}

/** The notice with its sha256, for text outputs (CSV, change log). */
export const describeInternalNotice = (n: InternalEvidenceNotice) => internalNoticeText(n) + (n.sha256 ? ` (sha256 ${n.sha256})` : "");

/** One line per public item for text outputs (CSV): the link, the document's download path and sha256, the reference. */
export function describePublicItem(item: PublicEvidenceItem): string {
  const parts = [item.publisher, item.date, item.url, item.document && `${item.document.downloadUrl} (sha256 ${item.document.sha256})`, item.reference];
  return parts.filter(Boolean).join(" · ");
}

/** The item's link, else its reference, else its document's download path: the CSV's one-line-per-item form. */
export const evidenceLocator = (item: PublicEvidenceItem) => item.url ?? item.reference ?? item.document?.downloadUrl ?? "";

/** The Prisma selection every public read of evidence uses, shaped for toPublicEvidence. */
export const EVIDENCE_ROW_SELECT = {
  source: true,
  publisher: true,
  sourceDate: true,
  url: true,
  citation: true,
  visibility: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
  document: { select: { id: true, sha256: true, mediaType: true, byteSize: true } },
} as const;

type SelectedEvidence = Omit<EvidenceRow, "reviewedBy"> & { reviewedBy: { name: string } | null };
export const toEvidenceRow = (e: SelectedEvidence): EvidenceRow => ({ ...e, reviewedBy: e.reviewedBy?.name ?? null });

export type { EvidenceLevel };

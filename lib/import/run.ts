import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { db, Prisma, type Tx } from "@/lib/db";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { addToRollups } from "@/lib/rollups/apply";
import { publishEvidence } from "@/lib/evidence/write";
import { replaceChildren, updateContent } from "@/lib/updates/actions";
import { selfPublicationAudit } from "@/lib/updates/four-eyes";
import { decodeCsv, ImportFileError, parseImportCsv, type ImportProblem } from "./parse";
import { checkImportPublishing, findPublishingProblems } from "./publish";
import { validateImportRows, type ImportableState, type ImportRow } from "./validate";

export type ImportInput = { bytes: Uint8Array; filename: string; defaultState: ImportableState; actor: SessionUser | null };
export type ImportOutcome = {
  ok: boolean;
  /** Dry run: nothing was written. */
  dryRun: boolean;
  rows: number;
  imported: number;
  problems: ImportProblem[];
  /** Fingerprint of the checked file; confirming requires the same file. */
  checksum: string;
  message: string;
};

export const checksumOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function readRows(client: typeof db | Tx, input: ImportInput) {
  let text: string;
  try {
    text = decodeCsv(input.bytes, input.filename);
  } catch (error) {
    if (error instanceof ImportFileError) return { rows: [] as ImportRow[], count: 0, problems: [{ line: 0, column: null, message: error.message }] };
    throw error;
  }
  const parsed = parseImportCsv(text);
  if (parsed.problems.length && !parsed.rows.length) return { rows: [], count: 0, problems: parsed.problems };
  const checked = await validateImportRows(client, parsed.rows, { defaultState: input.defaultState });
  const problems = [...parsed.problems, ...checked.problems].sort((a, b) => a.line - b.line);
  return { rows: problems.length ? [] : checked.rows, count: parsed.rows.length + parsed.problems.filter((p) => p.line > 1).length, problems };
}

/** The dry run: every problem by line and column, and nothing written. */
export async function checkImport(input: ImportInput): Promise<ImportOutcome> {
  const actor = await authorize(db, input.actor, "update:import");
  const read = await readRows(db, input);
  const { rows, count } = read;
  const problems = [...read.problems, ...(await findPublishingProblems(db, actor, rows))];
  const ok = problems.length === 0;
  return {
    ok, dryRun: true, rows: count, imported: 0, problems, checksum: checksumOf(input.bytes),
    message: ok ? `${rows.length} rows are ready to import as ${input.defaultState.toLowerCase()} updates.` : `${problems.length} problems found; nothing was imported.`,
  };
}

/**
 * Writes validated rows and one audit entry per update, inside the caller's transaction. Published rows need the
 * four-eyes `mark` from checkImportPublishing, made in the same transaction.
 */
export async function writeImportRows(tx: Tx, rows: ImportRow[], actor: SessionUser, batch: string, mark: { selfPublished: boolean } | null = null): Promise<number[]> {
  const ids: number[] = [];
  const now = new Date();
  for (const row of rows) {
    const published = row.state === "PUBLISHED";
    if (published && !mark) throw new Error("Published import rows need the four-eyes check first (checkImportPublishing).");
    const update = await tx.progressUpdate.create({
      data: {
        ...updateContent(row), pledgeId: row.pledgeId, state: row.state, externalId: row.externalId, authorId: actor.id,
        submittedAt: row.state === "DRAFT" ? null : now,
        ...(published ? { reviewerId: actor.id, reviewedAt: now, publishedAt: now, selfPublished: mark!.selfPublished } : {}),
      },
    });
    await replaceChildren(tx, update.id, row, actor.id);
    if (published) await publishEvidence(tx, { updateId: update.id, pledgeId: row.pledgeId, reviewer: actor, at: now });
    await recordAudit(tx, {
      actorId: actor.id, action: "update.import", entityType: "ProgressUpdate", entityId: update.id,
      after: {
        batch, line: row.line, externalId: row.externalId, state: row.state, pledgeId: row.pledgeId, quantity: row.quantity, title: row.title,
        ...(published ? selfPublicationAudit(mark) : {}),
      },
    });
    ids.push(update.id);
  }
  return ids;
}

/**
 * The confirmed import, all or nothing: the file is checked again inside one transaction (the data may have
 * changed since the dry run) and any problem or failed write rolls every row back.
 */
export async function runImport(input: ImportInput & { expectedChecksum?: string }): Promise<ImportOutcome> {
  const checksum = checksumOf(input.bytes);
  const base = { dryRun: false, checksum, imported: 0 };
  if (input.expectedChecksum && input.expectedChecksum !== checksum) {
    return { ...base, ok: false, rows: 0, problems: [], message: "This is not the file that was checked. Run the dry run again." };
  }
  try {
    const { outcome, published } = await db.$transaction(
      async (tx) => {
        const actor = await authorize(tx, input.actor, "update:import");
        const { rows, count, problems } = await readRows(tx, input);
        if (problems.length) {
          return { published: false, outcome: { ...base, ok: false, rows: count, problems, message: `${problems.length} problems found; nothing was imported.` } };
        }
        const mark = await checkImportPublishing(tx, actor, rows);
        const ids = await writeImportRows(tx, rows, actor, checksum.slice(0, 12), mark);
        await addToRollups(tx, ids);
        if (mark) await bumpPublicVersion(tx);
        const message = `Imported ${ids.length} updates as ${input.defaultState.toLowerCase()}s.`;
        return { published: mark !== null, outcome: { ...base, ok: true, rows: count, imported: ids.length, problems: [], message } };
      },
      { timeout: 120_000 },
    );
    if (published) afterPublicChange();
    return outcome;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ...base, ok: false, rows: 0, problems: [{ line: 0, column: "external_id", message: "Another import added one of these external ids meanwhile; nothing was imported." }], message: "Nothing was imported." };
    }
    throw error;
  }
}

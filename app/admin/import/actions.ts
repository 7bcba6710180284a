"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse";
import { checkImport, runImport, type ImportOutcome } from "@/lib/import/run";
import { HttpError } from "@/lib/http/errors";

export type ImportFormState = Partial<ImportOutcome> & { filename?: string };

/** One action for both steps: `mode=check` is the dry run, `mode=import` confirms the file that was checked. */
export async function importUpdatesAction(_previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file to import." };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `The file is larger than ${MAX_IMPORT_BYTES / 1024} KB. Split it into smaller files.` };
  const chosen = form.get("state");
  const defaultState = chosen === "SUBMITTED" || chosen === "PUBLISHED" ? chosen : "DRAFT";
  const input = { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, defaultState, actor: await getCurrentUser() } as const;
  try {
    if (form.get("mode") === "import") {
      const checksum = String(form.get("checksum") ?? "");
      if (!checksum) return { ok: false, message: "Run the dry run first." };
      return { ...(await runImport({ ...input, expectedChecksum: checksum })), filename: file.name };
    }
    return { ...(await checkImport(input)), filename: file.name };
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, message: error.message };
    throw error;
  }
}

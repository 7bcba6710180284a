"use server";

import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { readRequestLocale } from "@/lib/i18n/params";
import { formatValidationMessage } from "@/lib/i18n/validation";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse";
import { checkImport, runImport, type ImportOutcome } from "@/lib/import/run";
import { HttpError } from "@/lib/http/errors";

export type ImportFormState = Partial<ImportOutcome> & { filename?: string };

/** One action for both steps: `mode=check` is the dry run, `mode=import` confirms the file that was checked. */
export async function importUpdatesAction(_previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "admin.import" });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: t("chooseFile") };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: t("tooLarge", { kb: MAX_IMPORT_BYTES / 1024 }) };
  const chosen = form.get("state");
  const defaultState = chosen === "SUBMITTED" || chosen === "PUBLISHED" ? chosen : "DRAFT";
  const input = { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, defaultState, actor: await getCurrentUser() } as const;
  try {
    if (form.get("mode") === "import") {
      const checksum = String(form.get("checksum") ?? "");
      if (!checksum) return { ok: false, message: t("dryRunFirst") };
      return { ...(await runImport({ ...input, expectedChecksum: checksum })), filename: file.name };
    }
    return { ...(await checkImport(input)), filename: file.name };
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, message: formatValidationMessage(error.message, locale) };
    throw error;
  }
}

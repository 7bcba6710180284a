"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { saveTranslation } from "@/lib/pledges/translation-actions";

const KEYS = ["pledgeId", "entity", "id", "key", "locale", "text", "official", "revision"];

/** Saves one translation; the data layer checks the session's permission again inside its transaction. */
export async function saveTranslationAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await saveTranslation(await getCurrentUser(), Object.fromEntries(KEYS.map((k) => [k, form.get(k) ?? undefined])));
  } catch (error) {
    return toFormState(error, await readRequestLocale());
  }
  revalidatePath("/admin/pledges", "layout");
  return { ok: true };
}

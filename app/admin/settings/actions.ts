"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { updateSettings } from "@/lib/settings/actions";

export async function updateSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updateSettings(await getCurrentUser(), { allowSelfPublication: form.get("allowSelfPublication") ?? undefined });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Settings saved." };
}

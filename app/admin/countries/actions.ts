"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { toFormState, type FormState } from "@/lib/form-state";

export async function setDevelopingAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await setCountryDeveloping(await getCurrentUser(), { countryId: form.get("countryId"), developing: form.get("developing"), expected: form.get("expected") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin/countries");
  return { ok: true, message: "Saved." };
}

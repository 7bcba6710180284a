"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/actions";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const input = { email: form.get("email"), name: form.get("name"), role: form.get("role") };
    const { temporaryPassword } = await createUser(await getCurrentUser(), input);
    revalidatePath("/admin/users");
    return { ok: true, message: `Account created for ${String(input.email).trim().toLowerCase()}. Give them this temporary password (shown once):`, secret: temporaryPassword };
  } catch (error) {
    return toFormState(error);
  }
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const userId = Number(form.get("userId"));
  const intent = String(form.get("intent"));
  try {
    const actor = await getCurrentUser();
    if (intent === "role") await changeUserRole(actor, { userId, role: form.get("role") === "ADMIN" ? "ADMIN" : "EDITOR" });
    else if (intent === "disable" || intent === "enable") await setUserDisabled(actor, { userId, disabled: intent === "disable" });
    else if (intent === "reset") {
      const secret = await resetUserPassword(actor, { userId });
      revalidatePath("/admin/users");
      return { ok: true, message: "New temporary password (shown once):", secret };
    } else return { message: "Unknown action." };
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Saved." };
}

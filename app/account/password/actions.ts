"use server";

import { redirect } from "next/navigation";
import { getCurrentUser, renewOwnSession } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { changeOwnPassword } from "@/lib/users/actions";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirmPassword") ?? "")) return { errors: { confirmPassword: ["The two passwords differ."] } };
  try {
    const user = await getCurrentUser();
    const { sessionVersion } = await changeOwnPassword(user, { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
    // The change ended every session of this account; this browser's continues (the others stay ended).
    await renewOwnSession({ userId: user!.id, from: user!.sessionVersion, to: sessionVersion });
  } catch (error) {
    return toFormState(error);
  }
  redirect("/admin");
}

"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { changeOwnPassword } from "@/lib/users/actions";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirmPassword") ?? "")) return { errors: { confirmPassword: ["The two passwords differ."] } };
  try {
    await changeOwnPassword(await getCurrentUser(), { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
  } catch (error) {
    return toFormState(error);
  }
  redirect("/admin");
}

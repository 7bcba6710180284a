"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { freezeDataRelease } from "@/lib/open-data/releases";

export async function freezeDataReleaseAction(): Promise<FormState> {
  try {
    const release = await freezeDataRelease(await getCurrentUser());
    revalidatePath("/admin/data");
    return { ok: true, message: `Release ${release.number} (version ${release.version}) is frozen: sha256 ${release.sha256}.` };
  } catch (error) {
    return toFormState(error);
  }
}

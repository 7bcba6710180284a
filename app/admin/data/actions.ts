"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { freezeDataRelease } from "@/lib/open-data/releases";

export async function freezeDataReleaseAction(): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    const release = await freezeDataRelease(await getCurrentUser());
    revalidatePath("/admin/data");
    const t = await getTranslations({ locale, namespace: "admin.done" });
    return { ok: true, message: t("releaseFrozen", { number: release.number, version: release.version, sha256: release.sha256 }) };
  } catch (error) {
    return toFormState(error, locale);
  }
}

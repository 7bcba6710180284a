"use client";

import { useTranslations } from "next-intl";
import { freezeDataReleaseAction } from "@/app/admin/data/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

export function FreezeReleaseForm({ next }: { next: number }) {
  const t = useTranslations("admin.data");
  const { state, onSubmit, pending } = useFormSubmit(freezeDataReleaseAction);
  return (
    <form onSubmit={onSubmit}>
      <button type="submit" disabled={pending}>
        {pending ? t("freezing") : t("freeze", { next })}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

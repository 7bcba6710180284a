"use client";

import { freezeDataReleaseAction } from "@/app/admin/data/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

export function FreezeReleaseForm({ next }: { next: number }) {
  const { state, onSubmit, pending } = useFormSubmit(freezeDataReleaseAction);
  return (
    <form onSubmit={onSubmit}>
      <button type="submit" disabled={pending}>
        {pending ? "Freezing…" : `Freeze the public data as release ${next}`}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

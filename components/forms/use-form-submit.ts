"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

/**
 * useActionState driven from onSubmit: unlike <form action>, React does not reset the fields afterwards, so a
 * refused submission (validation, stale version) keeps what the user typed. The clicked button's name/value is kept.
 */
export function useFormSubmit(action: (prev: FormState, form: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_FORM_STATE);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}

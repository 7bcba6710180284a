"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/form-state";

/** A form before its first submission. (Type-only import: lib/form-state.ts is server code.) */
export const INITIAL_FORM_STATE: FormState = {};

/**
 * useActionState driven from onSubmit: unlike <form action>, React does not reset the fields afterwards, so a
 * refused submission (validation, stale version) keeps what the user typed. The clicked button's name/value is kept.
 * With `resetOnSuccess`, a successful submission clears the form for the next entry.
 */
export function useFormSubmit(action: (prev: FormState, form: FormData) => Promise<FormState>, options: { resetOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_FORM_STATE);
  const lastForm = useRef<HTMLFormElement | null>(null);
  const { resetOnSuccess } = options;
  useEffect(() => {
    if (state.ok && resetOnSuccess) lastForm.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    lastForm.current = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}

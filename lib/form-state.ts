import { ConflictError, ValidationError, type Change } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";

/** What every server action returns to its form (read with useActionState). */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  changes?: Change[];
  /** Shown once, e.g. a generated temporary password. */
  secret?: string;
};

export const INITIAL_FORM_STATE: FormState = {};

/** Maps the data layer's typed errors to form state; anything unexpected is rethrown to the error boundary. */
export function toFormState(error: unknown): FormState {
  if (error instanceof ValidationError) return { errors: error.fields, message: error.message };
  if (error instanceof ConflictError) return { message: error.message, changes: error.changes };
  if (error instanceof HttpError) return { message: error.message };
  throw error;
}

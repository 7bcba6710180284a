import { ConflictError, ValidationError, type Change } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatFieldErrors, formatValidationMessage } from "@/lib/i18n/validation";

/** What every server action returns to its form (read with useActionState). */
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  changes?: Change[];
  /** Shown once, e.g. a generated temporary password. */
  secret?: string;
};

/**
 * Maps the data layer's typed errors to form state, in the form's language (an action reads it with
 * readRequestLocale(); validation messages are catalogue keys, lib/i18n/validation.ts); anything unexpected is
 * rethrown to the error boundary.
 */
export function toFormState(error: unknown, locale: Locale = DEFAULT_LOCALE): FormState {
  if (error instanceof ValidationError) return { errors: formatFieldErrors(error.fields ?? {}, locale), message: formatValidationMessage(error.message, locale) };
  if (error instanceof ConflictError) return { message: formatValidationMessage(error.message, locale), changes: error.changes };
  if (error instanceof HttpError) return { message: formatValidationMessage(error.message, locale) };
  throw error;
}

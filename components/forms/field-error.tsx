/** The error list under one field; its id is what the input's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="error" role="alert">
      {errors.join(" ")}
    </p>
  );
}

/** Props linking an input to its error message. */
export function describedBy(id: string, errors?: string[]) {
  return errors?.length ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}

export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  return (
    <div aria-live="polite">
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "error"}>
          {state.message}
        </p>
      )}
    </div>
  );
}

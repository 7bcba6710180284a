"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import type { ImportFormState } from "@/app/admin/import/actions";

type Props = { action: (previous: ImportFormState, form: FormData) => Promise<ImportFormState>; canPublish: boolean };

/** Keeps the chosen File in state, so the dry run and the confirmation send the very same file. */
export function ImportForm({ action, canPublish }: Props) {
  const t = useTranslations("admin.import");
  const [state, dispatch, pending] = useActionState(action, {});
  const [file, setFile] = useState<File | null>(null);
  const [targetState, setTargetState] = useState("DRAFT");
  const checked = state.dryRun && state.ok && state.filename === file?.name ? state.checksum : undefined;

  function send(mode: "check" | "import") {
    const form = new FormData();
    if (file) form.set("file", file);
    form.set("state", targetState);
    form.set("mode", mode);
    if (checked) form.set("checksum", checked);
    startTransition(() => dispatch(form));
  }

  return (
    <form
      className="import-form"
      aria-label={t("formLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        send("check");
      }}
    >
      <label>
        {t("file")}
        <input type="file" name="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-describedby="import-result" />
      </label>
      <fieldset>
        <legend>{t("become")}</legend>
        <label>
          <input type="radio" name="state" value="DRAFT" checked={targetState === "DRAFT"} onChange={() => setTargetState("DRAFT")} /> {t("drafts")}
        </label>
        <label>
          <input type="radio" name="state" value="SUBMITTED" checked={targetState === "SUBMITTED"} onChange={() => setTargetState("SUBMITTED")} /> {t("submitted")}
        </label>
        {canPublish && (
          <label>
            <input type="radio" name="state" value="PUBLISHED" checked={targetState === "PUBLISHED"} onChange={() => setTargetState("PUBLISHED")} /> {t("published")}
          </label>
        )}
        <p className="muted">{t.rich("stateColumn", { code: (c) => <code>{c}</code> })}</p>
      </fieldset>
      <div className="import-actions">
        <button type="submit" disabled={pending || !file}>
          {pending ? t("working") : t("check")}
        </button>
        <button type="button" disabled={pending || !checked} onClick={() => send("import")}>
          {state.dryRun && state.ok ? t("importRows", { rows: state.rows ?? 0 }) : t("import")}
        </button>
      </div>
      <div id="import-result" aria-live="polite">
        {state.message && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "notice" : "error"}>
            {state.message}
          </p>
        )}
        {state.problems && state.problems.length > 0 && (
          <table className="import-problems">
            <caption>{t("problems", { filename: state.filename ?? "" })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                <th scope="col">{t("column")}</th>
                <th scope="col">{t("problem")}</th>
              </tr>
            </thead>
            <tbody>
              {state.problems.map((p, i) => (
                <tr key={i}>
                  <td>{p.line || "—"}</td>
                  <td>{p.column ?? "—"}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </form>
  );
}

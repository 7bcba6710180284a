"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? <p className="muted">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}

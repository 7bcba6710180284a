"use client";

import { catchError, type ErrorInfo } from "next/error";
import { useEffect } from "react";
import { fillSlot } from "@/lib/i18n/slots";

/** The error page's words in the page's language, from the server: `reference` surrounds the error's digest. */
export type PublicErrorWords = { title: string; body: string; reference: string[]; retry: string };

function PublicErrorPage({ error, words, onRetry }: { error: unknown; words: PublicErrorWords; onRetry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <section role="alert">
      <h1>{words.title}</h1>
      <p>{words.body}</p>
      {digest ? <p className="muted">{fillSlot(words.reference, digest)}</p> : null}
      <button type="button" onClick={onRetry}>
        {words.retry}
      </button>
    </section>
  );
}

/**
 * The public pages' error boundary (in place of an error.tsx, which gets no props: its words would need next-intl's
 * client provider). The public layout wraps its pages in it, worded on the server. Retrying fetches the page again.
 */
export const PublicErrorBoundary = catchError(({ words }: { words: PublicErrorWords }, { error, retry }: ErrorInfo) => (
  <PublicErrorPage error={error} words={words} onRetry={retry} />
));

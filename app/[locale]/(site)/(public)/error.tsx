"use client";

import { useEffect } from "react";

export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section role="alert">
      <h1>This page could not be loaded</h1>
      <p>The figures could not be read just now. Nothing is wrong with your connection; please try again.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}

"use client";

import { useEffect } from "react";
import { useErrorWords } from "@/components/site/error-words";
import { fillSlot } from "@/lib/i18n/slots";

// Its words come from the public layout (components/site/error-words.tsx): an error boundary gets no props.
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorWords();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section role="alert">
      <h1>{words.title}</h1>
      <p>{words.body}</p>
      {error.digest ? <p className="muted">{fillSlot(words.reference, error.digest)}</p> : null}
      <button type="button" onClick={reset}>
        {words.retry}
      </button>
    </section>
  );
}

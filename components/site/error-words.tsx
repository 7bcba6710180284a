"use client";

import { createContext, useContext } from "react";

/** The public error page's words in the page's language, from the server: `reference` surrounds the error's digest. */
export type ErrorWords = { title: string; body: string; reference: string[]; retry: string };

const ErrorWordsContext = createContext<ErrorWords | null>(null);

/**
 * Hands the public error boundary (app/[locale]/(site)/(public)/error.tsx) its words: an error.tsx gets no props, and
 * next-intl's client provider would add about 12 kB to every public page's script. The public layout, worded on the
 * server, wraps its pages in it; Next.js places the boundary inside that layout, so the words are there.
 */
export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: React.ReactNode }) {
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

export function useErrorWords(): ErrorWords {
  const words = useContext(ErrorWordsContext);
  if (!words) throw new Error("The public error page is rendered outside ErrorWordsProvider");
  return words;
}

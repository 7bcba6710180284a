import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale (`messages/<locale>/<namespace>.json`), so each area
 * of the site keeps its own. Every key exists in every locale (messages.test.ts).
 */
export const NAMESPACES = ["common", "public", "pledges", "labels", "charts", "admin", "auth", "validation", "translations", "reports"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Messages = Record<Namespace, Record<string, unknown>>;

/**
 * Namespaces that public client components read (the header's nav, account link and language switcher, the as-of
 * bar): only these reach a public page's browser, and only in the page's locale. The signed-in screens add the
 * namespaces of their forms (EDITOR_CLIENT_NAMESPACES).
 */
export const CLIENT_NAMESPACES = ["common"] as const satisfies readonly Namespace[];
export const EDITOR_CLIENT_NAMESPACES = ["common", "labels", "admin", "auth", "validation", "translations"] as const satisfies readonly Namespace[];

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}

export function pickMessages<N extends Namespace>(messages: Messages, namespaces: readonly N[]): Pick<Messages, N> {
  return Object.fromEntries(namespaces.map((n) => [n, messages[n]])) as Pick<Messages, N>;
}

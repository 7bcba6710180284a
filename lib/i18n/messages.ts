import type { Locale } from "./locales";

/**
 * The message catalogues: one JSON file per namespace and locale (`messages/<locale>/<namespace>.json`), so each area
 * of the site keeps its own. Every key exists in every locale (messages.test.ts).
 */
export const NAMESPACES = ["common", "public", "pledges", "labels", "charts", "admin", "auth", "validation", "translations", "reports"] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Messages = Record<Namespace, Record<string, unknown>>;

/**
 * Namespaces that the signed-in screens' client forms read (components/auth/editor-messages.tsx), in the page's locale
 * only. Public pages send no messages: their few client components get their words as props from the server.
 */
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

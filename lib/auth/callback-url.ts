/** Only same-site paths are followed after sign-in, never another origin (open-redirect guard). */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/admin"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}

import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Drives a running production server over HTTP as a browser does: next-auth's credentials sign-in (one session per
 * user, reused for every request), and the app's server actions posted in React's reply encoding, exactly as the
 * client-side forms send them (the action id header, the FormData argument under the `_1_` prefix).
 */

export type ActionName =
  | "saveUpdateAction" | "reviewUpdateAction" | "correctUpdateAction" | "deleteUpdateAction" | "importUpdatesAction"
  | "changeStatusAction" | "setDevelopingAction" | "createUserAction" | "updateUserAction";

/** What an action answered: a redirect (its target), or the form state it returned; status 5xx is a server error. */
export type ActionResult = { status: number; redirect?: string; state?: Record<string, unknown>; ms: number };

let actionIds: Record<string, string> | undefined;

/** Action ids of the current build, by exported function name (.next/server/server-reference-manifest.json). */
export function readActionIds(): Record<string, string> {
  if (actionIds) return actionIds;
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  actionIds = Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
  return actionIds;
}

export class AppSession {
  private cookies = new Map<string, string>();

  constructor(readonly email: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  async fetch(base: string, target: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader);
    const response = await fetch(new URL(target, base), { ...init, headers, redirect: "manual", signal: init.signal ?? AbortSignal.timeout(60_000) });
    this.remember(response);
    return response;
  }

  /** Calls a server action the way the app's forms do; `page` is the page the form lives on. */
  async callAction(base: string, page: string, action: ActionName, fields: [string, string | Blob, string?][]): Promise<ActionResult> {
    const id = readActionIds()[action];
    if (!id) throw new Error(`No server action named ${action} in this build`);
    const body = new FormData();
    for (const [name, value, filename] of fields) {
      if (typeof value === "string") body.append(`_1_${name}`, value);
      else body.append(`_1_${name}`, value, filename);
    }
    body.append("0", JSON.stringify([{}, "$K1"])); // [previous form state, the FormData]; entries must come first
    const started = performance.now();
    const response = await this.fetch(base, page, { method: "POST", body, headers: { "next-action": id, origin: base, accept: "text/x-component" } });
    const text = await response.text();
    const ms = performance.now() - started;
    const redirect = response.headers.get("x-action-redirect")?.split(";")[0];
    if (redirect || response.status >= 300) return { status: response.status, redirect, ms };
    return { status: response.status, state: readActionResult(text), ms };
  }
}

/** The action's return value from the RSC payload: row 0 names the row (`"a":"$@N"`) that holds it. */
function readActionResult(payload: string): Record<string, unknown> | undefined {
  const rows = new Map<string, string>();
  for (const line of payload.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) rows.set(line.slice(0, at), line.slice(at + 1));
  }
  const head = rows.get("0");
  const ref = head ? /"a":"\$@([0-9a-f]+)"/.exec(head)?.[1] : undefined;
  const row = ref ? rows.get(ref) : undefined;
  try {
    return row ? JSON.parse(row) : undefined;
  } catch {
    return undefined;
  }
}

/** Signs in through next-auth's credentials endpoint and checks that the session is the user's. */
export async function signIn(base: string, user: { email: string; password: string }): Promise<AppSession> {
  const session = new AppSession(user.email);
  const { csrfToken } = (await (await session.fetch(base, "/api/auth/csrf")).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: "/admin" });
  const response = await session.fetch(base, "/api/auth/callback/credentials", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
  await response.text();
  const current = (await (await session.fetch(base, "/api/auth/session")).json()) as { user?: { email?: string } } | null;
  if (current?.user?.email !== user.email) throw new Error(`Sign-in as ${user.email} failed (status ${response.status})`);
  return session;
}

/** The fields of the progress-update form (components/admin), as its inputs name them. */
export function updateFormFields(data: {
  pledgeId: number; fieldId?: number | null; title: string; quantity: number; countryIds: number[]; evidence: string[];
  intent: "draft" | "submit"; id?: number; version?: number; reason?: string;
}): [string, string][] {
  const fields: [string, string][] = [
    ["pledgeId", String(data.pledgeId)], ["fieldId", data.fieldId ? String(data.fieldId) : ""], ["eventDate", "2019-06-01"],
    ["quantity", String(data.quantity)], ["title", data.title], ["description", "Written by the reliability suite."], ["intent", data.intent],
    ...data.countryIds.map((id) => ["countryIds", String(id)] as [string, string]),
    // One evidence row per value: a link as the row's link, anything else as its reference beside a placeholder link.
    ...data.evidence.flatMap((value) => evidenceRowFields(value.startsWith("https://") ? { url: value } : { url: "https://example.org/citation", reference: value })),
  ];
  if (data.id !== undefined) fields.push(["id", String(data.id)], ["version", String(data.version)]);
  if (data.reason) fields.push(["reason", data.reason]);
  return fields;
}

/** One evidence row of the update form, as its inputs name them (lib/evidence/schema.ts reads them). */
export function evidenceRowFields(row: { url?: string; reference?: string; documentId?: number; visibility?: "PUBLIC" | "INTERNAL"; source?: string }): [string, string][] {
  return [
    ["evidenceSource", row.source ?? "GOVERNMENT"],
    ["evidencePublisher", "Reliability suite"],
    ["evidenceDate", "2019-06-01"],
    ["evidenceUrl", row.url ?? ""],
    ["evidenceDocumentId", row.documentId ? String(row.documentId) : ""],
    ["evidenceReference", row.reference ?? ""],
    ["evidenceVisibility", row.visibility ?? "PUBLIC"],
  ];
}

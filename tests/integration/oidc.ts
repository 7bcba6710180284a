import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A real OpenID provider (oidc-provider) in the test process, with accounts the test defines per subject. */
export type TestAccount = { email: string; email_verified: boolean; name?: string };

export async function startOidcProvider({ redirectUri }: { redirectUri: string }) {
  const accounts = new Map<string, TestAccount>();
  let handler: http.RequestListener = (_req, res) => res.end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)); // a free port from the kernel
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = { client_id: "pledge-tracker", client_secret: randomBytes(24).toString("hex") };
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [{ ...client, redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] }],
    jwks: { keys: [{ ...signingKey, kid: "test", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    conformIdTokenClaims: false, // put the email claims in the ID token, as Keycloak and Entra ID do
    findAccount: async (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
  });
  handler = provider.callback();
  return {
    issuer,
    client,
    accounts,
    /** Plays the person at the provider: follows the authorization URL, signs in as `subject`, consents. Returns the redirect back to the app. */
    authorize: (authorizationUrl: string, subject: string) => walkInteractions(authorizationUrl, subject, redirectUri),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function walkInteractions(start: string, subject: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  let url = start;
  for (let step = 0; step < 20; step++) {
    const res = await send(url);
    const location = res.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    const prompt = html.match(/name="prompt" value="([a-z]+)"/)?.[1];
    if (!action || !prompt) throw new Error(`The provider answered ${res.status} without a form: ${html.slice(0, 300)}`);
    const form = new URLSearchParams(prompt === "login" ? { prompt, login: subject, password: "any" } : { prompt });
    const posted = await send(new URL(action, url).href, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    url = new URL(posted.headers.get("location") ?? url, url).href;
  }
  throw new Error("The provider never redirected back to the app.");
}

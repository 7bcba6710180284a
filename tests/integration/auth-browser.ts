// No import of lib/auth/options here: tests build the handler after setting the environment it reads at load.

type Handler = (req: unknown, res: unknown) => Promise<unknown>;

/**
 * A browser calling next-auth's own handler (app/api/auth/[...nextauth]) in its API-route form, with a cookie jar, so
 * no server or port is needed for the app. A cookie the handler clears is kept as "".
 */
export function createAuthBrowser(handler: Handler, app: string) {
  const jar = new Map<string, string>();
  const call = async (path: string[], { method = "GET", body, query = {} }: { method?: string; body?: object; query?: object } = {}) => {
    const headers = new Map<string, string | string[]>();
    const out: { body?: unknown } = {};
    const res = {
      status: () => res,
      setHeader: (key: string, value: string | string[]) => (headers.set(key.toLowerCase(), value), res),
      getHeader: (key: string) => headers.get(key.toLowerCase()),
      end: () => undefined,
      json: (value: unknown) => (out.body = value),
      send: (value: unknown) => (out.body = value),
    };
    const req = { method, body, query: { ...query, nextauth: path }, cookies: Object.fromEntries(jar), headers: { host: new URL(app).host } };
    await handler(req, res);
    for (const line of [headers.get("set-cookie") ?? []].flat()) {
      const [pair] = line.split(";");
      jar.set(pair.slice(0, pair.indexOf("=")), decodeURIComponent(pair.slice(pair.indexOf("=") + 1)));
    }
    return { location: headers.get("location") as string | undefined, body: out.body };
  };
  return { jar, call };
}

// The production server (`npm run serve -- -p PORT -H HOST`): Next.js, with public pages answered from the page
// cache (lib/page-cache/handler.ts). Development uses `next dev`, without the page cache.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";

async function main() {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p", default: process.env.PORT ?? "3000" }, hostname: { type: "string", short: "H" } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`The port must be a number from 0 to 65535; got "${values.port}".`);
  // Set before Next.js and React load: they choose their production builds from it.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  // No hostname for Next.js itself (only for listen): given "127.0.0.1", Next.js 16.4 builds the proxy's request URL
  // on "localhost" but resolves its rewrites against "127.0.0.1", so every language rewrite (proxy.ts) became an
  // external proxy request. Without it both use the same origin.
  const app = next({ dev: false, port });
  await app.prepare();
  // After Next.js has set up its environment: the page cache asks the language routing, which loads next/server.
  const { withPageCache } = await import("./lib/page-cache/handler");
  const { withClientAddress } = await import("./lib/http/client-address");
  const { getEnv } = await import("./lib/env");
  const server = createServer();
  const origin = () => {
    const { address, family, port: bound } = server.address() as AddressInfo;
    const host = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : family === "IPv6" ? `[${address}]` : address;
    return `http://${host}:${bound}`;
  };
  // The page cache answers first: a cached public page depends on no client address, so hits skip resolving it.
  server.on("request", withPageCache({ handle: withClientAddress(app.getRequestHandler(), getEnv().TRUSTED_PROXIES), origin }));
  server.listen(port, values.hostname, () => console.log(`✓ Ready on http://${values.hostname ?? "localhost"}:${(server.address() as AddressInfo).port}`));

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

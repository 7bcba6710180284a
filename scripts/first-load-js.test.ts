import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureServedScripts } from "./first-load-js";

// Random bytes do not compress: their gzip size is about their size, so a file's weight is known in advance.
const FILES: Record<string, Buffer> = {
  "/_next/static/chunks/runtime.js": randomBytes(100 * 1024),
  "/child.js": randomBytes(2 * 1024),
  "/preloaded.js": randomBytes(10 * 1024),
  "/module.js": randomBytes(5 * 1024),
};
const INLINE = `self.__next_f.push([1,"${"x".repeat(500)}"])`;
const PAGES: Record<string, string> = {
  "/heavy": `<!doctype html><html><head><script src="/_next/static/chunks/runtime.js" async=""></script><link rel="preload" as="script" fetchPriority="low" href="/preloaded.js"/>
    <script type="application/ld+json">{"@type":"Dataset","big":"${"y".repeat(4000)}"}</script></head>
    <body><script>${INLINE}</script><script type="module" src='module.js'></script><script src="/child.js"></script><script src="/child.js"></script></body></html>`,
  "/light": `<!doctype html><html><head><script src="/child.js" async></script></head><body><p>No runtime</p></body></html>`,
  "/broken": `<!doctype html><html><body><script src="/missing.js"></script></body></html>`,
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = FILES[request.url!];
    const page = PAGES[request.url!];
    if (file) response.writeHead(200, { "content-type": "text/javascript" }).end(file);
    else if (page) response.writeHead(200, { "content-type": "text/html" }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const gz = (data: Buffer | string) => gzipSync(data).length;

describe("measureServedScripts", () => {
  it("sums every script the HTML names (src, preloads, modules, each once) and every inline script, gzipped; data blocks are not scripts", async () => {
    const measured = await measureServedScripts({ baseUrl, path: "/heavy" });
    expect(measured.status).toBe(200);
    expect(measured.scripts.map((s) => s.src).sort()).toEqual(
      [...["/_next/static/chunks/runtime.js", "/module.js", "/child.js", "/preloaded.js"].map((p) => `${baseUrl}${p}`), null].sort(),
    );
    const expected = Object.values(FILES).reduce((sum, file) => sum + gz(file), 0) + gz(INLINE);
    expect(measured.gzipKb).toBe(Math.round((expected / 1024) * 10) / 10);
    expect(measured.gzipKb).toBeGreaterThan(117);
  });

  it("a page without the runtime weighs its own script only", async () => {
    const measured = await measureServedScripts({ baseUrl, path: "/light" });
    expect(measured.scripts).toEqual([{ src: `${baseUrl}/child.js`, gzipBytes: gz(FILES["/child.js"]) }]);
    expect(measured.gzipKb).toBeLessThan(3);
  });

  it("fails when a script the page names cannot be fetched, rather than counting it as nothing", async () => {
    await expect(measureServedScripts({ baseUrl, path: "/broken" })).rejects.toThrow(/missing\.js, which answers 404/);
  });
});

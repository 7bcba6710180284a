import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isCompleteRendering } from "./render";

// Real React server output, not hand-written markup: the react-dom in package.json, and the copy Next.js bundles
// and actually renders pages with.
type ReactLike = { createElement: (...args: unknown[]) => unknown; Suspense: unknown };
type ServerLike = { renderToReadableStream: (node: unknown, options: { onError: (error: unknown) => string | undefined }) => Promise<ReadableStream> };
const require = createRequire(import.meta.url);
const RENDERERS: [string, ReactLike, ServerLike][] = [
  ["react-dom", require("react"), require("react-dom/server.node")],
  ["next's react-dom", require("next/dist/compiled/react"), require("next/dist/compiled/react-dom/server.node")],
];

// Next.js marks "render this part in the browser" (e.g. useSearchParams) with this digest: not a failure.
const BAILOUT = "BAILOUT_TO_CLIENT_SIDE_RENDERING";
const failure = (digest: string) => Object.assign(new Error("boom"), { digest });
const later = () => new Promise((resolve) => setTimeout(resolve, 10));

describe.each(RENDERERS)("isCompleteRendering on %s output", (_, React, server) => {
  const h = React.createElement;
  // Like Next.js: a component that throws inside Suspense leaves the fallback, marked with the error's digest.
  async function render(child: () => unknown): Promise<string> {
    const Child = child;
    const tree = h("html", null, h("body", null, h("main", null, h(React.Suspense, { fallback: h("p", null, "Loading…") }, h(Child)))));
    const stream = await server.renderToReadableStream(tree, { onError: (error) => (error as { digest?: string }).digest });
    return new Response(stream).text();
  }

  it("keeps a page whose boundaries all rendered, streamed ones included", async () => {
    const html = await render(async () => {
      await later();
      return h("p", null, "Streamed in");
    });
    expect(html).toContain("Streamed in");
    expect(isCompleteRendering(html)).toBe(true);
  });

  it("refuses a page whose boundary failed while rendering the shell", async () => {
    const html = await render(() => {
      throw failure("digest-sync");
    });
    expect(isCompleteRendering(html)).toBe(false);
  });

  it("refuses a page whose boundary failed after streaming began", async () => {
    const html = await render(async () => {
      await later();
      throw failure("digest-streamed");
    });
    expect(html).toContain("digest-streamed");
    expect(isCompleteRendering(html)).toBe(false);
  });

  it("keeps a page that bails out to client rendering, in the shell or streamed", async () => {
    const shell = await render(() => {
      throw failure(BAILOUT);
    });
    const streamed = await render(async () => {
      await later();
      throw failure(BAILOUT);
    });
    expect(shell + streamed).toContain(BAILOUT);
    expect(isCompleteRendering(shell)).toBe(true);
    expect(isCompleteRendering(streamed)).toBe(true);
  });
});

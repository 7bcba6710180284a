import { readFile } from "node:fs/promises";
import path from "node:path";

// The library's own browser build (MIT), served as is. Loaded by a page, it defines `iframeResizer` (the parent
// half); loaded inside an iframe, it also starts the child half: a listener that, once the parent's init message
// arrives, reports the document's height on every change (postMessage).
const LIBRARY = path.join(process.cwd(), "node_modules/@open-iframe-resizer/core/dist/index.umd.cjs");

// Sizes each Pledge Tracker iframe once (a page may paste several snippets, each loading this script), accepting
// size messages from this script's own origin only.
const START =
  `;(function(){var s=document.currentScript;var o=s?new URL(s.src).origin:location.origin;` +
  `function go(){document.querySelectorAll("iframe[data-pledge-tracker-embed]:not([data-sized])").forEach(function(f){` +
  `f.setAttribute("data-sized","");window.iframeResizer.initialize({checkOrigin:[o]},f)})}` +
  `document.readyState==="loading"?document.addEventListener("DOMContentLoaded",go):go()})();`;

/** The path of the child half, which every embed page loads (app/embed/layout.tsx). */
export const EMBED_CHILD_SCRIPT_PATH = "/embed-child.js";

let library: Promise<string> | undefined;
const readLibrary = () => (library ??= readFile(LIBRARY, "utf8"));

function serveScript(body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The script embedding pages load (buildEmbedSnippet): cached for a day, allowed from any origin. */
export async function serveEmbedScript(): Promise<Response> {
  return serveScript(`${await readLibrary()}\n${START}\n`);
}

/**
 * The script every embed page loads (EMBED_CHILD_SCRIPT_PATH): the library alone, whose child half answers the
 * embedding page's resizer. One small file instead of a client component, so embeds ship without Next.js's client
 * runtime (lib/page-cache/script-free.ts).
 */
export async function serveEmbedChildScript(): Promise<Response> {
  return serveScript(await readLibrary());
}

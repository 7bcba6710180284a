import { readFile } from "node:fs/promises";
import path from "node:path";

// The library's own browser build (MIT), served as is: it defines `iframeResizer` on the embedding page, and in a
// framed page it starts the child listener on load, so the embeds load this same script (app/embed/layout.tsx).
const LIBRARY = path.join(process.cwd(), "node_modules/@open-iframe-resizer/core/dist/index.umd.cjs");

// Sizes each Pledge Tracker iframe once (a page may paste several snippets, each loading this script), accepting
// size messages from this script's own origin only.
const START =
  `;(function(){var s=document.currentScript;var o=s?new URL(s.src).origin:location.origin;` +
  `function go(){document.querySelectorAll("iframe[data-pledge-tracker-embed]:not([data-sized])").forEach(function(f){` +
  `f.setAttribute("data-sized","");window.iframeResizer.initialize({checkOrigin:[o]},f)})}` +
  `document.readyState==="loading"?document.addEventListener("DOMContentLoaded",go):go()})();`;

let script: Promise<string> | undefined;

/** The script embedding pages load (buildEmbedSnippet): cached for a day, allowed from any origin. */
export async function serveEmbedScript(): Promise<Response> {
  script ??= readFile(LIBRARY, "utf8").then((library) => `${library}\n${START}\n`);
  return new Response(await script, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// Compiles server.ts (and the page cache it imports) to dist/server.js, so production runs on plain Node:
// running it through tsx instead would add its transpiler, about 65 MB of resident memory, to the server.
import { build } from "esbuild";

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // next, better-sqlite3 and the rest load from node_modules; only our own modules are bundled, and next-intl, whose
  // ESM files import "next/server" without the extension plain Node needs (the page cache asks its routing).
  plugins: [
    {
      name: "node-modules-external",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@/") || /^next-intl(?:\/|$)/.test(args.path) ? undefined : { external: true }));
      },
    },
  ],
  logLevel: "warning",
});

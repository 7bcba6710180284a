import { validateEnv } from "./lib/env";

// Refuse to serve with a configuration that cannot work, and say what to fix.
try {
  validateEnv(process.env, { production: process.env.NODE_ENV === "production" });
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

import { z } from "zod";
import { ConfigError, parseDatabaseUrl } from "./db/url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: z.url("must be an absolute URL such as https://pledges.example.org").optional(),
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the environment once at start-up; throws a ConfigError that says what to fix. */
export function validateEnv(source: NodeJS.ProcessEnv = process.env, options: { production?: boolean } = {}): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  parseDatabaseUrl(parsed.data.DATABASE_URL);
  if (options.production && !parsed.data.AUTH_SECRET && !parsed.data.NEXTAUTH_SECRET) {
    throw new ConfigError(
      "AUTH_SECRET (or NEXTAUTH_SECRET) is not set. Production sign-in needs it to sign sessions. " +
        "Generate one with `openssl rand -base64 32` and set it in the environment or .env.",
    );
  }
  return parsed.data;
}

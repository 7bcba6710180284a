import { z } from "zod";
import { ConfigError, parseDatabaseUrl } from "./db/url";
import { parseTrustedProxies } from "./http/client-address";
import { DATA_LICENSE_IDS } from "./open-data/licenses";

const secret = z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)");
const onOff = z.enum(["on", "off"], "must be on or off");
const positiveInt = (max: number) =>
  z.coerce.number("must be a whole number").int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`);

/** Every variable the app reads. Code imports the parsed values from getEnv(), never process.env. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: positiveInt(500).default(10),
  AUTH_SECRET: secret.optional(),
  NEXTAUTH_SECRET: secret.optional(),
  NEXTAUTH_URL: z.url("must be an absolute URL such as https://pledges.example.org").optional(),
  OIDC_ISSUER: z.url("must be the identity provider's issuer URL, e.g. https://keycloak.example.org/realms/main").optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().max(60, "must be at most 60 characters").default("Single sign-on"),
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  PUBLIC_CACHE: onOff.default("on"),
  SESSION_ABSOLUTE_HOURS: positiveInt(168).default(12),
  HEALTH_TOKEN: secret.optional(),
  EXPORT_CONCURRENCY_PER_CLIENT: positiveInt(100).default(2),
  EXPORT_CONCURRENCY_TOTAL: positiveInt(1000).default(8),
  DATA_LICENSE: z.enum(DATA_LICENSE_IDS, `must be one of ${DATA_LICENSE_IDS.join(", ")}`).default("CC-BY-4.0"),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the environment; throws a ConfigError that says what to fix. */
export function validateEnv(source: NodeJS.ProcessEnv = process.env, options: { production?: boolean } = {}): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  parseDatabaseUrl(env.DATABASE_URL);
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new ConfigError("Single sign-on needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET; set the missing ones or unset all three.");
  }
  if (options.production && !env.AUTH_SECRET && !env.NEXTAUTH_SECRET) {
    throw new ConfigError(
      "AUTH_SECRET (or NEXTAUTH_SECRET) is not set. Production sign-in needs it to sign sessions. " +
        "Generate one with `openssl rand -base64 32` and set it in the environment or .env.",
    );
  }
  return env;
}

const globalForEnv = globalThis as unknown as { pledgeTrackerEnv?: Env };

/** The parsed environment, validated once per process (instrumentation validates it at start-up). */
export function getEnv(): Env {
  return (globalForEnv.pledgeTrackerEnv ??= validateEnv(process.env));
}

/** For tests that change process.env: the next getEnv() parses it again. */
export function resetEnv(): void {
  globalForEnv.pledgeTrackerEnv = undefined;
}

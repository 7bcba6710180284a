import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { countriesQuery, slugParams, updatesQuery } from "@/lib/api/schemas";
import { ConfigError } from "@/lib/db/url";
import { validateEnv } from "@/lib/env";
import { dateRangeQuery, pagingQuery, updateFilterQuery } from "@/lib/http/query";
import * as pledgeSchemas from "@/lib/pledges/schema";
import * as updateSchemas from "@/lib/updates/schema";
import * as userSchemas from "@/lib/users/schema";
import { ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { anyValue, fuzzOptions, inputs, nastyText } from "./support";

// Every zod schema at the edge: any input parses or fails with issues; nothing throws, and a success never carries
// an Invalid Date or a non-finite number into the data layer (where Prisma would turn it into a 500).
const SCHEMAS: Record<string, z.ZodType> = {
  ...pick(updateSchemas, ["updateSchema", "createUpdateSchema", "editUpdateSchema", "correctUpdateSchema", "deleteUpdateSchema", "reviewUpdateSchema", "evidenceSchema"]),
  ...pick(pledgeSchemas, ["pledgeSchema", "editPledgeSchema", "statusChangeSchema", "fieldSchema", "renameFieldSchema", "annualPlanSchema", "milestoneCompletionSchema", "deliverySchema"]),
  ...pick(userSchemas, ["userSchema", "createUserSchema", "changeRoleSchema", "userIdSchema", "passwordSchema"]),
  updatesQuery,
  countriesQuery,
  slugParams,
  dateRangeQuery,
  updateFilterQuery,
  pagingQuery,
};

function pick<T extends object>(module: T, names: (keyof T & string)[]): Record<string, z.ZodType> {
  return Object.fromEntries(names.map((name) => [name, module[name] as z.ZodType]));
}

/** The keys an object schema reads (through refinements and pipes), so inputs hit real fields. */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as { def?: { shape?: object; in?: z.ZodType; schema?: z.ZodType } }).def;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.in) return keysOf(def.in);
  if (def?.schema) return keysOf(def.schema);
  return ["value"];
}

function assertSaneOutput(value: unknown, path = "output"): void {
  if (value instanceof Date) expect(Number.isNaN(value.getTime()), `${path} is an Invalid Date`).toBe(false);
  else if (typeof value === "number") expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => assertSaneOutput(v, `${path}[${i}]`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) assertSaneOutput(v, `${path}.${k}`);
}

describe("fuzz: zod schemas", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: any input parses to sane values or fails with field errors`, () => {
      const keys = keysOf(schema);
      const arbitrary = fc.oneof(anyValue, inputs(keys, () => ({})), inputs(keys, () => ({}), nastyText));
      fc.assert(
        fc.property(arbitrary, (input) => {
          const parsed = schema.safeParse(input);
          if (parsed.success) return assertSaneOutput(parsed.data);
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          try {
            parseOrThrow(schema, input);
            expect.unreachable("parseOrThrow accepted what safeParse refused");
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
          }
        }),
        fuzzOptions(4),
      );
    });
  }

  it("validateEnv: any environment is accepted or refused with a ConfigError naming the variable", () => {
    const names = ["DATABASE_URL", "DATABASE_POOL_SIZE", "AUTH_SECRET", "NEXTAUTH_URL", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME", "ADMIN_EMAIL", "ADMIN_PASSWORD", "PUBLIC_CACHE", "NODE_ENV"];
    const env = fc.record(Object.fromEntries(names.map((n) => [n, nastyText])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
    fc.assert(
      fc.property(env, fc.boolean(), (source, production) => {
        try {
          validateEnv(source as NodeJS.ProcessEnv, { production });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message).toMatch(/\S/);
        }
      }),
      fuzzOptions(4),
    );
  });
});

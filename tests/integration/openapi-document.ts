import Ajv from "ajv";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { getOpenApiDocument } from "@/lib/api/openapi";

type DocumentedResponse = { content?: Record<string, { schema: object }>; headers?: Record<string, object> };

/** The OpenAPI document of the public API, typed for the contract tests. */
export const doc = getOpenApiDocument() as unknown as {
  components: object;
  paths: Record<string, Record<string, { servers?: { url: string }[]; responses: Record<string, DocumentedResponse> }>>;
};

// ajv validates the JSON Schema subset the generator emits; `$ref`s resolve against the document's components, and
// OpenAPI-only keywords (components, nullable, example) are not JSON Schema, hence strict: false.
export const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/** Fails unless the document names `status` for GET `path` and `body` matches its JSON schema. */
export function expectMatchesDocument(path: string, status: number, body: unknown) {
  const response = doc.paths[path].get.responses[String(status)];
  expect(response, `${path} documents ${status}`).toBeDefined();
  const schema = response.content!["application/json"].schema;
  const validate = ajv.compile({ ...schema, components: doc.components });
  const valid = validate(body);
  expect(validate.errors ?? [], `${path} ${status}`).toEqual([]);
  expect(valid).toBe(true);
}

import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { ChangePageSchema, changesQuery } from "./changes";
import {
  ApiErrorSchema,
  CountryListSchema,
  countriesQuery,
  PledgeDetailSchema,
  PledgeListSchema,
  pledgeQuery,
  slugParams,
  UpdatePageSchema,
  updatesQuery,
} from "./schemas";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const badRequest = json(ApiErrorSchema, "A parameter is malformed or unknown; `error.fields` names it.");
const notFound = json(ApiErrorSchema, "No pledge has this slug.");

function buildRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "get",
    path: "/pledges",
    summary: "Every pledge with its value, pace and status",
    request: { query: pledgeQuery },
    responses: { 200: json(PledgeListSchema, "The pledges in display order."), 400: badRequest },
  });
  registry.registerPath({
    method: "get",
    path: "/pledges/{slug}",
    summary: "One pledge: value, pace, status, source and fields",
    request: { params: slugParams, query: pledgeQuery },
    responses: { 200: json(PledgeDetailSchema, "The pledge."), 400: badRequest, 404: notFound },
  });
  registry.registerPath({
    method: "get",
    path: "/pledges/{slug}/updates",
    summary: "Published updates of a pledge, oldest first, paged by cursor",
    request: { params: slugParams, query: updatesQuery },
    responses: { 200: json(UpdatePageSchema, "One page of updates."), 400: badRequest, 404: notFound },
  });
  registry.registerPath({
    method: "get",
    path: "/countries",
    summary: "Countries with the published updates and pledges that reached them",
    request: { query: countriesQuery },
    responses: { 200: json(CountryListSchema, "Countries by name."), 400: badRequest },
  });
  registry.registerPath({
    method: "get",
    path: "/changes",
    summary: "The public change log: publications, corrections (before → after, reason), deletions, status and definition changes, checks; newest first, paged by cursor",
    request: { query: changesQuery },
    responses: { 200: json(ChangePageSchema, "One page of changes."), 400: badRequest },
  });
  return registry;
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers use. */
export function getOpenApiDocument() {
  cached ??= new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Pledge Tracker public API",
      version: "1.0.0",
      description:
        "Read-only JSON API over published data. Errors share one shape ({ error: { code, message, fields? } }); CORS is open for GET.",
    },
    servers: [{ url: "/api/v1" }],
  });
  return cached;
}

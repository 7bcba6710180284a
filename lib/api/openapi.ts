import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { oembedQuery, OembedSchema } from "@/lib/embeds/oembed";
import { DOCUMENT_TYPES } from "@/lib/evidence/detect";
import { DOCUMENT_NOT_FOUND } from "@/lib/evidence/documents";
import { ChangePageSchema, changesQuery } from "./changes";
import {
  ApiErrorSchema,
  CountryListSchema,
  countriesQuery,
  documentParams,
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
    summary: "The public change log: publications, corrections (before → after, reason), deletions, status and definition changes, checks, data releases; newest first, paged by cursor",
    request: { query: changesQuery },
    responses: { 200: json(ChangePageSchema, "One page of changes."), 400: badRequest },
  });
  const header = (description: string) => ({ description, schema: { type: "string" as const } });
  registry.registerPath({
    method: "get",
    path: "/documents/{id}",
    servers: [{ url: "/api", description: "Downloads live beside the JSON API, at /api/documents/{id}." }],
    summary: "Download an evidence document (the downloadUrl of a public evidence item): the stored bytes, as an attachment",
    description:
      "Served only while the item is public and its update published (editors and admins may read any). Check the bytes against the item's sha256.",
    request: { params: documentParams },
    responses: {
      200: {
        description: "The document's bytes, of the type detected from them at upload.",
        headers: {
          "Content-Disposition": header("attachment, with a file name whose extension matches the type."),
          "Content-Security-Policy": header("sandbox"),
          "X-Content-Type-Options": header("nosniff"),
          ETag: header("The document's sha256, quoted."),
          "Cache-Control": header("public, no-cache: revalidated on every use, so it stops being served once not public."),
        },
        content: Object.fromEntries(Object.keys(DOCUMENT_TYPES).map((type) => [type, { schema: { type: "string" as const, contentMediaType: type } }])),
      },
      304: { description: "If-None-Match named the current ETag." },
      404: json(ApiErrorSchema, `${DOCUMENT_NOT_FOUND} The same answer either way, so it says nothing of whether the document exists.`),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/oembed",
    servers: [{ url: "/api", description: "oEmbed lives beside the JSON API, at /api/oembed." }],
    summary: "oEmbed 1.0 for a pledge page or an embed, in the language of its URL: the snippet the page's \"Embed this\" offers",
    description:
      "The snippet embeds `/embed/pledges/{slug}[/{chart}]` in the URL's language (`/fr/embed/…` for `/fr/pledges/{slug}`; English unprefixed), with an iframe title in that language. A URL prefixed `/en/` is English, as that page redirects to the unprefixed one.",
    request: { query: oembedQuery },
    responses: {
      200: json(OembedSchema, "The rich response."),
      400: json(ApiErrorSchema, "`url` is missing or over 2000 characters, or `maxwidth`/`maxheight` is not a whole number from 1 to 10000."),
      404: json(ApiErrorSchema, "The url is not a pledge page or embed of this site in one of its languages (an unknown language prefix included), or no pledge has its slug."),
      501: json(ApiErrorSchema, "A format other than json."),
    },
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

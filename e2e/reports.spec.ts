import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { addUpdate } from "./helpers/db";

test("downloads the filtered updates log from /reports and finds its header and rows", async ({ page }) => {
  const title = `E2E export ${Date.now()}, "Côte d'Ivoire" 中国`;
  const eventDate = "2019-05-04";
  await addUpdate({ pledgeSlug: "systems-and-labs", title, state: "PUBLISHED", eventDate, fieldIndex: 0, iso3: ["KEN"] });
  await addUpdate({ pledgeSlug: "systems-and-labs", title: `${title} draft`, state: "DRAFT", eventDate, iso3: ["KEN"] });

  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Filter the updates log" });
  await form.getByLabel("Pledge").selectOption("systems-and-labs");
  await form.getByLabel("Country").selectOption("KEN");
  const downloadPromise = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download filtered CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^updates-log-\d{4}-\d{2}-\d{2}\.csv$/);

  const rows = parse(await readFile(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
  expect(Object.keys(rows[0])).toEqual([
    "id", "external_id", "pledge", "pledge_title", "event_date", "quantity", "field", "field_name", "country_codes",
    "country_names", "title", "description", "evidence", "evidence_level", "evidence_documents", "internal_evidence", "state", "published_at", "published_by", "independent_review", "is_sample",
  ]);
  const mine = rows.filter((r) => r.title.startsWith(title));
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ pledge: "systems-and-labs", event_date: "2019-05-04", country_codes: "KEN", country_names: "Kenya", state: "PUBLISHED" });
  expect(rows.every((r) => r.pledge === "systems-and-labs" && r.country_codes.includes("KEN"))).toBe(true);
});

test("lists every public report with a description and a download link", async ({ page, request }) => {
  await page.goto("/reports");
  const card = page.getByTestId("report-updates-log");
  await expect(card.getByRole("heading", { name: "Updates log" })).toBeVisible();
  const href = await card.getByRole("link", { name: /Download Updates log/ }).getAttribute("href");
  expect(href).toBe("/reports/updates-log.csv");
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
});

test("downloads a pledge's updates from its dashboard page, with the pledge filter carried over", async ({ page }) => {
  const title = `E2E dashboard download ${Date.now()}`;
  await addUpdate({ pledgeSlug: "training", title, state: "PUBLISHED", eventDate: "2020-02-02", quantity: 40, iso3: ["GHA"] });
  await addUpdate({ pledgeSlug: "systems-and-labs", title: `${title} other pledge`, state: "PUBLISHED", eventDate: "2020-02-02" });

  await page.goto("/pledges/training");
  const link = page.getByRole("link", { name: "Download this pledge's updates (CSV)" });
  await expect(link).toHaveAttribute("href", "/reports/updates-log.csv?pledge=training");
  const downloadPromise = page.waitForEvent("download");
  await link.click();
  const download = await downloadPromise;
  const rows = parse(await readFile(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.pledge === "training")).toBe(true);
  expect(rows.find((r) => r.title === title)).toMatchObject({ quantity: "40", country_codes: "GHA", country_names: "Ghana", event_date: "2020-02-02" });
});

test("downloads the pledge summary from the overview", async ({ page }) => {
  await page.goto("/");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the pledge summary (CSV)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^pledge-summary-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await readFile(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
  // Other specs add their own test pledges to the shared e2e database; the seeded three come first.
  expect(rows.map((r) => r.pledge).slice(0, 3)).toEqual(["joint-operations", "systems-and-labs", "training"]);
  expect(rows.find((r) => r.pledge === "training")).toMatchObject({ target: "20000", unit: expect.any(String) });
});

import { createUser, expect, test } from "./fixtures";

const HEADER = "external_id,pledge,event_date,quantity,field,country_codes,title,description,evidence,state,evidence_source,evidence_publisher,evidence_date";

test("an editor dry-runs a CSV, sees each problem by line and column, fixes it and imports drafts", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  const tag = `e2e-${Date.now()}`;
  const good = `${tag}-1,training,2019-04-01,25,,KEN,"Course, ""cohort 1""",,https://example.org/c1,,interpol,INTERPOL,2018-12-01`;
  const bad = `${tag}-2,training,2019-13-01,-3,,XYZ,Broken row,,,,interpol,INTERPOL,2018-12-01`;

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { name: "Import updates from CSV" })).toBeVisible();
  const fileInput = page.getByLabel("CSV file");
  await fileInput.setInputFiles({ name: "updates.csv", mimeType: "text/csv", buffer: Buffer.from(`${HEADER}\r\n${good}\r\n${bad}\r\n`) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  const problems = page.getByRole("table", { name: /Problems in updates.csv/ });
  // The form's rules: the broken row also lacks evidence.
  await expect(problems.getByRole("row")).toHaveCount(5);
  await expect(problems).toContainText("Add at least one piece of evidence.");
  await expect(problems).toContainText("event_date");
  await expect(problems).toContainText("quantity");
  await expect(problems).toContainText("XYZ");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

  await fileInput.setInputFiles({ name: "fixed.csv", mimeType: "text/csv", buffer: Buffer.from(`${HEADER}\r\n${good}\r\n`) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByRole("status")).toContainText("1 rows are ready");
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("status")).toContainText("Imported 1 updates as drafts");
});

test("anonymous visitors are sent to sign in", async ({ page }) => {
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/signin/);
});

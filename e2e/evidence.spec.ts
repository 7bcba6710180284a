import { createUser, expect, signInViaApi, test } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% e2e " + Date.now() + "\n");
const SECRET = "Officer J. Doe led Operation Nightfall in Mombasa.\n";

test("an editor attaches a PDF and an internal document; another admin publishes and confirms; the public sees the level, the sha256 and only a notice of the internal one", async ({
  page,
  browser,
}) => {
  test.slow(); // three contexts, two uploads, a build's worth of pages
  const editor = await createUser("EDITOR");
  const title = `Evidence course ${Date.now().toString(36)}`;
  await signInViaApi(page.request, editor);
  await page.goto("/admin/updates/new");
  await page.getByLabel("Pledge").selectOption({ label: "Train 20,000 law enforcement personnel for developing countries" });
  await page.getByLabel("Date it happened").fill("2019-05-03");
  await page.getByLabel(/^Quantity/).fill("25");
  await page.getByLabel("Search countries").fill("ken");
  await page.getByRole("checkbox", { name: "Kenya" }).check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Operation Nightfall: 25 officers trained in Mombasa.");
  await page.getByLabel("Public summary (optional)").fill("25 officers trained.");

  const rows = page.getByTestId("evidence-row");
  await rows.nth(0).getByLabel(/kind of source/).selectOption("GOVERNMENT");
  await rows.nth(0).getByLabel("Publisher or author").fill("Ministry of the Interior");
  await rows.nth(0).getByLabel("Date of the source").fill("2019-05-02");
  await rows.nth(0).getByLabel("Document").setInputFiles({ name: "course-report.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(rows.nth(0).getByTestId("evidence-document")).toContainText("application/pdf");
  await rows.nth(0).getByLabel(/Passage or page/).fill("p. 3");

  await page.getByRole("button", { name: "Add evidence" }).click();
  await rows.nth(1).getByLabel(/kind of source/).selectOption("INTERNAL_DOCUMENT");
  await rows.nth(1).getByLabel("Publisher or author").fill("Mombasa field office");
  await rows.nth(1).getByLabel("Date of the source").fill("2019-05-01");
  await rows.nth(1).getByLabel("Document").setInputFiles({ name: "nightfall-roster.txt", mimeType: "text/plain", buffer: Buffer.from(SECRET) });
  await expect(rows.nth(1).getByTestId("evidence-document")).toContainText("text/plain");
  await rows.nth(1).getByLabel("Visibility").selectOption("INTERNAL");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText("Submitted for review.");
  const updatePath = new URL(page.url()).pathname;

  // Another admin publishes, then confirms the figure against the PDF on file.
  const admin = await createUser("ADMIN");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto(updatePath);
  await adminPage.getByRole("button", { name: "Publish" }).click();
  await expect(adminPage.getByTestId("update-state")).toHaveText("Published");
  const pdfItem = adminPage.getByTestId("staff-evidence-item").filter({ hasText: "course-report.pdf" });
  await pdfItem.getByRole("button", { name: "I checked the figure against this document" }).click();
  await expect(adminPage.getByRole("status")).toHaveText("Figure confirmed against the document.");
  await expect(adminPage.getByTestId("staff-evidence-level")).toHaveText("Documented");
  await adminContext.close();

  // The public feed, filtered by level.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/updates?pledge=training&level=DOCUMENTED");
  const item = publicPage.getByTestId("update-item").filter({ hasText: title });
  await expect(item.getByTestId("evidence-level")).toContainText("Documented");
  await expect(item).toContainText("25 officers trained.");
  const shas = await item.getByTestId("evidence-sha256").allInnerTexts();
  expect(shas).toHaveLength(2);
  const internal = item.getByTestId("evidence-internal");
  await expect(internal).toContainText(`1 internal document, reviewed by ${admin.name} on`);
  const html = await publicPage.content();
  for (const secret of ["Nightfall", "Mombasa", "nightfall-roster", "Officer J. Doe"]) expect(html).not.toContain(secret);

  // The pledge page shows the badge and the split of the value by level.
  await publicPage.goto("/pledges/training");
  await expect(publicPage.getByTestId("evidence-breakdown")).toContainText("documented");
  await expect(publicPage.getByTestId("update-item").filter({ hasText: title }).getByTestId("evidence-level")).toContainText("Documented");

  // Downloading the public PDF gives the same bytes, as an attachment that cannot run.
  const href = await item.getByRole("link", { name: /^Document/ }).getAttribute("href");
  const response = await anonymous.request.get(href!);
  expect(response.status()).toBe(200);
  expect(Buffer.compare(await response.body(), PDF)).toBe(0);
  expect(response.headers()).toMatchObject({ "content-type": "application/pdf", "content-security-policy": "sandbox", "x-content-type-options": "nosniff" });
  expect(response.headers()["content-disposition"]).toMatch(/^attachment/);
  // The internal document is not served to the public, whatever its id.
  const internalSha = (await internal.getByTestId("evidence-sha256").innerText()).trim();
  const ids = Array.from({ length: 3 }, (_, i) => Number(href!.split("/").pop()) + i + 1);
  for (const id of ids) {
    const probe = await anonymous.request.get(`/api/documents/${id}`);
    if (probe.status() === 200) expect((await probe.body()).toString()).not.toContain("Officer");
  }
  expect(internalSha).toMatch(/^[0-9a-f]{64}$/);
  await anonymous.close();
});

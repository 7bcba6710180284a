import { createUpdate, createUser, E2E_ADMIN, expect, signInViaApi, test } from "./fixtures";

const readValue = async (page: import("@playwright/test").Page) =>
  Number((await page.getByTestId("pledge-training").getByTestId("pledge-value").innerText()).replace(/[^0-9.]/g, ""));

test("an editor logs an update and submits it; an admin publishes it; the public overview shows the new value", async ({ page, browser, signInAs }) => {
  test.slow(); // three browser contexts and two sign-ins
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/");
  const before = await readValue(publicPage);

  const editor = await createUser("EDITOR");
  const title = `Training course ${Date.now().toString(36)}`;
  await signInAs(editor);
  await page.goto("/admin/updates/new");
  await page.getByLabel("Pledge").selectOption({ label: "Train 20,000 law enforcement personnel for developing countries" });
  await page.getByLabel("Date it happened").fill("2018-03-14");
  await page.getByLabel(/^Quantity/).fill("37");
  await page.getByLabel("Search countries").fill("ken");
  await page.getByRole("checkbox", { name: "Kenya" }).check();
  await page.getByLabel("Search countries").fill("Ghana");
  await page.getByRole("checkbox", { name: "Ghana" }).check();
  await expect(page.getByText("Selected (2)")).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Forensics course for investigators.");
  await page.getByLabel("Evidence 1: kind of source").selectOption("INTERPOL");
  await page.getByLabel("Publisher or author").fill("INTERPOL");
  await page.getByLabel("Date of the source").fill("2018-03-15");
  await page.getByLabel("Link", { exact: true }).fill("https://www.interpol.int/en/News-and-Events/News/2018");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText("Submitted for review.");
  await expect(page.getByTestId("update-state")).toHaveText("Submitted");
  const updateUrl = page.url();

  // Not public before review.
  await publicPage.reload();
  expect(await readValue(publicPage)).toBeLessThan(before + 37);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, E2E_ADMIN);
  await adminPage.goto("/admin/review");
  await adminPage.getByRole("link", { name: title }).click();
  await adminPage.getByRole("button", { name: "Publish" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Published");
  await expect(adminPage.getByTestId("update-state")).toHaveText("Published");
  await adminContext.close();

  await publicPage.reload();
  expect(await readValue(publicPage)).toBeGreaterThanOrEqual(before + 37);
  const response = await anonymous.request.get("/api/v1/pledges/training/updates");
  expect(JSON.stringify(await response.json())).toContain(title);
  await anonymous.close();

  await page.goto(updateUrl);
  await expect(page.getByTestId("update-state")).toHaveText("Published");
});

test("a returned update shows the admin's comment to its editor", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  const admin = await createUser("ADMIN");
  const comment = `Please add the press release link (${Date.now().toString(36)}).`;
  const update = await createUpdate({ author: editor, review: { decision: "return", comment }, reviewer: admin });
  await signInAs(editor);
  await page.goto("/admin");
  await expect(page.getByTestId(`update-row-${update.id}`)).toContainText("Returned");
  await expect(page.getByTestId(`update-row-${update.id}`)).toContainText(comment);
  await page.getByRole("link", { name: update.title }).click();
  await expect(page.getByTestId("review-comment")).toContainText(comment);
  await expect(page.getByTestId("review-comment")).toContainText(admin.name);
});

test("a stale edit in a second tab is refused and shows what changed", async ({ context, page, signInAs }) => {
  const editor = await createUser("EDITOR");
  const update = await createUpdate({ author: editor });
  await signInAs(editor);
  const second = await context.newPage();
  await page.goto(`/admin/updates/${update.id}`);
  await second.goto(`/admin/updates/${update.id}`);

  await page.getByLabel("Title").fill("Title saved in the first tab");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft saved.");

  await second.getByLabel("Quantity").fill("99");
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Title");
  await expect(conflict).toContainText(update.title);
  await expect(conflict).toContainText("Title saved in the first tab");
  await expect(second.locator("p.error")).toContainText("changed this update after you opened it");
  await expect(second.getByLabel("Quantity")).toHaveValue("99"); // the refused edit is still on screen

  await page.reload();
  await expect(page.getByLabel("Title")).toHaveValue("Title saved in the first tab");
  await expect(page.getByLabel("Quantity")).toHaveValue("12");
});

test("validation errors appear next to their fields", async ({ page, signInAs }) => {
  const editor = await createUser("EDITOR");
  await signInAs(editor);
  await page.goto("/admin/updates/new");
  await page.getByLabel("Pledge").selectOption({ label: "Train 20,000 law enforcement personnel for developing countries" });
  await page.getByLabel("Date it happened").fill("2099-01-01");
  await page.getByLabel("Quantity").fill("-5");
  await page.getByLabel("Title").fill("x");
  await page.getByLabel("Link", { exact: true }).fill("not a link");
  await page.getByRole("button", { name: "Save draft" }).click();

  for (const [input, message] of [
    [page.getByLabel("Title", { exact: true }), "at least 3 characters"],
    [page.getByLabel(/^Quantity/), "zero or more"],
    [page.getByLabel("Date it happened"), "cannot be in the future"],
    [page.getByLabel("Link", { exact: true }), "full link"],
    [page.getByLabel("Publisher or author"), "publisher or author"],
  ] as const) {
    await expect(input).toHaveAttribute("aria-invalid", "true");
    const errorId = await input.getAttribute("aria-describedby");
    await expect(page.locator(`#${errorId}`)).toContainText(message);
  }
  await expect(page).toHaveURL(/\/admin\/updates\/new$/);
});

test("anonymous requests to admin pages and server actions are refused", async ({ request }) => {
  const pageResponse = await request.get("/admin/review", { maxRedirects: 0 });
  expect(pageResponse.status()).toBe(307);
  expect(pageResponse.headers()["location"]).toContain("/signin");
  const actionResponse = await request.post("/admin/updates/new", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(actionResponse.status()).toBe(401);
});

import { createPledge, createUser, expect, test } from "./fixtures";

test("an admin translates a pledge title into French: /fr shows it marked unofficial, beside the English original", async ({ page, signInAs }) => {
  const admin = await createUser("ADMIN");
  const pledge = await createPledge();
  const english = `E2E pledge ${pledge.slug}`;
  await signInAs(admin);
  await page.goto(`/admin/pledges/${pledge.id}`);
  await page.getByTestId("translations-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/pledges/${pledge.id}/translations`));
  const form = page.getByTestId(`tr-pledge-${pledge.id}-title`);
  await expect(form.getByTestId(`tr-pledge-${pledge.id}-title-state`)).toHaveText("Not translated yet");
  const french = `Engagement de test ${pledge.slug}`;
  await form.getByLabel(/^Translation/).fill(french);
  await form.getByRole("button", { name: "Save translation" }).click();
  await expect(form.getByRole("status")).toHaveText("Translation saved.");

  await page.goto(`/fr/pledges/${pledge.slug}`);
  const title = page.locator("h1#pledge-title");
  await expect(title).toHaveText(french);
  await expect(title).toHaveAttribute("lang", "fr");
  const note = page.getByTestId("translation-note").first();
  await expect(note).toContainText("Traduction non officielle");
  await expect(note.getByTestId("translation-original")).toHaveText(english);
  await expect(note.getByTestId("translation-original")).toHaveAttribute("lang", "en");

  // English readers see the English alone (/en/… chooses English: the cookie now remembers French).
  await page.goto(`/en/pledges/${pledge.slug}`);
  await expect(page.locator("h1#pledge-title")).toHaveText(english);
  await expect(page.locator("h1#pledge-title")).not.toHaveAttribute("lang", /.+/);
});

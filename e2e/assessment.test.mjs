// Workshop 1: two groups add cards, the plenary merges duplicates, accepts and rejects, marks key
// items and rates; the summary table shows them; key weaknesses become problems; reload keeps it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openApp, shot, createSession } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const domain = (page, name) => page.locator("section.domain", { has: page.getByRole("heading", { name, exact: true }) });
const cardEl = (page, text) => page.locator("li.assessment-card", { has: page.locator(".card-text", { hasText: text }) });

async function addCard(scope, kind, text) {
  const input = scope.getByPlaceholder(kind === "+" ? "New strength" : "New weakness");
  await input.fill(text);
  await input.press("Enter");
  await scope.locator("li.assessment-card .card-text", { hasText: text }).first().waitFor();
}

test("groups add cards, the plenary consolidates, weaknesses become problems", async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await createSession(page, { title: "Ocena" });
  await page.getByRole("link", { name: "Workshop 1: assessment" }).click();
  const adapt = domain(page, "Adaptability & resilience");

  await page.getByRole("button", { name: "Group 1", exact: true }).click();
  await addCard(adapt, "−", "Economy depends on two companies");
  await addCard(adapt, "+", "Creative young people");
  await page.getByRole("button", { name: "Group 2", exact: true }).click();
  await addCard(adapt, "−", "Two big firms carry the whole economy");
  await addCard(adapt, "−", "<img src=x onerror=alert(1)>");
  // Group 2 challenges group 1's strength.
  const creative = cardEl(page, "Creative young people");
  await creative.getByPlaceholder("Comment or reason").fill("Only some of them");
  await creative.getByRole("button", { name: "Challenge" }).click();
  await creative.getByText("challenged – for the plenary").waitFor();
  assert.equal(await page.locator("li.assessment-card img").count(), 0, "markup is shown as text");
  // An empty card is refused with a message; nothing is added.
  const before = await page.locator("li.assessment-card").count();
  await adapt.getByPlaceholder("New strength").fill("   ");
  await adapt.getByPlaceholder("New strength").press("Enter");
  await page.getByRole("alert").filter({ hasText: "The text cannot be empty." }).waitFor();
  assert.equal(await page.locator("li.assessment-card").count(), before);
  await shot(page, "23-assessment-groups-en");

  // Plenary: merge the duplicates with a chosen wording, reject the challenged card, key items.
  await page.getByRole("button", { name: "plenary", exact: true }).click();
  const dup = cardEl(page, "Two big firms carry the whole economy");
  await dup.getByRole("button", { name: "Merge with…" }).click();
  await page.getByLabel("Merge with…: Two big firms carry the whole economy").selectOption({ label: "Economy depends on two companies" });
  await dup.getByLabel("Wording of the merged card").fill("Bipolar economy: two large companies");
  await dup.getByRole("button", { name: "Merge" }).click();
  const merged = cardEl(page, "Bipolar economy: two large companies");
  await merged.waitFor();
  assert.match(await merged.textContent(), /Group 1 · also Group 2/);
  await merged.getByRole("button", { name: "★ Key" }).click();
  await cardEl(page, "Creative young people").getByRole("button", { name: "Reject" }).click();
  await cardEl(page, "Creative young people").getByText("rejected").waitFor();
  const markup = cardEl(page, "<img src=x onerror=alert(1)>");
  await markup.getByRole("button", { name: "Reject" }).click();
  await page.getByLabel("Rating (1–5): Adaptability & resilience").selectOption("2");
  await page.getByLabel("Overall verdict on social sustainability").fill("High social sustainability; weakest in adaptability.");
  await page.getByLabel("Overall verdict on social sustainability").press("Tab");

  const summary = page.locator("table.summary-table");
  const row = summary.locator("tr", { hasText: "Adaptability & resilience" });
  assert.match(await row.textContent(), /Bipolar economy: two large companies/);
  assert.doesNotMatch(await row.textContent(), /Creative young people/, "a rejected card is not key");
  await shot(page, "24-assessment-plenary-en");
  // The research team notes its evidence.
  await page.getByRole("button", { name: "research team", exact: true }).click();
  await merged.getByRole("button", { name: "statistics" }).click();
  await merged.getByText("Evidence: statistics").waitFor();
  await page.getByRole("button", { name: "plenary", exact: true }).click();
  // Printed, only the summary and the problems remain.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("section.domain").first().isVisible(), false);
  assert.equal(await page.locator("table.summary-table").isVisible(), true);
  await shot(page, "24b-summary-print-en");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "Turn the key weaknesses into problems (1)" }).click();
  const problems = page.locator("ol.problems li");
  await problems.first().waitFor();
  assert.equal(await problems.first().locator("input").inputValue(), "Bipolar economy: two large companies");
  assert.match(await problems.first().textContent(), /from the weakness · Adaptability & resilience/);
  await page.getByPlaceholder("New problem").fill("Typed problem");
  await page.getByPlaceholder("New problem").press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("ol.problems li").length === 2);

  await page.reload();
  await page.waitForSelector("ol.problems li");
  assert.equal(await page.locator("ol.problems li").count(), 2);
  assert.match(await page.locator("table.summary-table").textContent(), /Bipolar economy/);
  assert.equal(await page.getByLabel("Rating (1–5): Adaptability & resilience").inputValue(), "2");
  assert.equal(await page.getByLabel("Overall verdict on social sustainability").inputValue(), "High social sustainability; weakest in adaptability.");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Velenje example's table 1 and problems, in Slovene", async () => {
  const { page, context } = await openApp(browser, server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  await page.getByRole("link", { name: "1. delavnica: ocena" }).click();
  const rows = page.locator("table.summary-table tbody tr");
  assert.equal(await rows.count(), 4);
  assert.match(await rows.nth(3).textContent(), /bipolarno in ranljivo gospodarstvo/);
  assert.match(await rows.nth(3).textContent(), /velik potencial turizma/);
  assert.equal(await page.locator("ol.problems li").count(), 10);
  await page.locator("table.summary-table").scrollIntoViewIfNeeded();
  await shot(page, "25-velenje-assessment-sl");
  await context.close();
});

test("two hundred cards in one domain stay usable", async () => {
  const { page, context } = await openApp(browser, server.url);
  await createSession(page, { title: "Veliko kartic" });
  await page.getByRole("link", { name: "Workshop 1: assessment" }).click();
  const voice = domain(page, "Voice & influence");
  const input = voice.getByPlaceholder("New strength");
  for (let i = 1; i <= 200; i++) {
    await input.fill(`Card number ${i} ${"with a longer text ".repeat(i % 5)}`);
    await input.press("Enter");
  }
  await page.waitForFunction(() => document.querySelectorAll("section.domain li.assessment-card").length === 200);
  // Over-long text cannot be typed past the limit.
  await input.fill("x".repeat(400));
  assert.equal((await input.inputValue()).length, 300);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("section.domain li.assessment-card").length === 200);
  await context.close();
});

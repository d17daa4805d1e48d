// The example teaches: it opens on a tour of what it shows, has illustrative participants, lets a
// newcomer try a ballot on a practice round, glosses its Slovene content in the English
// interface, and opening it again opens the same copy (a fresh one only when asked for).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, setup, axeFindings, settled } from "./helpers.mjs";

const env = setup();

test("the example's tour leads through every step, with illustrative participants, glosses and a practice ballot", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 800, height: 1280 }, hasTouch: true });
  await page.getByRole("button", { name: "Open the Velenje example" }).click();
  const tour = page.getByTestId("tour");
  await tour.waitFor();
  assert.match(await tour.textContent(), /A tour of the example1\/7/);
  assert.match(await page.locator("main").textContent(), /Its content is the study's, in Slovene/);
  assert.deepEqual(await axeFindings(page, "main"), []);
  await shot(page, "98-example-tour-en");
  // Stop 2: the participants, illustrative and balanced across the sectors.
  await tour.getByRole("link", { name: "Next: Participants →" }).click();
  await page.waitForURL(/\/participants$/);
  await settled(page);
  assert.match(await tour.textContent(), /2\/7.*17 illustrative participants/);
  assert.equal(await page.locator("table.participants tbody tr").count(), 17);
  assert.match(await page.getByTestId("illustrative-participants").textContent(), /illustrative/i);
  // Stop 3: the Slovene problems glossed in English.
  await tour.getByRole("link", { name: /^Next: Workshop 1/ }).click();
  await page.waitForURL(/\/workshop-1$/);
  await settled(page);
  const glossed = await page.locator("ol.problems li").evaluateAll((items) => items.map((li) => [li.querySelector("textarea").value, li.querySelector(".gloss")?.textContent]));
  assert.equal(glossed.length, 10);
  assert.deepEqual(glossed.find(([text]) => text === "izseljevanje izobraženih mladih"), ["izseljevanje izobraženih mladih", "outmigration of educated young people"]);
  assert.ok(glossed.every(([, gloss]) => gloss), "every problem glossed");
  // On to the ranking, and a practice ballot there.
  await tour.getByRole("link", { name: /^Next: Workshop 2: innovations/ }).click();
  await tour.getByRole("link", { name: /^Next: Workshop 2: ranking/ }).click();
  await page.waitForURL(/\/workshop-2-ranking$/);
  await settled(page);
  await tour.getByRole("button", { name: "Try a ballot" }).click();
  await page.locator(".ballot-page").waitFor();
  await page.getByRole("button", { name: "U05", exact: true }).click();
  const card = page.locator(".ranking-widget li", { hasText: "izseljevanje izobraženih mladih" });
  assert.equal(await card.locator(".gloss").textContent(), "outmigration of educated young people");
  await shot(page, "98-example-practice-ballot-en");
  await page.getByRole("button", { name: "Rank it" }).first().click();
  await page.getByRole("button", { name: "Rank it" }).first().click();
  await page.getByRole("button", { name: "Submit my ballot" }).click();
  await page.getByRole("button", { name: "Facilitator" }).click();
  await page.getByRole("button", { name: "Yes, I am the facilitator" }).click();
  await page.getByTestId("round-panel").waitFor();
  assert.match(await page.locator(".round-tabs").textContent(), /Round 3: vaja · open · 1 ballot/);
  // Ending the tour keeps it ended after a reload; it can be taken again.
  await tour.getByRole("button", { name: "End the tour" }).click();
  assert.equal(await tour.count(), 0);
  await page.reload();
  await page.getByRole("button", { name: "Take the tour" }).waitFor();
  assert.equal(await tour.count(), 0);
  await page.getByRole("button", { name: "Take the tour" }).click();
  assert.match(await tour.textContent(), /5\/7/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("opening the example again opens the same copy; a fresh copy only when asked for", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  const first = page.url().match(/#\/s\/([^/]+)/)[1];
  await page.getByRole("link", { name: "Vsi procesi" }).first().click();
  await page.waitForSelector(".session-row");
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.equal(page.url().match(/#\/s\/([^/]+)/)[1], first, "the same copy");
  await page.getByRole("link", { name: "Vsi procesi" }).first().click();
  await page.getByRole("button", { name: "Nova kopija primera" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.notEqual(page.url().match(/#\/s\/([^/]+)/)[1], first, "a new copy");
  await page.getByRole("link", { name: "Vsi procesi" }).first().click();
  await page.waitForFunction(() => document.querySelectorAll(".session-row").length === 2);
  assert.deepEqual(errors, []);
  await context.close();
});

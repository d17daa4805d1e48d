// A ballot tablet the room cannot wander off or be swayed by: Back stays on the ballot screen,
// the screen has its own language switch and a full-screen button, keyboard instructions only
// where a keyboard is likely, and the results stay hidden until the facilitator reveals them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup, axeFindings, openStep } from "./helpers.mjs";

const env = setup();

async function roundWithProblems(page, title) {
  await createSession(page, { title });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: ranking", exact: true }));
  await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator(".paste textarea").fill("Promet\nStanovanja\nMladi");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByText("Open a round").first().click();
  await page.getByRole("button", { name: "Open a round" }).click();
  await page.getByTestId("round-panel").waitFor();
}

test("results hidden until revealed, on the facilitator's screen and the projector", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await roundWithProblems(page, "Skrito");
  await page.getByTestId("hide-results").check();
  await page.getByTestId("results-hidden").waitFor();
  await page.getByRole("button", { name: "Type in a paper ballot" }).click();
  await page.getByLabel(/type a name or pseudonym/i).fill("Gost");
  for (const [i, v] of [[0, "2"], [1, "3"], [2, "1"]]) await page.locator(".place-input").nth(i).fill(v);
  await page.getByRole("button", { name: "Save the ballot" }).click();
  await page.waitForFunction(() => /1 ballot/.test(document.querySelector("[data-testid=who-voted] h3").textContent));
  assert.equal(await page.getByTestId("consensus").count(), 0, "no result on screen while hidden");
  const id = new URL(page.url()).hash.split("/")[2];
  const projector = await context.newPage();
  await projector.goto(`${env.server.url}#/s/${id}/present`);
  await projector.getByTestId("present-voted").waitFor();
  assert.equal(await projector.getByTestId("present-order").count(), 0, "the projector hides them too");
  await page.getByRole("button", { name: "Reveal the results" }).click();
  await page.getByTestId("consensus").waitFor();
  assert.match(await page.getByTestId("consensus").locator("tbody tr").first().textContent(), /^1Mladi/);
  await projector.getByTestId("present-order").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("Back stays on the ballot screen; its own language switch; full screen offered", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await roundWithProblems(page, "Tablica");
  await page.getByRole("button", { name: "Vote on this device" }).click();
  await page.getByLabel(/type a name or pseudonym/i).fill("Ana");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Submit my ballot" }).waitFor();
  await page.goBack();
  await page.goBack();
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole("button", { name: "Submit my ballot" }).count(), 1, "still on the ballot after Back");
  assert.equal(await page.locator(".ballot-page").count(), 1);
  assert.equal(await page.locator(".keyboard-help").isVisible(), true, "a laptop shows the keyboard keys");
  await page.locator(".ballot-footer").getByRole("button", { name: "SL", exact: true }).click();
  await page.getByRole("button", { name: "Oddaj glasovnico" }).waitFor();
  assert.equal(await page.locator(".ballot-footer").getByRole("button", { name: "Celoten zaslon" }).count(), 1);
  assert.deepEqual(await axeFindings(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a touch tablet does not show keyboard instructions above the ballot", async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector(".app-header");
  await page.getByRole("button", { name: "EN", exact: true }).tap();
  await roundWithProblems(page, "Dotik");
  await page.getByRole("button", { name: "Vote on this device" }).tap();
  await page.getByLabel(/type a name or pseudonym/i).fill("Bor");
  await page.getByRole("button", { name: "Start" }).tap();
  await page.getByRole("button", { name: "Submit my ballot" }).waitFor();
  assert.equal(await page.locator(".keyboard-help").isVisible(), false);
  await shot(page, "96-ballot-touch-portrait");
  await context.close();
});

test("with a facilitator PIN, only the right PIN leaves the ballot screen", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await roundWithProblems(page, "PIN");
  await page.getByLabel("PIN (4 digits)").fill("2468");
  await page.getByRole("button", { name: "Set the PIN" }).click();
  await page.getByTestId("pin-set").waitFor();
  const stored = await page.evaluate(() => Object.values(localStorage).join(""));
  assert.doesNotMatch(stored, /2468/, "stored hashed");
  await page.getByRole("button", { name: "Vote on this device" }).click();
  await page.getByRole("button", { name: "Facilitator" }).click();
  await page.getByLabel("Facilitator's PIN").fill("1111");
  await page.getByRole("dialog").getByRole("button", { name: "Yes, I am the facilitator" }).click();
  await page.getByRole("alert").filter({ hasText: "That is not the PIN." }).waitFor();
  assert.equal(await page.locator(".ballot-page").count(), 1, "still on the ballot screen");
  await page.getByLabel("Facilitator's PIN").fill("2468");
  await page.getByRole("dialog").getByRole("button", { name: "Yes, I am the facilitator" }).click();
  await page.getByTestId("round-panel").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

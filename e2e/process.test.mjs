// Where am I, what next: the process navigation with each step's state, the one next action a
// new facilitator can follow, the checklist per phase, and a session opening where its work is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup, axeFindings, openStep } from "./helpers.mjs";

const env = setup();

test("a new facilitator follows Next from an empty session into workshop 1", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Prvi proces" });
  const next = page.getByTestId("next-action").getByRole("link");
  assert.equal(await next.textContent(), "Add the participants");
  assert.match(await page.locator(".process").textContent(), /Preparation.*Workshop 1.*Workshop 2.*Workshop 3.*Report/s);
  await next.click();
  await page.waitForURL(/\/participants$/);
  if ((await page.locator("textarea").count()) === 0) await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator("textarea").fill("Ana; business\nBor; civil society");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByTestId("next-action").getByRole("link", { name: "Mark who came to the workshop" }).waitFor();
  assert.match(await page.locator(".process .step", { hasText: "Participants" }).textContent(), /in progress/);
  await page.getByRole("button", { name: "Workshop 1 – Ana" }).click();
  await next.filter({ hasText: "Add strengths and weaknesses to the four domains" }).waitFor();
  assert.match(await page.locator(".process .step", { hasText: "Participants" }).textContent(), /done/);
  await next.click();
  await page.waitForURL(/\/workshop-1$/);
  // The checklist for the phase at hand.
  await page.locator(".checklist summary").click();
  assert.match(await page.locator(".checklist").textContent(), /Rate each domain from 1 to 5/);
  await shot(page, "95-process-en");
  assert.deepEqual(await axeFindings(page, "main"), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a session opens where its work is, in Slovene", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  await page.getByRole("link", { name: "Vsi procesi" }).click();
  await page.locator(".session-title").first().click();
  await page.waitForURL(/\/workshop-3$/);
  assert.equal(await page.getByTestId("next-action").getByRole("link").textContent(), "Plenarno ocenite ideje in izberite, katere razvijate naprej");
  assert.match(await page.locator(".process .step", { hasText: "2. delavnica: razvrščanje" }).textContent(), /opravljeno/);
  await page.locator(".checklist summary").click();
  assert.match(await page.locator(".checklist").textContent(), /srž problema/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a refused paste names its line, keeps the text and adds nothing", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Lepljenje" });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: ranking", exact: true }));
  await page.getByRole("button", { name: "Paste a list" }).click();
  const long = "x".repeat(301);
  const text = `Promet\n\nStanovanja\n${long}\nMladi`;
  await page.locator(".paste textarea").fill(text);
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByRole("alert").filter({ hasText: "Line 4:" }).waitFor();
  assert.match(await page.getByRole("alert").filter({ hasText: "Line 4:" }).textContent(), /too long.*Nothing was added/);
  assert.equal(await page.locator(".paste textarea").inputValue(), text, "the text stays for correcting");
  assert.equal(await page.getByText("Open a round").count(), 0, "no problem was added (rounds appear once there are problems)");
  await page.locator(".paste textarea").fill("Promet\nStanovanja\nMladi");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByText("Open a round").first().waitFor();
  // Participants, in Slovene: an over-long name.
  await page.getByRole("button", { name: "SL", exact: true }).click();
  await openStep(page, page.getByRole("link", { name: "Udeleženci", exact: true }));
  if ((await page.locator(".paste textarea").count()) === 0) await page.getByRole("button", { name: "Prilepi seznam" }).click();
  const people = `Ana; gospodarstvo\n${"B".repeat(81)}; civilna družba`;
  await page.locator(".paste textarea").fill(people);
  await page.getByRole("button", { name: "Dodaj vse" }).click();
  await page.getByRole("alert").filter({ hasText: "Vrstica 2:" }).waitFor();
  assert.equal(await page.locator(".paste textarea").inputValue(), people);
  assert.equal(await page.locator("table.participants").count(), 0, "nobody was added");
  assert.deepEqual(errors, []);
  await context.close();
});

test("every removal can be undone and redone, by button and Ctrl+Z, and undo survives a reload", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Razveljavi" });
  await openStep(page, page.getByRole("link", { name: "Participants", exact: true }));
  if ((await page.locator(".paste textarea").count()) === 0) await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator(".paste textarea").fill("Ana; business\nBor; civil society");
  await page.getByRole("button", { name: "Add all" }).click();
  // A removal offers "Undo" at once, where the hand is, for a few seconds.
  await page.getByRole("button", { name: "Remove: Ana" }).click();
  const toast = page.getByTestId("undo-toast");
  assert.equal((await toast.textContent()).includes("The participant was removed."), true);
  await toast.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Remove: Ana" }).waitFor();
  assert.equal(await toast.count(), 0, "the toast goes with the undo");
  // Unused, it goes by itself.
  await page.getByRole("button", { name: "Remove: Ana" }).click();
  await toast.waitFor();
  await toast.waitFor({ state: "detached", timeout: 12000 });
  await page.waitForFunction(() => !document.querySelector("table.participants").textContent.includes("Ana"));
  const bar = page.getByTestId("undo-redo");
  await bar.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Remove: Ana" }).waitFor();
  await bar.getByRole("button", { name: "Redo" }).click();
  await page.waitForFunction(() => !document.querySelector("table.participants").textContent.includes("Ana"));
  // After a reload the history is still there; Ctrl+Z outside a text field undoes.
  await page.reload();
  await page.waitForSelector("table.participants");
  await page.locator("h1.session-heading").click();
  await page.keyboard.press("Control+z");
  await page.getByRole("button", { name: "Remove: Ana" }).waitFor();
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]").textContent === "Saved");
  // Undo twice more: Ana back, then the pasted list itself gone; redo brings it back.
  await bar.getByRole("button", { name: "Undo" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.participants tbody tr").length === 0 || !document.querySelector("table.participants"));
  await bar.getByRole("button", { name: "Redo" }).click();
  await page.getByRole("button", { name: "Remove: Bor" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

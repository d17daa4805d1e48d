// Issue #15: the app in lazily loaded parts. The first screen needs none of them; every step
// opens from a cold start by its link; everything opens offline after a first visit to the home
// screen only; a part that cannot be fetched shows a message with "Try again", and an action
// that needs one changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, shot, storageSnapshot, axeFindings } from "./helpers.mjs";

const env = setup();

// Each step: its path, the part that holds it and what shows it is usable.
const STEPS = [
  ["/participants", "participants", "#participants-heading"],
  ["/workshop-1", "assessment", "#view-as-heading"],
  ["/workshop-2-innovations", "innovations", "#inventory-heading"],
  ["/workshop-2-ranking", "ranking", "#ranking-heading"],
  ["/workshop-3", "solutions", "#start-heading"],
  ["/report", "report", "#report-controls-h"],
];
const LAZY = /\/(split_|chunk_)[^/]*\.wasm$/;

/** A context whose requests all reach the test (no service worker in between). */
async function direct(lang = "en") {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: "block" });
  await context.addInitScript((l) => localStorage.setItem("delavnica/v1/lang", l), lang);
  return context;
}

/** Opens the Velenje example in `page` (already at the app) and returns its id. */
async function example(page) {
  await page.getByRole("button", { name: /Velenje/ }).first().click();
  await page.waitForSelector("h1.session-heading");
  return page.url().match(/#\/s\/([^/]+)/)[1];
}

test("the first screen works with every lazily loaded part out of reach; an action that needs one says so, changes nothing, and works once it can", async () => {
  const context = await direct();
  let blocked = true;
  const refused = [];
  await context.route(LAZY, (route) => {
    if (!blocked) return route.continue();
    refused.push(route.request().url());
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector(".start-actions");
  assert.match(await page.locator("h2#sessions-heading").textContent(), /Sessions/);
  // The warm-up right after the first screen tried (and failed) to fetch the session code.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /split_session/.test(e.name)));
  assert.ok(refused.some((u) => /split_session/.test(u)), "the session code is fetched after the first screen");
  const before = await storageSnapshot(page);
  await page.getByRole("button", { name: "New session" }).click();
  await page.getByLabel("Title").fill("Brez povezave");
  await page.getByRole("button", { name: "Create" }).click();
  const notice = page.getByText("That could not be done: the part of Delavnica it needs could not be loaded.");
  await notice.waitFor();
  assert.deepEqual(await storageSnapshot(page), before, "nothing was saved");
  await shot(page, "60-split-action-not-loaded");
  blocked = false;
  await page.getByRole("button", { name: "Create" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.match(await page.locator("h1.session-heading").textContent(), /Brez povezave/);
  await context.close();
});

test("every step opens from a cold start by its link, fetching its own part then", async () => {
  const context = await direct();
  const page = await context.newPage();
  const errors = [];
  await page.goto(env.server.url);
  const id = await example(page);
  for (const [path, part, ready] of STEPS) {
    // A new page: nothing of the app is loaded in it yet.
    const cold = await context.newPage();
    cold.on("pageerror", (e) => errors.push(String(e)));
    cold.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const fetched = [];
    cold.on("request", (r) => fetched.push(r.url()));
    await cold.goto(`${env.server.url}#/s/${id}${path}`);
    await cold.waitForSelector(ready);
    assert.ok(fetched.some((u) => u.includes(`/split_${part}-`)), `${path}: its part ${part} was fetched when opened`);
    assert.equal(await cold.locator("[data-testid=part-failed]").count(), 0);
    await cold.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline after a first visit to the home screen only: the example and every step open", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.server.url);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.waitForSelector("[data-testid=offline-ready]");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(".start-actions");
  const id = await example(page);
  for (const [path, , ready] of STEPS) {
    await page.evaluate((h) => { location.hash = h; }, `#/s/${id}${path}`);
    await page.waitForSelector(ready);
    assert.equal(await page.locator("[data-testid=part-failed]").count(), 0, `${path} opened offline`);
  }
  // A deep link, reloaded offline.
  await page.reload();
  await page.waitForSelector("#report-controls-h");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a part on a slow connection shows a loading line, then the step", async () => {
  const context = await direct();
  const page = await context.newPage();
  await page.goto(env.server.url);
  const id = await example(page);
  await context.route(/\/split_report-[^/]*\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await page.evaluate((h) => { location.hash = h; }, `#/s/${id}/report`);
  const loading = page.getByTestId("part-loading");
  await loading.waitFor({ state: "visible" });
  assert.equal(await loading.textContent(), "Loading this part of Delavnica …");
  assert.equal(await loading.getAttribute("role"), "status");
  await page.waitForSelector("#report-controls-h");
  assert.equal(await loading.count(), 0);
  await context.close();
});

test("a part that cannot be fetched shows a message with Try again, in both languages, and loads on retry", async () => {
  for (const lang of ["en", "sl"]) {
    const context = await direct(lang);
    const page = await context.newPage();
    await page.goto(env.server.url);
    const id = await example(page);
    let blocked = true;
    await context.route(/\/split_ranking-[^/]*\.wasm$/, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
    await page.evaluate((h) => { location.hash = h; }, `#/s/${id}/workshop-2-ranking`);
    const failed = page.locator("[data-testid=part-failed]");
    await failed.waitFor();
    assert.match(await failed.textContent(), lang === "en" ? /could not be loaded/ : /ni bilo mogoče naložiti/);
    assert.equal(await page.locator("#ranking-heading").count(), 0);
    // The rest of the page stays usable: the step navigation, and other steps.
    await page.locator("nav.steps, .steps").first().waitFor();
    assert.deepEqual(await axeFindings(page, "main", { every: true }), []);
    await shot(page, `61-split-part-failed-${lang}`);
    blocked = false;
    await page.getByRole("button", { name: lang === "en" ? "Try again" : "Poskusi znova" }).click();
    await page.waitForSelector("#ranking-heading");
    assert.equal(await failed.count(), 0);
    await context.close();
  }
});

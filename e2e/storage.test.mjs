// Nothing is ever lost: typing is saved without a button, a full storage quota is reported and
// leaves the last good copy, and a browser that refuses storage says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup } from "./helpers.mjs";

const env = setup();

test("a field is saved as soon as the user leaves it", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Brez gumba" });
  await page.getByLabel("Town").fill("Ravne na Koroškem");
  await page.getByLabel("Town").press("Tab");
  await page.getByLabel("Language of the content").selectOption("en");
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]")?.textContent === "Saved");
  await page.reload();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.getByLabel("Town").inputValue(), "Ravne na Koroškem");
  assert.equal(await page.getByLabel("Language of the content").inputValue(), "en");
  await context.close();
});

test("a full storage quota is reported and the last good copy stays", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Pred polnjenjem" });
  const filled = await page.evaluate(() => {
    let chunk = 1 << 20;
    let n = 0;
    while (chunk >= 8) {
      try {
        localStorage.setItem(`filler-${n}`, "x".repeat(chunk));
        n++;
      } catch {
        chunk = Math.floor(chunk / 4);
      }
    }
    return n;
  });
  assert.ok(filled > 0);
  await page.getByLabel("Title").fill("Ta sprememba ne gre več v polno shrambo naprave");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("The device's storage is full, so the last change was not saved").waitFor();
  assert.equal(await page.textContent("[data-testid=save-status]"), "Not saved");
  await shot(page, "18-storage-full-en");
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await page.reload();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Pred polnjenjem", "the last good copy is intact");
  await context.close();
});

test("a browser that refuses storage says so on every screen", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The user denied storage", "SecurityError");
      },
    });
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.getByText("This browser does not allow saving").waitFor();
  await page.getByRole("button", { name: "New session" }).click();
  await page.getByLabel("Title").fill("Zasebni način");
  await page.getByRole("button", { name: "Create" }).click();
  await page.getByRole("alert").filter({ hasText: "does not allow saving" }).first().waitFor();
  await shot(page, "19-storage-refused-en");
  await context.close();
});

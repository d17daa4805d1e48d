// Journeys on the home screen: create, reload, rename, duplicate, delete and undo, the Velenje
// example, the language switch, a phone-sized touch screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup } from "./helpers.mjs";

const env = setup();

test("a created session survives a reload", async () => {
  const { page, context, errors, requests } = await openApp(env.browser, env.server.url);
  await shot(page, "01-home-empty-en");
  assert.match(await page.textContent("main"), /No sessions are saved on this device yet/);
  await createSession(page, { title: "Celje 2027", town: "Celje", date: "2027-03-15" });
  assert.match(page.url(), /#\/s\/[0-9a-f]{20}$/);
  await page.reload();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Celje 2027");
  assert.equal(await page.getByLabel("Town").inputValue(), "Celje");
  assert.equal(await page.getByLabel("Date of the first workshop").inputValue(), "2027-03-15");
  await shot(page, "02-session-en");
  await page.getByRole("link", { name: "All sessions" }).first().click();
  await page.waitForSelector(".session-row");
  assert.match(await page.textContent(".session-row"), /Celje 2027/);
  assert.match(await page.textContent(".session-row"), /created, nothing recorded yet/);
  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith(env.server.url)), `only own files: ${requests.filter((u) => !u.startsWith(env.server.url))}`);
  await context.close();
});

test("editing the session's description is saved at once", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Trbovlje" });
  await page.getByLabel("Title").fill("Trbovlje 2028");
  await page.getByLabel("Language of the content").selectOption("en");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForFunction(() => document.querySelector("h1.session-heading")?.textContent === "Trbovlje 2028");
  assert.equal(await page.textContent("[data-testid=save-status]"), "Saved");
  await page.getByLabel("Title").fill("   ");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("The title cannot be empty.").waitFor();
  await page.reload();
  await page.waitForSelector("h1.session-heading");
  assert.equal(await page.textContent("h1.session-heading"), "Trbovlje 2028");
  assert.equal(await page.getByLabel("Language of the content").inputValue(), "en");
  await context.close();
});

test("rename, duplicate, delete and undo", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Idrija", town: "Idrija" });
  await page.goto(env.server.url);
  const row = page.locator(".session-row", { hasText: "Idrija" });
  await row.getByRole("button", { name: "Rename" }).click();
  await row.getByRole("textbox").fill("Idrija 2026");
  await row.getByRole("button", { name: "Save" }).click();
  await page.locator(".session-title", { hasText: "Idrija 2026" }).waitFor();
  await page.locator(".session-row", { hasText: "Idrija 2026" }).getByRole("button", { name: "Duplicate" }).click();
  await page.locator(".session-title", { hasText: "Idrija 2026 (copy)" }).waitFor();
  assert.equal(await page.locator(".session-row").count(), 2);
  assert.match(await page.textContent("#sessions-heading"), /2 sessions/);
  await shot(page, "03-home-two-sessions-en");

  await page.locator(".session-row", { hasText: "(copy)" }).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await shot(page, "04-delete-confirm-en");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await page.locator(".session-row").count(), 2);

  await page.locator(".session-row", { hasText: "(copy)" }).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await page.getByText("Session deleted.").waitFor();
  assert.equal(await page.locator(".session-row").count(), 1);
  await shot(page, "05-deleted-undo-en");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.locator(".session-title", { hasText: "(copy)" }).waitFor();
  assert.equal(await page.locator(".session-row").count(), 2);
  await page.reload();
  await page.waitForSelector(".session-row");
  assert.equal(await page.locator(".session-row").count(), 2, "the undone delete is saved");

  // Without undo, the delete stays after the offer ends and after a reload.
  await page.locator(".session-row", { hasText: "(copy)" }).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await page.getByText("Session deleted.").waitFor({ state: "detached", timeout: 15000 });
  await page.reload();
  await page.waitForSelector(".session-row");
  assert.equal(await page.locator(".session-row").count(), 1);
  await context.close();
});

test("the Velenje example is one click away and labelled", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Open the Velenje example" }).click();
  await page.waitForSelector("h1.session-heading");
  assert.match(await page.textContent("h1.session-heading"), /Velenje/);
  assert.match(await page.textContent("main"), /built-in Velenje example/);
  assert.equal(await page.getByLabel("Town").inputValue(), "Velenje");
  await shot(page, "06-velenje-example-en");
  await context.close();
});

test("the language switches everything, is remembered and sets <html lang>", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { lang: "sl" });
  assert.equal(await page.getAttribute("html", "lang"), "sl");
  await page.getByRole("button", { name: "Nov proces" }).waitFor();
  await page.getByRole("button", { name: "Nov proces" }).click();
  await page.getByLabel("Naslov").fill("Velenje 2026");
  await page.getByRole("button", { name: "Ustvari" }).click();
  await page.waitForSelector("h1.session-heading");
  await shot(page, "07-session-sl");
  await page.getByRole("link", { name: "Vsi procesi" }).first().click();
  await page.getByRole("button", { name: "Nov proces" }).click();
  await shot(page, "08-home-new-form-sl");
  await page.getByRole("button", { name: "Prekliči" }).click();
  for (const n of [2, 3, 5]) {
    await page.getByRole("link", { name: "Velenje 2026", exact: true }).waitFor();
    // Plural forms of "process" as the list grows: 2 procesa, 3 procesi, 5 procesov.
    for (let have = await page.locator(".session-row").count(); have < n; have++) {
      await page.locator(".session-row").first().getByRole("button", { name: "Podvoji" }).click();
      await page.waitForFunction((k) => document.querySelectorAll(".session-row").length === k, have + 1);
    }
    const expected = { 2: "2 procesa", 3: "3 procesi", 5: "5 procesov" }[n];
    assert.match(await page.textContent("#sessions-heading"), new RegExp(expected));
  }
  await shot(page, "09-home-sl");
  await page.reload();
  await page.getByRole("button", { name: "Nov proces" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "sl");
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await page.getByRole("button", { name: "New session" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await context.close();
});

test("works on a phone-sized touch screen with large targets", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { viewport: { width: 390, height: 844 }, hasTouch: true });
  await page.getByRole("button", { name: "Open the Velenje example" }).tap();
  await page.waitForSelector("h1.session-heading");
  await page.getByRole("link", { name: "All sessions" }).first().tap();
  await page.waitForSelector(".session-row");
  await shot(page, "10-home-phone-en");
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, a.button, input, select, .lang")]
      .filter((el) => el.offsetParent !== null && !el.classList.contains("visually-hidden"))
      .map((el) => [el.textContent || el.name, el.getBoundingClientRect().height])
      .filter(([, h]) => h < 44),
  );
  assert.deepEqual(small, [], "every touch target is at least 44 px high");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, "no horizontal scrolling");
  await context.close();
});

test("a damaged saved session is named on the home screen and left in storage untouched; a session the index lost is listed again", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Kept" });
  await page.goto(env.server.url);
  await page.locator(".session-row", { hasText: "Kept" }).waitFor();
  // A damaged session and a lost index entry (both read in the lazily loaded `files` part).
  const damaged = '{"revision":1,"file":{"format":"x"}}';
  await page.evaluate((raw) => {
    localStorage.setItem("delavnica/v1/session/broken", raw);
    localStorage.removeItem("delavnica/v1/index");
  }, damaged);
  await page.reload();
  await page.getByText(/A saved session cannot be read \(broken:/).waitFor();
  await page.locator(".session-row", { hasText: "Kept" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("delavnica/v1/session/broken")), damaged);
  assert.ok(await page.evaluate(() => localStorage.getItem("delavnica/v1/index")), "the index is rebuilt");
  await context.close();
});

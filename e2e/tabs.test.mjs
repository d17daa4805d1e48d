// The same session open in two tabs: each tab's change reaches the other, and neither
// overwrites the other's work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup, openStep } from "./helpers.mjs";

const env = setup();

test("two tabs on one session reconcile instead of overwriting", async () => {
  const { page: a, context } = await openApp(env.browser, env.server.url);
  await createSession(a, { title: "Dva zavihka", town: "Velenje" });
  const b = await context.newPage();
  await b.goto(a.url());
  await b.waitForSelector("h1.session-heading");

  await a.getByLabel("Title").fill("Naslov iz A");
  await a.getByRole("button", { name: "Save" }).click();
  await b.waitForFunction(() => document.querySelector("h1.session-heading")?.textContent === "Naslov iz A");
  await b.getByText("Another tab changed this session").waitFor();
  assert.equal(await b.getByLabel("Title").inputValue(), "Naslov iz A", "the form follows the other tab");
  await shot(b, "17-second-tab-en");

  await b.getByLabel("Town").fill("Šoštanj");
  await b.getByRole("button", { name: "Save" }).click();
  await a.waitForFunction(() => document.querySelector('input[name="town"]')?.value === "Šoštanj");
  const stored = await a.evaluate(() => {
    const id = location.hash.split("/").pop();
    return JSON.parse(localStorage.getItem(`delavnica/v1/session/${id}`));
  });
  assert.equal(stored.file.session.info.title, "Naslov iz A");
  assert.equal(stored.file.session.info.town, "Šoštanj");
  assert.equal(stored.revision, 3);
  await context.close();
});

test("a session deleted in another tab is reported, not silently recreated", async () => {
  const { page: a, context } = await openApp(env.browser, env.server.url);
  await createSession(a, { title: "Izbrisana drugje" });
  const sessionUrl = a.url();
  const home = await context.newPage();
  await home.goto(env.server.url);
  await home.locator(".session-row", { hasText: "Izbrisana drugje" }).getByRole("button", { name: "Delete" }).click();
  await home.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await a.getByText("Another tab deleted this session").waitFor();
  assert.equal(a.url(), sessionUrl);
  await context.close();
});

test("an undo in one tab reaches the other, and the other tab's later change stays", async () => {
  const { page: a, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(a, { title: "Razveljavi v dveh" });
  await openStep(a, a.getByRole("link", { name: "Participants", exact: true }));
  if ((await a.locator(".paste textarea").count()) === 0) await a.getByRole("button", { name: "Paste a list" }).click();
  await a.locator(".paste textarea").fill("Ana; business\nBor; civil society");
  await a.getByRole("button", { name: "Add all" }).click();
  const b = await context.newPage();
  await b.goto(a.url());
  await b.getByRole("button", { name: "Remove: Bor" }).waitFor();
  // Tab A removes Ana; tab B, knowing nothing of it, marks Bor present.
  await a.getByRole("button", { name: "Remove: Ana" }).click();
  await b.waitForFunction(() => !document.querySelector("table.participants").textContent.includes("Ana"));
  await b.getByRole("button", { name: "Workshop 1 – Bor" }).click();
  await a.getByRole("button", { name: "Workshop 1 – Bor", pressed: true }).waitFor();
  // Tab A undoes its removal: Ana is back in both tabs, and Bor's attendance from tab B stays.
  await a.getByTestId("undo-toast").getByRole("button", { name: "Undo" }).click();
  await b.getByRole("button", { name: "Remove: Ana" }).waitFor();
  await b.getByRole("button", { name: "Workshop 1 – Bor", pressed: true }).waitFor();
  await a.reload();
  await a.getByRole("button", { name: "Remove: Ana" }).waitFor();
  assert.equal(await a.getByRole("button", { name: "Workshop 1 – Bor", pressed: true }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

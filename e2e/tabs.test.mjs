// The same session open in two tabs: each tab's change reaches the other, and neither
// overwrites the other's work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup } from "./helpers.mjs";

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

// Participants: paste a list, attendance, the balance warnings, groups that mix sectors, moving
// people between groups; everything survives a reload; in English and Slovene.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup, openStep } from "./helpers.mjs";

const env = setup();

const SECTORS_EN = ["business", "civil society", "local government", "science & culture"];

async function pasteAndAttend(page, words, { add, paste, addAll }) {
  if ((await page.locator("textarea").count()) === 0) await page.getByRole("button", { name: paste }).click();
  const list = Array.from({ length: 15 }, (_, i) => `Oseba ${i + 1}; ${words[i % 4]}`).join("\n");
  await page.locator("textarea").fill(list + "\n<b>Markup</b>");
  await page.getByRole("button", { name: addAll }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.participants tbody tr").length === 16);
  const rows = page.locator("table.participants tbody tr");
  for (let i = 0; i < 15; i++) await rows.nth(i).locator(".attendance button").first().click();
  assert.ok(add);
}

test("paste 15 participants, balance, groups, reload", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Udeleženci" });
  await openStep(page, page.getByRole("link", { name: "Participants", exact: true }));
  await page.getByText("No participants yet").waitFor();
  await pasteAndAttend(page, SECTORS_EN, { add: "Add", paste: "Paste a list", addAll: "Add all" });
  // Markup is a name like any other, shown as text.
  assert.equal(await page.locator("table.participants tbody tr").nth(15).locator("textarea").first().inputValue(), "<b>Markup</b>");
  assert.equal(await page.locator("table.participants b").count(), 0);
  const w1 = page.locator('figure.balance[data-workshop="1"]');
  assert.match(await w1.textContent(), /15 present/);
  assert.match(await w1.textContent(), /All four sectors are present/);

  // Remove the four science & culture people from workshop 1: the warning appears.
  const rows = page.locator("table.participants tbody tr");
  for (const i of [3, 7, 11]) await rows.nth(i).locator(".attendance button").first().click();
  await w1.getByText("Nobody from “science & culture”.").waitFor();
  assert.match(await w1.textContent(), /12 present/);
  assert.doesNotMatch(await w1.textContent(), /Fewer than/, "12 is inside the room's 12–17");
  await shot(page, "20-participants-warning-en");
  for (const i of [3, 7, 11]) await rows.nth(i).locator(".attendance button").first().click();
  await w1.getByText("All four sectors are present").waitFor();

  // Three groups that mix sectors.
  await page.getByLabel("Number of groups").fill("3");
  await page.getByRole("button", { name: "Make groups" }).click();
  await page.waitForSelector(".group");
  const groups = page.locator(".group");
  assert.equal(await groups.count(), 3);
  for (let g = 0; g < 3; g++) {
    assert.equal(await groups.nth(g).locator("li").count(), 5);
    const tags = await groups.nth(g).locator(".sector-tag").allTextContents();
    assert.ok(new Set(tags).size >= 3, `group ${g + 1} mixes sectors: ${tags}`);
  }
  const seed = await page.getByTestId("seed").textContent();
  // Move the first person of group 1 to group 3 by choosing (tap / keyboard).
  const first = groups.nth(0).locator("li").first();
  const id = await first.getAttribute("data-id");
  await first.locator("select").selectOption("2");
  await page.waitForFunction((id) => document.querySelectorAll(".group")[2].querySelector(`li[data-id="${id}"]`), id);
  assert.equal(await groups.nth(2).locator("li").count(), 6);
  // Drag with a finger: the handle of group 2's first person, dropped on group 1.
  const person = groups.nth(1).locator("li").first();
  const pid = await person.getAttribute("data-id");
  const handle = person.locator(".drag-handle");
  await groups.nth(0).locator("h3").scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await groups.nth(0).locator("h3").boundingBox();
  const at = (b) => ({ pointerType: "touch", pointerId: 7, isPrimary: true, clientX: b.x + 10, clientY: b.y + 10 });
  await handle.dispatchEvent("pointerdown", at(from));
  await handle.dispatchEvent("pointermove", at(to));
  await groups.nth(0).and(page.locator(".drop-target")).waitFor();
  await handle.dispatchEvent("pointerup", at(to));
  await page.waitForFunction((id) => document.querySelectorAll(".group")[0].querySelector(`li[data-id="${id}"]`), pid);
  assert.equal(await groups.nth(1).locator("li").count(), 4);
  await shot(page, "21-groups-en");

  await page.reload();
  await page.waitForSelector(".group");
  assert.equal(await page.locator("table.participants tbody tr").count(), 16);
  assert.equal(await page.getByTestId("seed").textContent(), seed);
  assert.equal(await page.locator(".group").nth(2).locator("li").count(), 6, "the move survived the reload");
  assert.equal(await page.locator(".group").nth(1).locator("li").count(), 4, "so did the drag");
  // Names can be hidden where groups are shown: codes instead.
  await page.getByRole("button", { name: "Hide names where groups are shown (codes instead of names)" }).click();
  await page.waitForFunction(() => document.querySelector(".group .member").textContent.startsWith("P"));
  assert.doesNotMatch(await page.locator(".groups").textContent(), /Oseba/);
  await page.getByRole("button", { name: "Hide names where groups are shown (codes instead of names)" }).click();
  await page.waitForFunction(() => document.querySelector(".group .member").textContent.startsWith("Oseba"));
  // Reshuffle draws another seed.
  await page.getByRole("button", { name: "Reshuffle" }).click();
  await page.waitForFunction((old) => document.querySelector("[data-testid=seed]").textContent !== old, seed);
  // Remove a participant.
  await page.locator("table.participants tbody tr").nth(15).getByRole("button", { name: /Remove/ }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.participants tbody tr").length === 15);
  assert.deepEqual(errors, []);
  await context.close();
});

test("participants in Slovene, with a custom sector name and a bad pasted sector", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Nov proces" }).click();
  await page.getByLabel("Naslov").fill("Udeleženci SL");
  await page.getByRole("button", { name: "Ustvari" }).click();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "Udeleženci" }));
  await page.getByRole("button", { name: "Prilepi seznam" }).click();
  await page.locator("textarea").fill("Ana; ribiči\nBor");
  await page.getByRole("button", { name: "Dodaj vse" }).click();
  await page.getByText("Vrstica 1: sektorja »ribiči« ne poznam.").waitFor();
  assert.equal(await page.locator("table.participants").count(), 0, "nobody was added");
  await pasteAndAttend(page, ["gospodarstvo", "civilna družba", "lokalna oblast", "znanost in kultura"], { add: "Dodaj", paste: "Prilepi seznam", addAll: "Dodaj vse" });
  assert.match(await page.locator("#participants-heading").textContent(), /16 udeležencev/);
  assert.match(await page.locator('figure.balance[data-workshop="1"]').textContent(), /15 prisotnih/);
  await page.locator("details:not(.checklist) summary").click();
  await page.getByLabel("znanost in kultura", { exact: true }).fill("akademija");
  await page.getByLabel("znanost in kultura", { exact: true }).press("Tab");
  await page.locator('figure.balance[data-workshop="1"] li', { hasText: "akademija: 3" }).waitFor();
  await page.getByRole("button", { name: "Pari" }).click();
  await page.waitForSelector(".group");
  assert.equal(await page.locator(".group").count(), 7);
  await shot(page, "22-participants-sl");
  await context.close();
});

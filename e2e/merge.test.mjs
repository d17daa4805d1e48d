// Many tablets, one session: the facilitator hands the session out, two group tablets (separate
// browser profiles) add and change cards, and the facilitator merges their files back, in one
// go or one by one, in either order: the same board. Cancel leaves storage byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, shot, setup, storageSnapshot, axeFindings } from "./helpers.mjs";

const env = setup();
const PORTRAIT = { width: 768, height: 1024 };

const cardEl = (page, text) => page.locator("li.assessment-card", { has: page.locator(".card-text", { hasText: text }) });
/** Opens a card's comments and controls (folded until asked for); returns the card. */
const openCard = async (page, text) => {
  const card = cardEl(page, text);
  const more = card.locator("button.card-more");
  if ((await more.getAttribute("aria-expanded")) === "false") await more.click();
  return card;
};

async function nameDevice(page, label, name) {
  await page.getByLabel(label).fill(name);
  await page.getByLabel(label).press("Enter");
  await page.getByRole("status").first().waitFor();
}

async function download(page, L) {
  await page.getByRole("link", { name: L.overview, exact: true }).first().click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: L.download }).click()]);
  return { name: file.suggestedFilename(), buffer: readFileSync(await file.path()) };
}

async function addCard(page, placeholder, text) {
  const adapt = page.locator("section.domain").last();
  await adapt.getByPlaceholder(placeholder).fill(text);
  await adapt.getByPlaceholder(placeholder).press("Enter");
  await cardEl(page, text).waitFor();
}

async function openBoard(page, L) {
  await page.getByRole("link", { name: L.step }).click();
  await page.locator("section.domain").first().waitFor();
}

/** The board as a person sees it, every card opened: each card's text, state and comments. */
const board = async (page) => {
  const folded = page.locator('button.card-more[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
  return page.locator("li.assessment-card").evaluateAll((cards) =>
    cards.map((c) => `${c.querySelector(".card-text").textContent} | ${c.className} | ${[...c.querySelectorAll(".comment, .comments li")].map((x) => x.textContent).join(";")}`).sort(),
  );
};

async function home(page, L) {
  await page.getByRole("link", { name: L.all }).first().click();
  await page.waitForSelector(".session-row");
}

async function handOutAndWork(L) {
  const fac = await openApp(env.browser, env.server.url, { lang: L.lang, viewport: PORTRAIT, hasTouch: true });
  await nameDevice(fac.page, L.deviceName, L.facName);
  await fac.page.getByRole("button", { name: L.newSession }).click();
  await fac.page.getByLabel(L.titleLabel).fill(L.title);
  await fac.page.getByRole("button", { name: L.create }).click();
  await fac.page.waitForSelector("h1.session-heading");
  await openBoard(fac.page, L);
  await fac.page.getByRole("button", { name: L.research, exact: true }).click();
  await addCard(fac.page, L.weakness, L.economy);
  await addCard(fac.page, L.weakness, L.youth);
  await fac.page.getByRole("link", { name: L.overview, exact: true }).first().click();
  await fac.page.getByRole("heading", { name: L.guide }).waitFor();
  await shot(fac.page, `70-hand-out-guide-${L.lang}`);
  assert.deepEqual(await axeFindings(fac.page, ".handout"), [], "the hand-out guide is accessible");
  const handout = await download(fac.page, L);

  const groups = [];
  for (const [n, name] of [[1, L.g1Name], [2, L.g2Name]]) {
    const g = await openApp(env.browser, env.server.url, { lang: L.lang, viewport: PORTRAIT, hasTouch: true });
    await nameDevice(g.page, L.deviceName, name);
    await g.page.getByTestId("import-input").setInputFiles({ name: handout.name, mimeType: "application/json", buffer: handout.buffer });
    await g.page.waitForSelector("h1.session-heading");
    await openBoard(g.page, L);
    await g.page.getByRole("button", { name: `${L.group} ${n}`, exact: true }).click();
    groups.push(g);
  }
  const [g1, g2] = groups;
  await addCard(g1.page, L.weakness, L.transport);
  await g1.page.getByRole("button", { name: L.plenary, exact: true }).click();
  await (await openCard(g1.page, L.youth)).getByRole("button", { name: L.reject }).click();
  await cardEl(g1.page, L.youth).getByText(L.rejected).waitFor();

  await addCard(g2.page, L.weakness, L.albanian);
  const economy = await openCard(g2.page, L.economy);
  await economy.getByPlaceholder(L.commentPh).fill(L.comment);
  await economy.getByRole("button", { name: L.commentBtn, exact: true }).click();
  await economy.getByText(L.comment).waitFor();
  await g2.page.getByRole("button", { name: L.plenary, exact: true }).click();
  // Group 2's tablet marks as key the card group 1's tablet rejected: a conflict.
  await g2.page.waitForTimeout(20);
  await (await openCard(g2.page, L.youth)).getByRole("button", { name: L.key }).click();
  await cardEl(g2.page, L.youth).locator(".card-text", { hasText: "★" }).waitFor();
  const files = [await download(g1.page, L), await download(g2.page, L)];
  await g1.context.close();
  await g2.context.close();
  return { fac, handout, files };
}

const asUpload = (f, name) => ({ name, mimeType: "application/json", buffer: f.buffer });

async function mergeJourney(L) {
  const { fac, handout, files } = await handOutAndWork(L);
  const page = fac.page;
  await home(page, L);

  // Cancel leaves every saved byte as it was.
  assert.deepEqual(await axeFindings(page, "form.device-name"), [], "the device name field is accessible");
  const before = await storageSnapshot(page);
  await page.getByTestId("import-input").setInputFiles([asUpload(files[0], "g1.json"), asUpload(files[1], "g2.json")]);
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const parts = dialog.getByTestId("merge-file");
  assert.equal(await parts.count(), 2);
  const first = await parts.nth(0).textContent();
  const second = await parts.nth(1).textContent();
  assert.match(first, L.fromG1);
  assert.match(first, L.g1Counts);
  assert.match(second, L.fromG2);
  assert.match(second, L.g2Counts);
  assert.match(second, L.oneConflict);
  const conflict = dialog.getByTestId("conflict");
  assert.equal(await conflict.count(), 1);
  assert.match(await conflict.textContent(), new RegExp(L.g1Name));
  assert.match(await conflict.textContent(), new RegExp(L.g2Name));
  // The two versions differ in state, not words: each side says which.
  assert.match(await conflict.locator(".conflict-side").nth(0).textContent(), new RegExp(`${L.youth} \\(★ ${L.key.slice(2)}\\)`));
  assert.match(await conflict.locator(".conflict-side").nth(1).textContent(), new RegExp(`${L.youth} \\(${L.rejected}\\)`));
  assert.equal(await conflict.getByRole("radio", { name: new RegExp(L.keepLater) }).isChecked(), true, "the later is preselected");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "merge-confirm", "Merge is preselected");
  await shot(page, `71-merge-preview-${L.lang}`);
  assert.deepEqual(await axeFindings(page, ".merge-dialog"), [], "the merge preview is accessible");
  await dialog.getByRole("button", { name: L.cancel }).click();
  assert.deepEqual(await storageSnapshot(page), before, "Cancel leaves storage byte-identical");

  // Merge both at once, choosing group 1's version of the conflicting card.
  await page.getByTestId("import-input").setInputFiles([asUpload(files[0], "g1.json"), asUpload(files[1], "g2.json")]);
  await dialog.waitFor();
  await dialog.getByTestId("conflict").getByRole("radio", { name: new RegExp(L.useOther) }).check();
  await dialog.getByTestId("merge-confirm").click();
  await page.waitForSelector("h1.session-heading");
  await openBoard(page, L);
  for (const text of [L.economy, L.youth, L.transport, L.albanian]) await cardEl(page, text).waitFor();
  await cardEl(page, L.youth).getByText(L.rejected).waitFor();
  assert.doesNotMatch(await cardEl(page, L.youth).locator(".card-text").textContent(), /★/, "the other version was used");
  assert.match(await (await openCard(page, L.economy)).textContent(), new RegExp(L.comment));
  await shot(page, `72-merged-board-${L.lang}`);
  const merged = await board(page);
  await page.reload();
  await page.locator("li.assessment-card").first().waitFor();
  assert.deepEqual(await board(page), merged, "the merge survives a reload");

  // Merging the same file again changes nothing.
  await home(page, L);
  const settled = await storageSnapshot(page);
  await page.getByTestId("import-input").setInputFiles(asUpload(files[1], "g2.json"));
  await dialog.waitFor();
  assert.match(await dialog.textContent(), L.nothingNew);
  await dialog.getByRole("button", { name: L.cancel }).click();
  assert.deepEqual(await storageSnapshot(page), settled);

  // Another facilitator's tablet merges the files one by one, in the other order: same board.
  const other = await openApp(env.browser, env.server.url, { lang: L.lang, viewport: PORTRAIT });
  await other.page.getByTestId("import-input").setInputFiles(asUpload(handout, "handout.json"));
  await other.page.waitForSelector("h1.session-heading");
  for (const f of [files[1], files[0]]) {
    await home(other.page, L);
    await other.page.getByTestId("import-input").setInputFiles(asUpload(f, "group.json"));
    const d = other.page.getByRole("dialog");
    await d.waitFor();
    if (f === files[0]) {
      // Here group 2's version is the one this tablet has; group 1's is "the other".
      await d.getByTestId("conflict").getByRole("radio", { name: new RegExp(L.useOther) }).check();
    }
    await d.getByTestId("merge-confirm").click();
    await other.page.waitForSelector("h1.session-heading");
  }
  await openBoard(other.page, L);
  await cardEl(other.page, L.albanian).waitFor();
  assert.deepEqual(await board(other.page), merged, "either order, the same board");
  await other.context.close();
  assert.deepEqual(fac.errors, []);
  await fac.context.close();
}

const EN = {
  lang: "en", title: "Velenje 2027", newSession: "New session", titleLabel: "Title", create: "Create", overview: "Session", download: "Download the file", all: "All sessions",
  step: "Workshop 1: assessment", research: "research team", group: "Group", plenary: "plenary",
  weakness: "New weakness", reject: "Reject", rejected: "rejected", key: "★ Key",
  commentPh: "Comment or reason", commentBtn: "Comment", comment: "Two firms, 80 % of jobs",
  deviceName: /This device's name/, facName: "Facilitator's laptop", g1Name: "Group 1's tablet", g2Name: "Group 2's tablet",
  guide: "Hand out to the groups' tablets and merge back",
  economy: "Economy depends on two companies", youth: "Educated young people leave", transport: "Transport relies on the car",
  albanian: "The Albanian community is closed",
  fromG1: /From “Group 1's tablet”/, fromG2: /From “Group 2's tablet”/,
  g1Counts: /Cards — new: 1, changed: 1/, g2Counts: /Cards — new: 1, changed: 2/, oneConflict: /conflicts\): 1/,
  keepLater: "Keep the later", useOther: "Use the other", cancel: "Cancel", nothingNew: /This file brings nothing new/,
};
const SL = {
  lang: "sl", title: "Velenje 2027", newSession: "Nov proces", titleLabel: "Naslov", create: "Ustvari", overview: "Proces", download: "Prenesi datoteko", all: "Vsi procesi",
  step: "1. delavnica: ocena", research: "raziskovalna skupina", group: "Skupina", plenary: "plenarno",
  weakness: "Nova slabost", reject: "Zavrni", rejected: "zavrnjeno", key: "★ Ključno",
  commentPh: "Komentar ali razlog", commentBtn: "Komentiraj", comment: "Dve podjetji, 80 % delovnih mest",
  deviceName: /Ime te naprave/, facName: "Prenosnik moderatorke", g1Name: "Tablica 1. skupine", g2Name: "Tablica 2. skupine",
  guide: "Razdelite tablicam skupin in združite nazaj",
  economy: "Gospodarstvo je odvisno od dveh podjetij", youth: "Izobraženi mladi odhajajo", transport: "Promet temelji na avtomobilu",
  albanian: "Albanska skupnost je zaprta",
  fromG1: /Iz naprave »Tablica 1\. skupine«/, fromG2: /Iz naprave »Tablica 2\. skupine«/,
  g1Counts: /Kartice — novo: 1, spremenjeno: 1/, g2Counts: /Kartice — novo: 1, spremenjeno: 2/, oneConflict: /konflikti\): 1/,
  keepLater: "Obdrži poznejšo", useOther: "Uporabi drugo", cancel: "Prekliči", nothingNew: /Ta datoteka ne prinaša nič novega/,
};

test("two group tablets' files merge into the facilitator's session, in either order", () => mergeJourney(EN));
test("the same merge in Slovene", () => mergeJourney(SL));

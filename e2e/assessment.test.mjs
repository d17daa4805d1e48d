// Workshop 1: two groups add cards, the plenary merges duplicates, accepts and rejects, marks key
// items and rates; the summary table shows them; key weaknesses become problems; reload keeps it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, shot, createSession, setup, openStep } from "./helpers.mjs";

const env = setup();

const domain = (page, name) => page.locator("section.domain", { has: page.getByRole("heading", { name, exact: true }) });
const cardEl = (page, text) => page.locator("li.assessment-card", { has: page.locator(".card-text", { hasText: text }) });
/** Opens a card's comments and controls (folded until asked for); returns the card. */
const openCard = async (page, text) => {
  const card = cardEl(page, text);
  const more = card.locator("button.card-more");
  if ((await more.getAttribute("aria-expanded")) === "false") await more.click();
  return card;
};

async function addCard(scope, placeholder, text) {
  const input = scope.getByPlaceholder(placeholder);
  await input.fill(text);
  await input.press("Enter");
  await scope.locator("li.assessment-card .card-text", { hasText: text }).first().waitFor();
}

async function journey(L) {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: L.lang });
  await page.getByRole("button", { name: L.newSession }).click();
  await page.getByLabel(L.title).fill("Ocena");
  await page.getByRole("button", { name: L.create }).click();
  await page.waitForSelector("h1.session-heading");
  await page.getByRole("link", { name: L.step }).click();
  const adapt = domain(page, L.adapt);

  await page.getByRole("button", { name: L.g1, exact: true }).click();
  await addCard(adapt, L.weakness, "Economy depends on two companies");
  await addCard(adapt, L.strength, "Creative young people");
  await page.getByRole("button", { name: L.g2, exact: true }).click();
  await addCard(adapt, L.weakness, "Two big firms carry the whole economy");
  await addCard(adapt, L.weakness, "<img src=x onerror=alert(1)>");
  // Group 2 challenges group 1's strength.
  const creative = await openCard(page, "Creative young people");
  await creative.getByPlaceholder(L.commentPh).fill("Only some of them");
  await creative.getByRole("button", { name: L.challenge }).click();
  await creative.getByText(L.challenged).waitFor();
  assert.equal(await page.locator("li.assessment-card img").count(), 0, "markup is shown as text");
  // An empty card is refused with a message; nothing is added.
  const before = await page.locator("li.assessment-card").count();
  await adapt.getByPlaceholder(L.strength).fill("   ");
  await adapt.getByPlaceholder(L.strength).press("Enter");
  await page.getByRole("alert").filter({ hasText: L.empty }).waitFor();
  assert.equal(await page.locator("li.assessment-card").count(), before);
  await shot(page, `23-assessment-groups-${L.lang}`);

  // Plenary: merge the duplicates with a chosen wording, reject the challenged card, key items.
  await page.getByRole("button", { name: L.plenary, exact: true }).click();
  // Cards read folded: the text and who said it, with the comments counted, no fields.
  assert.equal(await cardEl(page, "Two big firms carry the whole economy").locator("input, .comments").count(), 0);
  assert.match(await cardEl(page, "Creative young people").locator("button.card-more").textContent(), /\(1\)$/);
  const dup = await openCard(page, "Two big firms carry the whole economy");
  await dup.getByRole("button", { name: L.mergeWith }).click();
  await page.getByLabel(`${L.mergeWith}: Two big firms carry the whole economy`).selectOption({ label: "Economy depends on two companies" });
  await dup.getByLabel(L.wording).fill("Bipolar economy: two large companies");
  await dup.getByRole("button", { name: L.merge, exact: true }).click();
  const merged = cardEl(page, "Bipolar economy: two large companies");
  await merged.waitFor();
  assert.match(await merged.textContent(), L.also);
  await openCard(page, "Bipolar economy: two large companies");
  await merged.getByRole("button", { name: L.key }).click();
  await (await openCard(page, "Creative young people")).getByRole("button", { name: L.reject }).click();
  await cardEl(page, "Creative young people").getByText(L.rejected).waitFor();
  const markup = await openCard(page, "<img src=x onerror=alert(1)>");
  await markup.getByRole("button", { name: L.reject }).click();
  await page.getByLabel(L.rating).selectOption("2");
  await page.getByLabel(L.verdict).fill("High social sustainability; weakest in adaptability.");
  await page.getByLabel(L.verdict).press("Tab");

  // The board is long: a jump goes straight to the summary, and the keyboard follows.
  await page.locator(".jump").getByRole("button").first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "summary-heading");
  const summary = page.locator("table.summary-table");
  const row = summary.locator("tr", { hasText: L.adapt });
  assert.match(await row.textContent(), /Bipolar economy: two large companies/);
  assert.doesNotMatch(await row.textContent(), /Creative young people/, "a rejected card is not key");
  await shot(page, `24-assessment-plenary-${L.lang}`);
  // The research team notes its evidence.
  await page.getByRole("button", { name: L.research, exact: true }).click();
  await merged.getByRole("button", { name: L.statistics }).click();
  await merged.getByText(L.evidence).waitFor();
  await page.getByRole("button", { name: L.plenary, exact: true }).click();
  // Printed, only the summary and the problems remain.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("section.domain").first().isVisible(), false);
  assert.equal(await page.locator("table.summary-table").isVisible(), true);
  await shot(page, `24b-summary-print-${L.lang}`);
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: L.toProblems }).click();
  const problems = page.locator("ol.problems li");
  await problems.first().waitFor();
  // A problem's text wraps in a field named by its number, not "New problem".
  assert.equal(await problems.first().locator("textarea").inputValue(), "Bipolar economy: two large companies");
  assert.equal(await problems.first().locator("textarea").getAttribute("aria-label"), `${L.problem} 1`);
  assert.match(await problems.first().textContent(), L.from);
  await page.getByPlaceholder(L.newProblem).fill("Typed problem");
  await page.getByPlaceholder(L.newProblem).press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("ol.problems li").length === 2);
  // Editing a problem: Enter saves (no line break in a one-line text), a pasted break becomes a space.
  const second = problems.nth(1).locator("textarea");
  await second.fill("Typed\nproblem, worded");
  await second.press("Enter");
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes("Typed problem, worded")));

  await page.reload();
  await page.waitForSelector("ol.problems li");
  assert.equal(await page.locator("ol.problems li").count(), 2);
  assert.equal(await page.locator("ol.problems li textarea").nth(1).inputValue(), "Typed problem, worded");
  assert.match(await page.locator("table.summary-table").textContent(), /Bipolar economy/);
  assert.equal(await page.getByLabel(L.rating).inputValue(), "2");
  assert.equal(await page.getByLabel(L.verdict).inputValue(), "High social sustainability; weakest in adaptability.");
  assert.deepEqual(errors, []);
  await context.close();
}

const EN = {
  lang: "en", newSession: "New session", title: "Title", create: "Create", step: "Workshop 1: assessment",
  adapt: "Adaptability & resilience", g1: "Group 1", g2: "Group 2", strength: "New strength", weakness: "New weakness",
  commentPh: "Comment or reason", challenge: "Challenge", challenged: "challenged – for the plenary",
  empty: "The text cannot be empty.", plenary: "plenary", mergeWith: "Merge with…", wording: "Wording of the merged card",
  merge: "Merge", also: /Group 1 · also Group 2/, key: "★ Key", reject: "Reject", rejected: "rejected",
  rating: "Rating (1–5): Adaptability & resilience", verdict: "Overall verdict on social sustainability",
  research: "research team", statistics: "statistics", evidence: "Evidence: statistics",
  toProblems: "Turn the key weaknesses into problems (1)", from: /from the weakness · Adaptability & resilience/,
  newProblem: "New problem",
  problem: "Problem",
};
const SL = {
  lang: "sl", newSession: "Nov proces", title: "Naslov", create: "Ustvari", step: "1. delavnica: ocena",
  adapt: "Prilagodljivost in prožnost", g1: "Skupina 1", g2: "Skupina 2", strength: "Nova prednost", weakness: "Nova slabost",
  commentPh: "Komentar ali razlog", challenge: "Oporekaj", challenged: "sporno – za plenarno razpravo",
  empty: "Besedilo ne sme biti prazno.", plenary: "plenarno", mergeWith: "Združi z …", wording: "Besedilo združene kartice",
  merge: "Združi", also: /Skupina 1 · tudi Skupina 2/, key: "★ Ključno", reject: "Zavrni", rejected: "zavrnjeno",
  rating: "Ocena (1–5): Prilagodljivost in prožnost", verdict: "Skupna ocena družbene trajnostnosti",
  research: "raziskovalna skupina", statistics: "statistika", evidence: "Viri: statistika",
  toProblems: "Ključne slabosti spremeni v probleme (1)", from: /iz slabosti · Prilagodljivost in prožnost/,
  newProblem: "Nov problem",
  problem: "Problem",
};

test("groups add cards, the plenary consolidates, weaknesses become problems", () => journey(EN));
test("the same journey in Slovene", () => journey(SL));

test("the Velenje example's table 1 and problems, in Slovene", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "1. delavnica: ocena" }));
  const rows = page.locator("table.summary-table tbody tr");
  assert.equal(await rows.count(), 4);
  assert.match(await rows.nth(3).textContent(), /bipolarno in ranljivo gospodarstvo/);
  assert.match(await rows.nth(3).textContent(), /velik potencial turizma/);
  assert.equal(await page.locator("ol.problems li").count(), 10);
  await page.locator("table.summary-table").scrollIntoViewIfNeeded();
  await shot(page, "25-velenje-assessment-sl");
  await context.close();
});

test("two hundred cards in one domain stay usable", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Veliko kartic" });
  await openStep(page, page.getByRole("link", { name: "Workshop 1: assessment" }));
  const voice = domain(page, "Voice & influence");
  const input = voice.getByPlaceholder("New strength");
  for (let i = 1; i <= 200; i++) {
    await input.fill(`Card number ${i} ${"with a longer text ".repeat(i % 5)}`);
    await input.press("Enter");
  }
  await page.waitForFunction(() => document.querySelectorAll("section.domain li.assessment-card").length === 200);
  // Over-long text cannot be typed past the limit.
  await input.fill("x".repeat(400));
  assert.equal((await input.inputValue()).length, 300);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll("section.domain li.assessment-card").length === 200);
  await context.close();
});

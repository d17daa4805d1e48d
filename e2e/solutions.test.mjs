// Workshop 3: worksheets filled by touch on a portrait tablet, ideas linked to a strength and an
// innovation, rated and picked in the plenary, the map of problems to ideas drawn, downloaded
// and printed, reload keeps everything; the Velenje example in Slovene; 6 problems × 5 ideas
// with long titles on the map without overlaps or cuts; the paper's ranking direction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, shot, createSession, setup, axeFindings, SHOTS, openStep } from "./helpers.mjs";

const env = setup();
const PORTRAIT = { viewport: { width: 768, height: 1024 }, hasTouch: true };

const sheet = (page, problem) => page.locator("article.worksheet", { has: page.getByRole("heading", { name: problem }) });

/** Types into a field and leaves it, as a participant does (the app saves on leaving). */
async function write(field, text) {
  await field.tap();
  await field.fill(text);
  await field.blur();
}

async function typeProblem(page, text) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Start the worksheet" }) });
  await form.getByLabel("… or type a new problem").fill(text);
  await form.getByRole("button", { name: "Start the worksheet" }).tap();
  await sheet(page, text).waitFor();
}

async function addIdea(ws, title) {
  await ws.getByLabel("Title of a new idea").fill(title);
  await ws.getByRole("button", { name: "Add the idea" }).tap();
  await ws.locator(`article.idea[aria-label="${title}"]`).waitFor();
}

/** Checks that every line of every box of the map lies inside its box and no two boxes of a
 * column overlap; returns the boxes' texts. */
async function checkMap(page) {
  return page.locator("svg.problem-map").evaluate((svg) => {
    const problems = [];
    const columns = {};
    for (const g of svg.querySelectorAll("g")) {
      const rect = g.querySelector("rect").getBBox();
      for (const t of g.querySelectorAll("tspan")) {
        const b = t.getBBox();
        if (b.x < rect.x || b.x + b.width > rect.x + rect.width + 0.5 || b.y < rect.y || b.y + b.height > rect.y + rect.height + 0.5) {
          problems.push(`“${t.textContent}” leaves its box`);
        }
      }
      (columns[g.getAttribute("class")] ??= []).push(rect);
    }
    for (const [name, rects] of Object.entries(columns)) {
      rects.sort((a, b) => a.y - b.y);
      for (let i = 1; i < rects.length; i++) {
        if (rects[i].y < rects[i - 1].y + rects[i - 1].height) problems.push(`${name} ${i} overlaps the one above`);
      }
    }
    const texts = [...svg.querySelectorAll("g")].map((g) => [...g.querySelectorAll("tspan")].map((t) => t.textContent).join(" "));
    return { problems, texts, width: svg.viewBox.baseVal.width };
  });
}

test("workshop 3 on a portrait tablet by touch: worksheets, ideas, links, plenary, map, reload", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, PORTRAIT);
  await createSession(page, { title: "Delavnica 3", town: "Trbovlje" });
  // Something to build on: a strength from workshop 1 and an innovation from workshop 2.
  await openStep(page, page.getByRole("link", { name: "Workshop 1: assessment" }), { tap: true });
  const adapt = page.locator("section.domain", { has: page.getByRole("heading", { name: "Adaptability & resilience", exact: true }) });
  await adapt.getByPlaceholder("New strength").fill("Skilled older workers");
  await adapt.getByPlaceholder("New strength").press("Enter");
  await adapt.locator("li.assessment-card .card-text", { hasText: "Skilled older workers" }).waitFor();
  await openStep(page, page.getByRole("link", { name: "Workshop 2: innovations" }), { tap: true });
  await page.getByRole("button", { name: "Paste a list" }).tap();
  await page.locator(".add-innovations textarea").fill("Youth centre; new practice; 1996");
  await page.getByRole("button", { name: "Add all" }).tap();
  await page.waitForFunction(() => document.querySelectorAll("table.innovations tbody tr").length === 1);

  // Six people at workshop 3, in two groups.
  await openStep(page, page.getByRole("link", { name: "Participants", exact: true }), { tap: true });
  if ((await page.locator("textarea").count()) === 0) await page.getByRole("button", { name: "Paste a list" }).tap();
  await page.locator("textarea").fill(["Ana; business", "Bor; civil society", "Cvet; local government", "Dan", "Eva; business", "Fran"].join("\n"));
  await page.getByRole("button", { name: "Add all" }).tap();
  for (const name of ["Ana", "Bor", "Cvet", "Dan", "Eva", "Fran"]) await page.getByRole("button", { name: `Workshop 3 – ${name}` }).tap();
  await page.locator("section", { has: page.getByRole("heading", { name: "Groups" }) }).getByRole("button", { name: "Workshop 3", exact: true }).tap();
  await page.getByLabel("Number of groups").fill("2");
  await page.getByRole("button", { name: "Make groups" }).tap();
  await page.waitForSelector(".group");

  await openStep(page, page.getByRole("link", { name: "Workshop 3: solutions" }), { tap: true });
  await page.getByText("No problems have been chosen in workshop 2 yet").waitFor();
  await typeProblem(page, "Young graduates move away");
  await typeProblem(page, "The economy rests on two companies");
  const young = sheet(page, "Young graduates move away");
  // The facilitator gives the worksheet to group 2.
  await young.getByLabel("Group", { exact: true }).selectOption({ label: "Group 2" });
  await page.waitForFunction(() => document.querySelector("article.worksheet select").value === "1");
  await write(young.getByLabel("The core of the problem, in the group’s words"), "Graduates find no suitable jobs at home");
  await write(young.getByLabel("Causes"), "Too few jobs; schools and firms hardly cooperate");
  await addIdea(young, "Mentoring scheme");
  await addIdea(young, "Graduate traineeships");
  // Reorder: the second idea moves up.
  await young.locator("article.idea").nth(1).getByRole("button", { name: "Move up" }).tap();
  await page.waitForFunction(() => document.querySelector("article.worksheet article.idea input.idea-title").value === "Graduate traineeships");
  const mentoring = young.locator('article.idea[aria-label="Mentoring scheme"]');
  await write(mentoring.getByLabel("Who benefits"), "young people who stay");
  await mentoring.getByRole("button", { name: "business" }).tap();
  await page.waitForFunction(() => [...document.querySelectorAll("article.idea button[aria-pressed=true]")].some((b) => b.textContent === "business"));
  // Links: a strength and an innovation, picked from lists by tap.
  const picker = mentoring.locator(".basis-picker");
  await picker.locator("summary").tap();
  await picker.getByLabel("Adaptability & resilience – Skilled older workers").tap();
  await picker.locator(".chip", { hasText: "Skilled older workers" }).waitFor();
  await picker.getByLabel("Youth centre").tap();
  await picker.locator(".chip", { hasText: "Youth centre" }).waitFor();
  await mentoring.getByLabel("Status of the idea").selectOption("feasibility");
  const economy = sheet(page, "The economy rests on two companies");
  await addIdea(economy, "Fish farm on the lakes");
  await write(economy.locator("article.idea").getByLabel("Alternatives considered and set aside"), "Tourism, judged unrealistic");
  await young.screenshot({ path: `${SHOTS}80-worksheet-portrait-en.png` });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "nothing wider than the portrait tablet");

  // The plenary: rate and pick one idea per problem.
  const plenary = page.locator("section", { has: page.getByRole("heading", { name: "Plenary: all ideas" }) });
  const card = (title) => plenary.locator("li.plenary-idea", { hasText: title });
  await card("Mentoring scheme").getByLabel("Impact").selectOption("5");
  await card("Mentoring scheme").getByLabel("Feasibility").selectOption("3");
  await card("Mentoring scheme").getByRole("button", { name: "Take forward" }).tap();
  await card("Fish farm on the lakes").getByRole("button", { name: "Take forward" }).tap();
  await page.waitForFunction(() => document.querySelectorAll("li.plenary-idea.picked").length === 2);
  await plenary.screenshot({ path: `${SHOTS}81-plenary-portrait-en.png` });

  // The map: problems (as their core where worded), arrows to ideas, what they build on.
  const map = page.locator("svg.problem-map");
  await map.scrollIntoViewIfNeeded();
  const drawn = await checkMap(page);
  assert.deepEqual(drawn.problems, []);
  for (const t of ["Graduates find no suitable jobs at home", "Mentoring scheme", "Graduate traineeships", "Fish farm on the lakes", "Skilled older workers", "Youth centre"]) {
    assert.ok(drawn.texts.some((x) => x.includes(t)), `${t} on the map: ${drawn.texts.join(" | ")}`);
  }
  assert.equal(await map.locator("path[marker-end]").count(), 3, "one arrow per idea");
  assert.equal(await map.locator("g.map-idea rect[stroke-width='3']").count(), 2, "picked ideas stand out");
  await page.locator(".map-section").screenshot({ path: `${SHOTS}82-map-en.png` });
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".map-section").getByRole("button", { name: "Download SVG" }).tap()]);
  assert.equal(download.suggestedFilename(), "problem-idea-map.svg");
  const svg = readFileSync(await download.path(), "utf8");
  assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const t of ["Mentoring scheme", "Fish farm on the lakes", "Graduate traineeships"]) assert.ok(svg.includes(t), t);
  // A standalone SVG: it parses as XML on its own.
  const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, "image/svg+xml").getElementsByTagName("parsererror").length, svg);
  assert.equal(parsed, 0);
  // Printed: the map and the worksheets' texts, none of the controls; as a PDF.
  await page.emulateMedia({ media: "print" });
  assert.equal(await map.isVisible(), true);
  assert.equal(await page.locator(".map-section").getByRole("button", { name: "Download SVG" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Add the idea" }).first().isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, "the page prints");

  assert.deepEqual(await axeFindings(page, "main"), []);

  // Reload: everything is still there.
  await page.reload();
  await page.waitForSelector("article.worksheet");
  assert.equal(await young.getByLabel("The core of the problem, in the group’s words").inputValue(), "Graduates find no suitable jobs at home");
  assert.equal(await mentoring.getByLabel("Who benefits").inputValue(), "young people who stay");
  assert.equal(await young.getByLabel("Group", { exact: true }).inputValue(), "1");
  assert.equal(await mentoring.getByLabel("Status of the idea").inputValue(), "feasibility");
  assert.equal(await mentoring.locator(".chip").count(), 2);
  assert.equal(await page.locator("li.plenary-idea.picked").count(), 2);
  assert.equal(await card("Mentoring scheme").getByLabel("Impact").inputValue(), "5");
  assert.deepEqual(await young.locator("input.idea-title").evaluateAll((i) => i.map((x) => x.value)), ["Graduate traineeships", "Mentoring scheme"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Velenje example's workshop 3 in Slovene: the paper's three ideas, and starting again from the chosen problems", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl", ...PORTRAIT });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).tap();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "3. delavnica: rešitve" }), { tap: true });
  await page.waitForSelector("article.worksheet");
  assert.equal(await page.locator("article.worksheet").count(), 3);
  const drawn = await checkMap(page);
  assert.deepEqual(drawn.problems, []);
  for (const t of ["Ribogojnica na območju jezer", "Krepitev in profesionalizacija nevladnega sektorja", "Mentorska shema", "možni socialni problemi", "razvito prostovoljstvo (MC Udarnik)"]) {
    assert.ok(drawn.texts.some((x) => x.includes(t)), `${t}: ${drawn.texts.join(" | ")}`);
  }
  await page.locator(".map-section").screenshot({ path: `${SHOTS}83-velenje-map-sl.png` });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "nothing wider than the portrait tablet");
  // Remove the third worksheet (asked first), then start it again from the chosen problems.
  const third = sheet(page, /izseljevanje izobraženih mladih/);
  await third.getByRole("button", { name: "Odstrani delovni list" }).tap();
  await page.getByRole("dialog").getByRole("button", { name: "Odstrani" }).tap();
  await page.waitForFunction(() => document.querySelectorAll("article.worksheet").length === 2);
  await page.getByRole("button", { name: "Začni delovne liste za izbrane probleme" }).tap();
  await page.waitForFunction(() => document.querySelectorAll("article.worksheet").length === 3);
  const fresh = sheet(page, /izseljevanje izobraženih mladih/);
  await write(fresh.getByLabel("Srž problema – z besedami skupine"), "beg možganov");
  await fresh.getByLabel("Naslov nove ideje").fill("Mentorska shema za mlade");
  await fresh.getByRole("button", { name: "Dodaj idejo" }).tap();
  await fresh.locator('article.idea[aria-label="Mentorska shema za mlade"]').waitFor();
  assert.match(await page.locator("svg.problem-map").textContent(), /beg možganov/);
  await fresh.screenshot({ path: `${SHOTS}84-velenje-worksheet-sl.png` });
  assert.deepEqual(await axeFindings(page, "main"), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A version 5 session file: six problems, each with a worksheet and five ideas with long titles. */
function sixByFive() {
  const meta = (id, t) => ({ id, device: "tab-1", changed: 1_780_000_000_000 + t, created: 1_780_000_000_000 + t });
  const long = "Vzpostavitev medgeneracijskega mentorskega programa za zaposlovanje nadpovprečnoizobraženih mladih diplomantov";
  const session = {
    id: "map-6x5", created: 1_780_000_000_000, info: { meta: meta("map-6x5", 0), title: "Zemljevid 6 × 5", town: "Velenje", date: "", content_lang: "sl" },
    problems: [], worksheets: [], ideas: [],
  };
  for (let p = 1; p <= 6; p++) {
    session.problems.push({ meta: meta(`p${p}`, p), text: `problem ${p}` });
    session.worksheets.push({ meta: meta(`w${p}`, 10 + p), problem: `p${p}`, core: `${long} ${p}` });
    for (let k = 1; k <= 5; k++) {
      const t = 100 + p * 10 + k;
      session.ideas.push({ meta: meta(`i${p}${k}`, t), worksheet: `w${p}`, text: { title: `${long} ${p}.${k}` }, status: "concept", position: t });
    }
  }
  return { format: "delavnica-session", version: 5, app: "0.1.0", exported_at: 1_780_000_001_000, device: "tab-1", session };
}

test("on a phone the worksheets fit the screen and the map scrolls in its own frame", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl", viewport: { width: 390, height: 844 }, hasTouch: true });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).tap();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "3. delavnica: rešitve" }), { tap: true });
  await page.waitForSelector("article.worksheet");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "nothing wider than the phone");
  const frame = page.locator(".map-wrap .scroll-box");
  assert.ok(await frame.evaluate((f) => f.scrollWidth > f.clientWidth), "the map keeps a readable size and scrolls");
  assert.deepEqual(errors, []);
  await context.close();
});

test("6 problems × 5 ideas with long Slovene titles: no box overlaps, no label is cut", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByTestId("import-input").setInputFiles({ name: "map.delavnica.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(sixByFive())) });
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "3. delavnica: rešitve" }));
  await page.waitForSelector("svg.problem-map");
  const drawn = await checkMap(page);
  assert.deepEqual(drawn.problems, []);
  assert.equal(drawn.texts.length, 36);
  for (let p = 1; p <= 6; p++) {
    for (let k = 1; k <= 5; k++) {
      const words = drawn.texts.find((t) => t.endsWith(` ${p}.${k}`));
      assert.ok(words, `idea ${p}.${k} on the map`);
      assert.equal(words.replace(/- /g, ""), `Vzpostavitev medgeneracijskega mentorskega programa za zaposlovanje nadpovprečnoizobraženih mladih diplomantov ${p}.${k}`);
    }
  }
  await page.locator(".map-section").screenshot({ path: `${SHOTS}85-map-6x5-sl.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a round can list the least important first, as the Velenje participants ranked", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Smer" });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: ranking" }));
  await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator("textarea").fill("Alpha problem\nBeta problem\nGamma problem");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByText("Open a round").first().click();
  await page.getByLabel("Who votes").selectOption("plenary");
  await page.getByRole("button", { name: "Open a round" }).click();
  await page.getByTestId("round-panel").waitFor();
  await page.getByTestId("direction-setting").selectOption("least");
  // A paper ballot numbered the paper's way: 1 is the least important.
  await page.getByRole("button", { name: "Type in a paper ballot" }).click();
  assert.match(await page.locator("form.scribe .direction").textContent(), /from the LEAST important \(top\) to the MOST important/);
  const places = page.locator(".place-input");
  for (const [i, v] of [[0, "1"], [1, "2"], [2, "3"]]) await places.nth(i).fill(v);
  await page.getByRole("button", { name: "Save the ballot" }).click();
  await page.waitForFunction(() => /1 ballot/.test(document.querySelector("[data-testid=who-voted] h3").textContent));
  // Stored most important first: Gamma (numbered 3) leads the consensus.
  const rows = await page.getByTestId("consensus").locator("tbody tr td:nth-child(2)").allTextContents();
  assert.deepEqual(rows, ["Gamma problem", "Beta problem", "Alpha problem"]);
  const stored = await page.evaluate(() => Object.values(localStorage).find((v) => v.includes("Gamma problem")));
  const ballot = JSON.parse(stored).file.session.ballots[0];
  const text = (id) => JSON.parse(stored).file.session.problems.find((p) => p.meta.id === id).text;
  assert.deepEqual(ballot.tiers.map((t) => text(t[0])), ["Gamma problem", "Beta problem", "Alpha problem"]);
  // The ballot screen says which way it goes.
  await page.getByRole("button", { name: "Vote on this device" }).click();
  await page.getByRole("button", { name: "The plenary's ballot" }).click();
  await page.getByTestId("direction").waitFor();
  assert.match(await page.getByTestId("direction").textContent(), /from the LEAST important \(top\) to the MOST important \(bottom\)/);
  await shot(page, "86-ballot-least-first-en");
  assert.deepEqual(errors, []);
  await context.close();
});

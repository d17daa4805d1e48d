// The report: the Velenje example's report in Slovene and English with the paper's data, printed
// to PDF (pages rendered and kept as images), each CSV downloaded and parsed back, the PrefLib
// files, the self-contained HTML opened with no network; the facilitator's own texts and left-out
// sections kept on reload; the projector view following a ballot cast in another tab.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { openApp, createSession, setup, axeFindings, pdfPages, SHOTS, openStep } from "./helpers.mjs";

const env = setup();

/** Parses a CSV as Excel does: BOM, `;`, CRLF, quotes. */
function readCsv(text) {
  assert.ok(text.startsWith("\ufeff"), "UTF-8 with a byte order mark");
  const rows = [];
  let row = [], cell = "", quoted = false;
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") { row.push(cell); cell = ""; }
    else if (c === "\r") { assert.equal(s[i + 1], "\n", "CRLF"); i++; row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (c === "\n") assert.fail("a bare LF");
    else cell += c;
  }
  return rows;
}

async function openReport(lang) {
  const { page, context, errors, requests } = await openApp(env.browser, env.server.url, { lang });
  await page.getByRole("button", { name: lang === "sl" ? "Odpri primer Velenje" : "Open the Velenje example" }).click();
  await page.waitForSelector("h1.session-heading");
  await page.getByRole("link", { name: lang === "sl" ? "Poročilo" : "Report", exact: true }).click();
  await page.waitForSelector(".report-document");
  return { page, context, errors, requests };
}

async function download(page, locator) {
  const [d] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), "utf8") };
}

for (const lang of ["sl", "en"]) {
  test(`the Velenje report (${lang}): every section with the paper's data, printed, in files`, async () => {
    const { page, context, errors } = await openReport(lang);
    const doc = page.locator(".report-document");
    // The document speaks the content language (Slovene), whatever the interface's.
    assert.equal(await doc.getAttribute("lang"), "sl");
    for (const h of ["Vsebina", "1. delavnica: ocena družbene trajnostnosti", "2. delavnica: lokalne družbene inovacije", "2. delavnica: razvrščanje razvojnih problemov", "Problemi za 3. delavnico", "3. delavnica: delovni listi in ideje", "Zemljevid problemov in idej"]) {
      assert.equal(await doc.getByRole("heading", { name: h, exact: true }).count(), 1, h);
    }
    assert.equal(await doc.locator(".table-1 li").count(), 25, "table 1's 25 items");
    assert.equal(await doc.locator(".table-2 tbody tr").count(), 21, "21 innovations");
    assert.deepEqual((await doc.locator(".report-chosen li").allTextContents()).map((t) => t.split(" (")[0]), [
      "bipolarno in ranljivo gospodarstvo: odvisnost od dveh večjih podjetij",
      "nejasna prihodnost po zaprtju premogovnika",
      "izseljevanje izobraženih mladih",
    ]);
    for (const idea of ["Ribogojnica na območju jezer", "Krepitev in profesionalizacija nevladnega sektorja", "Mentorska shema"]) {
      assert.equal(await doc.locator(".report-idea h4", { hasText: idea }).count(), 1, idea);
      assert.equal(await doc.locator("svg.problem-map tspan", { hasText: idea.split(" ")[0] }).count() >= 1, true, idea);
    }
    assert.equal(await doc.locator("article.report-block h3 .badge", { hasText: "Ponazoritveno" }).count(), 2, "both illustrative rounds labelled");
    assert.match(await doc.getByTestId("illustrative-participants").textContent(), /^Ponazoritveno/, "the example's participants labelled");
    assert.match(await doc.textContent(), /Kendallov W/);
    assert.deepEqual(await axeFindings(page, ".report-document"), []);

    // Printed as A4: the report alone, page numbers, pages looked at as images.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".report-controls").isVisible(), false);
    assert.equal(await page.locator("h1.session-heading").isVisible(), false);
    await page.emulateMedia({ media: "screen" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = await pdfPages(env.browser, pdf, `90-report-${lang}`);
    console.log(`report (${lang}): ${pages} A4 pages`);
    assert.ok(pages >= 8 && pages <= 30, `${pages} pages`);

    if (lang === "sl") {
      // One self-contained HTML file: opens with no request at all, no scripts, no buttons.
      const html = await download(page, page.locator(".report-controls").getByRole("button", { name: "Prenesi poročilo (HTML)" }));
      assert.match(html.name, /\.html$/);
      assert.doesNotMatch(html.text, /<script|<button/i);
      writeFileSync(`${SHOTS}90-report.html`, html.text);
      const viewer = await page.context().newPage();
      const requests = [];
      await viewer.route("**/*", (r) => { requests.push(r.request().url()); return r.abort(); });
      await viewer.setContent(html.text);
      assert.deepEqual(requests, []);
      assert.equal(await viewer.locator("svg.problem-map").count(), 1);
      assert.equal(await viewer.locator(".table-1 li").count(), 25);
      assert.match(await viewer.evaluate(() => getComputedStyle(document.querySelector(".report-table th")).borderTopStyle), /solid/);
      await viewer.screenshot({ path: `${SHOTS}91-report-html.png` });
      await viewer.close();
      // Every CSV parses back with its columns and Slovene letters; decimal commas.
      const controls = page.locator(".report-controls");
      const files = {};
      for (const stem of ["participants", "cards", "ratings", "innovations", "periods", "problems", "ballots", "results", "ideas"]) {
        const d = await download(page, controls.locator(`button[data-table=${stem}]`));
        assert.match(d.name, new RegExp(`-${stem}\\.csv$`));
        files[stem] = readCsv(d.text);
      }
      assert.deepEqual(files.cards[0], ["sklop", "prednost/slabost", "besedilo", "kdo jo je dodal", "odločitev", "ključna", "komentarji"]);
      assert.equal(files.cards.length, 26);
      assert.ok(files.cards.some((r) => r[2] === "»knapovska mentaliteta« (zaprtost, klientelizem, strah pred inteligenco)"));
      assert.equal(files.innovations.length, 22);
      assert.equal(files.innovations[1][1], "udarniško delo");
      assert.equal(files.innovations[20][0], "nova storitev/proizvod");
      assert.equal(files.ballots.length, 1 + 9 * 10);
      assert.ok(files.results.some((r) => /^\d+,\d+$/.test(r[5])), "a decimal comma");
      assert.equal(files.ideas.length, 4);
      assert.equal(files.ideas[3][1], "Mentorska shema");
      assert.equal(files.participants.length, 1 + 17, "the 17 illustrative participants");
      assert.equal(files.participants[1][0], "P1", "as codes: names only when asked for");
      // Chromium asks before an eleventh download from one page; a reload starts afresh.
      await page.reload();
      await page.waitForSelector(".report-document");
      const pref = await download(page, controls.locator("button[data-preflib='1']"));
      assert.match(pref.name, /-round-1\.toi$/);
      assert.match(pref.text, /# ALTERNATIVE NAME 7: bipolarno in ranljivo gospodarstvo/);

    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the facilitator's texts and left-out sections are kept; names only when asked", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Poročilo" });
  await openStep(page, page.getByRole("link", { name: "Participants", exact: true }));
  if ((await page.locator("textarea").count()) === 0) await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator("textarea").fill("Ana Novak; business\nBor Kos; civil society");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByRole("button", { name: "Workshop 1 – Ana Novak" }).click();
  await openStep(page, page.getByRole("link", { name: "Report", exact: true }));
  const doc = page.locator(".report-document");
  await doc.waitFor();
  assert.match(await doc.locator(".report-table").first().textContent(), /business1/);
  assert.doesNotMatch(await doc.textContent(), /Ana Novak/, "no names by default");
  const controls = page.locator(".report-controls");
  await controls.getByLabel("Show participants’ names").check();
  await doc.getByText("Ana Novak – business").waitFor();
  await controls.getByLabel("Your text for the section: Participants").fill("Two people came.");
  await controls.getByLabel("Your text for the section: Participants").blur();
  await controls.locator(".report-control", { hasText: "Workshop 1: the social sustainability assessment" }).getByRole("checkbox").uncheck();
  await controls.getByLabel("Facilitated by").fill("Ana in Bor");
  await controls.getByLabel("Facilitated by").blur();
  await page.reload();
  await doc.waitFor();
  assert.equal(await doc.locator(".report-note").first().textContent(), "Two people came.");
  assert.equal(await doc.getByRole("heading", { name: "Workshop 1: the social sustainability assessment" }).count(), 0);
  assert.match(await doc.locator(".report-cover").textContent(), /Ana in Bor/);
  assert.deepEqual(await axeFindings(page, "main"), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the projector view follows the facilitator's window and a ballot cast in another tab", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Projektor" });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: ranking" }));
  await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator("textarea").fill("Promet\nStanovanja\nMladi");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByText("Open a round").first().click();
  await page.getByLabel("Who votes").selectOption("plenary");
  await page.getByRole("button", { name: "Open a round" }).click();
  await page.getByTestId("round-panel").waitFor();
  const id = new URL(page.url()).hash.split("/")[2];
  // The projector: a second window on the same laptop.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${env.server.url}#/s/${id}/present`);
  await projector.waitForSelector(".presenter[data-step='/workshop-2-ranking']");
  assert.match(await projector.locator(".presenter").textContent(), /No ballots yet|Ni še glasovnic/);
  // A paper ballot typed in the facilitator's window appears on the projector.
  await page.getByRole("button", { name: "Type in a paper ballot" }).click();
  const places = page.locator(".place-input");
  for (const [i, v] of [[0, "3"], [1, "2"], [2, "1"]]) await places.nth(i).fill(v);
  await page.getByRole("button", { name: "Save the ballot" }).click();
  await projector.waitForFunction(() => document.querySelector("[data-testid=present-order]")?.textContent.startsWith("1Mladi"));
  assert.match(await projector.getByTestId("present-voted").textContent(), /Voting in progress · 1 of 1 have voted/);
  await projector.screenshot({ path: `${SHOTS}92-projector-ranking.png` });
  // The facilitator moves to workshop 3: the projector follows.
  await openStep(page, page.getByRole("link", { name: "Workshop 3: solutions" }));
  await projector.waitForSelector(".presenter[data-step='/workshop-3']");
  assert.equal(await projector.locator("button, input, select, textarea").count(), 0, "no controls");
  assert.deepEqual(errors, []);
  await context.close();
});

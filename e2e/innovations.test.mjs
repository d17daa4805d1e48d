// Workshop 2, part A: paste an inventory, fix a type, the table (sort, filter, counts), periods,
// the timeline (zoom, SVG download, 100 innovations without overlapping labels), deep dives and
// what worked; reload keeps everything; Slovene too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, shot, createSession, setup, openStep } from "./helpers.mjs";

const env = setup();

const TEN = [
  "Voluntary labour; new practice; 1945",
  "Self-contribution levy; new rules/regulations; 1970",
  "Urban gardening; new practice; 1974",
  "Environmental movement; new practice; 1987",
  "Children's festival; new service; 1989",
  "Youth club; new practice; 1996",
  "Incubator; new organisational form; 2007",
  "Free buses; new service; 2008",
  "Citizens' portal; new service/product; 2018",
  "Free rooms for associations; new practice; unknown",
].join("\n");

async function addPeriod(page, name, from, to) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add a period" }) });
  await form.getByLabel("Period", { exact: true }).fill(name);
  await form.getByLabel("From").fill(String(from));
  if (to) await form.getByLabel("To (empty: ongoing)").fill(String(to));
  await form.getByRole("button", { name: "Add a period" }).click();
  await page.locator(`.period-row[data-name="${name}"]`).waitFor();
}

test("inventory, periods, timeline, deep dives, reload", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Inovacije" });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: innovations" }));
  await page.getByText("No innovations yet").waitFor();
  await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator(".add-innovations textarea").fill("Bad one; recipe; 1990");
  await page.getByRole("button", { name: "Add all" }).click();
  await page.getByText("Line 1: “recipe” is not an innovation type or a year. Nothing was added.").waitFor();
  await page.locator(".add-innovations textarea").fill(TEN);
  await page.getByRole("button", { name: "Add all" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.innovations tbody tr").length === 10);
  assert.match(await page.locator("#inventory-heading").textContent(), /10 innovations/);

  // Fix one's type.
  // The table reads as words; "Edit" opens the row's form, where the type is fixed.
  assert.equal(await page.locator("table.innovations input, table.innovations select").count(), 0, "no fields in the read view");
  await page.getByRole("button", { name: "Edit: Environmental movement" }).click();
  await page.locator(".innovation-details").getByLabel("Type", { exact: true }).selectOption({ label: "new rules/regulations" });
  await page.waitForFunction(() => document.querySelector('table.innovations tr[data-name="Environmental movement"]').dataset.type === "rules");
  assert.match(await page.locator('table.innovations tr[data-name="Environmental movement"] td').first().textContent(), /new rules\/regulations/);
  await page.getByRole("button", { name: "Edit: Environmental movement" }).click();

  await addPeriod(page, "Socialism", 1945, 1990);
  await addPeriod(page, "Environmental crisis", 1980, 1989);
  await addPeriod(page, "After 2008", 2008, null);
  // Timeline: every known year on it, the unknown one beside it.
  const svg = page.locator(".timeline svg");
  for (const name of ["Voluntary labour", "Citizens' portal", "Environmental movement"]) {
    assert.ok(await svg.locator("text", { hasText: name }).count() === 1, name);
  }
  assert.match(await page.locator(".unknown-years").textContent(), /Free rooms for associations/);
  // Zoom to a period.
  await page.locator(".timeline").getByRole("button", { name: "Environmental crisis" }).click();
  await page.waitForFunction(() => !document.querySelector(".timeline svg").textContent.includes("Voluntary labour"));
  assert.equal(await svg.locator("text", { hasText: "Environmental movement" }).count(), 1);
  await page.locator(".timeline").getByRole("button", { name: "All", exact: true }).click();
  await shot(page, "26-innovations-en");
  // Printed: the timeline stays, the controls go.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".timeline svg").isVisible(), true);
  assert.equal(await page.locator(".add-innovations").isVisible(), false);
  assert.equal(await page.locator(".timeline .tabs").isVisible(), false);
  // The table prints as table 2: words in cells, no buttons.
  assert.equal(await page.locator("table.innovations").isVisible(), true);
  assert.equal(await page.locator("table.innovations .row-actions").first().isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  // Download the timeline as SVG.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download SVG" }).click()]);
  assert.equal(download.suggestedFilename(), "timeline.svg");
  const file = readFileSync(await download.path(), "utf8");
  assert.match(file, /^<\?xml/);
  assert.match(file, /<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(file, /Voluntary labour/);

  // Filter by period; sort by name; counts.
  await page.locator(".table-tools select").nth(1).selectOption({ label: "Environmental crisis" });
  await page.waitForFunction(() => document.querySelectorAll("table.innovations tbody tr").length === 2);
  await page.locator(".table-tools select").nth(1).selectOption({ label: "all periods" });
  await page.waitForFunction(() => document.querySelectorAll("table.innovations tbody tr").length === 10);
  await page.locator(".table-tools").getByRole("button", { name: "Innovation" }).click();
  assert.equal(await page.locator("table.innovations tbody tr").first().getAttribute("data-name"), "Children's festival");
  await page.locator("details.counts summary").click();
  assert.match(await page.locator("details.counts").textContent(), /new practice: 4new rules\/regulations: 2/);
  assert.match(await page.locator("details.counts").textContent(), /Socialism: 3/);

  // The rest of a record: description, drivers, need, still running.
  await page.getByRole("button", { name: "Edit: Voluntary labour" }).click();
  const details = page.locator(".innovation-details");
  await details.getByLabel("Short description").fill("Citizens built the new town together.");
  await details.getByLabel("Short description").press("Tab");
  await details.getByRole("button", { name: "civil society" }).click();
  await details.getByRole("button", { name: "civil society", pressed: true }).waitFor();
  await details.getByLabel("Still running?").selectOption("no");
  await details.getByLabel("The need it answered").fill("Housing and infrastructure");
  await details.getByLabel("The need it answered").press("Tab");

  // Four deep dives at most.
  for (const name of ["Voluntary labour", "Youth club", "Incubator", "Free buses"]) {
    await page.locator(`table.innovations tr[data-name="${name}"]`).getByRole("button", { name: "Deep dive" }).click();
    await page.locator(`article.deep-dive[aria-label="${name}"]`).waitFor();
  }
  assert.equal(await page.locator("table.innovations").getByRole("button", { name: "Deep dive", disabled: false }).count(), 0, "the limit of four is reached");
  const dive = page.locator('article.deep-dive[aria-label="Voluntary labour"]');
  await dive.getByLabel("What need did it meet?").fill("Building a town from scratch");
  await dive.getByLabel("What need did it meet?").press("Tab");
  await dive.getByRole("button", { name: "cooperation among actors" }).click();
  await dive.getByLabel("Why (one sentence): cooperation among actors").fill("Everyone worked together.");
  await dive.getByLabel("Why (one sentence): cooperation among actors").press("Tab");
  await dive.getByRole("button", { name: "committed and ambitious initiators" }).click();
  await dive.getByLabel("Lessons for today's problems").fill("Shared work builds trust.");
  await dive.getByLabel("Lessons for today's problems").press("Tab");
  const worked = page.locator("section", { has: page.getByRole("heading", { name: "What worked: across the deep dives" }) });
  await worked.getByText("Voluntary labour:").waitFor();
  assert.match(await worked.textContent(), /cooperation among actors: 1/);
  await shot(page, "27-deep-dives-en");

  await page.reload();
  await page.waitForSelector("table.innovations");
  assert.equal(await page.locator("table.innovations tbody tr").count(), 10);
  assert.equal(await page.locator("article.deep-dive").count(), 4);
  // The limit is a setting of the session: raise it, and the fifth becomes possible.
  await page.getByLabel("Most deep dives").fill("5");
  await page.getByLabel("Most deep dives").press("Tab");
  await page.locator('table.innovations tr[data-name="Citizens\' portal"]').getByRole("button", { name: "Deep dive", disabled: false }).waitFor();
  assert.equal(await page.locator('article.deep-dive[aria-label="Voluntary labour"]').getByLabel("What need did it meet?").inputValue(), "Building a town from scratch");
  assert.match(await page.locator("section", { has: page.getByRole("heading", { name: "What worked: across the deep dives" }) }).textContent(), /Shared work builds trust/);
  await page.getByRole("button", { name: "Edit: Voluntary labour" }).click();
  assert.equal(await page.locator(".innovation-details").getByLabel("Short description").inputValue(), "Citizens built the new town together.");
  assert.equal(await page.locator(".innovation-details").getByLabel("Still running?").inputValue(), "no");
  await page.locator(".innovation-details").getByRole("button", { name: "civil society", pressed: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a hundred innovations, thirty in one year, stay readable", async () => {
  const { page, context } = await openApp(env.browser, env.server.url);
  await createSession(page, { title: "Sto inovacij" });
  await openStep(page, page.getByRole("link", { name: "Workshop 2: innovations" }));
  const lines = Array.from({ length: 100 }, (_, i) => `Innovation number ${i + 1}; new service; ${i < 30 ? 2000 : 1950 + (i % 70)}`);
  await page.getByRole("button", { name: "Paste a list" }).click();
  await page.locator(".add-innovations textarea").fill(lines.join("\n"));
  await page.getByRole("button", { name: "Add all" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".timeline svg circle").length === 100);
  const overlaps = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll(".timeline svg g text")].filter((t) => !t.closest("g").querySelector("rect")).map((t) => t.getBBox());
    let n = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
      }
    return n;
  });
  assert.equal(overlaps, 0, "no two labels overlap");
  await page.locator(".timeline").scrollIntoViewIfNeeded();
  await shot(page, "28-timeline-100-en");
  await context.close();
});

test("the Velenje inventory, in Slovene", async () => {
  const { page, context } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Odpri primer Velenje" }).click();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "2. delavnica: inovacije" }));
  await page.waitForSelector("table.innovations");
  assert.match(await page.locator("#inventory-heading").textContent(), /21 inovacij/);
  assert.equal(await page.locator(".period-row").count(), 4);
  assert.match(await page.locator(".unknown-years").textContent(), /brezplačni prostori za društva/);
  // The paper names no deep dive: none is invented; its keys to success are the series'.
  assert.equal(await page.locator("article.deep-dive").count(), 0);
  const worked = page.locator("section", { has: page.getByRole("heading", { name: "Kaj je delovalo: povzetek poglobljenih analiz" }) });
  assert.equal(await worked.getByRole("button", { name: "družbena kohezivnost in solidarnost" }).getAttribute("aria-pressed"), "true");
  assert.equal(await worked.getByLabel("Zakaj (en stavek): družbena kohezivnost in solidarnost").inputValue(), "solidarnost, družbena kohezivnost ter sposobnost dogovarjanja in sodelovanja");
  // Table 2's order within a year (1945: udarniško delo, then izgradnja mesta), Pika's
  // Festival in the building years, the paper's "nova storitev/proizvod", origin not reported.
  const names = await page.locator("table.innovations tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.name));
  assert.deepEqual(names.slice(0, 2), ["udarniško delo", "izgradnja mesta"]);
  assert.deepEqual(names.slice(-4, -1), ["počitniško varstvo za otroke", "brezplačni prevozi za starejše in gibalno ovirane Kamerat", "spletni portal za pobude meščanov Sooblikujmo Velenje"]);
  assert.equal(await page.locator('table.innovations tr[data-name="Pikin festival"] [data-testid=period]').textContent(), "socializem in izgradnja mesta");
  assert.match(await page.locator(".timeline").innerHTML(), /nova storitev\/proizvod/);
  await shot(page, "29-velenje-innovations-sl");
  await context.close();
});

test("the inventory journey in Slovene", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang: "sl" });
  await page.getByRole("button", { name: "Nov proces" }).click();
  await page.getByLabel("Naslov").fill("Inovacije SL");
  await page.getByRole("button", { name: "Ustvari" }).click();
  await page.waitForSelector("h1.session-heading");
  await openStep(page, page.getByRole("link", { name: "2. delavnica: inovacije" }));
  await page.getByRole("button", { name: "Prilepi seznam" }).click();
  await page.locator(".add-innovations textarea").fill(
    "Udarniško delo; nova praksa; 1945\nSamoprispevek; nova pravila/predpisi; 1970\nPikin festival; nova storitev; 1989\nSooblikujmo Velenje; nova storitev/proizvod; 2018\nProstori za društva; nova praksa; neznano",
  );
  await page.getByRole("button", { name: "Dodaj vse" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table.innovations tbody tr").length === 5);
  assert.match(await page.locator("#inventory-heading").textContent(), /5 inovacij/);
  await page.getByRole("button", { name: "Uredi: Pikin festival" }).click();
  await page.locator(".innovation-details").getByLabel("Tip", { exact: true }).selectOption({ label: "nova praksa" });
  await page.waitForFunction(() => document.querySelector('table.innovations tr[data-name="Pikin festival"]').dataset.type === "practice");
  await page.getByRole("button", { name: "Uredi: Pikin festival" }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj obdobje" }) });
  await form.getByLabel("Obdobje", { exact: true }).fill("Socializem");
  await form.getByLabel("Od leta").fill("1945");
  await form.getByLabel("Do leta (prazno: traja)").fill("1990");
  await form.getByRole("button", { name: "Dodaj obdobje" }).click();
  await page.locator('.period-row[data-name="Socializem"]').waitFor();
  await page.locator(".timeline").getByRole("button", { name: "Socializem" }).click();
  await page.waitForFunction(() => !document.querySelector(".timeline svg").textContent.includes("Sooblikujmo"));
  assert.match(await page.locator(".unknown-years").textContent(), /Prostori za društva/);
  await page.locator('table.innovations tr[data-name="Udarniško delo"]').getByRole("button", { name: "Poglobljena analiza" }).click();
  const dive = page.locator('article.deep-dive[aria-label="Udarniško delo"]');
  await dive.getByLabel("Katero potrebo je zadovoljila?").fill("Gradnja mesta");
  await dive.getByLabel("Katero potrebo je zadovoljila?").press("Tab");
  await dive.getByRole("button", { name: "sodelovanje med akterji" }).click();
  await dive.getByLabel("Nauki za današnje probleme").fill("Skupno delo gradi zaupanje.");
  await dive.getByLabel("Nauki za današnje probleme").press("Tab");
  const worked = page.locator("section", { has: page.getByRole("heading", { name: "Kaj je delovalo: povzetek poglobljenih analiz" }) });
  await worked.getByText("Udarniško delo:").waitFor();
  assert.match(await worked.textContent(), /sodelovanje med akterji: 1/);
  await shot(page, "30-innovations-sl");
  await page.reload();
  await page.waitForSelector("article.deep-dive");
  assert.equal(await page.locator('article.deep-dive[aria-label="Udarniško delo"]').getByLabel("Katero potrebo je zadovoljila?").inputValue(), "Gradnja mesta");
  assert.deepEqual(errors, []);
  await context.close();
});

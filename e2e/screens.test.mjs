// Every screen, as a room sees it: the Velenje example's home, session, each step, the ballot
// screen (choosing a name, the ballot) and the projector view, on a landscape tablet, a portrait tablet and a phone, in both
// languages. On each: axe-core (WCAG 2.2 AA) finds nothing at all (not even moderate or minor), and the page never
// scrolls sideways (wide figures scroll inside their own frame).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, setup, axeFindings, SHOTS, settled } from "./helpers.mjs";

const env = setup();

const STEPS = ["", "/participants", "/workshop-1", "/workshop-2-innovations", "/workshop-2-ranking", "/workshop-3", "/report"];

/** What is wrong on the page now: axe's serious findings and a sideways page scroll. */
async function problems(page) {
  const found = await axeFindings(page, undefined, { every: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wide > 1) found.push(`the page scrolls sideways by ${wide} px`);
  return found;
}

async function everyScreen(lang, viewport, tag) {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { lang, viewport, hasTouch: viewport.width < 1000 });
  const found = {};
  const check = async (name) => {
    await page.screenshot({ path: `${SHOTS}97-screen-${tag}-${name}.png` });
    const p = await problems(page);
    if (p.length) found[name] = p;
  };
  await check("home");
  await page.getByRole("button", { name: /Velenje/ }).first().click();
  await page.waitForSelector("h1.session-heading");
  const base = page.url().replace(/#.*/, "") + "#/s/" + page.url().match(/#\/s\/([^/]+)/)[1];
  for (const step of STEPS) {
    await page.goto(base + step);
    await page.waitForSelector("main.session h2");
    // The step itself, not the loading line of its part (issue #15).
    if (step) await page.waitForSelector(`nav.steps a[aria-current=page][href$="${step}"]`);
    await settled(page);
    await page.waitForTimeout(200);
    await check(step.slice(1) || "overview");
  }
  // Opened parts: a board card, an innovation's form.
  await page.goto(base + "/workshop-1");
  await page.locator("button.card-more").first().click();
  await check("card-open");
  await page.goto(base + "/workshop-2-innovations");
  await page.locator("table.innovations .row-actions button").first().click();
  await check("innovation-form");
  // The ballot screen, on the example's practice round: choosing a name, then the ballot.
  await page.goto(base + "/workshop-2-ranking");
  await page.getByTestId("tour").locator("button.button").first().click();
  await page.locator(".voter-choices button").first().waitFor();
  await check("ballot-voter");
  await page.locator(".voter-choices button").first().click();
  await page.locator(".ranking-widget").waitFor();
  await check("ballot");
  await page.evaluate(() => sessionStorage.clear());
  // The projector view.
  await page.goto(base + "/present");
  await page.waitForSelector(".presenter");
  await check("present");
  assert.deepEqual(found, {}, `${tag}: every screen is accessible and fits`);
  assert.deepEqual(errors, []);
  await context.close();
}

test("every screen on a landscape tablet, in English", () => everyScreen("en", { width: 1024, height: 768 }, "en-1024"));
test("every screen on a portrait tablet, in Slovene", () => everyScreen("sl", { width: 800, height: 1280 }, "sl-800"));
test("every screen on a phone, in English", () => everyScreen("en", { width: 390, height: 844 }, "en-390"));

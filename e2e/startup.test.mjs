// Startup time, reported (never failing: the machines are shared and noisy): from navigation
// start to the home screen's list, and to a step usable from a deep link (a new page, not a hash
// change), on a first visit, from the offline cache, and on a slow connection (first visit to
// the home screen), with the CPU slowed 4× (DevTools protocol) as a stand-in for a cheap
// tablet. The figures go to target/e2e/startup.json and the test output; issue #15's lazily
// loaded parts are measured against them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { openApp, setup, SHOTS } from "./helpers.mjs";

const env = setup();

/** Records, in the page, when each part first appears (ms after navigation start). */
function watch() {
  window.__startup = {};
  const want = { home: ".start-actions", step: "#ranking-heading" };
  const check = () => {
    for (const [k, sel] of Object.entries(want)) if (!(k in window.__startup) && document.querySelector(sel)) window.__startup[k] = Math.round(performance.now());
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

async function timed(page, url, part) {
  // A new document every time (a link opened from an e-mail or a bookmark), never a hash change
  // inside the running app.
  await page.goto("about:blank");
  await page.goto(url);
  await page.waitForFunction((p) => window.__startup && p in window.__startup, part, { timeout: 60000 });
  return page.evaluate((p) => window.__startup[p], part);
}

test("startup time with a 4× slower CPU: first visit and from the offline cache", async () => {
  // A first visit: a fresh context, nothing cached.
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1280 } });
  await context.addInitScript(watch);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const figures = { cpuSlowdown: 4, firstVisit: {}, offline: {} };
  figures.firstVisit.home = await timed(page, env.server.url, "home");
  // Make a session there, then open a step by its link (the app's files are cached by now).
  await page.getByRole("button", { name: /Velenje/ }).first().click();
  await page.waitForSelector("h1.session-heading");
  const id = page.url().match(/#\/s\/([^/]+)/)[1];
  const stepUrl = `${env.server.url}#/s/${id}/workshop-2-ranking`;
  figures.firstVisit.step = await timed(page, stepUrl, "step");
  // From the offline cache: the service worker serves everything.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  figures.offline.home = await timed(page, env.server.url, "home");
  figures.offline.step = await timed(page, stepUrl, "step");
  await context.close();

  // A first visit on a slow connection (1.6 Mbit/s down, 150 ms round trip), where what the
  // first screen downloads counts most.
  const slow = await env.browser.newContext({ viewport: { width: 800, height: 1280 } });
  await slow.addInitScript(watch);
  const slowPage = await slow.newPage();
  const slowCdp = await slow.newCDPSession(slowPage);
  await slowCdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await slowCdp.send("Network.enable");
  await slowCdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  figures.slowNetwork = { home: await timed(slowPage, env.server.url, "home") };
  await slow.close();
  console.log(`startup (ms after navigation start, CPU 4× slower): ${JSON.stringify(figures)}`);
  writeFileSync(`${SHOTS}startup.json`, JSON.stringify(figures, null, 2));
  for (const part of [figures.firstVisit.home, figures.firstVisit.step, figures.offline.home, figures.offline.step, figures.slowNetwork.home]) {
    assert.ok(Number.isFinite(part) && part > 0, "every figure measured");
  }
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
});

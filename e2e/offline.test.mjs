// Offline and installable: after one visit the app starts and works with the network off; it
// contacts no other host; the manifest and icons are there; the CSP holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, serve, shot, setup } from "./helpers.mjs";

const env = setup();

test("after the first visit the app loads and works offline", async () => {
  const { page, context, errors, requests } = await openApp(env.browser, env.server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The facilitator can check before leaving for the hall.
  await page.getByTestId("offline-ready").filter({ hasText: "Ready for use without internet" }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("button", { name: "New session" }).waitFor();
  await page.getByRole("button", { name: "Open the Velenje example" }).click();
  await page.waitForSelector("h1.session-heading");
  await page.reload();
  await page.waitForSelector("h1.session-heading");
  assert.match(await page.textContent("h1.session-heading"), /Velenje/);
  await shot(page, "16-offline-en");
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  const foreign = requests.filter((u) => !u.startsWith(env.server.url));
  assert.deepEqual(foreign, [], "the app contacts no other host");
  await context.close();
});

test("the page is installable and forbids inline scripts", async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length);
  assert.equal(inline, 0);
  const manifest = await (await page.request.get(new URL("manifest.webmanifest", env.server.url).href)).json();
  assert.equal(manifest.display, "standalone");
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, env.server.url).href);
    assert.equal(r.status(), 200, icon.src);
  }
  const sw = await (await page.request.get(new URL("sw.js", env.server.url).href)).text();
  assert.match(sw, /const CACHE = "delavnica-[0-9a-f]{16}"/);
  assert.match(sw, /_bg\.wasm/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a new build replaces the old offline cache", async () => {
  // A copy of dist/ stands in for the deployed app; a "new build" changes a file and regenerates
  // sw.js with the same hook Trunk runs.
  const dir = mkdtempSync(join(tmpdir(), "delavnica-build-"));
  cpSync(new URL("../dist", import.meta.url).pathname, dir, { recursive: true });
  const copy = await serve(dir);
  try {
    const { page, context } = await openApp(env.browser, copy.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1);

    const css = readFileSync(join(dir, "index.html"), "utf8").match(/href="?\.\/(layout-[0-9a-f]+\.css)/)[1];
    writeFileSync(join(dir, css), readFileSync(join(dir, css), "utf8") + "\n/* new build */\n");
    execFileSync("node", ["tools/postbuild.mjs"], {
      cwd: new URL("..", import.meta.url).pathname,
      env: { ...process.env, TRUNK_STAGING_DIR: dir },
    });
    // The new worker installs its cache, activates and deletes the old one. Ask for an update
    // check on every poll (a busy machine may miss the first) and reload now and then, as a
    // returning user would.
    let after = [];
    for (let i = 0; i < 60; i++) {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r && r.update()).catch(() => {}));
      after = await page.evaluate(() => caches.keys());
      if (after.length === 1 && after[0] !== first[0]) break;
      if (i % 10 === 9) await page.reload();
      await page.waitForTimeout(500);
    }
    assert.equal(after.length, 1, `one cache left: ${after}`);
    assert.notEqual(after[0], first[0], "the new build has its own cache");
    await context.close();
  } finally {
    copy.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

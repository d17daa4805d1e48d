// pkg/ in the browser: the same ES module, loaded with `await init()` in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup } from "./helpers.mjs";

const env = setup("pkg");

test("pkg/ loads with init() in a browser and aggregates", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}delavnica.d.ts`);
  const result = await page.evaluate(async () => {
    const m = await import("./delavnica.js");
    await m.default();
    const r = m.aggregate({
      candidates: ["A", "B", "C"],
      ballots: [
        { count: 3, ranking: [["A"], ["B"], ["C"]] },
        { count: 2, ranking: [["B"], ["C", "A"]] },
      ],
      method: "schulze",
    });
    let error = null;
    try {
      m.parsePreflib("# NUMBER ALTERNATIVES: 1\n1: 2\n");
    } catch (e) {
      error = e.message;
    }
    return { order: r.order, w: r.agreement.kendall_w_corrected, error };
  });
  assert.deepEqual(result.order, [["A"], ["B"], ["C"]]);
  assert.ok(result.w > 0 && result.w <= 1);
  assert.equal(result.error, "invalid PrefLib file: line 2: alternative 2 is outside 1..1");
  await page.close();
});

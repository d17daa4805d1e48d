// Issue #15's size budgets fail the build: tools/size-report.mjs on made-up bundles (random bytes
// do not compress, so their gzip size is their size).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";

const report = new URL("../tools/size-report.mjs", import.meta.url).pathname;

function bundle(files) {
  const dir = mkdtempSync(join(tmpdir(), "delavnica-size-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>x</title>");
  for (const [name, kb] of Object.entries(files)) writeFileSync(join(dir, name), randomBytes(kb * 1024));
  const run = spawnSync("node", [report, dir], { encoding: "utf8", env: { ...process.env, SIZE_BUDGET: "" } });
  rmSync(dir, { recursive: true, force: true });
  return run;
}

test("the size report fails the build on a first screen over 180 KB gzip or a lazily loaded file over 100 KB", () => {
  const fits = bundle({ "delavnica-00_bg.wasm": 150, "split_steps-00.wasm": 90, "chunk_1-00.wasm": 90 });
  assert.equal(fits.status, 0, fits.stderr);
  const first = bundle({ "delavnica-00_bg.wasm": 185 });
  assert.equal(first.status, 1);
  assert.match(first.stderr, /first screen is [\d.]+ KB gzip over its 180 KB/);
  const part = bundle({ "delavnica-00_bg.wasm": 100, "split_steps-00.wasm": 105 });
  assert.equal(part.status, 1);
  assert.match(part.stderr, /split_steps-00\.wasm is [\d.]+ KB gzip, over 100 KB/);
  const chunk = bundle({ "delavnica-00_bg.wasm": 100, "chunk_7-00.wasm": 105 });
  assert.equal(chunk.status, 1);
  assert.match(chunk.stderr, /chunk_7-00\.wasm/);
});

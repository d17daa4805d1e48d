// The pkg/ ES module in Node: initSync, reading session files, precise errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, readSessionFile, formatVersion } from "../pkg/delavnica.js";

initSync({ module: readFileSync(new URL("../pkg/delavnica_bg.wasm", import.meta.url)) });

const v0 = { format: "delavnica-session", version: 0, session: { id: "old-1", title: "Trbovlje", created: 5, device: "tab-1" } };

test("formatVersion names the version this module writes", () => {
  assert.equal(formatVersion(), 1);
});

test("readSessionFile migrates and returns a plain object", () => {
  const file = readSessionFile(JSON.stringify(v0));
  assert.equal(file.version, 1);
  assert.equal(file.session.info.title, "Trbovlje");
  assert.equal(file.session.info.meta.device, "tab-1");
  assert.equal(readSessionFile(JSON.stringify(file)).session.id, "old-1");
});

test("readSessionFile throws an Error that says what is wrong", () => {
  assert.throws(() => readSessionFile("{"), { name: "Error", message: /not valid JSON \(line 1, column 1\)/ });
  assert.throws(() => readSessionFile("{}"), { message: /not a Delavnica session file/ });
  const missing = structuredClone(v0);
  delete missing.session.title;
  assert.throws(() => readSessionFile(JSON.stringify(missing)), { message: /session\.title is missing/ });
});

// Prints the raw, gzip and brotli size of every file of a bundle, and for the app (dist/) checks
// issue #15's budgets, failing the build when one is broken (sizes are deterministic):
//   - the first screen (index.html, its CSS and scripts, the main wasm module and the split
//     loader it imports) at most 180 KB gzip;
//   - every lazily loaded file (a part, split_<name>, or a chunk several parts share) at most
//     100 KB gzip.
// It also prints what opening each part fetches beyond the first screen (the part and the shared
// chunks it needs, from the loader's table). SIZE_BUDGET=report prints without failing.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, extname } from "node:path";

const dir = process.argv[2] || "dist";
const rows = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const data = readFileSync(path);
      const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      rows.push({ file: relative(dir, path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli });
    }
  }
};
walk(dir);
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (label, r) => console.log(`${label.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const total = (list) => ({
  raw: list.reduce((s, r) => s + r.raw, 0),
  gzip: list.reduce((s, r) => s + r.gzip, 0),
  brotli: list.reduce((s, r) => s + r.brotli, 0),
});
const header = (title) => console.log(`\n${title.padEnd(48)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(9)}`);

const isApp = !/(^|\/)pkg\/?$/.test(dir);
if (!isApp) {
  header("file");
  for (const r of rows) line(r.file, r);
  line("everything", total(rows));
  process.exit(0);
}

const lazy = (r) => /^(split_|chunk_).*\.wasm$|^wasm-small-.*\.bin$/.test(r.file);
const first = rows.filter((r) => !lazy(r) && [".wasm", ".js", ".css", ".html"].includes(extname(r.file)) && r.file !== "sw.js");
const parts = rows.filter((r) => r.file.startsWith("split_"));
const chunks = rows.filter((r) => r.file.startsWith("chunk_") || r.file.startsWith("wasm-small-"));
const other = rows.filter((r) => !first.includes(r) && !lazy(r));

header("first screen");
for (const r of first) line(r.file, r);
line("first screen in all", total(first));

// What opening each part fetches, as tools/split.mjs read it from the loader.
const partsFile = new URL("../target/split/parts.json", import.meta.url);
const needs = new Map();
if (parts.length && existsSync(partsFile)) {
  for (const [part, files] of Object.entries(JSON.parse(readFileSync(partsFile, "utf8")))) {
    const list = rows.filter((r) => files.includes(r.file));
    const own = list.find((r) => r.file.startsWith(`split_${part}-`));
    if (own) needs.set(own.file, list);
  }
}

if (parts.length) {
  header("lazily loaded parts (the part itself)");
  for (const r of parts) line(r.file, r);
  header("opening a part fetches (part + shared chunks)");
  for (const r of parts) {
    const list = needs.get(r.file) || [r];
    line(`${r.file.replace(/-[0-9a-f]+\.wasm$/, "")} (${list.length} files)`, total(list));
  }
  header(`shared chunks (${chunks.length})`);
  for (const r of chunks) line(r.file, r);
  line("shared chunks in all", total(chunks));
}
header("other files (icons, manifest, service worker)");
for (const r of other) line(r.file, r);
line("everything", total(rows));

const FIRST = 180 * 1024;
const PART = 100 * 1024;
const broken = [];
const shown = total(first).gzip;
console.log(`\nfirst screen: ${kb(shown).trim()} KB gzip (budget 180 KB)`);
if (shown > FIRST) broken.push(`the first screen is ${kb(shown - FIRST).trim()} KB gzip over its 180 KB`);
for (const r of rows.filter(lazy)) {
  if (r.gzip > PART) broken.push(`${r.file} is ${kb(r.gzip).trim()} KB gzip, over 100 KB`);
}
const largest = rows.filter(lazy)[0];
if (largest) console.log(`largest lazily loaded file: ${largest.file} ${kb(largest.gzip).trim()} KB gzip (budget 100 KB each)`);
if (broken.length) {
  for (const b of broken) console.error(`size budget (issue #15): ${b}`);
  if (process.env.SIZE_BUDGET !== "report") process.exit(1);
}

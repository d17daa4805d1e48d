// Prints the raw, gzip and brotli size of every file of the release bundle (dist/), the total of
// the app shell (wasm + JS + CSS + HTML), and how it stands against issue #15's budget for the
// first screen (180 KB gzip). The budget is reported, not yet enforced: the app is one module
// until it is split into lazily loaded parts; SIZE_BUDGET=enforce makes it fail the build.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { readFileSync, readdirSync, statSync } from "node:fs";
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
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const shell = rows.filter((r) => [".wasm", ".js", ".css", ".html"].includes(extname(r.file)));
const sum = (k) => shell.reduce((s, r) => s + r[k], 0);
console.log(`${"app shell (wasm+js+css+html)".padEnd(44)}${kb(sum("raw"))} ${kb(sum("gzip"))} ${kb(sum("brotli"))}`);
const all = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${"everything".padEnd(44)}${kb(all("raw"))} ${kb(all("gzip"))} ${kb(all("brotli"))}`);
// The budget is the app's (dist/), not the ES module's (pkg/).
if (!/(^|\/)pkg\/?$/.test(dir)) {
  const BUDGET = 180 * 1024;
  const over = sum("gzip") - BUDGET;
  console.log(over > 0
    ? `first screen: ${kb(sum("gzip")).trim()} KB gzip, over the 180 KB budget by ${kb(over).trim()} KB (issue #15)`
    : `first screen: ${kb(sum("gzip")).trim()} KB gzip, within the 180 KB budget`);
  if (over > 0 && process.env.SIZE_BUDGET === "enforce") process.exit(1);
}

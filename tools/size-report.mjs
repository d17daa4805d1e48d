// Prints the raw and gzip size of every file of the release bundle (dist/), and the total of the
// app shell (wasm + JS + CSS + HTML) that issue #2 keeps under 150 KB gzip.
import { gzipSync } from "node:zlib";
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
      rows.push({ file: relative(dir, path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
    }
  }
};
walk(dir);
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}`);
const shell = rows.filter((r) => [".wasm", ".js", ".css", ".html"].includes(extname(r.file)));
const sum = (k) => shell.reduce((s, r) => s + r[k], 0);
console.log(`${"app shell (wasm+js+css+html)".padEnd(44)}${kb(sum("raw"))} ${kb(sum("gzip"))}`);
const all = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${"everything".padEnd(44)}${kb(all("raw"))} ${kb(all("gzip"))}`);

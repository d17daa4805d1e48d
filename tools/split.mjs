// Issue #15: cuts the app's wasm into lazily loaded parts. Called by tools/postbuild.mjs (Trunk's
// post_build hook) before the service worker is written, in Trunk's staging directory.
//
// Trunk builds the binary with the cargo feature `split` (index.html), whose build.rs keeps the
// relocations, and runs wasm-bindgen on it as usual. This script then replaces Trunk's JS and wasm
// with the split build:
//   1. wasm-split-cli cuts cargo's wasm into the main module, one `split_<part>.wasm` per part named
//      in `split!` (src/ui/lazy.rs) and `chunk_<n>.wasm` for code several parts share, plus the
//      loader `__wasm_split.js`;
//   2. wasm-bindgen makes the main module's JS (keeping the exports the parts link against);
//   3. wasm-opt -Oz shrinks every wasm file;
//   4. the small shared chunks (under 4 KB; wasm-split-cli makes one per set of parts sharing
//      code, over a hundred of them) travel together in one file, wasm-small-<hash>.bin, fetched
//      once, so opening a step costs a handful of requests instead of dozens;
//   5. the main JS and the loader are minified (terser; Trunk's own minifier gives up on them);
//   6. every file gets a name from its contents (so no browser cache can mix two builds), and
//      index.html's references and subresource-integrity hashes follow.
import { createHash } from "node:crypto";
import { execFileSync, execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { minify } from "terser";

const run = promisify(execFile);
const WASM_OPT_FLAGS = [
  "-Oz", "--strip-debug", "--strip-producers",
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types",
];

const SMALL = 4096;
// Replaces the loader's fetch of one small chunk by a slice of the bundle (fetched once; a failed
// fetch is forgotten, so the next load tries again).
const SMALL_LOADER = (bundle, table) => `
let __smallBundle;
const __SMALL = ${JSON.stringify(table)};
function __small(name) {
    if (__smallBundle === undefined) {
        const p = fetch(new URL("./${bundle}", import.meta.url)).then((r) => {
            if (!r.ok) throw new Error("wasm-split: " + r.status + " for ${bundle}");
            return r.arrayBuffer();
        });
        p.catch(() => { if (__smallBundle === p) __smallBundle = undefined; });
        __smallBundle = p;
    }
    const [offset, length] = __SMALL[name];
    return __smallBundle.then((b) => new Uint8Array(b, offset, length));
}
`;

const hash = (data, n = 16) => createHash("sha256").update(data).digest("hex").slice(0, n);
const sri = (data) => "sha384-" + createHash("sha384").update(data).digest("base64");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Reads the loader (before minifying): `const __chunk_3 = makeLoad(() => { … "./chunk_3-….wasm" …
 * }, [deps])` (or `__small("chunk_3.wasm")` for a chunk in the bundle) and `export const
 * __wasm_split_load_<part> = wrapAsyncCb(makeLoad(() => { … }, [deps]))`. Returns, per part, the
 * files opening it fetches.
 */
function partFiles(loader) {
  const entry = /(?:const|export const) (__chunk_\d+|__wasm_split_load_\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{[^]*?(?:"\.\/([^"]+\.wasm)"|__small\("([^"]+)"\))[^]*?\}\s*,\s*\[([^\]]*)\]/g;
  const bundle = loader.match(/"\.\/(wasm-small-[0-9a-f]+\.bin)"/)?.[1];
  const table = new Map();
  for (const [, name, file, small, deps] of loader.matchAll(entry)) {
    table.set(name, { file: file || (small && bundle), deps: deps.split(",").map((d) => d.trim()).filter(Boolean) });
  }
  const reach = (name, seen = new Set()) => {
    if (seen.has(name) || !table.has(name)) return seen;
    seen.add(name);
    for (const d of table.get(name).deps) reach(d, seen);
    return seen;
  };
  const parts = {};
  for (const name of table.keys()) {
    if (name.startsWith("__wasm_split_load_")) {
      parts[name.slice("__wasm_split_load_".length)] = [...new Set([...reach(name)].map((n) => table.get(n).file))].sort();
    }
  }
  return parts;
}

/** Minifies an ES module (names it exports and imports are kept). */
async function minifyJs(code) {
  const out = await minify(code, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error("split: terser returned nothing");
  return out.code;
}

/** Splits the build in `dir` (Trunk's staging directory). Returns the files it wrote. */
export async function split(dir) {
  const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
  const profile = process.env.TRUNK_PROFILE === "debug" ? "debug" : "release";
  const targetDir = process.env.CARGO_TARGET_DIR || join(source, "target");
  const input = join(targetDir, "wasm32-unknown-unknown", profile, "delavnica.wasm");
  const tool = (name, local) => {
    const path = local ? join(source, "node_modules", ".bin", name) : join(process.env.HOME || "", ".cargo", "bin", name);
    return existsSync(path) ? path : name;
  };

  let html = readFileSync(join(dir, "index.html"), "utf8");
  const trunkJs = html.match(/delavnica-[0-9a-f]+\.js/)?.[0];
  if (!trunkJs || !existsSync(input)) {
    throw new Error(`split: Trunk's JS (${trunkJs}) or cargo's wasm (${input}) is missing`);
  }
  const trunkStem = trunkJs.slice(0, -3);

  // 1. Cut.
  const work = mkdtempSync(join(tmpdir(), "delavnica-split-"));
  try {
    execFileSync(tool("wasm-split-cli"), [input, work, "--target", "web", "--out-name", "main"], { stdio: "inherit" });
    // 2. The main module's JS, next to Trunk's (whose files it replaces).
    execFileSync(tool("wasm-bindgen"), [
      join(work, "main.wasm"), "--target", "web", "--keep-lld-exports", "--no-typescript",
      "--out-dir", work, "--out-name", "app",
    ], { stdio: "inherit" });
    unlinkSync(join(work, "main.wasm"));
    // 3. Shrink every wasm file, two at a time (the machines have two cores).
    const wasm = readdirSync(work).filter((f) => f.endsWith(".wasm"));
    const queue = [...wasm];
    const worker = async () => {
      for (let f; (f = queue.shift()); ) {
        await run(tool("wasm-opt", true), [...WASM_OPT_FLAGS, "-o", join(work, f), join(work, f)]);
      }
    };
    await Promise.all([worker(), worker()]);

    // 4. Names from contents. The parts first (the loader names them), then the loader, then
    // the main module and its JS (which imports the loader; the loader imports it back, so the
    // main JS is named by the main wasm's and the loader's contents and the loader points at it
    // by that name afterwards).
    for (const f of readdirSync(dir)) {
      if (f.startsWith(trunkStem) || f === "snippets") rmSync(join(dir, f), { recursive: true, force: true });
    }
    let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
    const written = [];
    const small = [];
    for (const f of wasm.filter((f) => f !== "app_bg.wasm").sort()) {
      const bytes = readFileSync(join(work, f));
      if (f.startsWith("chunk_") && bytes.length < SMALL) {
        small.push([f, bytes]);
        continue;
      }
      const name = `${f.slice(0, -5)}-${hash(bytes)}.wasm`;
      writeFileSync(join(dir, name), bytes);
      loader = loader.replace(new RegExp(`"\\./${escape(f)}"`, "g"), `"./${name}"`);
      written.push(name);
    }
    if (small.length) {
      const bundle = Buffer.concat(small.map(([, b]) => b));
      const bundleName = `wasm-small-${hash(bundle)}.bin`;
      const table = {};
      let offset = 0;
      for (const [f, b] of small) {
        table[f] = [offset, b.length];
        offset += b.length;
        const fetchOne = new RegExp(
          `fetch\\(new URL\\("\\./${escape(f)}", import\\.meta\\.url\\)\\);\\s*return async \\(imports\\) => \\(WebAssembly\\.instantiateStreaming\\(src, imports\\)\\);`,
        );
        if (!fetchOne.test(loader)) throw new Error(`split: the loader's fetch of ${f} has an unknown shape`);
        loader = loader.replace(fetchOne, `__small("${f}");\n    return async (imports) => (WebAssembly.instantiate(await src, imports));`);
      }
      writeFileSync(join(dir, bundleName), bundle);
      loader = loader.replace(/^(import [^\n]*\n)/, `$1${SMALL_LOADER(bundleName, table)}`);
      written.push(bundleName);
    }
    const parts = partFiles(loader);
    loader = await minifyJs(loader);
    const mainWasm = readFileSync(join(work, "app_bg.wasm"));
    const stem = `delavnica-${hash(Buffer.concat([mainWasm, Buffer.from(loader)]))}`;
    loader = loader.replace(`"./main.js"`, `"./${stem}.js"`);
    const loaderName = `wasm-split-${hash(loader)}.js`;
    let js = await minifyJs(readFileSync(join(work, "app.js"), "utf8"));
    // Only the import statements: the imports object keeps the module name the wasm asks for.
    js = js.replace(/(\bfrom\s*)(["'])(?:\.\/)?__wasm_split\.js\2/g, `$1"./${loaderName}"`);
    if (!js.includes(loaderName)) throw new Error("split: the main JS does not import the loader");
    writeFileSync(join(dir, loaderName), loader);
    writeFileSync(join(dir, `${stem}.js`), js);
    writeFileSync(join(dir, `${stem}_bg.wasm`), mainWasm);
    if (existsSync(join(work, "snippets"))) renameSync(join(work, "snippets"), join(dir, "snippets"));
    written.push(loaderName, `${stem}.js`, `${stem}_bg.wasm`);

    // index.html: the new names and their integrity hashes.
    html = html.replaceAll(trunkStem, stem);
    html = html.replace(/<link\b[^>]*>/g, (tag) => {
      const href = tag.match(/href=["']?\.\/([^"' >]+)/)?.[1];
      if (!href || !tag.includes("integrity=")) return tag;
      const bytes = readFileSync(join(dir, href));
      return tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity=${sri(bytes)}`);
    });
    writeFileSync(join(dir, "index.html"), html);
    // What opening each part fetches, for the size report.
    mkdirSync(join(targetDir, "split"), { recursive: true });
    writeFileSync(join(targetDir, "split", "parts.json"), JSON.stringify(parts, null, 1));
    const chunks = written.filter((f) => f.startsWith("chunk_")).length;
    console.log(`split: main module ${stem}_bg.wasm, ${Object.keys(parts).length} parts, ${chunks} shared chunks and ${small.length} small ones in one file`);
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

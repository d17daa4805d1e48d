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
//   4. every file gets a name from its contents (so no browser cache can mix two builds), and
//      index.html's references and subresource-integrity hashes follow.
import { createHash } from "node:crypto";
import { execFileSync, execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const WASM_OPT_FLAGS = [
  "-Oz", "--strip-debug", "--strip-producers",
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types",
];

const hash = (data, n = 16) => createHash("sha256").update(data).digest("hex").slice(0, n);
const sri = (data) => "sha384-" + createHash("sha384").update(data).digest("base64");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
    for (const f of wasm.filter((f) => f !== "app_bg.wasm")) {
      const bytes = readFileSync(join(work, f));
      const name = `${f.slice(0, -5)}-${hash(bytes)}.wasm`;
      writeFileSync(join(dir, name), bytes);
      loader = loader.replace(new RegExp(`"\\./${escape(f)}"`, "g"), `"./${name}"`);
      written.push(name);
    }
    const mainWasm = readFileSync(join(work, "app_bg.wasm"));
    const stem = `delavnica-${hash(Buffer.concat([mainWasm, Buffer.from(loader)]))}`;
    loader = loader.replace(`"./main.js"`, `"./${stem}.js"`);
    const loaderName = `wasm-split-${hash(loader)}.js`;
    let js = readFileSync(join(work, "app.js"), "utf8");
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
    const parts = written.filter((f) => f.startsWith("split_")).length;
    const chunks = written.filter((f) => f.startsWith("chunk_")).length;
    console.log(`split: main module ${stem}_bg.wasm, ${parts} parts, ${chunks} shared chunks`);
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

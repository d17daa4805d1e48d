// Writes docs/benchmarks.md from one `make bench` run: Criterion's estimates (native Rust), the
// pkg/ timings (WebAssembly in Node) and pref_voting's, on the same profiles.
import { readFileSync, existsSync } from "node:fs";
import { execSync } from "node:child_process";

const [pkgFile, pvFile] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
const pv = JSON.parse(readFileSync(pvFile, "utf8"));
const METHODS = ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"];
const pvKey = { borda: "borda", copeland: "copeland", schulze: "schulze", ranked_pairs: "ranked_pairs", kemeny: "kemeny" };

function native(profile, bench) {
  const f = `target/criterion/${profile}/${bench}/new/estimates.json`;
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, "utf8")).median.point_estimate / 1e6; // ns → ms
}

const ms = (v) => (v == null ? "–" : v < 0.01 ? `${(v * 1000).toFixed(2)} µs` : v < 1 ? `${(v * 1000).toFixed(0)} µs` : v < 1000 ? `${v.toFixed(v < 10 ? 2 : 1)} ms` : `${(v / 1000).toFixed(1)} s`);
const ratio = (a, b) => (a == null || b == null ? "–" : `${Math.round(a / b).toLocaleString("en")}×`);
const sh = (c) => { try { return execSync(c, { encoding: "utf8" }).trim(); } catch { return "?"; } };

const lines = [];
lines.push("# Benchmarks");
lines.push("");
lines.push(`Produced by \`make bench\` on ${new Date().toISOString().slice(0, 10)} (${sh("nproc")} cores, ${sh("rustc --version")}, Node ${process.version}, pref_voting ${sh("target/bench/venv/bin/python -c 'import pref_voting; print(pref_voting.__version__)'")}). One run; figures are medians. They report and never fail a test.`);
lines.push("");
lines.push("- **native**: the `ranking` crate, Criterion.");
lines.push("- **wasm engine**: the same code compiled to WebAssembly (`pkg/`), timed inside WebAssembly by pkg's `benchmark()` in Node — the engine as the browser runs it, without converting data between JavaScript and Rust.");
lines.push("- **wasm call**: what a JavaScript caller pays per call, conversion of names in and out included: `aggregate()` — the method *plus every agreement figure* — and, in the last row, `aggregateAll()`.");
lines.push("- **pref_voting**: the Python reference library on the same ballots (`borda`, `copeland`, `beat_path` for Schulze, `ranked_pairs`, `kemeny_young`), each timed on an already built `Profile`, after a warm-up call.");
lines.push("- Methods and agreement are timed from the pairwise matrix (its own row), as pref_voting's methods start from the margins its `Profile` computes when built; **all** starts from the ballots.");
lines.push("- **ratio**: pref_voting's time divided by the wasm engine's.");
lines.push("");
lines.push("Profiles (tools/bench/profiles.mjs, fixed seeds): *random* — uniformly random strict orders; *mallows* — Mallows model, dispersion φ = 0.6 (moderate consensus).");
lines.push("");
for (const profile of Object.keys(pkg)) {
  const { engine, call } = pkg[profile];
  lines.push(`## ${profile.replace("_", " ").replace("x", " ballots × ")} candidates`);
  lines.push("");
  lines.push("| | native | wasm engine | wasm call | pref_voting | ratio |");
  lines.push("|---|---:|---:|---:|---:|---:|");
  lines.push(`| pairwise matrix | ${ms(native(profile, "pairwise"))} | ${ms(engine.pairwise)} | | | |`);
  for (const m of METHODS) {
    const has = m in pvKey;
    const p = has ? pv[profile]?.[pvKey[m]] : null;
    const stopped = pv[profile]?.stopped?.includes(m);
    const pvText = !has ? "no such method" : p != null ? ms(p) : stopped ? "> 20 s (stopped)" : "not run (n! orders)";
    lines.push(`| ${m} | ${ms(native(profile, m))} | ${ms(engine[m])} | ${ms(call[m])} | ${pvText} | ${p == null ? "–" : ratio(p, engine[m])} |`);
  }
  lines.push(`| agreement | ${ms(native(profile, "agreement"))} | ${ms(engine.agreement)} | (in every call) | | |`);
  lines.push(`| **all seven + agreement** | ${ms(native(profile, "all"))} | ${ms(engine.all)} | ${ms(call.all)} | | |`);
  lines.push("");
}
const all17 = pkg["random_17x10"].call.all;
const kem20 = Math.max(pkg["random_17x20"].call.kemeny, pkg["mallows_17x20"].call.kemeny);
const sch = pv["random_17x10"]?.schulze / pkg["random_17x10"].engine.schulze;
const schM = pv["mallows_17x10"]?.schulze / pkg["mallows_17x10"].engine.schulze;
lines.push("## Targets (issue #3), WebAssembly");
lines.push("");
lines.push(`- All methods plus agreement on 17 × 10 under 1 ms together: **${ms(all17)}** for one \`aggregateAll()\` call, conversion included (random profile; mallows ${ms(pkg["mallows_17x10"].call.all)}); the engine alone ${ms(pkg["random_17x10"].engine.all)}.`);
lines.push(`- Exact Kemeny on 17 × 20 under 150 ms: **${ms(kem20)}** for one \`aggregate()\` call (the slower of the two profiles, agreement and conversion included).`);
lines.push(`- Schulze at least 50× faster than pref_voting's: **${Math.round(sch)}×** on random 17 × 10, ${Math.round(schM)}× on mallows 17 × 10 (engine, from the pairwise matrix, against \`beat_path\` on a built profile).`);
lines.push("");
console.log(lines.join("\n"));

// Writes docs/benchmarks.md from one `make bench` run: Criterion's estimates (native Rust), the
// pkg/ timings (WebAssembly in Node) and pref_voting's, on the same profiles.
import { readFileSync, existsSync } from "node:fs";
import { execSync } from "node:child_process";

const [pkgFile, pvFile] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
const pv = JSON.parse(readFileSync(pvFile, "utf8"));
const METHODS = ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"];

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
lines.push("- **native**: the `ranking` crate, Criterion, from ballots to result (the pairwise matrix included).");
lines.push("- **wasm**: `pkg/` in Node — what the browser runs: one `aggregate()` call is the method *plus every agreement figure*, with names converted in and out.");
lines.push("- **pref_voting**: the Python reference library on the same ballots (`borda`, `copeland`, `beat_path` for Schulze, `ranked_pairs`, `kemeny_young`).");
lines.push("- **ratio**: pref_voting's time divided by the wasm time (wasm includes agreement; pref_voting does not).");
lines.push("");
lines.push("Profiles (tools/bench/profiles.mjs, fixed seeds): *random* — uniformly random strict orders; *mallows* — Mallows model, dispersion φ = 0.6 (moderate consensus).");
lines.push("");
const pvKey = { borda: "borda", copeland: "copeland", schulze: "schulze", ranked_pairs: "ranked_pairs", kemeny: "kemeny" };
for (const profile of Object.keys(pkg)) {
  lines.push(`## ${profile.replace("_", " ").replace("x", " ballots × ")} candidates`);
  lines.push("");
  lines.push("| method | native | wasm (+ agreement) | pref_voting | ratio |");
  lines.push("|---|---:|---:|---:|---:|");
  for (const m of METHODS) {
    const p = pvKey[m] ? pv[profile]?.[pvKey[m]] : undefined;
    const stopped = pv[profile]?.stopped?.includes(pvKey[m]);
    const pvText = p == null ? (stopped ? "> 20 s (stopped)" : pvKey[m] ? (m === "kemeny" ? "not run (n! orders)" : "–") : "no such method") : ms(p);
    lines.push(`| ${m} | ${ms(native(profile, m))} | ${ms(pkg[profile][m])} | ${pvText} | ${p == null ? "–" : ratio(p, pkg[profile][m])} |`);
  }
  lines.push(`| agreement | ${ms(native(profile, "agreement"))} | (in every call) | – | – |`);
  lines.push(`| **all seven + agreement** | ${ms(native(profile, "all"))} | ${ms(pkg[profile].all)} | | |`);
  lines.push("");
}
const all17 = pkg["random_17x10"]?.all;
const kem20 = Math.max(pkg["random_17x20"]?.kemeny ?? 0, pkg["mallows_17x20"]?.kemeny ?? 0);
const sch = pv["random_17x10"]?.schulze / pkg["random_17x10"]?.schulze;
lines.push("## Targets (issue #3), wasm");
lines.push("");
lines.push(`- All methods plus agreement on 17 × 10, under 1 ms together: **${ms(all17)}** (random), ${ms(pkg["mallows_17x10"]?.all)} (mallows). In this table each of the seven calls recomputes every agreement figure, so the app, which computes agreement once per round, does less.`);
lines.push(`- Exact Kemeny on 17 × 20, under 150 ms: **${ms(kem20)}** (the slower of the two profiles).`);
lines.push(`- Schulze at least 50× faster than pref_voting's: **${Number.isFinite(sch) ? Math.round(sch) + "×" : "–"}** on random 17 × 10 (wasm time includes agreement).`);
lines.push("");
console.log(lines.join("\n"));

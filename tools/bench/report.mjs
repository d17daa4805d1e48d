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
lines.push("- **pref_voting**: the Python reference library on the same ballots (`borda`, `copeland`, `beat_path` for Schulze, `ranked_pairs`, `kemeny_young`), each timed on an already built `Profile`, after a warm-up call. Its methods return the winners only; its `ranked_pairs` returns the Condorcet winner at once when there is one (every mallows profile here has one) and otherwise tries every tie-breaking order. The engine always gives the whole order and, for Ranked Pairs, the pairs it locked and skipped.");
lines.push("- Methods and agreement are timed from the pairwise matrix (its own row), as pref_voting's methods start from the margins its `Profile` computes when built; **all** starts from the ballots.");
lines.push("- **ratio**: pref_voting's time divided by the wasm engine's.");
lines.push("- **JavaScript calls** (second table of each profile): what a caller of `pkg/` pays per call against the engine's time for the same work, *call ÷ engine*: `aggregate()` and `aggregateAll()` (names in and out, converted on every call), the `Profile` class (ballots converted once: `new Profile(input)` from names, `Profile.fromTiers()` from an `Int32Array`; then `run(method)` and `runAll()` answer by index in typed arrays), and a whole round from typed arrays (`Profile.fromTiers(…).runAll()`, conversion included). `runAll()` is set against every method and the agreement from the pairwise matrix (the engine rows added up), a whole round against **all**.");
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
  const h = pkg[profile].handle;
  const fromPairwise = [...METHODS, "agreement"].reduce((sum, m) => sum + engine[m], 0);
  const x = (a, b) => (a == null || b == null ? "–" : `${(a / b).toFixed(1)}×`);
  lines.push("| JavaScript call | time | engine | call ÷ engine |");
  lines.push("|---|---:|---:|---:|");
  lines.push(`| \`aggregate()\`, borda (names; agreement in every call) | ${ms(call.borda)} | ${ms(engine.pairwise + engine.borda + engine.agreement)} | ${x(call.borda, engine.pairwise + engine.borda + engine.agreement)} |`);
  lines.push(`| \`aggregateAll()\` (names) | ${ms(call.all)} | ${ms(engine.all)} | ${x(call.all, engine.all)} |`);
  lines.push(`| \`new Profile(input)\` (names, once per round) | ${ms(h.from_names)} | | |`);
  lines.push(`| \`Profile.fromTiers()\` (Int32Array, once per round) | ${ms(h.from_tiers)} | | |`);
  for (const m of METHODS) lines.push(`| \`profile.run("${m}")\` | ${ms(h.run[m])} | ${ms(engine[m])} | ${x(h.run[m], engine[m])} |`);
  lines.push(`| **\`profile.runAll()\`** | ${ms(h.run_all)} | ${ms(fromPairwise)} | **${x(h.run_all, fromPairwise)}** |`);
  lines.push(`| **a round: \`Profile.fromTiers(…).runAll()\`** | ${ms(h.round_from_tiers)} | ${ms(engine.all)} | **${x(h.round_from_tiers, engine.all)}** |`);
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
const profilesRun = Object.keys(pkg);
const rp = profilesRun
  .filter((p) => pv[p]?.ranked_pairs != null)
  .map((p) => [p, pv[p].ranked_pairs / pkg[p].engine.ranked_pairs])
  .sort((a, b) => a[1] - b[1]);
const handleRatio = (p) => {
  const e = pkg[p].engine;
  return pkg[p].handle.run_all / [...METHODS, "agreement"].reduce((sum, m) => sum + e[m], 0);
};
const roundRatio = (p) => pkg[p].handle.round_from_tiers / pkg[p].engine.all;
const single = ["borda", "mean_rank", "median_rank"].map((m) => Math.max(...profilesRun.map((p) => pkg[p].engine[m] / pkg[p].engine.pairwise)));
lines.push("## Targets (issue #16), WebAssembly");
lines.push("");
lines.push(`- Ranked Pairs at least 10× pref_voting on every profile it finishes: the lowest is **${rp.length ? Math.round(rp[0][1]) : "–"}×** (${rp.length ? rp[0][0] : "–"}); ${rp.map(([p, r]) => `${p} ${Math.round(r)}×`).join(", ")}.`);
lines.push(`- A JavaScript call at most 5× the engine on 17 × 10 and at most 2× on 1000 × 10: \`profile.runAll()\` **${handleRatio("random_17x10").toFixed(1)}×** on random 17 × 10 (mallows ${handleRatio("mallows_17x10").toFixed(1)}×), **${handleRatio("random_1000x10").toFixed(1)}×** on random 1000 × 10 (mallows ${handleRatio("mallows_1000x10").toFixed(1)}×); a whole round from typed arrays ${roundRatio("random_17x10").toFixed(1)}× and ${roundRatio("random_1000x10").toFixed(1)}×; \`aggregate()\` with names, as before, ${(pkg["random_17x10"].call.borda / (pkg["random_17x10"].engine.pairwise + pkg["random_17x10"].engine.borda + pkg["random_17x10"].engine.agreement)).toFixed(0)}×. One \`run(method)\` costs a few microseconds of its own (a result object and three typed arrays), so for a method the engine finishes in about a microsecond the call is several times the engine (see the tables).`);
lines.push(`- Exact Kemeny on 17 × 20 random ballots within 45 ms: **${ms(pkg["random_17x20"].engine.kemeny)}** (engine; one \`aggregate()\` call ${ms(pkg["random_17x20"].call.kemeny)}).`);
lines.push(`- Borda, mean and median rank within a small factor of the pairwise matrix: at most **${single[0].toFixed(1)}×**, ${single[1].toFixed(1)}× and ${single[2].toFixed(1)}× its time on any profile.`);
if (existsSync("target/e2e/recompute.json")) {
  const r = JSON.parse(readFileSync("target/e2e/recompute.json", "utf8"));
  lines.push(`- The results view after the 17th ballot (e2e, headless Chromium, from the action to the results on screen): **${r["17x10"]} ms** for 10 problems, **${r["17x20"]} ms** for 20 cycling ones, whose exact Kemeny follows ${r["17x20_kemeny"]} ms later (computed after the other methods are drawn, and said on screen meanwhile).`);
}
lines.push("");
console.log(lines.join("\n"));

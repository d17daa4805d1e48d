// Times pkg/ — the engine as the browser runs it — on the benchmark profiles:
//   engine: inside WebAssembly, no conversion (pkg's benchmark() export): the pairwise matrix,
//           each method and agreement from it, and "all" from the ballots;
//   call:   what JavaScript pays per call, conversion of names in and out included: aggregate()
//           (one method + every agreement figure) per method, and aggregateAll() (all seven +
//           agreement once);
//   handle: the Profile class — converting a round once (new Profile from names, or
//           Profile.fromTiers from an Int32Array), then run(method) and runAll() on it, and one
//           whole round from typed arrays (fromTiers + runAll).
// Prints JSON: { profile: { engine, call, handle } } (medians, milliseconds).
import { readFileSync } from "node:fs";
import { initSync, aggregate, aggregateAll, benchmark, Profile } from "../../pkg/delavnica.js";

initSync({ module: readFileSync(new URL("../../pkg/delavnica_bg.wasm", import.meta.url)) });
const profiles = JSON.parse(readFileSync(process.argv[2] || "target/bench/profiles.json", "utf8"));
const METHODS = ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"];

// Median of samples; each sample repeats f for about 0.2 ms, so that the clock's own cost is not
// part of a figure of a few microseconds.
function median(f, budgetMs = 300, maxSamples = 200) {
  for (let i = 0; i < 3; i++) f(); // warm up the JIT and the allocator
  let t = performance.now();
  f();
  const batch = Math.min(10_000, Math.max(1, Math.ceil(0.2 / Math.max(performance.now() - t, 1e-4))));
  const times = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < maxSamples)) {
    t = performance.now();
    for (let i = 0; i < batch; i++) f();
    times.push((performance.now() - t) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The ballots as Profile.fromTiers takes them: each candidate's tier, ballot after ballot.
function tierNumbers(p) {
  const index = new Map(p.candidates.map((c, i) => [c, i]));
  const n = p.candidates.length;
  const tiers = new Int32Array(p.ballots.length * n).fill(-1);
  p.ballots.forEach((b, row) => b.ranking.forEach((tier, t) => tier.forEach((c) => { tiers[row * n + index.get(c)] = t; })));
  return { tiers, counts: Float64Array.from(p.ballots, (b) => b.count) };
}

// V8 first runs WebAssembly from its baseline compiler and optimises in the background: one
// pass over the profiles first, so that the first profile is not timed on the baseline code.
for (const p of Object.values(profiles)) if (p.candidates.length < 20) benchmark(p, 3);

const result = {};
for (const [name, p] of Object.entries(profiles)) {
  const slow = p.candidates.length >= 20;
  const engine = benchmark(p, slow ? 5 : 51);
  const call = {};
  for (const method of METHODS) {
    call[method] = median(() => aggregate({ ...p, method }));
  }
  call.all = median(() => aggregateAll(p));
  const { tiers, counts } = tierNumbers(p);
  const profile = new Profile(p);
  const handle = {
    from_names: median(() => new Profile(p).free()),
    from_tiers: median(() => Profile.fromTiers(p.candidates, tiers, counts).free()),
    run: Object.fromEntries(METHODS.map((m) => [m, median(() => profile.run(m))])),
    run_all: median(() => profile.runAll()),
    round_from_tiers: median(() => {
      const q = Profile.fromTiers(p.candidates, tiers, counts);
      q.runAll();
      q.free();
    }),
  };
  profile.free();
  result[name] = { engine, call, handle };
  process.stderr.write(`pkg: ${name} done\n`);
}
console.log(JSON.stringify(result, null, 1));

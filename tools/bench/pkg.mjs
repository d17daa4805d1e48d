// Times pkg/ — the engine as the browser runs it — on the benchmark profiles, two ways:
//   engine: inside WebAssembly, no conversion (pkg's benchmark() export): the pairwise matrix,
//           each method and agreement from it, and "all" from the ballots;
//   call:   what JavaScript pays per call, conversion of names in and out included: aggregate()
//           (one method + every agreement figure) per method, and aggregateAll() (all seven +
//           agreement once).
// Prints JSON: { profile: { engine: { name: ms }, call: { name: ms } } } (medians).
import { readFileSync } from "node:fs";
import { initSync, aggregate, aggregateAll, benchmark } from "../../pkg/delavnica.js";

initSync({ module: readFileSync(new URL("../../pkg/delavnica_bg.wasm", import.meta.url)) });
const profiles = JSON.parse(readFileSync(process.argv[2] || "target/bench/profiles.json", "utf8"));
const METHODS = ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"];

function median(f, budgetMs = 300, maxRuns = 200) {
  for (let i = 0; i < 3; i++) f(); // warm up the JIT and the allocator
  const times = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < maxRuns)) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const result = {};
for (const [name, p] of Object.entries(profiles)) {
  const slow = p.candidates.length >= 20;
  const engine = benchmark(p, slow ? 5 : 51);
  const call = {};
  for (const method of METHODS) {
    call[method] = median(() => aggregate({ ...p, method }));
  }
  call.all = median(() => aggregateAll(p));
  result[name] = { engine, call };
  process.stderr.write(`pkg: ${name} done\n`);
}
console.log(JSON.stringify(result, null, 1));

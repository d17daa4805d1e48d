// Times pkg/ (the engine as the browser runs it: WebAssembly, called from JavaScript with names
// in and out) on the benchmark profiles. Prints JSON: { profile: { method: median ms } }, where
// each call is one aggregate() — the method plus every agreement figure — and "all" is the seven
// methods one after another.
import { readFileSync } from "node:fs";
import { initSync, aggregate } from "../../pkg/delavnica.js";

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
  result[name] = {};
  for (const method of METHODS) {
    result[name][method] = median(() => aggregate({ ...p, method }));
  }
  result[name].all = median(() => METHODS.forEach((method) => aggregate({ ...p, method })));
  process.stderr.write(`pkg: ${name} done\n`);
}
console.log(JSON.stringify(result, null, 1));

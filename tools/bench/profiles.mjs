// Generates the benchmark profiles, deterministically (fixed seeds), as JSON in the pkg/ shape:
// { name: { candidates, ballots: [{ count, ranking }] } }. Every engine in `make bench` reads
// this one file, so all of them rank the same ballots.
//   random: each ballot a uniformly random strict order (impartial culture);
//   mallows: Mallows model around a fixed order with dispersion φ = 0.6 (moderate consensus),
//            drawn by repeated insertion (Doignon et al., 2004).
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const out = process.argv[2] || "target/bench/profiles.json";

function rng(seed) {
  // xorshift32: tiny, deterministic, good enough for generating test ballots.
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function randomOrder(n, r) {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

function mallowsOrder(n, phi, r) {
  const order = [];
  for (let i = 0; i < n; i++) {
    // Insert item i at position j (0..i) with probability ∝ φ^(i − j).
    const weights = Array.from({ length: i + 1 }, (_, j) => phi ** (i - j));
    const total = weights.reduce((a, b) => a + b, 0);
    let x = r() * total;
    let j = 0;
    while (j < i && x >= weights[j]) x -= weights[j++];
    order.splice(j, 0, i);
  }
  return order;
}

function profile(kind, voters, n, seed) {
  const r = rng(seed);
  const candidates = Array.from({ length: n }, (_, i) => `p${String(i + 1).padStart(2, "0")}`);
  const ballots = Array.from({ length: voters }, () => {
    const order = kind === "random" ? randomOrder(n, r) : mallowsOrder(n, 0.6, r);
    return { count: 1, ranking: order.map((c) => [candidates[c]]) };
  });
  return { candidates, ballots };
}

const profiles = {};
let seed = 20261129;
for (const kind of ["random", "mallows"]) {
  for (const [voters, n] of [[17, 8], [17, 10], [17, 15], [17, 20], [1000, 10]]) {
    profiles[`${kind}_${voters}x${n}`] = profile(kind, voters, n, seed++);
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(profiles));
console.log(`bench: wrote ${Object.keys(profiles).length} profiles to ${out}`);

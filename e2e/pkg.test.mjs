// The pkg/ ES module in Node (initSync): every export and its errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  initSync,
  aggregate,
  aggregateAll,
  benchmark,
  parsePreflib,
  writePreflib,
  orderDistance,
  readSessionFile,
  formatVersion,
  mergeSessionFiles,
  Profile,
} from "../pkg/delavnica.js";

initSync({ module: readFileSync(new URL("../pkg/delavnica_bg.wasm", import.meta.url)) });

// Wikipedia's Tennessee example: 42 / 26 / 15 / 17 voters.
const tennessee = {
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { count: 42, ranking: [["Memphis"], ["Nashville"], ["Chattanooga"], ["Knoxville"]] },
    { count: 26, ranking: [["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]] },
    { count: 15, ranking: [["Chattanooga"], ["Knoxville"], ["Nashville"], ["Memphis"]] },
    { count: 17, ranking: [["Knoxville"], ["Chattanooga"], ["Nashville"], ["Memphis"]] },
  ],
};

test("aggregate: every method, names in and out", () => {
  const methods = ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"];
  for (const method of methods) {
    const r = aggregate({ ...tennessee, method });
    assert.equal(r.method, method);
    assert.deepEqual(r.order.flat().sort(), [...tennessee.candidates].sort(), method);
    assert.equal(r.order[0][0], "Nashville", method);
    assert.equal(r.condorcet_winner, "Nashville");
    assert.equal(r.condorcet_loser, "Memphis");
    assert.equal(r.exact, true);
    assert.deepEqual(Object.keys(r.scores), tennessee.candidates);
  }
  const borda = aggregate({ ...tennessee, method: "borda" });
  assert.deepEqual(borda.scores, { Memphis: 126, Nashville: 194, Chattanooga: 173, Knoxville: 107 });
  assert.equal(borda.pairwise.Nashville.Memphis, 58);
  assert.equal(borda.kemeny, undefined);
  const kemeny = aggregate({ ...tennessee, method: "kemeny" });
  assert.deepEqual(kemeny.kemeny, { distance: 207, optimal_count: 1 });
  const rp = aggregate({ ...tennessee, method: "ranked_pairs" });
  // The strongest win, Chattanooga over Knoxville (83 to 17), is locked first (Wikipedia,
  // "Ranked pairs", Tennessee example).
  assert.deepEqual(rp.ranked_pairs.locked[0], ["Chattanooga", "Knoxville"]);
  assert.deepEqual(rp.ranked_pairs.skipped, []);
  const schulze = aggregate({ ...tennessee, method: "schulze", options: { schulze: "ratio" } });
  assert.equal(schulze.schulze, "ratio");
});

test("aggregateAll: every method at once, in method order", () => {
  const all = aggregateAll(tennessee);
  assert.deepEqual(Object.keys(all.results), ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"]);
  for (const [method, r] of Object.entries(all.results)) {
    assert.deepEqual(r.order, aggregate({ ...tennessee, method }).order, method);
  }
  assert.equal(all.results.kemeny.kemeny.distance, 207);
  assert.equal(all.condorcet_winner, "Nashville");
  assert.deepEqual(all.agreement, aggregate({ ...tennessee, method: "borda" }).agreement);
  assert.equal(aggregateAll({ ...tennessee, options: { schulze: "winning" } }).results.schulze.schulze, "winning");
  assert.throws(() => aggregateAll({ candidates: ["A"], ballots: [{ count: 1, ranking: [["B"]] }] }), { message: /ballot 1 names "B"/ });
});

test("benchmark: times the engine inside WebAssembly", () => {
  const t = benchmark(tennessee, 3);
  assert.deepEqual(Object.keys(t).sort(), ["agreement", "all", "borda", "copeland", "kemeny", "mean_rank", "median_rank", "pairwise", "ranked_pairs", "schulze"]);
  for (const [k, v] of Object.entries(t)) assert.ok(Number.isFinite(v) && v >= 0, k);
});

test("Profile: converted once, answers by index what aggregate answers by name", () => {
  const p = new Profile(tennessee);
  assert.deepEqual(p.candidates, tennessee.candidates);
  assert.equal(p.voters, 100);
  const index = (name) => tennessee.candidates.indexOf(name);
  for (const method of ["borda", "mean_rank", "median_rank", "copeland", "schulze", "ranked_pairs", "kemeny"]) {
    const named = aggregate({ ...tennessee, method });
    const r = p.run(method);
    assert.equal(r.method, method);
    assert.ok(r.order instanceof Int32Array && r.tier instanceof Int32Array && r.scores instanceof Float64Array);
    assert.deepEqual([...r.order], named.order.flat().map(index), method);
    named.order.forEach((tier, t) => tier.forEach((c) => assert.equal(r.tier[index(c)], t, method)));
    assert.deepEqual([...r.scores], tennessee.candidates.map((c) => named.scores[c]), method);
    assert.equal(r.exact, named.exact);
    assert.deepEqual(r.kemeny, named.kemeny, method);
    if (named.ranked_pairs) {
      assert.deepEqual([...r.ranked_pairs.locked], named.ranked_pairs.locked.flat().map(index));
      assert.deepEqual([...r.ranked_pairs.skipped], named.ranked_pairs.skipped.flat().map(index));
    } else {
      assert.equal(r.ranked_pairs, undefined);
    }
    assert.deepEqual(p.aggregate(method), named, method);
  }
  assert.equal(p.run("schulze").schulze, "margin");
  assert.equal(p.run("schulze", { schulze: "winning" }).schulze, "winning");
  const all = p.runAll();
  assert.deepEqual(Object.keys(all.results), Object.keys(aggregateAll(tennessee).results));
  assert.deepEqual(all.results.kemeny, p.run("kemeny"));
  assert.equal(all.condorcet_winner, index("Nashville"));
  assert.equal(all.condorcet_loser, index("Memphis"));
  const named = aggregate({ ...tennessee, method: "borda" }).agreement;
  const { spread, ...figures } = all.agreement;
  const { spread: namedSpread, ...namedFigures } = named;
  assert.deepEqual(figures, namedFigures);
  assert.deepEqual([...spread], tennessee.candidates.flatMap((c) => Object.values(namedSpread[c])));
  assert.deepEqual(p.agreement(), all.agreement);
  const pw = p.pairwise();
  assert.ok(pw instanceof Float64Array);
  assert.equal(pw[index("Nashville") * 4 + index("Memphis")], 58);
  assert.throws(() => p.run("plurality"), { message: /unknown method "plurality"/ });
  assert.throws(() => p.run("schulze", { schulze: 3 }), { message: "invalid options at schulze: expected a string" });
  assert.throws(() => p.run("schulze", { schulze: "beatpath" }), { message: /unknown options.schulze "beatpath"/ });
  p.free();
});

test("Profile.fromTiers: numbers in (an Int32Array), the same profile as from names", () => {
  // Each row: the tier of Memphis, Nashville, Chattanooga, Knoxville on one ballot.
  const tiers = Int32Array.from([0, 1, 2, 3, 3, 0, 1, 2, 3, 2, 0, 1, 3, 2, 1, 0]);
  const p = Profile.fromTiers(tennessee.candidates, tiers, [42, 26, 15, 17]);
  assert.deepEqual(p.runAll(), new Profile(tennessee).runAll());
  // Ties share a number; -1 is unranked; counts may be left out (one voter each).
  const q = Profile.fromTiers(["A", "B", "C"], [0, 0, -1, 2, 5, 1]);
  assert.equal(q.voters, 2);
  assert.deepEqual(q.aggregate("borda").order, aggregate({
    candidates: ["A", "B", "C"],
    ballots: [{ count: 1, ranking: [["A", "B"]] }, { count: 1, ranking: [["C"], ["A"], ["B"]] }],
    method: "borda",
  }).order);
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, 1, 0]), { message: "tiers has 3 numbers, not a whole number of ballots of 2 candidates" });
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, -3]), { message: "tiers[1] is -3: a tier is 0 or more, or -1 for unranked" });
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, 1], [0]), { message: /count/ });
  // A plain array is read value by value: nothing is quietly turned into a tier or a count.
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, "1"]), { message: "tiers[1] is not a whole number" });
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, 0.5]), { message: "tiers[1] is not a whole number" });
  assert.throws(() => Profile.fromTiers(["A", "B"], [0, 1], ["2"]), { message: "counts[0] is not a number" });
  assert.throws(() => Profile.fromTiers(["A", "B"], "0,1"), { message: "tiers must be an Int32Array or an array of numbers" });
  assert.equal(Profile.fromTiers(["A", "B"], [0, 1], Float64Array.of(3)).voters, 3);
  assert.throws(() => Profile.fromTiers(["A", "A"], [0, 1]), { message: /A/ });
  assert.throws(() => new Profile({ candidates: ["A"], ballots: [{ count: "2", ranking: [] }] }), {
    message: /^invalid profile at ballots\[0\]\.count/,
  });
});

test("aggregate: agreement figures", () => {
  const { agreement } = aggregate({ ...tennessee, method: "borda" });
  assert.equal(agreement.df, 3);
  assert.ok(agreement.kendall_w > 0 && agreement.kendall_w < 1);
  assert.equal(agreement.kendall_w, agreement.kendall_w_corrected, "no ties, no correction");
  assert.ok(Math.abs(agreement.chi2 - 100 * 3 * agreement.kendall_w) < 1e-9);
  assert.ok(agreement.p_value >= 0 && agreement.p_value <= 1);
  assert.ok(agreement.mean_distance > 0 && agreement.mean_distance < 1);
  assert.deepEqual(agreement.spread.Memphis, { min: 1, q1: 1, median: 4, q3: 4, max: 4 });
  const one = aggregate({ candidates: ["A"], ballots: [{ count: 1, ranking: [["A"]] }], method: "borda" });
  assert.equal(one.agreement.kendall_w, null, "undefined figures are null");
});

test("aggregate: bad input throws an Error that says what is wrong", () => {
  const bad = [
    [{ ...tennessee, method: "plurality" }, /unknown method "plurality"; use one of borda, mean_rank/],
    [{ ...tennessee, method: "schulze", options: { schulze: "x" } }, /unknown options\.schulze "x"/],
    [{ candidates: [], ballots: [], method: "borda" }, /there are no candidates/],
    [{ candidates: ["A", "A"], ballots: [], method: "borda" }, /candidate "A" is listed twice/],
    [{ candidates: ["A", "B"], ballots: [{ count: 1, ranking: [["A"], ["C"]] }], method: "borda" }, /ballot 1 names "C", which is not a candidate/],
    [{ candidates: ["A", "B"], ballots: [{ count: 1, ranking: [["A", "B", "A"]] }], method: "borda" }, /ballot 1 lists "A" twice/],
    [{ candidates: ["A", "B"], ballots: [{ count: 1, ranking: [] }, { count: -2, ranking: [["A"]] }], method: "borda" }, /ballot 2 has count -2/],
    [{ candidates: ["A", "B"], ballots: [{ count: 0, ranking: [["A"]] }], method: "borda" }, /ballot 1 has count 0/],
    [{ candidates: ["A"], ballots: [{ ranking: [["A"]] }], method: "borda" }, /invalid input at ballots\[0\]: missing field `count`/],
    [{ candidates: ["A"], ballots: [{ count: "2", ranking: [["A"]] }], method: "borda" }, /invalid input at ballots\[0\]\.count/],
    [{ candidates: ["A"], ballots: [] }, /missing field `method`/],
  ];
  for (const [input, message] of bad) {
    assert.throws(() => aggregate(input), (e) => e instanceof Error && message.test(e.message), JSON.stringify(input));
  }
});

test("parsePreflib and writePreflib round trip, with precise errors", () => {
  const text = writePreflib(tennessee, "Tennessee");
  assert.match(text, /# DATA TYPE: soc/);
  assert.match(text, /# NUMBER VOTERS: 100/);
  assert.match(text, /# ALTERNATIVE NAME 2: Nashville/);
  assert.match(text, /^42: 1,2,3,4$/m);
  assert.deepEqual(parsePreflib(text), tennessee);
  const ties = parsePreflib("# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n2: 3,{1,2}\n1: 2\n");
  assert.deepEqual(ties.ballots, [{ count: 2, ranking: [["C"], ["A", "B"]] }, { count: 1, ranking: [["B"]] }]);
  const legacy = parsePreflib("2\n1,X\n2,Y\n3,3,2\n2,1,2\n1,2,1\n");
  assert.deepEqual(legacy.candidates, ["X", "Y"]);
  assert.throws(() => parsePreflib("# NUMBER ALTERNATIVES: 2\n1: 1,3\n"), { message: "invalid PrefLib file: line 2: alternative 3 is outside 1..2" });
  assert.throws(() => parsePreflib("# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 5\n1: 1,2\n"), { message: /NUMBER VOTERS says 5, but the counts add up to 1/ });
  assert.throws(() => parsePreflib(""), { message: /the file is empty/ });
  assert.throws(() => writePreflib({ candidates: ["A\nB"], ballots: [] }), { message: /line break/ });
});

test("orderDistance compares two consensus orders", () => {
  const d = orderDistance([["A"], ["B"], ["C"], ["D"]], [["C"], ["A", "B"]]);
  assert.deepEqual(d, { distance: 2.5, normalized: 2.5 / 3, pairs: 3 });
  assert.throws(() => orderDistance([["A", "A"]], []), { message: /lists "A" twice/ });
});

test("no input makes the module trap, overflow or lose a name (issue 11)", () => {
  // Every refusal is an ordinary Error with a reason, never a WebAssembly RuntimeError.
  const isError = (pattern) => (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && pattern.test(e.message);
  const names = (n) => Array.from({ length: n }, (_, i) => `c${i}`);
  for (const n of [20000, 100000]) {
    assert.throws(() => aggregate({ candidates: names(n), ballots: [], method: "borda" }), isError(/more than the limit of 500/));
  }
  assert.throws(() => parsePreflib("# NUMBER ALTERNATIVES: 4000000000\n1: 1\n"), isError(/more than the limit of 500/));
  assert.throws(() => orderDistance([names(10000)], [names(10000)]), isError(/more than the limit of 500/));
  const huge = Array.from({ length: 2048 }, () => ({ count: 2 ** 53, ranking: [["A"], ["B"]] }));
  huge.push({ count: 1, ranking: [["B"], ["A"]] });
  assert.throws(() => aggregate({ candidates: ["A", "B"], ballots: huge, method: "copeland" }), isError(/count 9007199254740992/));
  assert.throws(() => aggregate({ candidates: ["A", "\ud800"], ballots: [], method: "borda" }), isError(/candidates\[1\].*lone surrogate/));
  const million = Array.from({ length: 1_000_000 }, () => ({ count: 1, ranking: [["A"]] }));
  assert.throws(() => aggregate({ candidates: ["A"], ballots: million, method: "borda" }), isError(/ballots has 1000000 items, more than the limit of 100000/));
  // The module still answers after every refusal.
  assert.equal(aggregate({ candidates: ["A", "B"], ballots: [{ count: 1, ranking: [["B"], ["A"]] }], method: "borda" }).condorcet_winner, "B");

  // Names that are property names of every JavaScript object stay names.
  const tricky = ["__proto__", "constructor", "toString", "hasOwnProperty"];
  const out = aggregateAll({ candidates: tricky, ballots: [{ count: 2, ranking: tricky.map((c) => [c]) }] });
  for (const map of [out.results.borda.scores, out.pairwise, out.pairwise.__proto__, out.agreement.spread]) {
    assert.deepEqual(Object.keys(map), tricky);
  }
  assert.equal(Object.getPrototypeOf(out.pairwise), Object.prototype, "the prototype is untouched");
  assert.equal(out.pairwise.__proto__.constructor, 2);
  assert.equal(out.results.kemeny.scores.__proto__, out.results.kemeny.scores.constructor + 1);
  assert.deepEqual(out.results.borda.order, tricky.map((c) => [c]));
});

const v0 = { format: "delavnica-session", version: 0, session: { id: "old-1", title: "Trbovlje", created: 5, device: "tab-1" } };

test("formatVersion names the version this module writes", () => {
  assert.equal(formatVersion(), 6);
});

test("readSessionFile migrates and returns a plain object", () => {
  const file = readSessionFile(JSON.stringify(v0));
  assert.equal(file.version, 6);
  assert.equal(file.session.info.title, "Trbovlje");
  assert.equal(file.session.info.meta.device, "tab-1");
  assert.equal(readSessionFile(JSON.stringify(file)).session.id, "old-1");
});

test("readSessionFile reads workshop 3's worksheets and ideas, and names a broken link", () => {
  const file = readSessionFile(JSON.stringify(v0));
  const meta = (id) => ({ id, device: "tab-1", changed: 10, created: 10 });
  file.session.problems = [{ meta: meta("p1"), text: "odseljevanje mladih" }];
  file.session.worksheets = [{ meta: meta("w1"), problem: "p1", core: "beg možganov", builds_on: [{ kind: "factor", factor: "cohesion" }] }];
  file.session.ideas = [{ meta: meta("i1"), worksheet: "w1", text: { title: "Mentorska shema", sectors: ["business"] }, status: "concept", position: 10, impact: 4 }];
  const read = readSessionFile(JSON.stringify(file));
  assert.equal(read.session.worksheets[0].core, "beg možganov");
  assert.deepEqual(read.session.worksheets[0].builds_on, [{ kind: "factor", factor: "cohesion" }]);
  assert.equal(read.session.ideas[0].text.title, "Mentorska shema");
  assert.equal(read.session.ideas[0].impact, 4);
  file.session.ideas[0].worksheet = "w9";
  assert.throws(() => readSessionFile(JSON.stringify(file)), { message: /session\.ideas\[0\]\.worksheet/ });
});

test("readSessionFile throws an Error that says what is wrong", () => {
  assert.throws(() => readSessionFile("{"), { name: "Error", message: /not valid JSON \(line 1, column 1\)/ });
  assert.throws(() => readSessionFile("{}"), { message: /not a Delavnica session file/ });
  const missing = structuredClone(v0);
  delete missing.session.title;
  assert.throws(() => readSessionFile(JSON.stringify(missing)), { message: /session\.title is missing/ });
});

test("mergeSessionFiles joins two copies of a session, in either order, and refuses strangers", () => {
  const base = readSessionFile(JSON.stringify(v0));
  const copy = (device, at, title, problem) => {
    const f = structuredClone(base);
    f.device = device;
    f.exported_at = at;
    f.session.info.title = title;
    f.session.info.meta = { ...f.session.info.meta, device, changed: at };
    f.session.problems = [{ meta: { id: `${device}-p`, device, changed: at, created: at }, text: problem }];
    return JSON.stringify(f);
  };
  const a = copy("tab-1", 100, "Trbovlje A", "Odseljevanje mladih");
  const b = copy("tab-2", 200, "Trbovlje B", "Zaprtje rudnika");
  const ab = mergeSessionFiles(a, b);
  const ba = mergeSessionFiles(b, a);
  assert.equal(ab.text, ba.text, "either order, one file");
  const merged = readSessionFile(ab.text);
  assert.equal(merged.session.info.title, "Trbovlje B", "the later title wins");
  assert.deepEqual(merged.session.problems.map((p) => p.text), ["Odseljevanje mladih", "Zaprtje rudnika"]);
  assert.deepEqual(ab.report.counts.problem, { added: 1, changed: 0, removed: 0 });
  assert.equal(ab.report.conflicts.length, 1, "both changed the title without seeing the other");
  assert.equal(ab.report.conflicts[0].kind, "info");
  assert.equal(mergeSessionFiles(ab.text, b).text, ab.text, "merging a file twice changes nothing");
  const stranger = JSON.parse(b);
  stranger.session.id = "other";
  stranger.session.info.meta.id = "other";
  assert.throws(() => mergeSessionFiles(a, JSON.stringify(stranger)), { message: /copies of different sessions/ });
  assert.throws(() => mergeSessionFiles(a, "{"), { message: /invalid second session file: .*not valid JSON/ });
});

//! Ranked Pairs (T. N. Tideman, "Independence of clones as a criterion for voting rules", Social
//! Choice and Welfare 4, 1987).
//!
//! Every pairwise win (a beats b) is considered from strongest to weakest and locked in unless it
//! would close a cycle with wins already locked. Strength is the margin w(a, b) − w(b, a); equal
//! margins are ordered by the larger w(a, b). **Tie-break rule** (fixed and documented, since it
//! can decide the winner): pairs still equal are ordered by the candidates' input order — first
//! the pair whose winner comes earlier in the list of candidates, and between pairs with the same
//! winner, the one whose loser comes later. The result is the order of the locked graph: the top
//! tier holds the candidates no locked pair places below another candidate, and so on.

use std::cmp::Reverse;

use super::{Method, Outcome};
use crate::pairwise::Pairwise;

/// What Ranked Pairs did, for the explanation in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedPairsInfo {
    /// Pairs (winner, loser) locked in, in the order considered.
    pub locked: Vec<(usize, usize)>,
    /// Pairs skipped because they would have closed a cycle.
    pub skipped: Vec<(usize, usize)>,
}

/// Which candidates each candidate reaches along locked pairs, and by which it is reached, as bit
/// sets. Locking a → b adds b and all b reaches to a and to all that reach a: the work is one
/// word-wide OR per candidate involved, so a cycle check is one bit test and a whole run is
/// O(n² log n) for the sort plus O(n² · n/64) at worst for the locks.
struct Reach {
    words: usize,
    /// Row x: the candidates x reaches.
    to: Vec<u64>,
    /// Row y: the candidates that reach y.
    from: Vec<u64>,
    /// Scratch rows for a lock (the rows it reads are among those it writes).
    sources: Vec<u64>,
    targets: Vec<u64>,
}

impl Reach {
    fn new(n: usize) -> Reach {
        let words = n.div_ceil(64);
        Reach {
            words,
            to: vec![0; n * words],
            from: vec![0; n * words],
            sources: vec![0; words],
            targets: vec![0; words],
        }
    }

    fn has(&self, from: usize, to: usize) -> bool {
        self.to[from * self.words + to / 64] & (1 << (to % 64)) != 0
    }

    fn lock(&mut self, a: usize, b: usize) {
        let w = self.words;
        if w == 1 {
            // Up to 64 candidates (every workshop): one word per row, no slices.
            let sources = self.from[a] | 1 << a;
            let targets = self.to[b] | 1 << b;
            let mut rest = sources;
            while rest != 0 {
                self.to[rest.trailing_zeros() as usize] |= targets;
                rest &= rest - 1;
            }
            let mut rest = targets;
            while rest != 0 {
                self.from[rest.trailing_zeros() as usize] |= sources;
                rest &= rest - 1;
            }
            return;
        }
        self.sources.copy_from_slice(&self.from[a * w..(a + 1) * w]);
        self.sources[a / 64] |= 1 << (a % 64);
        self.targets.copy_from_slice(&self.to[b * w..(b + 1) * w]);
        self.targets[b / 64] |= 1 << (b % 64);
        for_each_bit(&self.sources, |x| {
            for (dst, src) in self.to[x * w..(x + 1) * w].iter_mut().zip(&self.targets) {
                *dst |= src;
            }
        });
        for_each_bit(&self.targets, |y| {
            for (dst, src) in self.from[y * w..(y + 1) * w].iter_mut().zip(&self.sources) {
                *dst |= src;
            }
        });
    }

    /// Records a → b where the relation is already transitive (the fast path).
    fn set(&mut self, a: usize, b: usize) {
        let w = self.words;
        self.to[a * w + b / 64] |= 1 << (b % 64);
        self.from[b * w + a / 64] |= 1 << (a % 64);
    }

    /// True when every candidate reaching `c` is in `placed`.
    fn reached_only_from(&self, c: usize, placed: &[u64]) -> bool {
        let w = self.words;
        self.from[c * w..(c + 1) * w]
            .iter()
            .zip(placed)
            .all(|(f, p)| f & !p == 0)
    }

    fn count(&self, from: usize) -> usize {
        self.to[from * self.words..(from + 1) * self.words]
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum()
    }
}

/// True when all n(n−1)/2 pairs are decided (`wins` of them) and each candidate beats a different
/// number of others: then the majority relation is a strict linear order.
fn is_linear(pw: &Pairwise, wins: usize) -> bool {
    let n = pw.n();
    if wins != n * n.saturating_sub(1) / 2 {
        return false;
    }
    let mut seen = vec![false; n];
    (0..n).all(|a| {
        let beaten = (0..n).filter(|&b| pw.beats(a, b)).count();
        !std::mem::replace(&mut seen[beaten], true)
    })
}

/// Calls `f` with the index of every bit set in `set`.
fn for_each_bit(set: &[u64], mut f: impl FnMut(usize)) {
    for (i, &word) in set.iter().enumerate() {
        let mut rest = word;
        while rest != 0 {
            f(i * 64 + rest.trailing_zeros() as usize);
            rest &= rest - 1;
        }
    }
}

/// A pairwise win `a` → `b` as a sort key, for more voters than a packed key holds.
type PairKey = (Reverse<i64>, Reverse<u64>, usize, Reverse<usize>);

/// The pairwise wins in the order Ranked Pairs considers them: margin descending, then w(a, b)
/// descending, then the documented tie-break (earlier winner; for the same winner, later loser).
/// No two keys are equal (they end in a and b), so an unstable sort gives that order exactly.
/// With fewer than 2²⁰ voters and 1024 candidates a key packs into one `u64`, which sorts several
/// times faster than a tuple.
fn sorted_wins(pw: &Pairwise) -> Vec<(usize, usize)> {
    let n = pw.n();
    let voters = pw.voters();
    // Each unordered pair once, as the win it is (a tie is no win).
    let mut wins = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for a in 0..n {
        for b in a + 1..n {
            match pw.wins(a, b).cmp(&pw.wins(b, a)) {
                std::cmp::Ordering::Greater => wins.push((a, b)),
                std::cmp::Ordering::Less => wins.push((b, a)),
                std::cmp::Ordering::Equal => {}
            }
        }
    }
    if voters < 1 << 20 && n < 1 << 10 {
        let mut keys: Vec<u64> = wins
            .iter()
            .map(|&(a, b)| {
                // margin ≥ 1 and w(a, b) ≤ voters, so both differences fit in 20 bits.
                let margin = pw.margin(a, b).unsigned_abs();
                ((voters - margin) << 40)
                    | ((voters - pw.wins(a, b)) << 20)
                    | ((a as u64) << 10)
                    | (1023 - b as u64)
            })
            .collect();
        keys.sort_unstable();
        for (slot, k) in wins.iter_mut().zip(&keys) {
            *slot = (((k >> 10) & 1023) as usize, 1023 - (k & 1023) as usize);
        }
        wins
    } else {
        let mut keys: Vec<PairKey> = wins
            .iter()
            .map(|&(a, b)| {
                (
                    Reverse(pw.margin(a, b)),
                    Reverse(pw.wins(a, b)),
                    a,
                    Reverse(b),
                )
            })
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|(_, _, a, Reverse(b))| (a, b))
            .collect()
    }
}

/// Runs Ranked Pairs.
pub fn ranked_pairs(pw: &Pairwise) -> Outcome {
    let n = pw.n();
    let pairs = sorted_wins(pw);
    let mut reach = Reach::new(n);
    let mut info = RankedPairsInfo {
        locked: Vec::with_capacity(pairs.len()),
        skipped: Vec::new(),
    };
    if is_linear(pw, pairs.len()) {
        // Every pair is decided and the majority relation is a strict linear order (each
        // candidate beats a different number of others): no pair can close a cycle, so all are
        // locked and the locked graph is the relation itself, already transitive.
        for &(a, b) in &pairs {
            reach.set(a, b);
        }
        info.locked = pairs;
    } else {
        for (a, b) in pairs {
            if reach.has(b, a) {
                info.skipped.push((a, b));
            } else {
                if !reach.has(a, b) {
                    reach.lock(a, b);
                }
                info.locked.push((a, b));
            }
        }
    }
    // Layers of the locked graph: repeatedly take the candidates nothing remaining points to —
    // those all of whose predecessors (in the closure, the same as in the graph) are placed.
    let mut placed = vec![0u64; reach.words];
    let mut order: Vec<Vec<usize>> = Vec::new();
    let mut left = n;
    while left > 0 {
        let tier: Vec<usize> = (0..n)
            .filter(|&c| {
                placed[c / 64] & (1 << (c % 64)) == 0 && reach.reached_only_from(c, &placed)
            })
            .collect();
        for &c in &tier {
            placed[c / 64] |= 1 << (c % 64);
        }
        left -= tier.len();
        order.push(tier);
    }
    let scores = (0..n).map(|c| reach.count(c) as f64).collect();
    Outcome {
        method: Method::RankedPairs,
        order,
        scores,
        exact: true,
        kemeny: None,
        ranked_pairs: Some(info),
    }
}

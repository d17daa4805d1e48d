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

    fn count(&self, from: usize) -> usize {
        self.to[from * self.words..(from + 1) * self.words]
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum()
    }
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

/// A pairwise win `a` → `b` as its sort key: (margin, w(a, b)) descending, then `a` ascending and
/// `b` descending (the documented tie-break).
type PairKey = (Reverse<i64>, Reverse<u64>, usize, Reverse<usize>);

/// Runs Ranked Pairs.
pub fn ranked_pairs(pw: &Pairwise) -> Outcome {
    let n = pw.n();
    // Each pairwise win with its sort key, computed once: strongest margin first, then the larger
    // w(a, b), then the documented tie-break (earlier winner; for the same winner, later loser).
    // No two keys are equal (they end in a and b), so an unstable sort gives the same order.
    let mut pairs: Vec<PairKey> = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for a in 0..n {
        for b in 0..n {
            if a != b && pw.beats(a, b) {
                pairs.push((
                    Reverse(pw.margin(a, b)),
                    Reverse(pw.wins(a, b)),
                    a,
                    Reverse(b),
                ));
            }
        }
    }
    pairs.sort_unstable();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut reach = Reach::new(n);
    let mut info = RankedPairsInfo {
        locked: Vec::with_capacity(pairs.len()),
        skipped: Vec::new(),
    };
    for (_, _, a, Reverse(b)) in pairs {
        if reach.has(b, a) {
            info.skipped.push((a, b));
        } else {
            out[a].push(b);
            if !reach.has(a, b) {
                reach.lock(a, b);
            }
            info.locked.push((a, b));
        }
    }
    // Layers of the locked graph: repeatedly take the candidates nothing remaining points to.
    let mut indegree = vec![0usize; n];
    for targets in &out {
        for &b in targets {
            indegree[b] += 1;
        }
    }
    let mut placed = vec![false; n];
    let mut order = Vec::new();
    while order.iter().map(Vec::len).sum::<usize>() < n {
        let tier: Vec<usize> = (0..n).filter(|&c| !placed[c] && indegree[c] == 0).collect();
        for &c in &tier {
            placed[c] = true;
            for &b in &out[c] {
                indegree[b] -= 1;
            }
        }
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

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

/// Which candidates each candidate reaches along locked pairs, as bit sets: locking a → b adds
/// b and everything b reaches to a and to everything that reaches a. O(n²/64) per lock, so a
/// cycle check is one bit test.
struct Reach {
    words: usize,
    bits: Vec<u64>,
}

impl Reach {
    fn new(n: usize) -> Reach {
        let words = n.div_ceil(64);
        Reach {
            words,
            bits: vec![0; n * words],
        }
    }

    fn has(&self, from: usize, to: usize) -> bool {
        self.bits[from * self.words + to / 64] & (1 << (to % 64)) != 0
    }

    fn lock(&mut self, a: usize, b: usize) {
        let w = self.words;
        let mut add: Vec<u64> = self.bits[b * w..(b + 1) * w].to_vec();
        add[b / 64] |= 1 << (b % 64);
        let n = self.bits.len() / w;
        for x in 0..n {
            if x == a || self.has(x, a) {
                for (dst, src) in self.bits[x * w..(x + 1) * w].iter_mut().zip(&add) {
                    *dst |= src;
                }
            }
        }
    }

    fn count(&self, from: usize) -> usize {
        self.bits[from * self.words..(from + 1) * self.words]
            .iter()
            .map(|w| w.count_ones() as usize)
            .sum()
    }
}

/// Runs Ranked Pairs.
pub fn ranked_pairs(pw: &Pairwise) -> Outcome {
    let n = pw.n();
    let mut pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (0..n).map(move |b| (a, b)))
        .filter(|&(a, b)| a != b && pw.beats(a, b))
        .collect();
    pairs.sort_by(|&(a, b), &(c, d)| {
        pw.margin(c, d)
            .cmp(&pw.margin(a, b))
            .then(pw.wins(c, d).cmp(&pw.wins(a, b)))
            .then(a.cmp(&c))
            .then(d.cmp(&b))
    });
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut reach = Reach::new(n);
    let mut info = RankedPairsInfo {
        locked: Vec::new(),
        skipped: Vec::new(),
    };
    for (a, b) in pairs {
        if reach.has(b, a) {
            info.skipped.push((a, b));
        } else {
            out[a].push(b);
            reach.lock(a, b);
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

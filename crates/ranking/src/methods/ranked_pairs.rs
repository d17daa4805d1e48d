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
use std::sync::OnceLock;

use super::{Method, Outcome};
use crate::pairwise::Pairwise;
use crate::tiers::Tiers;

/// What Ranked Pairs did, for the explanation: the pairs locked and skipped, in the order
/// considered. When the majority relation is a linear order every win is locked and none can be
/// skipped, so the ranking needs no sort; the locked pairs are then put in order the first time
/// they are read (they are for explaining, not for the result).
#[derive(Debug, Clone)]
pub struct RankedPairsInfo {
    /// Pairs (winner, loser) skipped because they would have closed a cycle.
    pub skipped: Vec<(usize, usize)>,
    locked: OnceLock<Vec<(usize, usize)>>,
    /// For a linear majority relation, until `locked` is first read: the order and a copy of
    /// the pairwise matrix (copying it costs less than the sort keys of every pair).
    pending: Option<(Vec<usize>, Pairwise)>,
}

impl RankedPairsInfo {
    /// Pairs locked and skipped, each in the order considered.
    pub fn new(locked: Vec<(usize, usize)>, skipped: Vec<(usize, usize)>) -> RankedPairsInfo {
        RankedPairsInfo {
            skipped,
            locked: OnceLock::from(locked),
            pending: None,
        }
    }

    /// Pairs (winner, loser) locked in, in the order considered.
    pub fn locked(&self) -> &[(usize, usize)] {
        self.locked.get_or_init(|| {
            let Some((order, pw)) = &self.pending else {
                return Vec::new();
            };
            let mut keys = Vec::with_capacity(order.len() * order.len().saturating_sub(1) / 2);
            for (i, &a) in order.iter().enumerate() {
                keys.extend(order[i + 1..].iter().map(|&b| pack(pw, a, b)));
            }
            keys.sort_unstable();
            keys.into_iter().map(unpack).collect()
        })
    }
}

impl PartialEq for RankedPairsInfo {
    fn eq(&self, other: &RankedPairsInfo) -> bool {
        self.skipped == other.skipped && self.locked() == other.locked()
    }
}

impl Eq for RankedPairsInfo {}

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
}

impl Reach {
    fn new(n: usize) -> Reach {
        let words = n.div_ceil(64);
        Reach {
            words,
            to: vec![0; n * words],
            from: vec![0; n * words],
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
        // More than 64 candidates: copies of the two rows (those it reads are among those it
        // writes).
        let mut sources = self.from[a * w..(a + 1) * w].to_vec();
        sources[a / 64] |= 1 << (a % 64);
        let mut targets = self.to[b * w..(b + 1) * w].to_vec();
        targets[b / 64] |= 1 << (b % 64);
        for_each_bit(&sources, |x| {
            for (dst, src) in self.to[x * w..(x + 1) * w].iter_mut().zip(&targets) {
                *dst |= src;
            }
        });
        for_each_bit(&targets, |y| {
            for (dst, src) in self.from[y * w..(y + 1) * w].iter_mut().zip(&sources) {
                *dst |= src;
            }
        });
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

/// The candidates from first to last, with how many each beats, when the majority relation is
/// a strict linear order: every pair decided and each candidate beating a different number of
/// others (n − 1, n − 2, …, 0), as a tournament is acyclic exactly when its scores all differ.
/// One pass over the pairs, stopping at the first tie; no sort.
fn linear_order(pw: &Pairwise) -> Option<(Vec<usize>, Vec<f64>)> {
    let n = pw.n();
    // Counted as f64, the scores' type, which holds these small whole numbers exactly.
    let mut beaten = vec![0.0; n];
    for a in 0..n {
        for b in a + 1..n {
            match pw.wins(a, b).cmp(&pw.wins(b, a)) {
                std::cmp::Ordering::Greater => beaten[a] += 1.0,
                std::cmp::Ordering::Less => beaten[b] += 1.0,
                std::cmp::Ordering::Equal => return None,
            }
        }
    }
    let mut order = vec![usize::MAX; n];
    for (c, &k) in beaten.iter().enumerate() {
        let slot = &mut order[n - 1 - k as usize];
        if *slot != usize::MAX {
            return None;
        }
        *slot = c;
    }
    Some((order, beaten))
}

/// Each unordered pair once, as the win it is (a tie is no win).
fn wins(pw: &Pairwise) -> Vec<(usize, usize)> {
    let n = pw.n();
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
    wins
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

/// True when a win packs into one `u64` sort key (fewer than 2²⁰ voters and 1024 candidates).
fn packs(pw: &Pairwise) -> bool {
    pw.voters() < 1 << 20 && pw.n() < 1 << 10
}

/// The sort key of the win `a` → `b`: margin descending, then w(a, b) descending, then the
/// documented tie-break (earlier winner; for the same winner, later loser). A `u64` sorts several
/// times faster than a tuple.
fn pack(pw: &Pairwise, a: usize, b: usize) -> u64 {
    let voters = pw.voters();
    // margin ≥ 1 and w(a, b) ≤ voters, so both differences fit in 20 bits.
    let margin = pw.margin(a, b).unsigned_abs();
    ((voters - margin) << 40)
        | ((voters - pw.wins(a, b)) << 20)
        | ((a as u64) << 10)
        | (1023 - b as u64)
}

fn unpack(k: u64) -> (usize, usize) {
    (((k >> 10) & 1023) as usize, 1023 - (k & 1023) as usize)
}

/// The pairwise wins in the order Ranked Pairs considers them (see [`pack`]): packed keys
/// sorted and read back one by one where they fit, tuples otherwise. No two keys are equal (they
/// end in a and b), so an unstable sort gives that order exactly.
fn sorted_wins(pw: &Pairwise) -> Vec<(usize, usize)> {
    let n = pw.n();
    if packs(pw) {
        let mut keys = Vec::with_capacity(n * n.saturating_sub(1) / 2);
        for a in 0..n {
            for b in a + 1..n {
                match pw.wins(a, b).cmp(&pw.wins(b, a)) {
                    std::cmp::Ordering::Greater => keys.push(pack(pw, a, b)),
                    std::cmp::Ordering::Less => keys.push(pack(pw, b, a)),
                    std::cmp::Ordering::Equal => {}
                }
            }
        }
        keys.sort_unstable();
        return keys.into_iter().map(unpack).collect();
    }
    let mut keys: Vec<PairKey> = wins(pw)
        .into_iter()
        .map(|(a, b)| {
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

/// Runs Ranked Pairs.
pub fn ranked_pairs(pw: &Pairwise) -> Outcome {
    let n = pw.n();
    if let Some((order, beaten)) = linear_order(pw).filter(|_| packs(pw)) {
        // The majority relation is a strict linear order: no pair can close a cycle, so every
        // win is locked and the locked graph is the relation itself. The order is the ranking;
        // the locked pairs are sorted only if the explanation is read.
        return Outcome {
            method: Method::RankedPairs,
            order: Tiers::strict(order.clone()),
            scores: beaten,
            exact: true,
            kemeny: None,
            ranked_pairs: Some(RankedPairsInfo {
                skipped: Vec::new(),
                locked: OnceLock::new(),
                pending: Some((order, pw.clone())),
            }),
        };
    }
    let pairs = sorted_wins(pw);
    let mut reach = Reach::new(n);
    let mut locked = Vec::with_capacity(pairs.len());
    let mut skipped = Vec::new();
    for (a, b) in pairs {
        if reach.has(b, a) {
            skipped.push((a, b));
        } else {
            if !reach.has(a, b) {
                reach.lock(a, b);
            }
            locked.push((a, b));
        }
    }
    let scores: Vec<f64> = (0..n).map(|c| reach.count(c) as f64).collect();
    Outcome {
        method: Method::RankedPairs,
        order: strict_by_counts(&scores).unwrap_or_else(|| layers(&reach, n)),
        scores,
        exact: true,
        kemeny: None,
        ranked_pairs: Some(RankedPairsInfo::new(locked, skipped)),
    }
}

/// The order when each candidate reaches a different number of others along the locked pairs
/// (the usual case: every pair decided). In an acyclic closure that makes it a strict order —
/// the one reaching n − 1 is above all, and the rest again reach 0 … n − 2 — so the tiers are
/// single candidates by that number, with no layering.
fn strict_by_counts(counts: &[f64]) -> Option<Tiers> {
    let n = counts.len();
    let mut order = vec![usize::MAX; n];
    for (c, &k) in counts.iter().enumerate() {
        let slot = order.get_mut(n.checked_sub(1 + k as usize)?)?;
        if *slot != usize::MAX {
            return None;
        }
        *slot = c;
    }
    Some(Tiers::strict(order))
}

/// Layers of the locked graph: repeatedly take the candidates nothing remaining points to —
/// those all of whose predecessors (in the closure, the same as in the graph) are placed.
fn layers(reach: &Reach, n: usize) -> Tiers {
    let mut placed = vec![0u64; reach.words];
    let mut order = Tiers::default();
    let mut tier = Vec::with_capacity(n);
    let mut left = n;
    while left > 0 {
        tier.clear();
        tier.extend((0..n).filter(|&c| {
            placed[c / 64] & (1 << (c % 64)) == 0 && reach.reached_only_from(c, &placed)
        }));
        for &c in &tier {
            placed[c / 64] |= 1 << (c % 64);
        }
        left -= tier.len();
        order.push(&tier);
    }
    order
}

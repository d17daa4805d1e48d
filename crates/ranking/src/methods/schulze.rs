//! Schulze's method (M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
//! Condorcet-consistent single-winner election method", Social Choice and Welfare 36, 2011).
//!
//! The strength of the direct link a → b exists when more voters prefer a to b than b to a, and
//! is measured by the chosen [`SchulzeVariant`]. The strength of a path is that of its weakest
//! link; p(a, b) is the strength of the strongest path (a widest-path Floyd–Warshall, O(n³)).
//! a is ranked above b when p(a, b) > p(b, a); Schulze proves this relation transitive.

use std::cmp::Ordering;

use super::SchulzeVariant;
use crate::pairwise::Pairwise;

/// A ratio w(a, b) : w(b, a), ordered as the fraction (x/0 is infinite; between two infinite
/// ratios the larger support is stronger). Compared by cross-multiplying, so it is exact.
#[derive(Debug, Clone, Copy)]
struct Ratio {
    for_: u64,
    against: u64,
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.against, other.against) {
            (0, 0) => self.for_.cmp(&other.for_),
            (0, _) => Ordering::Greater,
            (_, 0) => Ordering::Less,
            (a, b) => (self.for_ as u128 * b as u128).cmp(&(other.for_ as u128 * a as u128)),
        }
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

/// Strongest path strengths p(a, b) (widest-path Floyd–Warshall) from the direct links' keys.
/// `none`, lower than every real key, stands for "no link", so the inner loop needs no branch
/// for missing links: the weakest link of a path through a missing one is `none`, which never
/// wins. Generic over the key so that margins compare as plain integers.
fn strongest_paths<K: Ord + Copy>(
    n: usize,
    none: K,
    link: impl Fn(usize, usize) -> Option<K>,
) -> Vec<K> {
    let mut p: Vec<K> = (0..n * n)
        .map(|i| {
            if i / n == i % n {
                none
            } else {
                link(i / n, i % n).unwrap_or(none)
            }
        })
        .collect();
    let mut row_k = vec![none; n];
    for k in 0..n {
        row_k.copy_from_slice(&p[k * n..(k + 1) * n]);
        for (a, row_a) in p.chunks_exact_mut(n).enumerate() {
            let ak = row_a[k];
            if a == k || ak == none {
                continue;
            }
            for (b, (ab, &kb)) in row_a.iter_mut().zip(&row_k).enumerate() {
                let through = ak.min(kb);
                if through > *ab && b != a {
                    *ab = through;
                }
            }
        }
    }
    p
}

fn beaten<K: Ord + Copy>(n: usize, p: &[K]) -> Vec<f64> {
    (0..n)
        .map(|a| {
            (0..n)
                .filter(|&b| b != a && p[a * n + b] > p[b * n + a])
                .count() as f64
        })
        .collect()
}

/// Each candidate's score: how many candidates it beats by strongest paths.
pub fn schulze(pw: &Pairwise, variant: SchulzeVariant) -> Vec<f64> {
    let n = pw.n();
    let beats = |a, b| pw.beats(a, b);
    match variant {
        // A link's margin is at least 1, so 0 means "no link".
        SchulzeVariant::Margin => beaten(
            n,
            &strongest_paths(n, 0i64, |a, b| beats(a, b).then(|| pw.margin(a, b))),
        ),
        // Larger w(a, b) is stronger; between equal ones, smaller w(b, a). A link has
        // w(a, b) ≥ 1, so the all-zero key means "no link".
        SchulzeVariant::Winning => beaten(
            n,
            &strongest_paths(n, 0u128, |a, b| {
                beats(a, b).then(|| {
                    (u128::from(pw.wins(a, b)) << 64) | u128::from(u64::MAX - pw.wins(b, a))
                })
            }),
        ),
        // Every link's ratio exceeds 1, so 0 : 1 means "no link".
        SchulzeVariant::Ratio => beaten(
            n,
            &strongest_paths(
                n,
                Ratio {
                    for_: 0,
                    against: 1,
                },
                |a, b| {
                    beats(a, b).then(|| Ratio {
                        for_: pw.wins(a, b),
                        against: pw.wins(b, a),
                    })
                },
            ),
        ),
    }
}

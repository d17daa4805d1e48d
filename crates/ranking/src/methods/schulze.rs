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

/// The strength of a link, comparable across variants; `None` is "no link".
#[derive(Debug, Clone, Copy)]
struct Strength {
    variant: SchulzeVariant,
    /// Voters for the win, w(a, b).
    for_: u64,
    /// Voters against, w(b, a).
    against: u64,
}

impl Ord for Strength {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.variant {
            SchulzeVariant::Margin => (self.for_ as i128 - self.against as i128)
                .cmp(&(other.for_ as i128 - other.against as i128)),
            SchulzeVariant::Winning => self
                .for_
                .cmp(&other.for_)
                .then(other.against.cmp(&self.against)),
            // for/against compared as fractions by cross-multiplying; x/0 is infinite, and between
            // two infinite ratios the larger support is stronger.
            SchulzeVariant::Ratio => match (self.against, other.against) {
                (0, 0) => self.for_.cmp(&other.for_),
                (0, _) => Ordering::Greater,
                (_, 0) => Ordering::Less,
                (a, b) => (self.for_ as u128 * b as u128).cmp(&(other.for_ as u128 * a as u128)),
            },
        }
    }
}

impl PartialEq for Strength {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Strength {}

impl PartialOrd for Strength {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The strongest path strengths p(a, b).
fn strongest_paths(pw: &Pairwise, variant: SchulzeVariant) -> Vec<Option<Strength>> {
    let n = pw.n();
    let mut p: Vec<Option<Strength>> = vec![None; n * n];
    for a in 0..n {
        for b in 0..n {
            if a != b && pw.beats(a, b) {
                p[a * n + b] = Some(Strength {
                    variant,
                    for_: pw.wins(a, b),
                    against: pw.wins(b, a),
                });
            }
        }
    }
    for k in 0..n {
        for a in 0..n {
            if a == k {
                continue;
            }
            let Some(ak) = p[a * n + k] else { continue };
            for b in 0..n {
                if b == a || b == k {
                    continue;
                }
                if let Some(kb) = p[k * n + b] {
                    let through = ak.min(kb);
                    if p[a * n + b].is_none_or(|ab| through > ab) {
                        p[a * n + b] = Some(through);
                    }
                }
            }
        }
    }
    p
}

/// Each candidate's score: how many candidates it beats by strongest paths.
pub fn schulze(pw: &Pairwise, variant: SchulzeVariant) -> Vec<f64> {
    let n = pw.n();
    let p = strongest_paths(pw, variant);
    (0..n)
        .map(|a| {
            (0..n)
                .filter(|&b| b != a && p[a * n + b] > p[b * n + a])
                .count() as f64
        })
        .collect()
}

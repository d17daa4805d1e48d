//! Copeland: pairwise wins minus pairwise losses (ties count 0).

use crate::pairwise::Pairwise;

/// Each candidate's wins minus losses against every other candidate.
pub fn copeland(pw: &Pairwise) -> Vec<f64> {
    (0..pw.n())
        .map(|a| {
            (0..pw.n())
                .filter(|&b| b != a)
                .map(|b| pw.margin(a, b).signum() as f64)
                .sum()
        })
        .collect()
}

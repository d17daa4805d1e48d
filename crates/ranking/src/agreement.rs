//! How much the voters agree: Kendall's W (plain and corrected for ties) with its chi-square test,
//! the mean Kendall distance between voters, each candidate's spread of ranks, and the distance
//! between two consensus orders.
//!
//! Kendall's W (M. G. Kendall and B. Babington Smith, Ann. Math. Stat. 10, 1939; S. Siegel and
//! N. J. Castellan, *Nonparametric Statistics for the Behavioral Sciences*, 2nd ed., 1988, §9.4):
//! with m voters and n candidates, R_i the sum of candidate i's mid-ranks and R̄ = m(n+1)/2,
//! S = Σ (R_i − R̄)², W = 12 S / (m²(n³ − n)), and corrected for ties
//! W_c = 12 S / (m²(n³ − n) − m Σ_j T_j) with T_j = Σ (t³ − t) over the groups of t tied
//! candidates on ballot j (unranked candidates are one group). χ² = m(n − 1) W_c with n − 1
//! degrees of freedom.

use crate::methods::positional_quantiles;
use crate::pairwise::Pairwise;
use crate::profile::Profile;
use crate::stats::chi_square_sf;

/// A candidate's ranks over the voters (mid-ranks, 1 is best).
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// Best rank any voter gave.
    pub min: f64,
    /// First quartile.
    pub q1: f64,
    /// Median.
    pub median: f64,
    /// Third quartile.
    pub q3: f64,
    /// Worst rank any voter gave.
    pub max: f64,
}

/// Agreement among the voters of a profile. Values that are undefined for the profile (one
/// candidate, one voter, everything tied) are `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Kendall's W without the tie correction.
    pub kendall_w: Option<f64>,
    /// Kendall's W corrected for ties (equal to the plain W when nobody ties).
    pub kendall_w_corrected: Option<f64>,
    /// m(n − 1)·W_c.
    pub chi2: Option<f64>,
    /// n − 1.
    pub df: usize,
    /// P(χ² ≥ chi2): how likely this much agreement is if voters ranked at random.
    pub p_value: Option<f64>,
    /// Mean Kendall distance between two voters, divided by the number of pairs of candidates
    /// (0: everyone ranks alike; 1: every pair reversed). Tied-versus-ordered pairs count ½.
    pub mean_distance: Option<f64>,
    /// Per candidate, the spread of its ranks.
    pub spread: Vec<Spread>,
}

/// Computes every agreement figure of a profile.
pub fn agreement(profile: &Profile, pw: &Pairwise) -> Agreement {
    let n = profile.n();
    let m = profile.voters() as f64;
    let nf = n as f64;
    let table = profile.mid_rank_table();
    let mut sums = vec![0.0; n];
    let mut ties = 0.0;
    for (ballot, ranks) in profile.ballots().iter().zip(&table) {
        for (c, r) in ranks.iter().enumerate() {
            sums[c] += ballot.count as f64 * r;
        }
        let t: f64 = profile
            .tie_groups(ballot)
            .iter()
            .map(|&t| (t as f64).powi(3) - t as f64)
            .sum();
        ties += ballot.count as f64 * t;
    }
    let mean = m * (nf + 1.0) / 2.0;
    let s: f64 = sums.iter().map(|r| (r - mean).powi(2)).sum();
    let plain_den = m * m * (nf.powi(3) - nf);
    let corrected_den = plain_den - m * ties;
    let ratio = |den: f64| (den > 0.0).then(|| (12.0 * s / den).clamp(0.0, 1.0));
    let kendall_w = ratio(plain_den);
    let kendall_w_corrected = ratio(corrected_den);
    let df = n.saturating_sub(1);
    let chi2 = kendall_w_corrected
        .filter(|_| df > 0)
        .map(|w| m * df as f64 * w);
    let p_value = chi2.map(|x| chi_square_sf(x, df as f64));

    // Σ over pairs of voters of their Kendall distance, from the pairwise matrix: for each pair of
    // candidates, x voters prefer one, y the other, t tie; x·y voter pairs disagree fully and
    // (x + y)·t by half.
    let voter_pairs = m * (m - 1.0) / 2.0;
    let candidate_pairs = nf * (nf - 1.0) / 2.0;
    let mean_distance = (voter_pairs > 0.0 && candidate_pairs > 0.0).then(|| {
        let mut total = 0.0;
        for a in 0..n {
            for b in a + 1..n {
                let (x, y, t) = (
                    pw.wins(a, b) as f64,
                    pw.wins(b, a) as f64,
                    pw.ties(a, b) as f64,
                );
                total += x * y + (x + y) * t / 2.0;
            }
        }
        total / voter_pairs / candidate_pairs
    });

    let spread = (0..n)
        .map(|c| {
            let q = positional_quantiles(profile, &table, c, [0.0, 0.25, 0.5, 0.75, 1.0]);
            Spread {
                min: q[0],
                q1: q[1],
                median: q[2],
                q3: q[3],
                max: q[4],
            }
        })
        .collect();
    Agreement {
        kendall_w,
        kendall_w_corrected,
        chi2,
        df,
        p_value,
        mean_distance,
        spread,
    }
}

/// The Kendall distance between two consensus orders.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderDistance {
    /// Pairs the orders put the other way round (1 each) or tie in one only (½ each).
    pub distance: f64,
    /// `distance` divided by the number of pairs compared (0 when there are none).
    pub normalized: f64,
    /// Pairs compared: those whose two candidates are in both orders.
    pub pairs: usize,
}

/// Kendall distance between two orders given as tiers, over the candidates present in both
/// (a later round may rank only the top of an earlier one).
pub fn order_distance(a: &[Vec<usize>], b: &[Vec<usize>]) -> OrderDistance {
    let place = |order: &[Vec<usize>]| {
        let mut p = std::collections::HashMap::new();
        for (t, tier) in order.iter().enumerate() {
            for &c in tier {
                p.insert(c, t);
            }
        }
        p
    };
    let (pa, pb) = (place(a), place(b));
    let mut common: Vec<usize> = pa.keys().filter(|c| pb.contains_key(c)).copied().collect();
    common.sort_unstable();
    let (mut distance, mut pairs) = (0.0, 0);
    for (i, &x) in common.iter().enumerate() {
        for &y in &common[i + 1..] {
            pairs += 1;
            let da = pa[&x].cmp(&pa[&y]);
            let db = pb[&x].cmp(&pb[&y]);
            if da != db {
                distance += if da.is_eq() || db.is_eq() { 0.5 } else { 1.0 };
            }
        }
    }
    OrderDistance {
        distance,
        normalized: if pairs > 0 {
            distance / pairs as f64
        } else {
            0.0
        },
        pairs,
    }
}

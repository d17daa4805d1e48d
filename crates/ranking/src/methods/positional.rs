//! Borda, mean rank and median rank: methods that score each candidate by its places.

use crate::profile::Profile;

/// Borda points: a candidate in place p (1-based) of n gets n − p; tied and unranked candidates
/// share the mean of the points of the places they span, so every ballot gives out the same
/// total, n(n−1)/2. Weighted by the ballots' counts.
pub fn borda(profile: &Profile) -> Vec<f64> {
    let n = profile.n() as f64;
    let mut scores = vec![0.0; profile.n()];
    for ballot in profile.ballots() {
        for (c, r) in profile.mid_ranks(ballot).into_iter().enumerate() {
            scores[c] += ballot.count as f64 * (n - r);
        }
    }
    scores
}

/// The mean mid-rank over all voters (1 is best).
pub fn mean_rank(profile: &Profile) -> Vec<f64> {
    let voters = profile.voters() as f64;
    let mut sums = vec![0.0; profile.n()];
    for ballot in profile.ballots() {
        for (c, r) in profile.mid_ranks(ballot).into_iter().enumerate() {
            sums[c] += ballot.count as f64 * r;
        }
    }
    sums.into_iter()
        .map(|s| if voters > 0.0 { s / voters } else { 0.0 })
        .collect()
}

/// The median mid-rank over all voters (1 is best); with an even number of voters, the mean of
/// the two middle values.
pub fn median_rank(profile: &Profile) -> Vec<f64> {
    let table = profile.mid_rank_table();
    (0..profile.n())
        .map(|c| quantile(&weighted_values(profile, &table, c), 0.5).unwrap_or(0.0))
        .collect()
}

/// A candidate's mid-ranks (from [`Profile::mid_rank_table`]) with their weights, sorted.
pub(crate) fn weighted_values(profile: &Profile, table: &[Vec<f64>], c: usize) -> Vec<(f64, u64)> {
    let mut v: Vec<(f64, u64)> = profile
        .ballots()
        .iter()
        .zip(table)
        .map(|(b, r)| (r[c], b.count))
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    v
}

/// The `p`-quantile of weighted sorted values, as if each value were repeated `weight` times,
/// interpolating linearly between order statistics (Hyndman and Fan's type 7, the default of R
/// and NumPy).
pub(crate) fn quantile(values: &[(f64, u64)], p: f64) -> Option<f64> {
    let total: u64 = values.iter().map(|v| v.1).sum();
    if total == 0 {
        return None;
    }
    let h = (total - 1) as f64 * p;
    let lo = h.floor() as u64;
    let frac = h - lo as f64;
    let at = |k: u64| {
        let mut seen = 0;
        for &(x, w) in values {
            seen += w;
            if k < seen {
                return x;
            }
        }
        values[values.len() - 1].0
    };
    let a = at(lo);
    Some(if frac > 0.0 {
        a + frac * (at(lo + 1) - a)
    } else {
        a
    })
}

//! The aggregation methods. Each returns the whole consensus order as tiers, best first, and the
//! scores it ordered by; [`aggregate`] dispatches on [`Method`].

mod copeland;
mod kemeny;
mod positional;
mod ranked_pairs;
mod schulze;

pub use kemeny::{is_quick as kemeny_is_quick, kemeny, KemenyInfo, EXACT_LIMIT, QUICK_LIMIT};
pub use ranked_pairs::RankedPairsInfo;

use serde::{Deserialize, Serialize};

use crate::pairwise::Pairwise;
use crate::profile::Profile;
use crate::tiers::Tiers;

/// How Schulze measures the strength of a pairwise win of `a` over `b`, where `w(a, b)` is the
/// number of voters ranking `a` above `b`. They differ only when ballots tie or leave candidates
/// unranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchulzeVariant {
    /// `w(a, b) − w(b, a)`.
    #[default]
    Margin,
    /// `w(a, b)`, and between equal ones the smaller `w(b, a)` is stronger.
    Winning,
    /// `w(a, b) / w(b, a)` (a win with no opposing votes is strongest).
    Ratio,
}

impl SchulzeVariant {
    /// The name used in files and the `pkg/` API.
    pub fn name(self) -> &'static str {
        match self {
            SchulzeVariant::Margin => "margin",
            SchulzeVariant::Winning => "winning",
            SchulzeVariant::Ratio => "ratio",
        }
    }
}

/// An aggregation method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Points n−1 … 0 by position; tied and unranked candidates share the mean of the points of
    /// the places they span. Highest total first.
    Borda,
    /// Mean of each candidate's mid-rank over the voters. Lowest first.
    MeanRank,
    /// Median of each candidate's mid-rank over the voters (the mean of the two middle values for
    /// an even number). Lowest first.
    MedianRank,
    /// Pairwise wins minus pairwise losses. Highest first.
    Copeland,
    /// Strongest paths between candidates in the pairwise graph (Schulze 2011).
    Schulze(SchulzeVariant),
    /// Pairwise wins locked in from strongest to weakest, skipping any that would make a cycle
    /// (Tideman 1987).
    RankedPairs,
    /// The order with the smallest total Kendall distance to the ballots (Kemeny 1959; Young and
    /// Levenglick 1978), exact.
    Kemeny,
}

impl Method {
    /// Every method, Schulze in its default (margin) variant.
    pub const ALL: [Method; 7] = [
        Method::Borda,
        Method::MeanRank,
        Method::MedianRank,
        Method::Copeland,
        Method::Schulze(SchulzeVariant::Margin),
        Method::RankedPairs,
        Method::Kemeny,
    ];

    /// The name used in files and the `pkg/` API.
    pub fn name(self) -> &'static str {
        match self {
            Method::Borda => "borda",
            Method::MeanRank => "mean_rank",
            Method::MedianRank => "median_rank",
            Method::Copeland => "copeland",
            Method::Schulze(_) => "schulze",
            Method::RankedPairs => "ranked_pairs",
            Method::Kemeny => "kemeny",
        }
    }
}

/// A method's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The method.
    pub method: Method,
    /// Candidate indices in tiers, best first; a tier holds candidates the method cannot separate.
    pub order: Tiers,
    /// Per candidate, what the method ordered by: Borda points, mean or median rank (lower is
    /// better), Copeland wins − losses, or, for Schulze, Ranked Pairs and Kemeny, the number of
    /// candidates placed below.
    pub scores: Vec<f64>,
    /// False only for a Kemeny order found by local search on a component of more than
    /// [`EXACT_LIMIT`] candidates.
    pub exact: bool,
    /// Kemeny's distance and number of optimal orders.
    pub kemeny: Option<KemenyInfo>,
    /// The pairs Ranked Pairs locked and skipped, in the order it considered them.
    pub ranked_pairs: Option<RankedPairsInfo>,
}

impl Outcome {
    fn plain(method: Method, order: Tiers, scores: Vec<f64>) -> Outcome {
        Outcome {
            method,
            order,
            scores,
            exact: true,
            kemeny: None,
            ranked_pairs: None,
        }
    }
}

/// Runs one method on a profile (with its pairwise matrix, which the caller usually needs too).
pub fn aggregate(profile: &Profile, pairwise: &Pairwise, method: Method) -> Outcome {
    match method {
        Method::Borda => {
            let scores = positional::borda(profile);
            Outcome::plain(method, tiers_by(&scores, true), scores)
        }
        Method::MeanRank => {
            let scores = positional::mean_rank(profile);
            Outcome::plain(method, tiers_by(&scores, false), scores)
        }
        Method::MedianRank => {
            let scores = positional::median_rank(profile);
            Outcome::plain(method, tiers_by(&scores, false), scores)
        }
        Method::Copeland => {
            let scores = copeland::copeland(pairwise);
            Outcome::plain(method, tiers_by(&scores, true), scores)
        }
        Method::Schulze(variant) => {
            let scores = schulze::schulze(pairwise, variant);
            Outcome::plain(method, tiers_by(&scores, true), scores)
        }
        Method::RankedPairs => ranked_pairs::ranked_pairs(pairwise),
        Method::Kemeny => kemeny(pairwise),
    }
}

/// Groups candidates into tiers by score, best first; equal scores share a tier, and within a
/// tier candidates keep their input order.
pub fn tiers_by(scores: &[f64], higher_is_better: bool) -> Tiers {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| {
        let o = scores[a].total_cmp(&scores[b]);
        (if higher_is_better { o.reverse() } else { o }).then(a.cmp(&b))
    });
    if idx.windows(2).all(|w| scores[w[0]] != scores[w[1]]) {
        return Tiers::strict(idx);
    }
    let mut tiers = Tiers::default();
    for tier in idx.chunk_by(|&a, &b| scores[a] == scores[b]) {
        tiers.push(tier);
    }
    tiers
}

/// Quantiles of a candidate's mid-ranks over the voters (type 7; see `positional`), from the
/// profile's [`Profile::mid_rank_table`].
pub(crate) fn positional_quantiles<const K: usize>(
    profile: &Profile,
    table: &[Vec<f64>],
    c: usize,
    ps: [f64; K],
) -> [f64; K] {
    let values = positional::weighted_values(profile, table, c);
    ps.map(|p| positional::quantile(&values, p).unwrap_or(0.0))
}

/// For each candidate of a strict order, how many candidates come after it.
fn below_counts(order: &[usize], n: usize) -> Vec<f64> {
    let mut scores = vec![0.0; n];
    for (pos, &c) in order.iter().enumerate() {
        scores[c] = (order.len() - 1 - pos) as f64;
    }
    scores
}

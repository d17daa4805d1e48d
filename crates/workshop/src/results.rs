//! A round's results, computed from its current ballots with the ranking engine: every method's
//! consensus, where methods disagree, agreement, the position table, per-sector consensus, the
//! comparison of two rounds and the top N for workshop 3. Nothing here is stored: results are
//! always recomputed from the ballots.

use ranking::{
    aggregate, agreement, order_distance, Agreement, Ballot, Method, OrderDistance, Outcome,
    Pairwise, Profile,
};

use crate::participants::Sector;
use crate::rounds::{CastBallot, Round};
use crate::session::Session;

/// Everything the results view shows for one round.
#[derive(Debug, Clone)]
pub struct RoundResults {
    /// Candidate index → problem id, in the round's order.
    pub problems: Vec<String>,
    /// The current ballots counted.
    pub ballots: usize,
    /// The profile (candidates are problem ids).
    pub profile: Profile,
    /// Its pairwise matrix.
    pub pairwise: Pairwise,
    /// One outcome per method of [`Method::ALL`], in that order.
    pub outcomes: Vec<Outcome>,
    /// Agreement among the ballots.
    pub agreement: Agreement,
    /// `positions[c][k]`: how many ballots put problem `c` at place `k + 1` (a tie counts at the
    /// tier's first place); the last column counts ballots that left it unranked.
    pub positions: Vec<Vec<u64>>,
}

/// The profile of a list of ballots over a round's problems.
fn profile_of<'a>(round: &Round, ballots: impl Iterator<Item = &'a CastBallot>) -> Profile {
    let index = |id: &String| round.problems.iter().position(|p| p == id);
    let ballots: Vec<Ballot> = ballots
        .map(|b| Ballot {
            count: 1,
            tiers: b
                .tiers
                .iter()
                .map(|t| t.iter().filter_map(index).collect::<Vec<_>>())
                .filter(|t| !t.is_empty())
                .collect(),
        })
        .filter(|b| !b.tiers.is_empty())
        .collect();
    Profile::new(round.problems.clone(), ballots).expect("cast ballots are validated")
}

/// 1-based place of each candidate in an order of tiers: a tier's candidates share the place of
/// its first one ("1, 2, 2, 4").
pub fn places<T: AsRef<[usize]>>(order: impl IntoIterator<Item = T>, n: usize) -> Vec<usize> {
    let mut out = vec![0; n];
    let mut place = 1;
    for tier in order {
        let tier = tier.as_ref();
        for &c in tier {
            out[c] = place;
        }
        place += tier.len();
    }
    out
}

/// Computes a round's results, or `None` when it has no ballots yet.
pub fn round_results(session: &Session, round: &Round) -> Option<RoundResults> {
    results_of(session, round, false)
}

/// [`round_results`] without exact Kemeny where Kemeny would be slow (a cycle among more than
/// [`ranking::methods::QUICK_LIMIT`] problems) and is not the round's own method: every other
/// method in a few milliseconds, so the results view shows them at once and adds Kemeny with
/// [`RoundResults::finish`] afterwards ([`RoundResults::kemeny_pending`] says so meanwhile).
pub fn round_results_quick(session: &Session, round: &Round) -> Option<RoundResults> {
    results_of(session, round, round.method != Method::Kemeny)
}

fn results_of(session: &Session, round: &Round, quick: bool) -> Option<RoundResults> {
    let profile = profile_of(round, session.current_ballots(&round.meta.id));
    if profile.ballots().is_empty() {
        return None;
    }
    let pairwise = Pairwise::new(&profile);
    let later = quick && !ranking::methods::kemeny_is_quick(&pairwise);
    let outcomes = Method::ALL
        .iter()
        .filter(|&&m| !(later && m == Method::Kemeny))
        .map(|&m| aggregate(&profile, &pairwise, m))
        .collect();
    let agreement = agreement(&profile, &pairwise);
    let n = profile.n();
    let mut positions = vec![vec![0u64; n + 1]; n];
    for b in profile.ballots() {
        let mut ranked = vec![false; n];
        let mut place = 0;
        for tier in &b.tiers {
            for &c in tier {
                positions[c][place] += b.count;
                ranked[c] = true;
            }
            place += tier.len();
        }
        for (c, r) in ranked.iter().enumerate() {
            if !r {
                positions[c][n] += b.count;
            }
        }
    }
    Some(RoundResults {
        problems: round.problems.clone(),
        ballots: profile.ballots().len(),
        profile,
        pairwise,
        outcomes,
        agreement,
        positions,
    })
}

/// Where another method's order differs from the chosen one.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// The other method.
    pub method: Method,
    /// First place (1-based) where they differ.
    pub from: usize,
    /// Last place where they differ.
    pub to: usize,
}

impl RoundResults {
    /// True while exact Kemeny is left for later (see [`round_results_quick`]).
    pub fn kemeny_pending(&self) -> bool {
        !self.outcomes.iter().any(|o| o.method == Method::Kemeny)
    }

    /// These results with every method computed (Kemeny added when it was left for later).
    pub fn finish(&self) -> RoundResults {
        let mut out = self.clone();
        if out.kemeny_pending() {
            out.outcomes
                .push(aggregate(&self.profile, &self.pairwise, Method::Kemeny));
        }
        out
    }

    /// The outcome of a method (Schulze in any variant gives the stored margin variant's result
    /// unless that variant is asked for and differs, so it is computed afresh then).
    pub fn outcome(&self, method: Method) -> Outcome {
        match self.outcomes.iter().find(|o| o.method == method) {
            Some(o) => o.clone(),
            None => aggregate(&self.profile, &self.pairwise, method),
        }
    }

    /// The places of a method's order, per candidate.
    pub fn places(&self, method: Method) -> Vec<usize> {
        places(&self.outcome(method).order, self.problems.len())
    }

    /// The methods whose consensus differs from `method`'s, with the range of places where.
    pub fn disagreements(&self, method: Method) -> Vec<Disagreement> {
        let mine = self.places(method);
        self.outcomes
            .iter()
            .filter(|o| o.method != method)
            .filter_map(|o| {
                let theirs = places(&o.order, self.problems.len());
                let differing: Vec<usize> = (0..mine.len())
                    .filter(|&c| mine[c] != theirs[c])
                    .flat_map(|c| [mine[c], theirs[c]])
                    .collect();
                let from = *differing.iter().min()?;
                let to = *differing.iter().max()?;
                Some(Disagreement {
                    method: o.method,
                    from,
                    to,
                })
            })
            .collect()
    }

    /// The problems people disagree about most: those whose middle half of ranks (the
    /// interquartile range) is widest, then whose whole range is, at most `k`, and only those
    /// with any spread at all.
    pub fn most_disputed(&self, k: usize) -> Vec<usize> {
        let s = &self.agreement.spread;
        let mut idx: Vec<usize> = (0..s.len()).filter(|&c| s[c].max > s[c].min).collect();
        idx.sort_by(|&a, &b| {
            let key = |c: usize| (s[c].q3 - s[c].q1, s[c].max - s[c].min);
            key(b)
                .0
                .total_cmp(&key(a).0)
                .then(key(b).1.total_cmp(&key(a).1))
                .then(a.cmp(&b))
        });
        idx.truncate(k);
        idx
    }
}

/// The usual reading of Kendall's W (the bands of Landis and Koch, 1977, as commonly applied to
/// W): below 0.2 slight, then fair, moderate, substantial, and from 0.8 almost perfect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// W < 0.2.
    Slight,
    /// 0.2 ≤ W < 0.4.
    Fair,
    /// 0.4 ≤ W < 0.6.
    Moderate,
    /// 0.6 ≤ W < 0.8.
    Substantial,
    /// W ≥ 0.8.
    AlmostPerfect,
}

/// Reads a Kendall's W.
pub fn reading(w: f64) -> Reading {
    // Read as shown (two decimals), so that the words and the number agree: 0.596 reads
    // "0.60: substantial", not "0.60: moderate".
    match (w * 100.0).round() / 100.0 {
        w if w < 0.2 => Reading::Slight,
        w if w < 0.4 => Reading::Fair,
        w if w < 0.6 => Reading::Moderate,
        w if w < 0.8 => Reading::Substantial,
        _ => Reading::AlmostPerfect,
    }
}

/// The top `n` of an order: the candidates surely in (whole tiers above the cut) and, when a
/// tier straddles the cut, that tier and how many of it must still be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopN {
    /// Surely in, best first.
    pub sure: Vec<usize>,
    /// The tier that straddles the cut (empty when the cut falls between tiers).
    pub tied: Vec<usize>,
    /// How many of `tied` to choose.
    pub missing: usize,
}

/// Splits an order at `n`.
pub fn top_n<T: AsRef<[usize]>>(order: impl IntoIterator<Item = T>, n: usize) -> TopN {
    let mut sure = Vec::new();
    for tier in order {
        let tier = tier.as_ref();
        if sure.len() + tier.len() <= n {
            sure.extend(tier);
        } else {
            let missing = n - sure.len();
            return TopN {
                sure,
                tied: if missing > 0 {
                    tier.to_vec()
                } else {
                    Vec::new()
                },
                missing,
            };
        }
    }
    TopN {
        sure,
        tied: Vec::new(),
        missing: 0,
    }
}

/// One sector's consensus in a round.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorConsensus {
    /// The sector.
    pub sector: Sector,
    /// How many individual ballots of attendees of this sector count.
    pub voters: usize,
    /// The consensus order, `None` when fewer than two voters (hidden, so nobody's ballot can
    /// be read off it).
    pub order: Option<Vec<Vec<usize>>>,
}

/// The consensus of each quadruple-helix sector with `method`: only individual ballots of
/// participants who attended workshop 2 and have a sector count; a sector with fewer than two
/// such ballots shows no order.
pub fn sector_consensus(session: &Session, round: &Round, method: Method) -> Vec<SectorConsensus> {
    Sector::ALL
        .iter()
        .map(|&sector| {
            let ballots: Vec<&CastBallot> = session
                .current_ballots(&round.meta.id)
                .filter(|b| session.ballot_sector(b) == Some(sector))
                .collect();
            let voters = ballots.len();
            let order = (voters >= 2).then(|| {
                let profile = profile_of(round, ballots.into_iter());
                let pw = Pairwise::new(&profile);
                aggregate(&profile, &pw, method).order.to_vecs()
            });
            SectorConsensus {
                sector,
                voters,
                order,
            }
        })
        .collect()
}

/// How the consensus moved from one round to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Problems ranked in both rounds, by id, with their place in the first and in the second
    /// (each in its own round's order).
    pub moves: Vec<(String, usize, usize)>,
    /// Problems only the first round had (a later round may take only its top N).
    pub dropped: Vec<String>,
    /// Kendall distance between the two orders over the problems in both.
    pub distance: OrderDistance,
}

/// Compares two rounds' consensus orders.
pub fn compare(a: &RoundResults, ma: Method, b: &RoundResults, mb: Method) -> Comparison {
    let (oa, ob) = (a.outcome(ma), b.outcome(mb));
    let (pa, pb) = (a.places(ma), b.places(mb));
    // Map both orders onto one candidate numbering: the first round's.
    let in_a = |id: &String| a.problems.iter().position(|p| p == id);
    let ob_in_a: Vec<Vec<usize>> = ob
        .order
        .iter()
        .map(|t| t.iter().filter_map(|&c| in_a(&b.problems[c])).collect())
        .filter(|t: &Vec<usize>| !t.is_empty())
        .collect();
    let distance = order_distance(&oa.order.to_vecs(), &ob_in_a);
    let mut moves = Vec::new();
    let mut dropped = Vec::new();
    for tier in &oa.order {
        for &c in tier {
            let id = &a.problems[c];
            match b.problems.iter().position(|p| p == id) {
                Some(j) => moves.push((id.clone(), pa[c], pb[j])),
                None => dropped.push(id.clone()),
            }
        }
    }
    Comparison {
        moves,
        dropped,
        distance,
    }
}

//! The ranking part of `pkg/`: plain serde types in and out, so the logic is tested natively and
//! the wasm-bindgen layer only converts.

use ranking::methods::aggregate as run;
use ranking::{
    agreement, order_distance, preflib, Method, Outcome, Pairwise, Profile, SchulzeVariant,
};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

/// `{ count, ranking: [[names], …] }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotIo {
    /// How many voters cast this ballot.
    pub count: f64,
    /// Tiers of candidate names, best first.
    pub ranking: Vec<Vec<String>>,
}

/// `{ candidates, ballots }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileIo {
    /// Candidate names, unique.
    pub candidates: Vec<String>,
    /// The ballots.
    pub ballots: Vec<BallotIo>,
}

/// Options of `aggregate`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Options {
    /// `"margin"` (default), `"winning"` or `"ratio"`.
    pub schulze: Option<String>,
}

/// The input of `aggregate`.
#[derive(Debug, Clone, Deserialize)]
pub struct AggregateInput {
    /// Candidate names, unique.
    pub candidates: Vec<String>,
    /// The ballots.
    pub ballots: Vec<BallotIo>,
    /// One of the method names.
    pub method: String,
    /// Method options.
    #[serde(default)]
    pub options: Option<Options>,
}

/// Values keyed by candidate name, in the candidates' order (a plain object in JavaScript).
pub struct ByName<'a, T>(pub &'a [String], pub Vec<T>);

impl<T: Serialize> Serialize for ByName<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0.iter().zip(&self.1) {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// `{ distance, optimal_count }`.
#[derive(Serialize)]
pub struct KemenyOut {
    distance: f64,
    optimal_count: Option<u64>,
}

/// `{ locked: [[winner, loser]], skipped: [[winner, loser]] }`.
#[derive(Serialize)]
pub struct RankedPairsOut {
    locked: Vec<[String; 2]>,
    skipped: Vec<[String; 2]>,
}

/// `{ min, q1, median, q3, max }`.
#[derive(Serialize)]
pub struct SpreadOut {
    min: f64,
    q1: f64,
    median: f64,
    q3: f64,
    max: f64,
}

/// Agreement figures; `null` where undefined (one candidate, one voter).
#[derive(Serialize)]
pub struct AgreementOut<'a> {
    kendall_w: Option<f64>,
    kendall_w_corrected: Option<f64>,
    chi2: Option<f64>,
    df: usize,
    p_value: Option<f64>,
    mean_distance: Option<f64>,
    spread: ByName<'a, SpreadOut>,
}

/// One method's result.
#[derive(Serialize)]
pub struct MethodOut {
    method: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schulze: Option<SchulzeVariant>,
    order: Vec<Vec<String>>,
    scores: ByNameOwned<f64>,
    exact: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    kemeny: Option<KemenyOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ranked_pairs: Option<RankedPairsOut>,
}

/// Values keyed by candidate name, owning the names (see [`ByName`]).
pub struct ByNameOwned<T>(Vec<String>, Vec<T>);

impl<T: Serialize> Serialize for ByNameOwned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ByName(&self.0, self.1.iter().collect()).serialize(s)
    }
}

/// The result of `aggregate`: one method's result with the profile's figures.
#[derive(Serialize)]
pub struct AggregateOutput<'a> {
    #[serde(flatten)]
    result: MethodOut,
    #[serde(flatten)]
    common: Common<'a>,
}

/// What does not depend on the method.
#[derive(Serialize)]
pub struct Common<'a> {
    condorcet_winner: Option<String>,
    condorcet_loser: Option<String>,
    pairwise: ByName<'a, ByName<'a, u64>>,
    agreement: AgreementOut<'a>,
}

/// The result of `aggregateAll`: every method's result, keyed by method name.
#[derive(Serialize)]
pub struct AggregateAllOutput<'a> {
    results: Methods,
    #[serde(flatten)]
    common: Common<'a>,
}

/// Method results keyed by method name, in the order of [`Method::ALL`].
pub struct Methods(Vec<MethodOut>);

impl Serialize for Methods {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for m in &self.0 {
            map.serialize_entry(m.method, m)?;
        }
        map.end()
    }
}

const METHODS: &str = "borda, mean_rank, median_rank, copeland, schulze, ranked_pairs, kemeny";

fn parse_method(name: &str, options: Option<&Options>) -> Result<Method, String> {
    let variant = match options.and_then(|o| o.schulze.as_deref()) {
        None | Some("margin") => SchulzeVariant::Margin,
        Some("winning") => SchulzeVariant::Winning,
        Some("ratio") => SchulzeVariant::Ratio,
        Some(other) => {
            return Err(format!(
                "unknown options.schulze \"{other}\"; use one of margin, winning, ratio"
            ))
        }
    };
    Ok(match name {
        "borda" => Method::Borda,
        "mean_rank" => Method::MeanRank,
        "median_rank" => Method::MedianRank,
        "copeland" => Method::Copeland,
        "schulze" => Method::Schulze(variant),
        "ranked_pairs" => Method::RankedPairs,
        "kemeny" => Method::Kemeny,
        other => return Err(format!("unknown method \"{other}\"; use one of {METHODS}")),
    })
}

/// Builds a validated profile from names.
pub fn to_profile(candidates: Vec<String>, ballots: &[BallotIo]) -> Result<Profile, String> {
    let pairs: Vec<(f64, Vec<Vec<String>>)> = ballots
        .iter()
        .map(|b| (b.count, b.ranking.clone()))
        .collect();
    Profile::from_names(candidates, &pairs).map_err(|e| e.to_string())
}

fn from_profile(p: &Profile) -> ProfileIo {
    let name = |c: &usize| p.candidates()[*c].clone();
    ProfileIo {
        candidates: p.candidates().to_vec(),
        ballots: p
            .ballots()
            .iter()
            .map(|b| BallotIo {
                count: b.count as f64,
                ranking: b
                    .tiers
                    .iter()
                    .map(|t| t.iter().map(name).collect())
                    .collect(),
            })
            .collect(),
    }
}

fn method_out(profile: &Profile, method: Method, outcome: Outcome) -> MethodOut {
    let names = profile.candidates();
    let name = |c: usize| names[c].clone();
    let pairs = |v: &[(usize, usize)]| v.iter().map(|&(a, b)| [name(a), name(b)]).collect();
    MethodOut {
        method: method.name(),
        schulze: match method {
            Method::Schulze(v) => Some(v),
            _ => None,
        },
        order: outcome
            .order
            .iter()
            .map(|t| t.iter().map(|&c| name(c)).collect())
            .collect(),
        scores: ByNameOwned(names.to_vec(), outcome.scores),
        exact: outcome.exact,
        kemeny: outcome.kemeny.map(|k| KemenyOut {
            distance: k.distance,
            optimal_count: k.optimal_count,
        }),
        ranked_pairs: outcome.ranked_pairs.map(|r| RankedPairsOut {
            locked: pairs(r.locked()),
            skipped: pairs(&r.skipped),
        }),
    }
}

fn common<'a>(profile: &'a Profile, pw: &Pairwise) -> Common<'a> {
    let names = profile.candidates();
    let n = profile.n();
    let agreement = agreement(profile, pw);
    Common {
        condorcet_winner: pw.condorcet_winner().map(|c| names[c].clone()),
        condorcet_loser: pw.condorcet_loser().map(|c| names[c].clone()),
        pairwise: ByName(
            names,
            (0..n)
                .map(|a| ByName(names, (0..n).map(|b| pw.wins(a, b)).collect()))
                .collect(),
        ),
        agreement: AgreementOut {
            kendall_w: agreement.kendall_w,
            kendall_w_corrected: agreement.kendall_w_corrected,
            chi2: agreement.chi2,
            df: agreement.df,
            p_value: agreement.p_value,
            mean_distance: agreement.mean_distance,
            spread: ByName(
                names,
                agreement
                    .spread
                    .iter()
                    .map(|s| SpreadOut {
                        min: s.min,
                        q1: s.q1,
                        median: s.median,
                        q3: s.q3,
                        max: s.max,
                    })
                    .collect(),
            ),
        },
    }
}

/// Runs one method and the agreement figures; `with` serialises the result.
pub fn aggregate_with<R>(
    input: AggregateInput,
    with: impl FnOnce(&AggregateOutput) -> R,
) -> Result<R, String> {
    let method = parse_method(&input.method, input.options.as_ref())?;
    let profile = to_profile(input.candidates, &input.ballots)?;
    let pw = Pairwise::new(&profile);
    let result = method_out(&profile, method, run(&profile, &pw, method));
    Ok(with(&AggregateOutput {
        result,
        common: common(&profile, &pw),
    }))
}

/// The input of `aggregateAll`: `aggregate`'s without the method.
#[derive(Debug, Clone, Deserialize)]
pub struct AggregateAllInput {
    /// Candidate names, unique.
    pub candidates: Vec<String>,
    /// The ballots.
    pub ballots: Vec<BallotIo>,
    /// Method options.
    #[serde(default)]
    pub options: Option<Options>,
}

/// Runs every method (Schulze in the variant the options name) and the agreement figures once.
pub fn aggregate_all_with<R>(
    input: AggregateAllInput,
    with: impl FnOnce(&AggregateAllOutput) -> R,
) -> Result<R, String> {
    let methods = all_methods(input.options.as_ref())?;
    let profile = to_profile(input.candidates, &input.ballots)?;
    let pw = Pairwise::new(&profile);
    let results = methods
        .iter()
        .map(|&m| method_out(&profile, m, run(&profile, &pw, m)))
        .collect();
    Ok(with(&AggregateAllOutput {
        results: Methods(results),
        common: common(&profile, &pw),
    }))
}

/// Every method in the order of [`Method::ALL`], Schulze in the variant the options name.
fn all_methods(options: Option<&Options>) -> Result<[Method; 7], String> {
    let schulze = parse_method("schulze", options)?;
    Ok(Method::ALL.map(|m| match m {
        Method::Schulze(_) => schulze,
        m => m,
    }))
}

/// One method's result by candidate index, flat, as `Profile.run` returns it (typed arrays).
#[derive(Debug, Clone, PartialEq)]
pub struct Flat {
    /// The method.
    pub method: Method,
    /// Candidates best first (those of a tier together, in input order).
    pub order: Vec<i32>,
    /// Per candidate, its tier (0 first).
    pub tier: Vec<i32>,
    /// Per candidate, the method's score.
    pub scores: Vec<f64>,
    /// False only for a Kemeny order found by local search.
    pub exact: bool,
    /// Kemeny's distance and number of optimal orders.
    pub kemeny: Option<ranking::methods::KemenyInfo>,
    /// Ranked Pairs' locked and skipped pairs, each flat: winner, loser, winner, loser, …
    pub pairs: Option<(Vec<i32>, Vec<i32>)>,
}

impl Flat {
    fn of(method: Method, outcome: Outcome) -> Flat {
        let mut tier = vec![0; outcome.scores.len()];
        for (t, members) in outcome.order.iter().enumerate() {
            for &c in members {
                tier[c] = t as i32;
            }
        }
        let flat =
            |v: &[(usize, usize)]| v.iter().flat_map(|&(a, b)| [a as i32, b as i32]).collect();
        Flat {
            method,
            order: outcome.order.iter().flatten().map(|&c| c as i32).collect(),
            tier,
            scores: outcome.scores,
            exact: outcome.exact,
            kemeny: outcome.kemeny,
            pairs: outcome
                .ranked_pairs
                .map(|r| (flat(r.locked()), flat(&r.skipped))),
        }
    }
}

/// The spreads of the agreement figures, flat: min, q1, median, q3, max of each candidate.
pub fn flat_spread(agreement: &ranking::Agreement) -> Vec<f64> {
    agreement
        .spread
        .iter()
        .flat_map(|s| [s.min, s.q1, s.median, s.q3, s.max])
        .collect()
}

/// The values a caller passed as `what`, each a number.
pub fn plain_numbers(what: &str, values: &[Option<f64>]) -> Result<Vec<f64>, String> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| v.ok_or_else(|| format!("{what}[{i}] is not a number")))
        .collect()
}

/// The values a caller passed as `what`, each a whole number that fits 32 bits.
pub fn whole_numbers(what: &str, values: &[Option<f64>]) -> Result<Vec<i32>, String> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Some(x) if x.fract() == 0.0 && (i32::MIN as f64..=i32::MAX as f64).contains(x) => {
                Ok(*x as i32)
            }
            _ => Err(format!("{what}[{i}] is not a whole number")),
        })
        .collect()
}

/// A profile read and checked once, with its pairwise matrix, for many calls (`Profile` in
/// `pkg/`): a caller converts a round's ballots once and then asks for any method, each call
/// paying only for the method and its result. Results name candidates by index (their position
/// in `candidates`), except [`Handle::aggregate`], which answers exactly as `aggregate()` does.
pub struct Handle {
    profile: Profile,
    pairwise: Pairwise,
}

impl Handle {
    /// From `{ candidates, ballots }` (names), checked as `aggregate()` checks them.
    pub fn new(input: ProfileIo) -> Result<Handle, String> {
        to_profile(input.candidates, &input.ballots).map(Handle::of)
    }

    fn of(profile: Profile) -> Handle {
        let pairwise = Pairwise::new(&profile);
        Handle { profile, pairwise }
    }

    /// From numbers: `tiers` holds, ballot after ballot, each candidate's tier on that ballot
    /// (0 first; equal numbers tie; −1 unranked), so its length is ballots × candidates;
    /// `counts` gives each ballot's count, or is empty for one voter each.
    pub fn from_tiers(
        candidates: Vec<String>,
        tiers: &[i32],
        counts: &[f64],
    ) -> Result<Handle, String> {
        let n = candidates.len();
        if n > ranking::profile::MAX_CANDIDATES {
            return Err(ranking::ProfileError::TooManyCandidates { count: n }.to_string());
        }
        let ballots = tiers.len().checked_div(n).unwrap_or(0);
        if ballots * n != tiers.len() {
            return Err(format!(
                "tiers has {} numbers, not a whole number of ballots of {n} candidates",
                tiers.len()
            ));
        }
        if !counts.is_empty() && counts.len() != ballots {
            return Err(format!(
                "counts has {} numbers for {ballots} ballots",
                counts.len()
            ));
        }
        if ballots > ranking::profile::MAX_BALLOTS {
            return Err(ranking::ProfileError::TooManyBallots { count: ballots }.to_string());
        }
        let mut out = Vec::with_capacity(ballots);
        let mut row: Vec<(i32, usize)> = Vec::with_capacity(n);
        for (b, numbers) in tiers.chunks_exact(n.max(1)).enumerate() {
            row.clear();
            for (c, &t) in numbers.iter().enumerate() {
                match t {
                    -1 => {}
                    t if t >= 0 => row.push((t, c)),
                    t => {
                        return Err(format!(
                            "tiers[{}] is {t}: a tier is 0 or more, or -1 for unranked",
                            b * n + c
                        ))
                    }
                }
            }
            row.sort_unstable();
            let mut ranked: Vec<Vec<usize>> = Vec::new();
            for (i, &(t, c)) in row.iter().enumerate() {
                if i > 0 && row[i - 1].0 == t {
                    if let Some(last) = ranked.last_mut() {
                        last.push(c);
                    }
                } else {
                    ranked.push(vec![c]);
                }
            }
            let count = match counts.get(b) {
                Some(&c) => ranking::profile::whole_count(b, c).map_err(|e| e.to_string())?,
                None => 1,
            };
            out.push(ranking::Ballot {
                count,
                tiers: ranked,
            });
        }
        Profile::new(candidates, out)
            .map(Handle::of)
            .map_err(|e| e.to_string())
    }

    /// The candidates' names; a result's index `i` is `candidates()[i]`.
    pub fn candidates(&self) -> &[String] {
        self.profile.candidates()
    }

    /// The number of voters (the counts added up).
    pub fn voters(&self) -> u64 {
        self.profile.voters()
    }

    /// The pairwise matrix row by row: entry `a × n + b` is how many voters rank `a` above `b`.
    pub fn pairwise(&self) -> Vec<f64> {
        let n = self.profile.n();
        (0..n * n)
            .map(|i| self.pairwise.wins(i / n, i % n) as f64)
            .collect()
    }

    fn outcome(&self, method: Method) -> Outcome {
        run(&self.profile, &self.pairwise, method)
    }

    /// One method's result by index.
    pub fn run(&self, method: &str, options: Option<&Options>) -> Result<Flat, String> {
        let method = parse_method(method, options)?;
        Ok(Flat::of(method, self.outcome(method)))
    }

    /// Every method's result by index, in the order of [`Method::ALL`].
    pub fn run_all(&self, options: Option<&Options>) -> Result<Vec<Flat>, String> {
        Ok(all_methods(options)?
            .iter()
            .map(|&m| Flat::of(m, self.outcome(m)))
            .collect())
    }

    /// The candidates who beat, and who lose to, every other one head to head.
    pub fn condorcet(&self) -> (Option<usize>, Option<usize>) {
        (
            self.pairwise.condorcet_winner(),
            self.pairwise.condorcet_loser(),
        )
    }

    /// The agreement figures.
    pub fn agreement(&self) -> ranking::Agreement {
        agreement(&self.profile, &self.pairwise)
    }

    /// Exactly what `aggregate()` answers for these ballots and this method (names).
    pub fn aggregate<R>(
        &self,
        method: &str,
        options: Option<&Options>,
        with: impl FnOnce(&AggregateOutput) -> R,
    ) -> Result<R, String> {
        let method = parse_method(method, options)?;
        Ok(with(&AggregateOutput {
            result: method_out(&self.profile, method, self.outcome(method)),
            common: common(&self.profile, &self.pairwise),
        }))
    }
}

/// Times the engine alone (no conversion between JavaScript and Rust), as milliseconds per run
/// (median of `runs` samples, each a batch of runs lasting about 0.2 ms; clock `now`): the pairwise matrix, each method and the agreement figures
/// from it, and "all" — everything from the ballots.
pub fn benchmark(
    input: AggregateAllInput,
    runs: usize,
    now: impl Fn() -> f64,
) -> Result<Vec<(String, f64)>, String> {
    let profile = to_profile(input.candidates, &input.ballots)?;
    // Each sample runs the work often enough to last about 0.2 ms, so that reading the clock
    // (a call out to JavaScript) is not part of a figure of a microsecond or less.
    let median = |f: &dyn Fn()| {
        let t = now();
        f();
        let once = (now() - t).max(1e-4);
        let batch = ((0.2 / once).ceil() as usize).clamp(1, 10_000);
        let mut times: Vec<f64> = (0..runs.max(1))
            .map(|_| {
                let t = now();
                for _ in 0..batch {
                    f();
                }
                (now() - t) / batch as f64
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    };
    let pw = Pairwise::new(&profile);
    let mut out = vec![(
        "pairwise".to_string(),
        median(&|| {
            std::hint::black_box(Pairwise::new(&profile));
        }),
    )];
    for m in Method::ALL {
        out.push((
            m.name().to_string(),
            median(&|| {
                std::hint::black_box(run(&profile, &pw, m));
            }),
        ));
    }
    out.push((
        "agreement".into(),
        median(&|| {
            std::hint::black_box(agreement(&profile, &pw));
        }),
    ));
    out.push((
        "all".into(),
        median(&|| {
            let pw = Pairwise::new(&profile);
            for m in Method::ALL {
                std::hint::black_box(run(&profile, &pw, m));
            }
            std::hint::black_box(agreement(&profile, &pw));
        }),
    ));
    Ok(out)
}

/// Reads a PrefLib file into `{ candidates, ballots }`.
pub fn parse_preflib(text: &str) -> Result<ProfileIo, String> {
    preflib::read(text)
        .map(|p| from_profile(&p))
        .map_err(|e| format!("invalid PrefLib file: {e}"))
}

/// Writes `{ candidates, ballots }` as a PrefLib file.
pub fn write_preflib(input: ProfileIo, title: &str) -> Result<String, String> {
    let profile = to_profile(input.candidates, &input.ballots)?;
    preflib::write(&profile, title).map_err(|e| e.to_string())
}

/// `{ distance, normalized, pairs }` between two orders given as tiers of names.
#[derive(Debug, Serialize, PartialEq)]
pub struct DistanceOut {
    distance: f64,
    normalized: f64,
    pairs: usize,
}

/// Kendall distance between two consensus orders (tiers of names), over the names in both.
pub fn distance(a: Vec<Vec<String>>, b: Vec<Vec<String>>) -> Result<DistanceOut, String> {
    let mut names: std::collections::HashMap<String, usize> = Default::default();
    let mut index = |order: &[Vec<String>], which: &str| -> Result<Vec<Vec<usize>>, String> {
        let listed: usize = order.iter().map(Vec::len).sum();
        if listed > ranking::profile::MAX_CANDIDATES {
            return Err(format!(
                "{which} lists {listed} names, more than the limit of {}",
                ranking::profile::MAX_CANDIDATES
            ));
        }
        let mut seen = std::collections::HashSet::new();
        order
            .iter()
            .map(|t| {
                t.iter()
                    .map(|n| {
                        if !seen.insert(n.as_str()) {
                            return Err(format!("{which} lists \"{n}\" twice"));
                        }
                        let next = names.len();
                        Ok(*names.entry(n.clone()).or_insert(next))
                    })
                    .collect()
            })
            .collect()
    };
    let (ia, ib) = (
        index(&a, "the first order")?,
        index(&b, "the second order")?,
    );
    let d = order_distance(&ia, &ib);
    Ok(DistanceOut {
        distance: d.distance,
        normalized: d.normalized,
        pairs: d.pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(method: &str) -> AggregateInput {
        AggregateInput {
            candidates: vec!["A".into(), "B".into(), "C".into()],
            ballots: vec![
                BallotIo {
                    count: 2.0,
                    ranking: vec![vec!["A".into()], vec!["B".into()]],
                },
                BallotIo {
                    count: 1.0,
                    ranking: vec![vec!["B".into(), "C".into()]],
                },
            ],
            method: method.into(),
            options: None,
        }
    }

    #[test]
    fn aggregate_speaks_in_names() {
        let json = aggregate_with(input("borda"), |o| serde_json::to_value(o).unwrap()).unwrap();
        assert_eq!(json["order"], serde_json::json!([["A"], ["B"], ["C"]]));
        assert_eq!(json["scores"]["A"], 4.0);
        assert_eq!(json["pairwise"]["A"]["B"], 2);
        assert_eq!(json["condorcet_winner"], "A");
        assert!(json.get("kemeny").is_none());
        assert_eq!(json["agreement"]["df"], 2);
        let json = aggregate_with(input("kemeny"), |o| serde_json::to_value(o).unwrap()).unwrap();
        assert_eq!(json["kemeny"]["optimal_count"], 1);
    }

    #[test]
    fn aggregate_all_gives_every_method_once() {
        let i = input("borda");
        let all = AggregateAllInput {
            candidates: i.candidates,
            ballots: i.ballots,
            options: None,
        };
        let json = aggregate_all_with(all, |o| serde_json::to_value(o).unwrap()).unwrap();
        // (serde_json's objects sort their keys; in JavaScript they keep Method::ALL's order.)
        let mut methods: Vec<&String> = json["results"].as_object().unwrap().keys().collect();
        methods.sort();
        let mut expected = [
            "borda",
            "mean_rank",
            "median_rank",
            "copeland",
            "schulze",
            "ranked_pairs",
            "kemeny",
        ];
        expected.sort();
        assert_eq!(methods, expected);
        assert_eq!(json["results"]["borda"]["scores"]["A"], 4.0);
        assert_eq!(json["results"]["schulze"]["schulze"], "margin");
        assert_eq!(json["condorcet_winner"], "A");
        assert_eq!(json["agreement"]["df"], 2);
    }

    fn handle() -> Handle {
        let i = input("borda");
        Handle::new(ProfileIo {
            candidates: i.candidates,
            ballots: i.ballots,
        })
        .unwrap()
    }

    #[test]
    fn a_profile_handle_answers_as_aggregate_does_by_index() {
        let h = handle();
        let index = |v: &serde_json::Value| {
            h.candidates().iter().position(|n| v == n.as_str()).unwrap() as i32
        };
        for m in Method::ALL {
            let named =
                aggregate_with(input(m.name()), |o| serde_json::to_value(o).unwrap()).unwrap();
            let flat = h.run(m.name(), None).unwrap();
            assert_eq!(flat.method, m);
            let tiers = named["order"].as_array().unwrap();
            let order: Vec<i32> = tiers
                .iter()
                .flat_map(|t| t.as_array().unwrap().iter().map(index))
                .collect();
            assert_eq!(flat.order, order, "{}", m.name());
            for (t, tier) in tiers.iter().enumerate() {
                for c in tier.as_array().unwrap() {
                    assert_eq!(flat.tier[index(c) as usize], t as i32, "{}", m.name());
                }
            }
            for (c, name) in h.candidates().iter().enumerate() {
                assert_eq!(flat.scores[c], named["scores"][name], "{}", m.name());
            }
            assert_eq!(flat.exact, named["exact"]);
            assert_eq!(flat.kemeny.is_some(), named.get("kemeny").is_some());
            if let Some((locked, skipped)) = &flat.pairs {
                let pairs = |v: &serde_json::Value| -> Vec<i32> {
                    v.as_array()
                        .unwrap()
                        .iter()
                        .flat_map(|p| p.as_array().unwrap().iter().map(index))
                        .collect()
                };
                assert_eq!(locked, &pairs(&named["ranked_pairs"]["locked"]));
                assert_eq!(skipped, &pairs(&named["ranked_pairs"]["skipped"]));
            }
            let same = h
                .aggregate(m.name(), None, |o| serde_json::to_value(o).unwrap())
                .unwrap();
            assert_eq!(same, named, "{}", m.name());
        }
        let all = h.run_all(None).unwrap();
        assert_eq!(
            all.iter().map(|f| f.method).collect::<Vec<_>>(),
            Method::ALL
        );
        assert_eq!(all[0].scores, vec![4.0, 3.5, 1.5]);
        assert_eq!(h.condorcet(), (Some(0), Some(2)));
        let agreement = h.agreement();
        assert_eq!(agreement.df, 2);
        assert_eq!(flat_spread(&agreement).len(), 15);
        assert_eq!(flat_spread(&agreement)[0], agreement.spread[0].min);
        assert_eq!(flat_spread(&agreement)[14], agreement.spread[2].max);
        assert_eq!(
            h.pairwise(),
            vec![0.0, 2.0, 2.0, 1.0, 0.0, 2.0, 1.0, 0.0, 0.0]
        );
        assert_eq!(h.voters(), 3);
        let winning = Options {
            schulze: Some("winning".into()),
        };
        let out = h.run("schulze", Some(&winning)).unwrap();
        assert_eq!(out.method, Method::Schulze(SchulzeVariant::Winning));
        assert!(h
            .run("plurality", None)
            .err()
            .unwrap()
            .starts_with("unknown method"));
    }

    #[test]
    fn a_profile_from_tier_numbers_is_the_profile_from_names() {
        // A > B (twice); B = C, A unranked (once): tiers per candidate A, B, C.
        let names = vec!["A".to_string(), "B".into(), "C".into()];
        let from_tiers =
            Handle::from_tiers(names.clone(), &[0, 1, -1, -1, 3, 3], &[2.0, 1.0]).unwrap();
        assert_eq!(from_tiers.run_all(None), handle().run_all(None));
        assert_eq!(from_tiers.pairwise(), handle().pairwise());
        assert_eq!(from_tiers.agreement(), handle().agreement());
        let ones = Handle::from_tiers(names.clone(), &[0, 1, 2, 2, 1, 0], &[]).unwrap();
        assert_eq!(ones.voters(), 2);
        for (tiers, counts, message) in [
            (
                &[0, 1][..],
                &[][..],
                "tiers has 2 numbers, not a whole number of ballots of 3 candidates",
            ),
            (
                &[0, 1, 2],
                &[1.0, 1.0],
                "counts has 2 numbers for 1 ballots",
            ),
            (
                &[0, -2, 1],
                &[],
                "tiers[1] is -2: a tier is 0 or more, or -1 for unranked",
            ),
            (
                &[0, 1, 2],
                &[1.5],
                "ballot 1 has count 1.5; a count must be a whole number of at least 1",
            ),
        ] {
            assert_eq!(
                Handle::from_tiers(names.clone(), tiers, counts)
                    .err()
                    .as_deref(),
                Some(message)
            );
        }
        assert!(Handle::from_tiers(vec![], &[], &[]).is_err());
        // Plain arrays from JavaScript: a text (None) or a fraction is refused by position.
        assert_eq!(
            whole_numbers("tiers", &[Some(0.0), Some(-1.0)]),
            Ok(vec![0, -1])
        );
        assert_eq!(
            whole_numbers("tiers", &[Some(0.0), Some(1.5)]),
            Err("tiers[1] is not a whole number".into())
        );
        assert_eq!(
            whole_numbers("tiers", &[None]),
            Err("tiers[0] is not a whole number".into())
        );
        assert_eq!(
            whole_numbers("tiers", &[Some(3e9)]),
            Err("tiers[0] is not a whole number".into())
        );
        assert_eq!(plain_numbers("counts", &[Some(2.0)]), Ok(vec![2.0]));
        assert_eq!(
            plain_numbers("counts", &[Some(2.0), None]),
            Err("counts[1] is not a number".into())
        );
        let crowd: Vec<String> = (0..=ranking::profile::MAX_CANDIDATES)
            .map(|i| format!("c{i}"))
            .collect();
        assert!(Handle::from_tiers(crowd, &[], &[])
            .err()
            .unwrap()
            .contains("more than"));
        let too_many = vec![0; 3 * (ranking::profile::MAX_BALLOTS + 1)];
        assert!(Handle::from_tiers(names, &too_many, &[])
            .err()
            .unwrap()
            .contains("more than"));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let e = aggregate_with(input("plurality"), |_| ()).unwrap_err();
        assert_eq!(
            e,
            format!("unknown method \"plurality\"; use one of {METHODS}")
        );
        let mut bad = input("schulze");
        bad.options = Some(Options {
            schulze: Some("beatpath".into()),
        });
        assert!(aggregate_with(bad, |_| ())
            .unwrap_err()
            .contains("options.schulze \"beatpath\""));
        let mut bad = input("borda");
        bad.ballots[1].ranking[0].push("Z".into());
        assert_eq!(
            aggregate_with(bad, |_| ()).unwrap_err(),
            "ballot 2 names \"Z\", which is not a candidate"
        );
    }

    #[test]
    fn preflib_round_trip_through_the_api() {
        let p = ProfileIo {
            candidates: input("borda").candidates,
            ballots: input("borda").ballots,
        };
        let text = write_preflib(p.clone(), "t").unwrap();
        assert!(text.contains("# DATA TYPE: toi"));
        assert_eq!(parse_preflib(&text).unwrap(), p);
        assert!(parse_preflib("# NUMBER ALTERNATIVES: 2\n1: 1,3\n")
            .unwrap_err()
            .contains("line 2: alternative 3 is outside 1..2"));
    }

    #[test]
    fn distance_between_named_orders() {
        let a = vec![vec!["A".to_string()], vec!["B".into()]];
        let b = vec![vec!["B".to_string()], vec!["A".into()]];
        assert_eq!(
            distance(a.clone(), b).unwrap(),
            DistanceOut {
                distance: 1.0,
                normalized: 1.0,
                pairs: 1
            }
        );
        let twice = vec![vec!["A".to_string(), "A".into()]];
        assert_eq!(
            distance(twice, a).unwrap_err(),
            "the first order lists \"A\" twice"
        );
    }

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("c{i}")).collect()
    }

    #[test]
    fn sizes_past_the_engine_limits_are_refused_not_trapped() {
        let mut big = input("borda");
        big.candidates = names(20_000);
        assert_eq!(
            aggregate_with(big, |_| ()).unwrap_err(),
            "there are 20000 candidates, more than the limit of 500"
        );
        assert_eq!(
            parse_preflib("# NUMBER ALTERNATIVES: 4000000000\n1: 1\n").unwrap_err(),
            "invalid PrefLib file: line 1: 4000000000 alternatives are more than the limit of 500"
        );
        let order = vec![names(10_000)];
        assert!(distance(order.clone(), order)
            .unwrap_err()
            .contains("more than the limit of 500"));
        let mut rows = input("borda");
        rows.ballots = vec![rows.ballots[0].clone(); ranking::profile::MAX_BALLOTS + 1];
        assert!(aggregate_with(rows, |_| ())
            .unwrap_err()
            .contains("more than the limit of 100000"));
    }

    #[test]
    fn totals_that_would_overflow_are_refused() {
        // 2048 ballots of 2^53 voters for A > B would wrap the pairwise count and make B win.
        let mut i = input("copeland");
        i.candidates = vec!["A".into(), "B".into()];
        let ab = BallotIo {
            count: 9_007_199_254_740_992.0,
            ranking: vec![vec!["A".into()], vec!["B".into()]],
        };
        i.ballots = vec![ab; 2048];
        i.ballots.push(BallotIo {
            count: 1.0,
            ranking: vec![vec!["B".into()], vec!["A".into()]],
        });
        let e = aggregate_with(i.clone(), |_| ()).unwrap_err();
        assert!(e.starts_with("ballot 1 has count 9007199254740992"), "{e}");
        for b in &mut i.ballots {
            b.count = (1u64 << 30) as f64;
        }
        assert_eq!(
            aggregate_with(i, |_| ()).unwrap_err(),
            "the counts add up to more than the limit of 1099511627776 voters"
        );
    }

    #[test]
    fn the_largest_accepted_distance_is_quick_and_right() {
        let a = vec![names(500)];
        let b: Vec<Vec<String>> = names(500).into_iter().rev().map(|n| vec![n]).collect();
        let d = distance(a, b).unwrap();
        assert_eq!(d.pairs, 500 * 499 / 2);
        assert_eq!(
            d.distance,
            d.pairs as f64 / 2.0,
            "one tied, one strict: ½ a pair each"
        );
    }
}

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
            locked: pairs(&r.locked),
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
    let schulze = parse_method("schulze", input.options.as_ref())?;
    let profile = to_profile(input.candidates, &input.ballots)?;
    let pw = Pairwise::new(&profile);
    let results = Method::ALL
        .iter()
        .map(|&m| {
            let m = if matches!(m, Method::Schulze(_)) {
                schulze
            } else {
                m
            };
            method_out(&profile, m, run(&profile, &pw, m))
        })
        .collect();
    Ok(with(&AggregateAllOutput {
        results: Methods(results),
        common: common(&profile, &pw),
    }))
}

/// Times the engine alone (no conversion between JavaScript and Rust), as milliseconds per run
/// (median of `runs`, clock `now`): the pairwise matrix, each method and the agreement figures
/// from it, and "all" — everything from the ballots.
pub fn benchmark(
    input: AggregateAllInput,
    runs: usize,
    now: impl Fn() -> f64,
) -> Result<Vec<(String, f64)>, String> {
    let profile = to_profile(input.candidates, &input.ballots)?;
    let median = |f: &dyn Fn()| {
        f();
        let mut times: Vec<f64> = (0..runs.max(1))
            .map(|_| {
                let t = now();
                f();
                now() - t
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

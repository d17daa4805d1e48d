//! Properties every method must have, on random profiles.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use ranking::methods::{aggregate, RankedPairsInfo};
use ranking::{agreement, preflib, Ballot, Method, Pairwise, Profile, SchulzeVariant};

/// A random weak order over a random subset of `n` candidates (ties and truncation included).
fn ballot(n: usize, strict_complete: bool) -> impl Strategy<Value = Ballot> {
    (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(any::<bool>(), n),
        0..=n,
        1u64..4,
    )
        .prop_map(move |(perm, breaks, cut, count)| {
            let keep = if strict_complete { n } else { cut.max(1) };
            let mut tiers: Vec<Vec<usize>> = Vec::new();
            for (i, &c) in perm.iter().take(keep).enumerate() {
                if i == 0 || strict_complete || breaks[i] {
                    tiers.push(vec![c]);
                } else {
                    tiers.last_mut().unwrap().push(c);
                }
            }
            Ballot { count, tiers }
        })
}

/// Ballots near one order (a few swaps of neighbours each), as a room that mostly agrees casts
/// them: the majority relation is then often a linear order (the Ranked Pairs fast path).
fn consensus_strategy(max_n: usize) -> impl Strategy<Value = Profile> {
    (2..=max_n).prop_flat_map(|n| {
        let ballot = (proptest::collection::vec(0..n - 1, 0..3), 1u64..4);
        (
            Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
            proptest::collection::vec(ballot, 1..18),
        )
            .prop_map(move |(base, ballots)| {
                let ballots = ballots
                    .into_iter()
                    .map(|(swaps, count)| {
                        let mut order = base.clone();
                        for i in swaps {
                            order.swap(i, i + 1);
                        }
                        Ballot {
                            count,
                            tiers: order.into_iter().map(|c| vec![c]).collect(),
                        }
                    })
                    .collect();
                Profile::new((0..n).map(|i| format!("c{i}")).collect(), ballots).unwrap()
            })
    })
}

fn profile_strategy(max_n: usize, strict_complete: bool) -> impl Strategy<Value = Profile> {
    sized_strategy(2..=max_n, strict_complete)
}

fn sized_strategy(
    sizes: std::ops::RangeInclusive<usize>,
    strict_complete: bool,
) -> impl Strategy<Value = Profile> {
    sizes.prop_flat_map(move |n| {
        proptest::collection::vec(ballot(n, strict_complete), 1..9).prop_map(move |ballots| {
            Profile::new((0..n).map(|i| format!("c{i}")).collect(), ballots).unwrap()
        })
    })
}

/// Every strict order of `n` candidates, for brute force.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for i in 0..=p.len() {
            let mut q = p.clone();
            q.insert(i, n - 1);
            out.push(q);
        }
    }
    out
}

fn kendall_cost(pw: &Pairwise, order: &[usize]) -> f64 {
    let n = pw.n();
    let mut cost = 0.0;
    for (i, &a) in order.iter().enumerate() {
        for &b in &order[i + 1..] {
            cost += pw.wins(b, a) as f64;
        }
    }
    for a in 0..n {
        for b in a + 1..n {
            cost += pw.ties(a, b) as f64 / 2.0;
        }
    }
    cost
}

/// The same profile with candidate `i` renamed to position `perm[i]`.
fn relabel(p: &Profile, perm: &[usize]) -> Profile {
    let mut names = vec![String::new(); p.n()];
    for (i, name) in p.candidates().iter().enumerate() {
        names[perm[i]] = name.clone();
    }
    let ballots = p
        .ballots()
        .iter()
        .map(|b| Ballot {
            count: b.count,
            tiers: b
                .tiers
                .iter()
                .map(|t| t.iter().map(|&c| perm[c]).collect())
                .collect(),
        })
        .collect();
    Profile::new(names, ballots).unwrap()
}

fn as_sets(order: &[Vec<usize>]) -> Vec<Vec<usize>> {
    order
        .iter()
        .map(|t| {
            let mut t = t.clone();
            t.sort_unstable();
            t
        })
        .collect()
}

/// Ranked Pairs written the plain way, as the reference for the engine's fast one: every pair
/// sorted with the documented keys, a depth-first search for the cycle check, Kahn's layers.
fn ranked_pairs_reference(pw: &Pairwise) -> (Vec<Vec<usize>>, RankedPairsInfo) {
    let n = pw.n();
    let mut pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (0..n).map(move |b| (a, b)))
        .filter(|&(a, b)| a != b && pw.beats(a, b))
        .collect();
    pairs.sort_by(|&(a, b), &(c, d)| {
        pw.margin(c, d)
            .cmp(&pw.margin(a, b))
            .then(pw.wins(c, d).cmp(&pw.wins(a, b)))
            .then(a.cmp(&c))
            .then(d.cmp(&b))
    });
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    let reaches = |out: &Vec<Vec<usize>>, from: usize, to: usize| {
        let mut stack = vec![from];
        let mut seen = vec![false; n];
        while let Some(x) = stack.pop() {
            if x == to {
                return true;
            }
            if !std::mem::replace(&mut seen[x], true) {
                stack.extend(&out[x]);
            }
        }
        false
    };
    let (mut locked, mut skipped) = (Vec::new(), Vec::new());
    for (a, b) in pairs {
        if reaches(&out, b, a) {
            skipped.push((a, b));
        } else {
            out[a].push(b);
            locked.push((a, b));
        }
    }
    let mut indegree = vec![0usize; n];
    for targets in &out {
        for &b in targets {
            indegree[b] += 1;
        }
    }
    let (mut placed, mut order) = (vec![false; n], Vec::new());
    while placed.iter().any(|p| !p) {
        let tier: Vec<usize> = (0..n).filter(|&c| !placed[c] && indegree[c] == 0).collect();
        for &c in &tier {
            placed[c] = true;
            for &b in &out[c] {
                indegree[b] -= 1;
            }
        }
        order.push(tier);
    }
    (order, RankedPairsInfo::new(locked, skipped))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The engine's Ranked Pairs (sorted keys, incremental reachability) locks, skips and ranks
    /// exactly as the plain algorithm does, ties and truncated ballots included.
    #[test]
    fn ranked_pairs_equals_the_plain_algorithm(p in prop_oneof![profile_strategy(12, false), profile_strategy(12, true), consensus_strategy(20)]) {
        let pw = Pairwise::new(&p);
        let out = aggregate(&p, &pw, Method::RankedPairs);
        let (order, info) = ranked_pairs_reference(&pw);
        prop_assert_eq!(&out.order, &order);
        // The score is the number of candidates a candidate reaches along locked pairs.
        let n = p.n();
        let mut reach = vec![vec![false; n]; n];
        for &(a, b) in info.locked() {
            reach[a][b] = true;
        }
        for k in 0..n {
            for a in 0..n {
                for b in 0..n {
                    reach[a][b] |= reach[a][k] && reach[k][b];
                }
            }
        }
        let below: Vec<f64> = reach.iter().map(|r| r.iter().filter(|&&x| x).count() as f64).collect();
        prop_assert_eq!(&out.scores, &below);
        prop_assert_eq!(&out.ranked_pairs, &Some(info));
        // Two million times the weight (past what a packed sort key holds): the same result.
        let heavy = Profile::new(
            p.candidates().to_vec(),
            p.ballots().iter().map(|b| Ballot { count: b.count << 21, tiers: b.tiers.clone() }).collect(),
        ).unwrap();
        let heavy_out = aggregate(&heavy, &Pairwise::new(&heavy), Method::RankedPairs);
        prop_assert_eq!(heavy_out.order, order);
        prop_assert_eq!(heavy_out.ranked_pairs, out.ranked_pairs);
    }

    /// More than 64 candidates: the reachability rows take several words each.
    #[test]
    fn ranked_pairs_past_64_candidates_equals_the_plain_algorithm(p in sized_strategy(65..=80, false)) {
        let pw = Pairwise::new(&p);
        let out = aggregate(&p, &pw, Method::RankedPairs);
        let (order, info) = ranked_pairs_reference(&pw);
        prop_assert_eq!(&out.order, &order);
        prop_assert_eq!(&out.ranked_pairs, &Some(info));
    }

    #[test]
    fn exact_kemeny_equals_brute_force(p in profile_strategy(7, false)) {
        let pw = Pairwise::new(&p);
        let out = aggregate(&p, &pw, Method::Kemeny);
        let costs: Vec<f64> = permutations(p.n()).iter().map(|o| kendall_cost(&pw, o)).collect();
        let best = costs.iter().cloned().fold(f64::INFINITY, f64::min);
        let count = costs.iter().filter(|&&c| c == best).count() as u64;
        let info = out.kemeny.unwrap();
        prop_assert_eq!(info.distance, best);
        prop_assert_eq!(info.optimal_count, Some(count));
        let order: Vec<usize> = out.order.iter().map(|t| t[0]).collect();
        prop_assert_eq!(kendall_cost(&pw, &order), best);
        prop_assert!(out.exact);
    }

    #[test]
    fn anonymity_shuffling_ballots_changes_nothing(p in profile_strategy(6, false), seed in any::<u64>()) {
        let mut ballots = p.ballots().to_vec();
        // A deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..ballots.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            ballots.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let q = Profile::new(p.candidates().to_vec(), ballots).unwrap();
        let (pp, pq) = (Pairwise::new(&p), Pairwise::new(&q));
        for m in Method::ALL {
            prop_assert_eq!(aggregate(&p, &pp, m), aggregate(&q, &pq, m), "{:?}", m);
        }
        prop_assert_eq!(agreement(&p, &pp), agreement(&q, &pq));
    }

    #[test]
    fn neutrality_renaming_candidates_renames_the_result(p in profile_strategy(6, false), perm in Just((0..6).collect::<Vec<usize>>()).prop_shuffle()) {
        let perm: Vec<usize> = perm.into_iter().filter(|&c| c < p.n()).collect();
        let q = relabel(&p, &perm);
        let (pp, pq) = (Pairwise::new(&p), Pairwise::new(&q));
        let methods = [Method::Borda, Method::MeanRank, Method::MedianRank, Method::Copeland,
            Method::Schulze(SchulzeVariant::Margin), Method::Schulze(SchulzeVariant::Winning), Method::Schulze(SchulzeVariant::Ratio)];
        for m in methods {
            let (a, b) = (aggregate(&p, &pp, m), aggregate(&q, &pq, m));
            for (c, &to) in perm.iter().enumerate() {
                prop_assert_eq!(a.scores[c], b.scores[to], "{:?}", m);
            }
            let renamed: Vec<Vec<usize>> = a.order.iter().map(|t| t.iter().map(|&c| perm[c]).collect()).collect();
            prop_assert_eq!(as_sets(&renamed), as_sets(&b.order.to_vecs()), "{:?}", m);
        }
        // Kemeny: the optimum's distance and number are neutral (which optimal order is shown
        // follows the candidates' input order).
        prop_assert_eq!(aggregate(&p, &pp, Method::Kemeny).kemeny, aggregate(&q, &pq, Method::Kemeny).kemeny);
        let (ap, aq) = (agreement(&p, &pp), agreement(&q, &pq));
        prop_assert_eq!(ap.kendall_w_corrected, aq.kendall_w_corrected);
        prop_assert_eq!(ap.mean_distance, aq.mean_distance);
    }

    #[test]
    fn ranked_pairs_is_neutral_when_no_tie_break_is_needed(p in profile_strategy(6, true), perm in Just((0..6).collect::<Vec<usize>>()).prop_shuffle()) {
        let pw = Pairwise::new(&p);
        let n = p.n();
        let mut strengths: Vec<(i64, u64)> = Vec::new();
        for a in 0..n { for b in 0..n { if pw.beats(a, b) { strengths.push((pw.margin(a, b), pw.wins(a, b))); } } }
        let mut unique = strengths.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assume!(unique.len() == strengths.len());
        let perm: Vec<usize> = perm.into_iter().filter(|&c| c < n).collect();
        let q = relabel(&p, &perm);
        let a = aggregate(&p, &pw, Method::RankedPairs);
        let b = aggregate(&q, &Pairwise::new(&q), Method::RankedPairs);
        let renamed: Vec<Vec<usize>> = a.order.iter().map(|t| t.iter().map(|&c| perm[c]).collect()).collect();
        prop_assert_eq!(as_sets(&renamed), as_sets(&b.order.to_vecs()));
    }

    #[test]
    fn a_condorcet_winner_wins_everywhere_it_should(p in profile_strategy(7, false)) {
        let pw = Pairwise::new(&p);
        if let Some(w) = pw.condorcet_winner() {
            for m in [Method::Schulze(SchulzeVariant::Margin), Method::Schulze(SchulzeVariant::Winning),
                Method::Schulze(SchulzeVariant::Ratio), Method::RankedPairs, Method::Copeland, Method::Kemeny] {
                prop_assert_eq!(&aggregate(&p, &pw, m).order[0], &vec![w], "{:?}", m);
            }
        }
        if let Some(l) = pw.condorcet_loser() {
            let kemeny = aggregate(&p, &pw, Method::Kemeny);
            prop_assert_eq!(kemeny.order.last().unwrap(), &vec![l]);
        }
    }

    #[test]
    fn identical_ballots_agree_perfectly(b in (2usize..9).prop_flat_map(|n| ballot(n, false).prop_map(move |b| (n, b))), copies in 2u64..6) {
        let (n, mut b) = b;
        b.count = copies;
        let p = Profile::new((0..n).map(|i| format!("c{i}")).collect(), vec![b]).unwrap();
        let a = agreement(&p, &Pairwise::new(&p));
        if let Some(w) = a.kendall_w_corrected {
            prop_assert!((w - 1.0).abs() < 1e-12, "W_c = {}", w);
        }
        prop_assert_eq!(a.mean_distance, Some(0.0));
    }

    #[test]
    fn preflib_write_then_read_is_the_identity(p in profile_strategy(8, false)) {
        let text = preflib::write(&p, "round trip").unwrap();
        prop_assert_eq!(preflib::read(&text).unwrap(), p);
    }

    #[test]
    fn scores_and_tiers_agree(p in profile_strategy(6, false)) {
        let pw = Pairwise::new(&p);
        for m in Method::ALL {
            let out = aggregate(&p, &pw, m);
            let mut all: Vec<usize> = out.order.concat();
            all.sort_unstable();
            prop_assert_eq!(all, (0..p.n()).collect::<Vec<_>>(), "{:?}: every candidate once", m);
        }
    }
}

#[test]
fn identical_strict_ballots_have_w_one_and_p_small() {
    let b = Ballot {
        count: 10,
        tiers: (0..5).map(|c| vec![c]).collect(),
    };
    let p = Profile::new((0..5).map(|i| format!("c{i}")).collect(), vec![b]).unwrap();
    let a = agreement(&p, &Pairwise::new(&p));
    assert_eq!(a.kendall_w, Some(1.0));
    assert!(a.p_value.unwrap() < 1e-6);
}

#[test]
fn twenty_one_candidates_split_by_condorcet_stay_exact() {
    // 21 candidates: a Condorcet cycle of three on top of a strict chain of 18. The components
    // are solved separately, so the result is exact even past the 20-candidate limit.
    let n = 21;
    let rot = |k: usize| -> Vec<Vec<usize>> {
        let mut top: Vec<usize> = vec![0, 1, 2];
        top.rotate_left(k);
        top.into_iter().chain(3..n).map(|c| vec![c]).collect()
    };
    let ballots = (0..3)
        .map(|k| Ballot {
            count: 1,
            tiers: rot(k),
        })
        .collect();
    let p = Profile::new((0..n).map(|i| format!("c{i}")).collect(), ballots).unwrap();
    let out = aggregate(&p, &Pairwise::new(&p), Method::Kemeny);
    assert!(out.exact);
    assert_eq!(out.kemeny.unwrap().optimal_count, Some(3));
    assert_eq!(
        out.order.iter().skip(3).map(|t| t[0]).collect::<Vec<_>>(),
        (3..n).collect::<Vec<_>>()
    );
}

#[test]
fn a_large_cycle_is_searched_and_marked_inexact() {
    // 22 candidates in one Condorcet cycle (22 rotations of a strict order): too large to solve
    // exactly, so the result comes from local search and says so.
    let n = 22;
    let ballots = (0..n)
        .map(|k| {
            let mut order: Vec<usize> = (0..n).collect();
            order.rotate_left(k);
            Ballot {
                count: 1,
                tiers: order.into_iter().map(|c| vec![c]).collect(),
            }
        })
        .collect();
    let p = Profile::new((0..n).map(|i| format!("c{i}")).collect(), ballots).unwrap();
    let out = aggregate(&p, &Pairwise::new(&p), Method::Kemeny);
    assert!(!out.exact);
    assert_eq!(out.kemeny.as_ref().unwrap().optimal_count, None);
    assert_eq!(out.order.len(), n);
}

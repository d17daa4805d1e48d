//! Kemeny–Young, exact (J. G. Kemeny, "Mathematics without numbers", Daedalus 88, 1959;
//! H. P. Young and A. Levenglick, SIAM J. Appl. Math. 35, 1978).
//!
//! The Kemeny order minimises the total Kendall distance to the ballots: over all voters and all
//! pairs of candidates, 1 for a pair the order reverses and ½ for a pair the voter tied (no strict
//! order can agree with a tie, so ties add the same to every order and never change which order
//! wins).
//!
//! Exact by dynamic programming over subsets (Held–Karp style): `best[S]` is the least cost of
//! ordering the set S as the first |S| places; appending c after S costs the voters who prefer c
//! to some member of S, read from two lookup tables split on the low and high halves of S's bits.
//! O(2ⁿ·n) time, and the same pass counts the optimal orders. Beyond [`EXACT_LIMIT`] candidates the
//! problem is split by the Condorcet decomposition first: candidates fall into strongly connected
//! components of the weak-majority graph, every member of an earlier component beats every member
//! of a later one, and every Kemeny order keeps that component order (the extended Condorcet
//! property), so each component is solved on its own. A component larger than the limit gets the
//! best order a local search finds, and the result says `exact: false`.

use super::{below_counts, Method, Outcome};
use crate::pairwise::Pairwise;
use crate::tiers::Tiers;

/// Largest component solved exactly (2²⁰ subsets: about 16 MB of tables).
pub const EXACT_LIMIT: usize = 20;

/// Largest component [`is_quick`] calls quick: 2¹⁴ subsets, about a millisecond in the browser.
pub const QUICK_LIMIT: usize = 14;

/// True when exact Kemeny takes about a millisecond or less here: no component of the
/// weak-majority graph has more than [`QUICK_LIMIT`] candidates (the cost grows as 2ᵏ·k in the
/// largest one, k). Finding the components is O(n³), nothing next to the search.
pub fn is_quick(pw: &Pairwise) -> bool {
    pw.n() <= QUICK_LIMIT || components(pw).iter().all(|c| c.len() <= QUICK_LIMIT)
}

/// Kemeny's own numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct KemenyInfo {
    /// Total Kendall distance of the order to all ballots (reversed pairs count 1, tied ½).
    pub distance: f64,
    /// How many orders reach that distance; `None` when the search was not exact.
    pub optimal_count: Option<u64>,
}

/// Components of the weak-majority graph (a → b when w(a, b) ≥ w(b, a)), in Condorcet order.
fn components(pw: &Pairwise) -> Vec<Vec<usize>> {
    let n = pw.n();
    let edge = |a: usize, b: usize| a != b && pw.wins(a, b) >= pw.wins(b, a);
    // Reachability closure is enough at workshop sizes and keeps this obviously right.
    let mut reach = vec![false; n * n];
    for a in 0..n {
        reach[a * n + a] = true;
        for b in 0..n {
            if edge(a, b) {
                reach[a * n + b] = true;
            }
        }
    }
    for k in 0..n {
        for a in 0..n {
            if reach[a * n + k] {
                for b in 0..n {
                    if reach[k * n + b] {
                        reach[a * n + b] = true;
                    }
                }
            }
        }
    }
    let mut comp_of = vec![usize::MAX; n];
    let mut comps: Vec<Vec<usize>> = Vec::new();
    for a in 0..n {
        if comp_of[a] != usize::MAX {
            continue;
        }
        let members: Vec<usize> = (0..n)
            .filter(|&b| reach[a * n + b] && reach[b * n + a])
            .collect();
        for &b in &members {
            comp_of[b] = comps.len();
        }
        comps.push(members);
    }
    // Between components every pair goes one way; a component reaching more comes first.
    comps.sort_by_key(|c| std::cmp::Reverse((0..n).filter(|&b| reach[c[0] * n + b]).count()));
    comps
}

/// Exact Kemeny order of one component: (order, cost in reversed pairs, number of optimal orders).
fn exact(pw: &Pairwise, members: &[usize]) -> (Vec<usize>, u64, u64) {
    let k = members.len();
    if k <= 1 {
        return (members.to_vec(), 0, 1);
    }
    let lo_bits = k / 2;
    let hi_bits = k - lo_bits;
    let lo_mask = (1usize << lo_bits) - 1;
    // lo[c][S_lo] = Σ_{s ∈ S_lo} w(c, s), hi likewise, built incrementally from the lowest bit.
    let build = |c: usize, bits: usize, offset: usize| {
        let mut t = vec![0u64; 1 << bits];
        for s in 1..(1usize << bits) {
            let low = s.trailing_zeros() as usize;
            t[s] = t[s & (s - 1)] + pw.wins(members[c], members[offset + low]);
        }
        t
    };
    let lo: Vec<Vec<u64>> = (0..k).map(|c| build(c, lo_bits, 0)).collect();
    let hi: Vec<Vec<u64>> = (0..k).map(|c| build(c, hi_bits, lo_bits)).collect();
    let cost = |c: usize, s: usize| lo[c][s & lo_mask] + hi[c][s >> lo_bits];
    let full = (1usize << k) - 1;
    let mut best = vec![u64::MAX; 1 << k];
    let mut count = vec![0u64; 1 << k];
    best[0] = 0;
    count[0] = 1;
    for s in 0..full {
        let base = best[s];
        let ways = count[s];
        let mut rest = !s & full;
        while rest != 0 {
            let c = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let t = s | (1 << c);
            let v = base + cost(c, s);
            if v < best[t] {
                best[t] = v;
                count[t] = ways;
            } else if v == best[t] {
                count[t] += ways;
            }
        }
    }
    // Walk back from the full set, taking as the last place the lowest-indexed candidate that
    // keeps the cost optimal (a fixed choice, so the order shown is reproducible).
    let mut order = Vec::with_capacity(k);
    let mut t = full;
    while t != 0 {
        let c = (0..k)
            .find(|&c| {
                t & (1 << c) != 0
                    && best[t ^ (1 << c)].saturating_add(cost(c, t ^ (1 << c))) == best[t]
            })
            .expect("an optimal predecessor always exists");
        order.push(members[c]);
        t ^= 1 << c;
    }
    order.reverse();
    (order, best[full], count[full])
}

/// Cost (reversed pairs) of a strict order.
fn order_cost(pw: &Pairwise, order: &[usize]) -> u64 {
    let mut cost = 0;
    for (i, &a) in order.iter().enumerate() {
        for &b in &order[i + 1..] {
            cost += pw.wins(b, a);
        }
    }
    cost
}

/// Best order a local search finds: start from the Copeland order, then move single candidates
/// to better places until no move helps.
fn local_search(pw: &Pairwise, members: &[usize]) -> (Vec<usize>, u64) {
    let mut order = members.to_vec();
    let copeland = |a: usize| {
        members
            .iter()
            .filter(|&&b| b != a)
            .map(|&b| pw.margin(a, b).signum())
            .sum::<i64>()
    };
    order.sort_by_key(|&a| std::cmp::Reverse(copeland(a)));
    loop {
        let mut improved = false;
        for i in 0..order.len() {
            let c = order[i];
            // Change in cost of moving c from place i to place j, accumulated step by step.
            let (mut best_j, mut best_delta, mut delta) = (i, 0i64, 0i64);
            for j in (0..i).rev() {
                delta += pw.wins(order[j], c) as i64 - pw.wins(c, order[j]) as i64;
                if delta < best_delta {
                    (best_j, best_delta) = (j, delta);
                }
            }
            delta = 0;
            for (j, &d) in order.iter().enumerate().skip(i + 1) {
                delta += pw.wins(c, d) as i64 - pw.wins(d, c) as i64;
                if delta < best_delta {
                    (best_j, best_delta) = (j, delta);
                }
            }
            if best_delta < 0 {
                let c = order.remove(i);
                order.insert(best_j, c);
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
    let cost = order_cost(pw, &order);
    (order, cost)
}

/// Runs Kemeny–Young.
pub fn kemeny(pw: &Pairwise) -> Outcome {
    let n = pw.n();
    let mut order = Vec::with_capacity(n);
    let mut exact_all = true;
    let mut optimal_count: Option<u64> = Some(1);
    for members in components(pw) {
        if members.len() <= EXACT_LIMIT {
            let (o, _, c) = exact(pw, &members);
            order.extend(o);
            optimal_count = optimal_count.and_then(|total| total.checked_mul(c));
        } else {
            let (o, _) = local_search(pw, &members);
            order.extend(o);
            exact_all = false;
            optimal_count = None;
        }
    }
    let mut ties = 0u64;
    for a in 0..n {
        for b in a + 1..n {
            ties += pw.ties(a, b);
        }
    }
    let distance = order_cost(pw, &order) as f64 + ties as f64 / 2.0;
    Outcome {
        method: Method::Kemeny,
        scores: below_counts(&order, n),
        order: Tiers::strict(order),
        exact: exact_all,
        kemeny: Some(KemenyInfo {
            distance,
            optimal_count,
        }),
        ranked_pairs: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Ballot, Profile};

    fn profile(n: usize, ballots: &[(u64, &[usize])]) -> Pairwise {
        let names = (0..n).map(|i| format!("c{i}")).collect();
        let ballots = ballots
            .iter()
            .map(|(count, order)| Ballot {
                count: *count,
                tiers: order.iter().map(|&c| vec![c]).collect(),
            })
            .collect();
        Pairwise::new(&Profile::new(names, ballots).unwrap())
    }

    #[test]
    fn a_cycle_has_three_optimal_orders() {
        // The Condorcet paradox: every rotation of A > B > C costs the same.
        let pw = profile(3, &[(1, &[0, 1, 2]), (1, &[1, 2, 0]), (1, &[2, 0, 1])]);
        let out = kemeny(&pw);
        let info = out.kemeny.unwrap();
        assert_eq!(info.optimal_count, Some(3));
        assert_eq!(info.distance, 4.0);
        assert!(out.exact);
    }

    #[test]
    fn components_follow_the_condorcet_order() {
        // 0 and 1 form a cycle with 2; 3 loses to everybody.
        let pw = profile(
            4,
            &[(1, &[0, 1, 2, 3]), (1, &[1, 2, 0, 3]), (1, &[2, 0, 1, 3])],
        );
        let comps = components(&pw);
        assert_eq!(comps, vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn local_search_never_does_worse_than_its_start() {
        let pw = profile(
            5,
            &[
                (3, &[0, 1, 2, 3, 4]),
                (2, &[4, 3, 2, 1, 0]),
                (2, &[2, 0, 4, 1, 3]),
            ],
        );
        let (order, cost) = local_search(&pw, &[0, 1, 2, 3, 4]);
        let (_, exact_cost, _) = exact(&pw, &[0, 1, 2, 3, 4]);
        assert_eq!(cost, order_cost(&pw, &order));
        assert!(cost >= exact_cost);
    }
}

//! Known answers from the literature. Each test names its source.

use ranking::methods::aggregate;
use ranking::{agreement, order_distance, Method, Pairwise, Profile, SchulzeVariant};

fn profile(candidates: &[&str], ballots: &[(f64, &[&[&str]])]) -> Profile {
    let candidates = candidates.iter().map(|s| s.to_string()).collect();
    let ballots: Vec<(f64, Vec<Vec<String>>)> = ballots
        .iter()
        .map(|(c, tiers)| {
            (
                *c,
                tiers
                    .iter()
                    .map(|t| t.iter().map(|s| s.to_string()).collect())
                    .collect(),
            )
        })
        .collect();
    Profile::from_names(candidates, &ballots).unwrap()
}

fn names(p: &Profile, order: &ranking::Tiers) -> Vec<Vec<String>> {
    order
        .iter()
        .map(|t| t.iter().map(|&c| p.candidates()[c].clone()).collect())
        .collect()
}

fn strict(order: &[&str]) -> Vec<Vec<String>> {
    order.iter().map(|c| vec![c.to_string()]).collect()
}

/// The "Tennessee capital" example (four cities, 100 voters) used throughout Wikipedia's articles
/// on voting methods ("Condorcet method", "Borda count", "Kemeny–Young method", "Ranked pairs",
/// "Schulze method"): 42 % Memphis > Nashville > Chattanooga > Knoxville, 26 % Nashville >
/// Chattanooga > Knoxville > Memphis, 15 % Chattanooga > Knoxville > Nashville > Memphis, 17 %
/// Knoxville > Chattanooga > Nashville > Memphis.
fn tennessee() -> Profile {
    profile(
        &["Memphis", "Nashville", "Chattanooga", "Knoxville"],
        &[
            (
                42.0,
                &[
                    &["Memphis"],
                    &["Nashville"],
                    &["Chattanooga"],
                    &["Knoxville"],
                ],
            ),
            (
                26.0,
                &[
                    &["Nashville"],
                    &["Chattanooga"],
                    &["Knoxville"],
                    &["Memphis"],
                ],
            ),
            (
                15.0,
                &[
                    &["Chattanooga"],
                    &["Knoxville"],
                    &["Nashville"],
                    &["Memphis"],
                ],
            ),
            (
                17.0,
                &[
                    &["Knoxville"],
                    &["Chattanooga"],
                    &["Nashville"],
                    &["Memphis"],
                ],
            ),
        ],
    )
}

#[test]
fn tennessee_condorcet_winner_and_loser() {
    // Wikipedia, "Condorcet method": Nashville beats every other city; Memphis loses to all.
    let p = tennessee();
    let pw = Pairwise::new(&p);
    assert_eq!(pw.condorcet_winner(), Some(1));
    assert_eq!(pw.condorcet_loser(), Some(0));
    assert_eq!((pw.wins(1, 0), pw.wins(0, 1)), (58, 42));
    assert_eq!((pw.wins(1, 2), pw.wins(2, 1)), (68, 32));
}

#[test]
fn tennessee_borda() {
    // Wikipedia, "Borda count", Tennessee example: Nashville 194, Chattanooga 173, Memphis 126,
    // Knoxville 107.
    let p = tennessee();
    let out = aggregate(&p, &Pairwise::new(&p), Method::Borda);
    assert_eq!(out.scores, vec![126.0, 194.0, 173.0, 107.0]);
    assert_eq!(
        names(&p, &out.order),
        strict(&["Nashville", "Chattanooga", "Memphis", "Knoxville"])
    );
}

#[test]
fn tennessee_kemeny() {
    // Wikipedia, "Kemeny–Young method": the ranking Nashville > Chattanooga > Knoxville > Memphis
    // has the highest score, 393 agreeing voter-pairs out of 100 × 6 = 600, so its Kendall
    // distance is 207; it is the only optimal ranking.
    let p = tennessee();
    let out = aggregate(&p, &Pairwise::new(&p), Method::Kemeny);
    assert_eq!(
        names(&p, &out.order),
        strict(&["Nashville", "Chattanooga", "Knoxville", "Memphis"])
    );
    let info = out.kemeny.unwrap();
    assert_eq!(info.distance, 207.0);
    assert_eq!(info.optimal_count, Some(1));
    assert!(out.exact);
}

#[test]
fn tennessee_ranked_pairs_schulze_copeland() {
    // Wikipedia, "Ranked pairs" and "Schulze method", Tennessee example: Nashville >
    // Chattanooga > Knoxville > Memphis. Copeland gives the same order (3, 1, −1, −3).
    let p = tennessee();
    let pw = Pairwise::new(&p);
    let expected = strict(&["Nashville", "Chattanooga", "Knoxville", "Memphis"]);
    for m in [
        Method::RankedPairs,
        Method::Schulze(SchulzeVariant::Margin),
        Method::Copeland,
    ] {
        assert_eq!(names(&p, &aggregate(&p, &pw, m).order), expected, "{m:?}");
    }
    assert_eq!(
        aggregate(&p, &pw, Method::Copeland).scores,
        vec![-3.0, 3.0, 1.0, -1.0]
    );
}

#[test]
fn tennessee_mean_and_median_rank() {
    // Mean ranks by hand from the shares above: Memphis (42·1 + 58·4)/100 = 2.74, Nashville
    // 2.06, Chattanooga 2.27, Knoxville 2.93. Medians: Nashville and Chattanooga 2 (tied),
    // Knoxville 3, Memphis 4.
    let p = tennessee();
    let pw = Pairwise::new(&p);
    let mean = aggregate(&p, &pw, Method::MeanRank);
    for (got, want) in mean.scores.iter().zip([2.74, 2.06, 2.27, 2.93]) {
        assert!((got - want).abs() < 1e-12);
    }
    let median = aggregate(&p, &pw, Method::MedianRank);
    assert_eq!(median.scores, vec![4.0, 2.0, 2.0, 3.0]);
    assert_eq!(
        names(&p, &median.order),
        vec![
            vec!["Nashville".to_string(), "Chattanooga".to_string()],
            vec!["Knoxville".into()],
            vec!["Memphis".into()]
        ]
    );
}

/// Schulze's own example (M. Schulze, Social Choice and Welfare 36, 2011, §3.3, also the first
/// example of Wikipedia's "Schulze method"): 45 voters, 5 candidates.
fn schulze_example() -> Profile {
    let b =
        |s: &'static str| -> Vec<&'static str> { s.split("").filter(|x| !x.is_empty()).collect() };
    let rows = [
        (5.0, "ACBED"),
        (5.0, "ADECB"),
        (8.0, "BEDAC"),
        (3.0, "CABED"),
        (7.0, "CAEBD"),
        (2.0, "CBADE"),
        (7.0, "DCEBA"),
        (8.0, "EBADC"),
    ];
    let owned: Vec<(f64, Vec<Vec<&str>>)> = rows
        .iter()
        .map(|(c, s)| (*c, b(s).into_iter().map(|x| vec![x]).collect()))
        .collect();
    let refs: Vec<Vec<&[&str]>> = owned
        .iter()
        .map(|(_, t)| t.iter().map(|v| v.as_slice()).collect())
        .collect();
    let ballots: Vec<(f64, &[&[&str]])> = owned
        .iter()
        .zip(&refs)
        .map(|((c, _), r)| (*c, r.as_slice()))
        .collect();
    profile(&["A", "B", "C", "D", "E"], &ballots)
}

#[test]
fn schulze_worked_example() {
    let p = schulze_example();
    let pw = Pairwise::new(&p);
    // The pairwise table d[X, Y] as printed in the source.
    let d = [
        [0, 20, 26, 30, 22],
        [25, 0, 16, 33, 18],
        [19, 29, 0, 17, 24],
        [15, 12, 28, 0, 14],
        [23, 27, 21, 31, 0],
    ];
    for (a, row) in d.iter().enumerate() {
        for (b, &want) in row.iter().enumerate() {
            assert_eq!(pw.wins(a, b), want, "d[{a},{b}]");
        }
    }
    // Result: E > A > C > B > D, under every strength measure (no ties or truncation here).
    for v in [
        SchulzeVariant::Margin,
        SchulzeVariant::Winning,
        SchulzeVariant::Ratio,
    ] {
        let out = aggregate(&p, &pw, Method::Schulze(v));
        assert_eq!(
            names(&p, &out.order),
            strict(&["E", "A", "C", "B", "D"]),
            "{v:?}"
        );
    }
    assert_eq!(pw.condorcet_winner(), None);
}

#[test]
fn schulze_variants_differ_on_tied_and_truncated_ballots() {
    // Worked by hand (strongest paths for each measure), from ballots with ties and unranked
    // candidates: 4 × {A, B, C} (D unranked), 2 × C > D > B, 1 × A > C > {B, D}, 4 × D > {A, B}.
    // Links: B→A 2:1, A→C 5:2, D→A 6:5, B→C 4:3, D→B 6:4, C→D 7:4. Margin: A wins
    // (p[A,B] = 2 via A→C→D→B against p[B,A] = 1). Winning votes: C wins (p[C,A] = 6:5 via
    // C→D→A beats the direct A→C 5:2). Ratio: B wins (p[B,A] = 2 against 1.5 via A→C→D→B).
    let p = profile(
        &["A", "B", "C", "D"],
        &[
            (4.0, &[&["A", "B", "C"]]),
            (2.0, &[&["C"], &["D"], &["B"]]),
            (1.0, &[&["A"], &["C"], &["B", "D"]]),
            (4.0, &[&["D"], &["A", "B"]]),
        ],
    );
    let pw = Pairwise::new(&p);
    let winner = |v| names(&p, &aggregate(&p, &pw, Method::Schulze(v)).order)[0].clone();
    assert_eq!(winner(SchulzeVariant::Margin), vec!["A"]);
    assert_eq!(winner(SchulzeVariant::Winning), vec!["C"]);
    assert_eq!(winner(SchulzeVariant::Ratio), vec!["B"]);
}

#[test]
fn ranked_pairs_tie_break_decides_the_winner() {
    // The Condorcet paradox with equal margins (one voter each: A>B>C, B>C>A, C>A>B): every pair
    // has margin 1 and 2 winning votes, so only the documented tie-break orders them: the pair
    // whose winner comes first in the candidate list is locked first. Listing the candidates as
    // A, B, C locks A>B, B>C and skips C>A: A wins. Listing them B, C, A makes B the winner.
    let ballots: [(f64, &[&[&str]]); 3] = [
        (1.0, &[&["A"], &["B"], &["C"]]),
        (1.0, &[&["B"], &["C"], &["A"]]),
        (1.0, &[&["C"], &["A"], &["B"]]),
    ];
    let p = profile(&["A", "B", "C"], &ballots);
    let out = aggregate(&p, &Pairwise::new(&p), Method::RankedPairs);
    assert_eq!(names(&p, &out.order), strict(&["A", "B", "C"]));
    let info = out.ranked_pairs.unwrap();
    assert_eq!(info.locked(), vec![(0, 1), (1, 2)]);
    assert_eq!(info.skipped, vec![(2, 0)]);
    let p = profile(&["B", "C", "A"], &ballots);
    let out = aggregate(&p, &Pairwise::new(&p), Method::RankedPairs);
    assert_eq!(names(&p, &out.order), strict(&["B", "C", "A"]));
}

#[test]
fn kendall_w_with_ties() {
    // Kendall's W with the tie correction of Siegel and Castellan (1988, eq. 9.16), by hand:
    // three voters rank A, B, C, D as A>B>C>D, A>{B,C}>D and B>A>{C,D}. Rank sums 4, 5.5, 9,
    // 11.5; R̄ = 7.5; S = 34.5. W = 12·34.5 / (3²·60) = 0.7667. Each tied pair adds
    // T = 2³ − 2 = 6, so W_c = 414 / (540 − 3·12) = 0.8214, χ² = 3·3·W_c = 7.3929 with 3 degrees
    // of freedom, p = 0.0604. (The same χ² and p as scipy.stats.friedmanchisquare on these
    // ranks, whose Friedman statistic is m(n−1)W_c.)
    let p = profile(
        &["A", "B", "C", "D"],
        &[
            (1.0, &[&["A"], &["B"], &["C"], &["D"]]),
            (1.0, &[&["A"], &["B", "C"], &["D"]]),
            (1.0, &[&["B"], &["A"], &["C", "D"]]),
        ],
    );
    let a = agreement(&p, &Pairwise::new(&p));
    assert!((a.kendall_w.unwrap() - 414.0 / 540.0).abs() < 1e-12);
    assert!((a.kendall_w_corrected.unwrap() - 414.0 / 504.0).abs() < 1e-12);
    assert!((a.chi2.unwrap() - 7.392_857_142_857_143).abs() < 1e-9);
    assert_eq!(a.df, 3);
    assert!((a.p_value.unwrap() - 0.060_376_269_918_016_6).abs() < 1e-9);
    // Spread of A's ranks (1, 1, 2): min 1, quartiles 1, 1, 1.5, max 2.
    let s = &a.spread[0];
    assert_eq!(
        (s.min, s.q1, s.median, s.q3, s.max),
        (1.0, 1.0, 1.0, 1.5, 2.0)
    );
    // Mean distance between the 3 voter pairs, by hand: V1–V2 ½ (B,C tied by V2), V1–V3 1.5
    // (A,B reversed; C,D tied by V3), V2–V3 2 (A,B reversed; B,C and C,D half each): 4 / 3 / 6.
    assert!((a.mean_distance.unwrap() - 4.0 / 3.0 / 6.0).abs() < 1e-12);
}

#[test]
fn distance_between_consensus_orders() {
    // Round 1: A > B > C > D; round 2 ranks only A, B, C, as C > {A, B}: pairs (A,B) tied in
    // one order only: ½; (A,C) and (B,C) reversed: 1 each. 2.5 of 3 pairs.
    let d = order_distance(
        &[vec![0], vec![1], vec![2], vec![3]],
        &[vec![2], vec![0, 1]],
    );
    assert_eq!((d.distance, d.pairs), (2.5, 3));
    assert!((d.normalized - 2.5 / 3.0).abs() < 1e-12);
}

//! The ranking step's strings with parameters, and the names and rules of the methods; its fixed
//! strings are keys of [`super::T`].

use ranking::{Method, SchulzeVariant};
use workshop::results::Reading;

use super::Lang;

/// A method's name.
pub fn method_name(lang: Lang, m: Method) -> &'static str {
    let (sl, en) = match m {
        Method::Borda => ("Borda", "Borda"),
        Method::MeanRank => ("povprečno mesto", "mean rank"),
        Method::MedianRank => ("mediana mest", "median rank"),
        Method::Copeland => ("Copeland", "Copeland"),
        Method::Schulze(SchulzeVariant::Margin) => ("Schulze", "Schulze"),
        Method::Schulze(SchulzeVariant::Winning) => {
            ("Schulze (zmagovalni glasovi)", "Schulze (winning votes)")
        }
        Method::Schulze(SchulzeVariant::Ratio) => ("Schulze (razmerje)", "Schulze (ratio)"),
        Method::RankedPairs => ("rangirani pari", "Ranked Pairs"),
        Method::Kemeny => ("Kemeny", "Kemeny"),
    };
    lang.pick(sl, en)
}

/// A method's rule in one plain sentence.
pub fn method_formula(lang: Lang, m: Method) -> &'static str {
    let (sl, en) = match m {
        Method::Borda => ("Borda: vsaka glasovnica da problemu po eno točko za vsak problem pod njim (izenačeni si točke delijo); prvi je tisti z največ točkami.", "Borda: each ballot gives a problem one point for every problem below it (tied ones share); the most points come first."),
        Method::MeanRank => ("Povprečno mesto: povprečje mest, ki jih problemu dajo glasovnice; prvi je tisti z najnižjim.", "Mean rank: the average of the places the ballots give a problem; the lowest comes first."),
        Method::MedianRank => ("Mediana mest: srednje mesto, ki ga problem dobi na glasovnicah; prvi je tisti z najnižjo.", "Median rank: the middle place a problem gets on the ballots; the lowest comes first."),
        Method::Copeland => ("Copeland: problem dobi točko za vsak problem, ki ga večina postavi pod njega, in izgubi točko za vsakega, ki ga večina postavi nad njega.", "Copeland: a problem gains a point for each problem a majority puts below it and loses one for each a majority puts above it."),
        Method::Schulze(SchulzeVariant::Margin) => ("Schulze: problem je pred drugim, kadar je njegova najmočnejša veriga večinskih zmag nad njim močnejša od obratne; moč zmage je razlika v glasovih.", "Schulze: a problem comes before another when its strongest chain of majority wins over it is stronger than the reverse chain; a win's strength is its margin of votes."),
        Method::Schulze(SchulzeVariant::Winning) => ("Schulze: problem je pred drugim, kadar je njegova najmočnejša veriga večinskih zmag nad njim močnejša od obratne; moč zmage je število glasov zanjo.", "Schulze: a problem comes before another when its strongest chain of majority wins over it is stronger than the reverse chain; a win's strength is the number of votes for it."),
        Method::Schulze(SchulzeVariant::Ratio) => ("Schulze: problem je pred drugim, kadar je njegova najmočnejša veriga večinskih zmag nad njim močnejša od obratne; moč zmage je razmerje glasov za in proti.", "Schulze: a problem comes before another when its strongest chain of majority wins over it is stronger than the reverse chain; a win's strength is the ratio of votes for and against."),
        Method::RankedPairs => ("Rangirani pari: večinske zmage se zaklepajo od največje do najmanjše; preskoči se tista, ki bi nasprotovala že zaklenjenim.", "Ranked Pairs: majority wins are locked in from the largest to the smallest, skipping any that would contradict those already locked."),
        Method::Kemeny => ("Kemeny: vrstni red, ki se z glasovnicami skupaj razhaja v najmanj parih.", "Kemeny: the order that disagrees with the ballots on the fewest pairs in all."),
    };
    lang.pick(sl, en)
}

/// Every method the engine offers, Schulze in its three variants, in the order a select lists
/// them.
pub const METHODS: [Method; 9] = [
    Method::Borda,
    Method::MeanRank,
    Method::MedianRank,
    Method::Copeland,
    Method::Schulze(SchulzeVariant::Margin),
    Method::Schulze(SchulzeVariant::Winning),
    Method::Schulze(SchulzeVariant::Ratio),
    Method::RankedPairs,
    Method::Kemeny,
];

/// The method select's value for a method.
pub fn method_value(m: Method) -> &'static str {
    match m {
        Method::Schulze(SchulzeVariant::Winning) => "schulze_winning",
        Method::Schulze(SchulzeVariant::Ratio) => "schulze_ratio",
        m => m.name(),
    }
}

/// The method a select's value names.
pub fn method_of(value: &str) -> Option<Method> {
    METHODS.into_iter().find(|&m| method_value(m) == value)
}

/// A number with a fixed count of decimals and the language's decimal mark (integer arithmetic:
/// float formatting would add kilobytes to the bundle).
pub fn decimal(lang: Lang, x: f64, places: u32) -> String {
    workshop::csv::decimal(x, places, lang.pick(',', '.'))
}

/// An English gloss of one of the Velenje example's Slovene texts (a table 1 item or one of its
/// ten problems), in the English interface only.
pub fn example_gloss(lang: Lang, s: &workshop::Session, text: &str) -> Option<&'static str> {
    (lang == Lang::En && s.info.example)
        .then(|| workshop::example::gloss(text))
        .flatten()
}

/// The SSF domain a problem came from, or "–" for a problem typed in directly (the paper notes
/// that all three top problems share one domain).
pub fn problem_domain(lang: Lang, s: &workshop::Session, problem: &str) -> &'static str {
    s.problems
        .iter()
        .find(|p| p.meta.id == problem)
        .and_then(|p| p.domain)
        .map_or("–", |d| super::domain_name(lang, d))
}

/// A score as the method gives it: whole numbers without decimals, others with one (two for
/// mean and median ranks).
pub fn score(lang: Lang, m: Method, x: f64) -> String {
    match m {
        Method::MeanRank | Method::MedianRank => decimal(lang, x, 2),
        _ if x.fract() == 0.0 => decimal(lang, x, 0),
        _ => decimal(lang, x, 1),
    }
}

/// "Round 2: plenary".
pub fn round_label(lang: Lang, number: u32, name: &str) -> String {
    match lang {
        Lang::Sl => format!("{number}. krog: {name}"),
        Lang::En => format!("Round {number}: {name}"),
    }
}

/// "8 ballots" with Slovene plurals.
pub fn ballots_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => {
            let w = match super::plural_sl(n as u64) {
                super::PluralSl::One => "glasovnica",
                super::PluralSl::Two => "glasovnici",
                super::PluralSl::Few => "glasovnice",
                super::PluralSl::Other => "glasovnic",
            };
            format!("{n} {w}")
        }
        Lang::En => format!("{n} ballot{}", if n == 1 { "" } else { "s" }),
    }
}

/// "Places 3–4 differ under Schulze and Copeland": where other methods order the problems
/// differently from the one shown.
pub fn differs(lang: Lang, methods: &[Method], from: usize, to: usize) -> String {
    let and = lang.pick(" in ", " and ");
    // After "po metodi" a descriptive name takes the genitive: "po metodi povprečnega mesta".
    let name = |m: Method| match (lang, m) {
        (Lang::Sl, Method::MeanRank) => "povprečnega mesta",
        (Lang::Sl, Method::MedianRank) => "mediane mest",
        (Lang::Sl, Method::RankedPairs) => "rangiranih parov",
        _ => method_name(lang, m),
    };
    let names: Vec<&str> = methods.iter().map(|&m| name(m)).collect();
    let many = names.len() > 1;
    let names = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => names.join(""),
    };
    match (lang, from == to) {
        (Lang::Sl, true) => format!(
            "Mesto {from} je drugačno po {} {names}",
            if many { "metodah" } else { "metodi" }
        ),
        (Lang::Sl, false) => format!(
            "Mesta {from}–{to} so drugačna po {} {names}",
            if many { "metodah" } else { "metodi" }
        ),
        (Lang::En, true) => format!("Place {from} differs under {names}"),
        (Lang::En, false) => format!("Places {from}–{to} differ under {names}"),
    }
}

/// Kendall's W in words and numbers.
pub fn kendall(lang: Lang, w: f64, reading: Reading) -> String {
    let (sl, en) = match reading {
        Reading::Slight => ("rahlo strinjanje", "slight agreement"),
        Reading::Fair => ("šibko strinjanje", "fair agreement"),
        Reading::Moderate => ("zmerno strinjanje", "moderate agreement"),
        Reading::Substantial => ("precejšnje strinjanje", "substantial agreement"),
        Reading::AlmostPerfect => ("skoraj popolno strinjanje", "almost perfect agreement"),
    };
    let w = decimal(lang, w, 2);
    match lang {
        Lang::Sl => format!("Kendallov W = {w}: {sl}"),
        Lang::En => format!("Kendall's W = {w}: {en}"),
    }
}

/// The p-value of Kendall's W and what it means.
pub fn p_value(lang: Lang, p: f64) -> String {
    let shown = if p < 0.001 {
        format!("p < {}", decimal(lang, 0.001, 3))
    } else {
        format!("p = {}", decimal(lang, p, 3))
    };
    match (lang, p < 0.05) {
        (Lang::Sl, true) => format!("{shown}: tolikšno strinjanje po naključju je malo verjetno."),
        (Lang::Sl, false) => format!("{shown}: tolikšno strinjanje bi lahko bilo naključno."),
        (Lang::En, true) => format!("{shown}: this much agreement is unlikely to be chance."),
        (Lang::En, false) => format!("{shown}: this much agreement could be chance."),
    }
}

/// A text in the language's quotation marks.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Sl => format!("»{text}«"),
        Lang::En => format!("“{text}”"),
    }
}

/// The Condorcet winner.
pub fn condorcet(lang: Lang, problem: &str) -> String {
    let problem = quoted(lang, problem);
    match lang {
        Lang::Sl => {
            format!("Condorcetov zmagovalec: {problem} – večina ga postavi pred vsak drug problem.")
        }
        Lang::En => {
            format!("Condorcet winner: {problem} – a majority puts it above every other problem.")
        }
    }
}

/// The distance between two consensus orders.
pub fn distance(lang: Lang, d: f64, pairs: usize, normalized: f64) -> String {
    let d = decimal(lang, d, if d.fract() == 0.0 { 0 } else { 1 });
    let pct = decimal(lang, normalized * 100.0, 0);
    match lang {
        Lang::Sl => {
            format!("Razdalja med vrstnima redoma: {d} od {pairs} parov ({pct} %) je obrnjenih.")
        }
        Lang::En => {
            format!("Distance between the two orders: {d} of {pairs} pairs ({pct}%) reversed.")
        }
    }
}

/// A cut that falls inside a tie.
pub fn tied_at_cut(lang: Lang, k: usize) -> String {
    match lang {
        Lang::Sl => format!("Na meji so izenačeni: izberite {k} izmed označenih."),
        Lang::En => format!("Tied at the cut: choose {k} of the marked ones."),
    }
}

/// The ballot screen's heading.
pub fn ballot_heading(lang: Lang, voter: &str) -> String {
    match lang {
        Lang::Sl => format!("{voter}: razvrstite probleme"),
        Lang::En => format!("{voter}: rank the problems"),
    }
}

/// What a screen reader hears after a move.
pub fn announce_place(
    lang: Lang,
    problem: &str,
    place: Option<(usize, usize)>,
    tied: bool,
) -> String {
    match (lang, place) {
        (Lang::Sl, Some((p, n))) if tied => {
            format!("{problem}: mesto {p} od {n}, enako kot zgornji")
        }
        (Lang::Sl, Some((p, n))) => format!("{problem}: mesto {p} od {n}"),
        (Lang::Sl, None) => format!("{problem}: nerazvrščen"),
        (Lang::En, Some((p, n))) if tied => {
            format!("{problem}: place {p} of {n}, same as the one above")
        }
        (Lang::En, Some((p, n))) => format!("{problem}: place {p} of {n}"),
        (Lang::En, None) => format!("{problem}: not ranked"),
    }
}

/// A scribe's place that is not a number in range.
pub fn bad_place(lang: Lang, problem: &str, n: usize) -> String {
    match lang {
        Lang::Sl => format!("Mesto za »{problem}« mora biti število od 1 do {n} ali prazno."),
        Lang::En => format!("The place for “{problem}” must be a number from 1 to {n}, or empty."),
    }
}

/// Top N of an earlier round.
pub fn top_of_round(lang: Lang, n: usize, round: &str) -> String {
    match lang {
        Lang::Sl => format!("prvih {n} iz kroga »{round}«"),
        Lang::En => format!("the top {n} of “{round}”"),
    }
}

/// "9 of 15 have voted", for the projector.
pub fn voted_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Sl => format!("oddanih glasovnic: {n} od {of}"),
        Lang::En => format!("{n} of {of} have voted"),
    }
}

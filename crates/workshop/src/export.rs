//! The session's data as tables for spreadsheets and researchers' tools: one table per kind of
//! record, with typed cells. Words a person reads (sectors, domains, statuses, column names) stay
//! [`Word`]s and [`Col`]s here, so the interface writes them in its language; [`crate::csv`]
//! writes the file.
//!
//! People appear as pseudonymous codes (P1, P2… in the order they were added, stable across
//! exports) unless names are asked for.

use ranking::Method;

use crate::assessment::{CardStatus, Domain, Origin, Polarity};
use crate::csv::Cell;
use crate::innovations::{period_of, InnovationType, SuccessFactor};
use crate::participants::Sector;
use crate::results::round_results;
use crate::rounds::Voter;
use crate::session::Session;
use crate::solutions::{Basis, IdeaStatus};

/// The tables, in the method's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// Who took part.
    Participants,
    /// Workshop 1's cards.
    Cards,
    /// Workshop 1's ratings per domain.
    Ratings,
    /// Workshop 2's inventory (table 2).
    Innovations,
    /// The town's periods.
    Periods,
    /// The development problems.
    Problems,
    /// Every ballot, one row per ballot and problem.
    Ballots,
    /// Each round's results per method.
    Results,
    /// Workshop 3's ideas.
    Ideas,
}

impl TableKind {
    /// Every table.
    pub const ALL: [TableKind; 9] = [
        TableKind::Participants,
        TableKind::Cards,
        TableKind::Ratings,
        TableKind::Innovations,
        TableKind::Periods,
        TableKind::Problems,
        TableKind::Ballots,
        TableKind::Results,
        TableKind::Ideas,
    ];

    /// The file name's stem.
    pub fn stem(self) -> &'static str {
        match self {
            TableKind::Participants => "participants",
            TableKind::Cards => "cards",
            TableKind::Ratings => "ratings",
            TableKind::Innovations => "innovations",
            TableKind::Periods => "periods",
            TableKind::Problems => "problems",
            TableKind::Ballots => "ballots",
            TableKind::Results => "results",
            TableKind::Ideas => "ideas",
        }
    }
}

/// A column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// A person's code (P1…) or a voter's.
    Code,
    /// A name.
    Name,
    /// A helix sector.
    Sector,
    /// An organisation.
    Organisation,
    /// Attended workshop n.
    Attended(u8),
    /// The group in workshop n.
    Group(u8),
    /// An SSF domain.
    Domain,
    /// Strength or weakness.
    Polarity,
    /// A card's or a problem's wording.
    Text,
    /// Who added it.
    Origin,
    /// A card's plenary status.
    Status,
    /// A key strength or weakness.
    Key,
    /// How many comments.
    Comments,
    /// A rating 1–5.
    Rating,
    /// Why.
    Justification,
    /// An innovation's name.
    Innovation,
    /// Its types.
    Types,
    /// A year.
    Year,
    /// A period.
    Period,
    /// Still running.
    Running,
    /// A description.
    Description,
    /// A period's first year.
    Start,
    /// A period's last year.
    End,
    /// A number in a list.
    Number,
    /// A round's number.
    Round,
    /// A round's name.
    RoundName,
    /// Counted (not superseded).
    Counted,
    /// From a paper ballot.
    Paper,
    /// A problem.
    Problem,
    /// A place.
    Place,
    /// A method.
    Method,
    /// A method's score.
    Score,
    /// An idea's title.
    Idea,
    /// An idea's status.
    IdeaStatus,
    /// Impact 1–5.
    Impact,
    /// Feasibility 1–5.
    Feasibility,
    /// Taken forward.
    Picked,
    /// Who would carry it.
    Carriers,
    /// Sectors that would carry it.
    Sectors,
    /// What it builds on.
    BuildsOn,
    /// Who benefits.
    Beneficiaries,
    /// First steps.
    FirstSteps,
    /// Alternatives set aside.
    Alternatives,
}

/// A value the interface words in its language.
#[derive(Debug, Clone, PartialEq)]
pub enum Word {
    /// A sector, or not known.
    Sector(Option<Sector>),
    /// A domain.
    Domain(Domain),
    /// Strength or weakness.
    Polarity(Polarity),
    /// Who added a card or an innovation.
    Origin(Origin),
    /// An innovation's types.
    Types(Vec<InnovationType>),
    /// A card's status.
    CardStatus(CardStatus),
    /// An idea's status.
    IdeaStatus(IdeaStatus),
    /// A method.
    Method(Method),
    /// A success factor.
    Factor(SuccessFactor),
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not known.
    Unknown,
    /// The plenary as a voter.
    Plenary,
    /// "removed", after a link's text.
    Removed,
}

/// A cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// A plain cell.
    Cell(Cell),
    /// A word to translate.
    Word(Word),
    /// Several, joined with ", ".
    List(Vec<Out>),
}

fn text(t: &str) -> Out {
    Out::Cell(Cell::Text(t.to_string()))
}

fn int(i: impl Into<i64>) -> Out {
    Out::Cell(Cell::Int(i.into()))
}

fn yes(b: bool) -> Out {
    Out::Word(if b { Word::Yes } else { Word::No })
}

fn maybe<T>(v: Option<T>, f: impl FnOnce(T) -> Out) -> Out {
    v.map_or(Out::Cell(Cell::Empty), f)
}

/// A table: its columns and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Which.
    pub kind: TableKind,
    /// The columns.
    pub columns: Vec<Col>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Out>>,
}

/// A participant's code: P and their place among everyone ever added (stable across exports).
pub fn participant_code(s: &Session, id: &str) -> String {
    s.participants
        .iter()
        .position(|p| p.meta.id == id)
        .map_or_else(|| "P?".into(), |i| format!("P{}", i + 1))
}

/// A voter as a code: a participant's P-code (or name), G1… for a group, "plenary", and for a
/// named voter the name only when names are asked for, else N1… in order of first ballot.
fn voter_cell(s: &Session, voter: &Voter, names: bool, named: &mut Vec<String>) -> Out {
    match voter {
        Voter::Participant { id } => match s.participants.iter().find(|p| &p.meta.id == id) {
            Some(p) if names && !p.meta.deleted => text(&p.name),
            _ => text(&participant_code(s, id)),
        },
        Voter::Group { index } => text(&format!("G{}", index + 1)),
        Voter::Plenary => Out::Word(Word::Plenary),
        Voter::Named { name } => {
            if names {
                return text(name);
            }
            let key = voter.key();
            let n = match named.iter().position(|k| *k == key) {
                Some(n) => n,
                None => {
                    named.push(key);
                    named.len() - 1
                }
            };
            text(&format!("N{}", n + 1))
        }
    }
}

fn group_of(s: &Session, workshop: u8, id: &str) -> Out {
    let group = s
        .group_plan(workshop)
        .and_then(|plan| plan.groups.iter().position(|g| g.iter().any(|m| m == id)));
    maybe(group, |g| int(g as i64 + 1))
}

fn participants(s: &Session, names: bool) -> Table {
    let mut columns = vec![Col::Code];
    if names {
        columns.extend([Col::Name, Col::Organisation]);
    }
    columns.push(Col::Sector);
    columns.extend((1..=3).map(Col::Attended));
    columns.extend((1..=3).map(Col::Group));
    let rows = s
        .participants
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.meta.deleted)
        .map(|(i, p)| {
            let mut row = vec![text(&format!("P{}", i + 1))];
            if names {
                row.extend([text(&p.name), text(&p.organisation)]);
            }
            row.push(Out::Word(Word::Sector(p.sector)));
            row.extend(p.attended.iter().map(|a| yes(*a)));
            row.extend((1..=3).map(|w| group_of(s, w, &p.meta.id)));
            row
        })
        .collect();
    Table {
        kind: TableKind::Participants,
        columns,
        rows,
    }
}

fn cards(s: &Session) -> Table {
    let rows = s
        .live_cards()
        .map(|c| {
            vec![
                Out::Word(Word::Domain(c.domain)),
                Out::Word(Word::Polarity(c.polarity)),
                text(&c.text),
                Out::Word(Word::Origin(c.origin)),
                Out::Word(Word::CardStatus(c.status)),
                yes(c.key),
                int(c.comments.len() as i64),
            ]
        })
        .collect();
    Table {
        kind: TableKind::Cards,
        columns: vec![
            Col::Domain,
            Col::Polarity,
            Col::Text,
            Col::Origin,
            Col::Status,
            Col::Key,
            Col::Comments,
        ],
        rows,
    }
}

fn ratings(s: &Session) -> Table {
    let rows = Domain::ALL
        .iter()
        .map(|d| {
            let r = s.ratings.iter().find(|r| r.domain == *d && !r.meta.deleted);
            vec![
                Out::Word(Word::Domain(*d)),
                maybe(r, |r| int(r.rating)),
                maybe(r, |r| text(&r.justification)),
            ]
        })
        .collect();
    Table {
        kind: TableKind::Ratings,
        columns: vec![Col::Domain, Col::Rating, Col::Justification],
        rows,
    }
}

fn innovations(s: &Session) -> Table {
    let mut list: Vec<_> = s.live_innovations().collect();
    // Table 2's order: by year, the inventory's own order within a year, unknown years last.
    list.sort_by_key(|i| (i.year.is_none(), i.year));
    let rows = list
        .into_iter()
        .map(|i| {
            vec![
                Out::Word(Word::Types(i.types.clone())),
                text(&i.name),
                maybe(i.year, int),
                maybe(period_of(i, &s.periods), |p| text(&p.name)),
                Out::Word(Word::Origin(i.origin)),
                maybe(i.running, yes),
                text(&i.description),
            ]
        })
        .collect();
    Table {
        kind: TableKind::Innovations,
        columns: vec![
            Col::Types,
            Col::Innovation,
            Col::Year,
            Col::Period,
            Col::Origin,
            Col::Running,
            Col::Description,
        ],
        rows,
    }
}

fn periods(s: &Session) -> Table {
    let rows = s
        .live_periods()
        .map(|p| vec![text(&p.name), int(p.start), maybe(p.end, int)])
        .collect();
    Table {
        kind: TableKind::Periods,
        columns: vec![Col::Period, Col::Start, Col::End],
        rows,
    }
}

fn problems(s: &Session) -> Table {
    let rows = s
        .live_problems()
        .enumerate()
        .map(|(n, p)| {
            vec![
                int(n as i64 + 1),
                text(&p.text),
                maybe(p.domain, |d| Out::Word(Word::Domain(d))),
            ]
        })
        .collect();
    Table {
        kind: TableKind::Problems,
        columns: vec![Col::Number, Col::Problem, Col::Domain],
        rows,
    }
}

fn ballots(s: &Session, names: bool) -> Table {
    let mut named = Vec::new();
    let mut rows = Vec::new();
    for r in s.live_rounds() {
        let counted: Vec<&str> = s
            .current_ballots(&r.meta.id)
            .map(|b| b.meta.id.as_str())
            .collect();
        for b in s.ballots.iter().filter(|b| b.round == r.meta.id) {
            let voter = voter_cell(s, &b.voter, names, &mut named);
            let mut place = 1;
            let mut places: Vec<(&str, usize)> = Vec::new();
            for tier in &b.tiers {
                places.extend(tier.iter().map(|p| (p.as_str(), place)));
                place += tier.len();
            }
            for p in &r.problems {
                let at = places.iter().find(|(q, _)| q == p).map(|(_, n)| *n);
                rows.push(vec![
                    int(r.number),
                    text(&r.name),
                    voter.clone(),
                    yes(counted.contains(&b.meta.id.as_str())),
                    yes(b.scribe),
                    text(s.problem_text(p)),
                    maybe(at, |n| int(n as i64)),
                ]);
            }
        }
    }
    Table {
        kind: TableKind::Ballots,
        columns: vec![
            Col::Round,
            Col::RoundName,
            Col::Code,
            Col::Counted,
            Col::Paper,
            Col::Problem,
            Col::Place,
        ],
        rows,
    }
}

/// The methods the results table lists, in the order the app offers them.
pub const METHODS: [Method; 9] = [
    Method::Borda,
    Method::MeanRank,
    Method::MedianRank,
    Method::Copeland,
    Method::Schulze(ranking::SchulzeVariant::Margin),
    Method::Schulze(ranking::SchulzeVariant::Winning),
    Method::Schulze(ranking::SchulzeVariant::Ratio),
    Method::RankedPairs,
    Method::Kemeny,
];

fn results(s: &Session) -> Table {
    let mut rows = Vec::new();
    for r in s.live_rounds() {
        let Some(res) = round_results(s, r) else {
            continue;
        };
        for m in METHODS {
            let outcome = res.outcome(m);
            let places = res.places(m);
            let decimals = match m {
                Method::MeanRank | Method::MedianRank => 2,
                _ => 1,
            };
            for tier in &outcome.order {
                for &c in tier {
                    rows.push(vec![
                        int(r.number),
                        text(&r.name),
                        Out::Word(Word::Method(m)),
                        text(s.problem_text(&res.problems[c])),
                        int(places[c] as i64),
                        Out::Cell(Cell::Num(outcome.scores[c], decimals)),
                    ]);
                }
            }
        }
    }
    Table {
        kind: TableKind::Results,
        columns: vec![
            Col::Round,
            Col::RoundName,
            Col::Method,
            Col::Problem,
            Col::Place,
            Col::Score,
        ],
        rows,
    }
}

/// What an idea builds on, as cells: a record's text (marked if removed) or a factor.
pub fn basis_out(s: &Session, b: &Basis) -> Out {
    match (s.basis_text(b), b) {
        (Some((t, false)), _) => text(t),
        (Some((t, true)), _) => Out::List(vec![text(t), Out::Word(Word::Removed)]),
        (None, Basis::Factor(f)) => Out::Word(Word::Factor(f.clone())),
        (None, _) => Out::Word(Word::Removed),
    }
}

fn ideas(s: &Session) -> Table {
    let mut rows = Vec::new();
    for w in s.live_worksheets() {
        for i in s.ideas_of(&w.meta.id) {
            let t = &i.text;
            rows.push(vec![
                text(s.problem_text(&w.problem)),
                text(&t.title),
                Out::Word(Word::IdeaStatus(i.status)),
                maybe(i.impact, int),
                maybe(i.feasibility, int),
                yes(i.picked),
                text(&t.description),
                text(&t.carriers),
                Out::List(
                    t.sectors
                        .iter()
                        .map(|x| Out::Word(Word::Sector(Some(*x))))
                        .collect(),
                ),
                text(&t.beneficiaries),
                text(&t.first_steps),
                text(&t.alternatives),
                Out::List(t.builds_on.iter().map(|b| basis_out(s, b)).collect()),
            ]);
        }
    }
    Table {
        kind: TableKind::Ideas,
        columns: vec![
            Col::Problem,
            Col::Idea,
            Col::IdeaStatus,
            Col::Impact,
            Col::Feasibility,
            Col::Picked,
            Col::Description,
            Col::Carriers,
            Col::Sectors,
            Col::Beneficiaries,
            Col::FirstSteps,
            Col::Alternatives,
            Col::BuildsOn,
        ],
        rows,
    }
}

/// One table of the session; people by code unless `names`.
pub fn table(s: &Session, kind: TableKind, names: bool) -> Table {
    match kind {
        TableKind::Participants => participants(s, names),
        TableKind::Cards => cards(s),
        TableKind::Ratings => ratings(s),
        TableKind::Innovations => innovations(s),
        TableKind::Periods => periods(s),
        TableKind::Problems => problems(s),
        TableKind::Ballots => ballots(s, names),
        TableKind::Results => results(s),
        TableKind::Ideas => ideas(s),
    }
}

/// A table as CSV text, with the interface's words: `col` names a column, `word` a value.
pub fn to_csv(
    t: &Table,
    decimal_comma: bool,
    col: &dyn Fn(Col) -> String,
    word: &dyn Fn(&Word) -> String,
) -> String {
    fn flat(o: &Out, word: &dyn Fn(&Word) -> String) -> Cell {
        match o {
            Out::Cell(c) => c.clone(),
            Out::Word(w) => Cell::Text(word(w)),
            Out::List(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|i| match flat(i, word) {
                        Cell::Text(t) => t,
                        Cell::Int(n) => n.to_string(),
                        _ => String::new(),
                    })
                    .filter(|t| !t.is_empty())
                    .collect();
                Cell::Text(parts.join(", "))
            }
        }
    }
    let header: Vec<String> = t.columns.iter().map(|c| col(*c)).collect();
    let rows: Vec<Vec<Cell>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|o| flat(o, word)).collect())
        .collect();
    crate::csv::write(&header, &rows, decimal_comma)
}

/// Each live round with ballots as a PrefLib file (its data type, `toi`, `soi`…, and text), for
/// researchers' own tools; problems are named by their wording.
pub fn preflib(s: &Session) -> Vec<(u32, &'static str, String)> {
    s.live_rounds()
        .filter_map(|r| {
            let res = round_results(s, r)?;
            let title = format!("{}: {}", s.info.title, r.name);
            let names: Vec<String> = r
                .problems
                .iter()
                .map(|p| s.problem_text(p).into())
                .collect();
            // Named by wording; by id where two wordings are equal or one cannot be written.
            let named = ranking::Profile::new(names, res.profile.ballots().to_vec())
                .ok()
                .and_then(|p| ranking::preflib::write(&p, &title).ok());
            let text = match named {
                Some(t) => t,
                None => ranking::preflib::write(&res.profile, &title).ok()?,
            };
            Some((r.number, ranking::preflib::data_type(&res.profile), text))
        })
        .collect()
}

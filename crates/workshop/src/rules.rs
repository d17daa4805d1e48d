//! The rules each record keeps on its own, stated once with the named limits of
//! [`crate::limits`]: [`crate::record::Record::check`] calls these; the file reader reports a
//! broken rule with the field's path, and `Session::apply` refuses a change that would break one.
//! Rules that span records (a group's members, a ballot's round) stay with the file reader and
//! the merge.

use std::collections::HashSet;

use crate::assessment::{Card, DomainRating, Problem, Verdict};
use crate::innovations::{
    DeepDive, FactorNote, Innovation, InventorySettings, Period, SuccessFactor,
};
use crate::limits::*;
use crate::meta::{is_reserved_id, is_valid_id, Meta, Version};
use crate::participants::{GroupPlan, Participant, ParticipantSettings};
use crate::report::ReportSettings;
use crate::rounds::{CastBallot, Chosen, Round, Voter};
use crate::session::{is_valid_date, SessionInfo};
use crate::solutions::{Basis, Idea, Worksheet};

/// What kind of rule a value breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// A text longer than its limit, in characters.
    TooLong {
        /// Its length.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// An id that is not a short token of letters, digits, `-` and `_`.
    BadId,
    /// Empty where the app always writes a text.
    Required,
    /// A number, year or time outside the range the app writes.
    OutOfRange,
    /// Something listed twice where each belongs once.
    Repeated,
    /// A list with fewer or more items than the app allows.
    Count {
        /// How many it has.
        count: usize,
        /// The fewest allowed.
        min: usize,
        /// The most allowed.
        max: usize,
    },
    /// An id the app keeps for another record ([`is_reserved_id`]), or not the fixed id of a
    /// record the session has one of.
    Reserved,
    /// A link to a record that is not in the session.
    Unknown,
    /// A ballot's voter who cannot vote in its round (a group where the room votes as one).
    VoterKind,
    /// A correction that names no earlier ballot of the same voter in the same round.
    Supersedes,
    /// Any other value the app never writes (a date that is no date, two plans for one workshop).
    Invalid,
}

impl std::fmt::Display for Rule {
    /// English, for logs and `pkg/`; the app shows its own translations.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rule::TooLong { length, limit } => {
                write!(
                    f,
                    "is {length} characters long, more than the limit of {limit}"
                )
            }
            Rule::BadId => write!(f, "is not a valid id"),
            Rule::Required => write!(f, "is empty but needs a text"),
            Rule::OutOfRange => write!(f, "is outside the range the app writes"),
            Rule::Repeated => write!(f, "lists something twice"),
            Rule::Count { count, min, max } => {
                write!(f, "has {count} items; from {min} to {max} are allowed")
            }
            Rule::Reserved => write!(f, "uses an id the app keeps for another record"),
            Rule::Unknown => write!(f, "names a record that is not in the session"),
            Rule::VoterKind => write!(f, "names a voter who cannot vote in that round"),
            Rule::Supersedes => write!(
                f,
                "corrects a ballot that is not an earlier ballot of the same voter and round"
            ),
            Rule::Invalid => write!(f, "has a value the app never writes"),
        }
    }
}

/// A broken rule and the field, relative to the record (`name`, `comments[2].text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// Where in the record.
    pub field: String,
    /// Which rule.
    pub rule: Rule,
}

type Checked = Result<(), RuleError>;

fn fail(field: impl Into<String>, rule: Rule) -> Checked {
    Err(RuleError {
        field: field.into(),
        rule,
    })
}

/// Fails with `rule` unless `ok`.
pub fn ensure(ok: bool, field: &str, rule: Rule) -> Checked {
    if ok {
        Ok(())
    } else {
        fail(field, rule)
    }
}

/// A list's length within `min..=max`.
pub fn count(len: usize, field: &str, min: usize, max: usize) -> Checked {
    let rule = Rule::Count {
        count: len,
        min,
        max,
    };
    ensure((min..=max).contains(&len), field, rule)
}

/// A text within its limit; `required` ones must not be blank.
fn text(value: &str, field: &str, limit: usize, required: bool) -> Checked {
    let length = value.chars().count();
    if length > limit {
        return fail(field, Rule::TooLong { length, limit });
    }
    ensure(!required || !value.trim().is_empty(), field, Rule::Required)
}

fn id(value: &str, field: &str) -> Checked {
    if is_valid_id(value) {
        Ok(())
    } else {
        fail(field, Rule::BadId)
    }
}

/// A record's bookkeeping: its id and the device that changed it are ids, its times are times.
/// A record the session has one of carries its fixed id (`fixed`); every other record's id is
/// one the app could have drawn, never a reserved one ([`is_reserved_id`]).
pub fn meta(m: &Meta, fixed: Option<&str>) -> Checked {
    id(&m.id, "meta.id")?;
    match fixed {
        Some(f) => ensure(m.id == f, "meta.id", Rule::Reserved)?,
        None => ensure(!is_reserved_id(&m.id), "meta.id", Rule::Reserved)?,
    }
    id(&m.device, "meta.device")?;
    time(m.changed, "meta.changed")?;
    time(m.created, "meta.created")
}

/// A time (milliseconds since the Unix epoch) between 1970 and the end of [`MAX_TIME`]'s year.
pub fn time(t: i64, field: &str) -> Checked {
    ensure((0..=MAX_TIME).contains(&t), field, Rule::OutOfRange)
}

/// When and where a part of a record last changed.
fn version(v: &Version, field: &str) -> Checked {
    id(&v.device, &format!("{field}.device"))?;
    time(v.changed, &format!("{field}.changed"))
}

fn year(y: i32) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&y)
}

fn unique<T: std::hash::Hash + Eq>(items: impl IntoIterator<Item = T>) -> bool {
    let mut seen = HashSet::new();
    items.into_iter().all(|i| seen.insert(i))
}

/// The session's description.
pub fn info(i: &SessionInfo) -> Checked {
    text(&i.title, "title", MAX_TITLE, true)?;
    text(&i.town, "town", MAX_TOWN, false)?;
    ensure(is_valid_date(&i.date), "date", Rule::Invalid)
}

/// A participant: a name while live (a tombstone's is cleared).
pub fn participant(p: &Participant) -> Checked {
    text(&p.name, "name", MAX_NAME, !p.meta.deleted)?;
    text(&p.organisation, "organisation", MAX_ORGANISATION, false)?;
    p.attendance
        .as_ref()
        .map_or(Ok(()), |v| version(v, "attendance"))
}

/// A workshop's groups.
pub fn groups(g: &GroupPlan) -> Checked {
    ensure((1..=3).contains(&g.workshop), "workshop", Rule::OutOfRange)?;
    ensure(g.seed <= MAX_SAFE_INTEGER, "seed", Rule::OutOfRange)?;
    count(g.groups.len(), "groups", 0, MAX_GROUPS)?;
    ensure(unique(g.groups.iter().flatten()), "groups", Rule::Repeated)
}

/// Sector names and the room's size.
pub fn participant_settings(s: &ParticipantSettings) -> Checked {
    for (i, name) in s.sector_names.iter().enumerate() {
        text(name, &format!("sector_names[{i}]"), MAX_SECTOR_NAME, false)?;
    }
    ensure(s.room_min <= s.room_max, "room_min", Rule::OutOfRange)?;
    let room = 1..=MAX_PARTICIPANTS as u32;
    ensure(room.contains(&s.room_max), "room_max", Rule::OutOfRange)?;
    let hashed = s.pin.strip_prefix("fnv1a64:").is_some_and(|h| {
        h.len() == 16
            && h.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    });
    ensure(s.pin.is_empty() || hashed, "pin", Rule::Invalid)
}

/// A card and its comments (comment ids unique on the card).
pub fn card(c: &Card) -> Checked {
    text(&c.text, "text", MAX_CARD, !c.meta.deleted)?;
    for (j, m) in c.comments.iter().enumerate() {
        id(&m.id, &format!("comments[{j}].id"))?;
        time(m.created, &format!("comments[{j}].created"))?;
        text(&m.text, &format!("comments[{j}].text"), MAX_COMMENT, false)?;
    }
    ensure(
        unique(c.comments.iter().map(|m| &m.id)),
        "comments",
        Rule::Repeated,
    )
}

/// A domain's rating.
pub fn rating(r: &DomainRating) -> Checked {
    text(&r.justification, "justification", MAX_COMMENT, false)?;
    ensure(RATINGS.contains(&r.rating), "rating", Rule::OutOfRange)
}

/// The verdict.
pub fn verdict(v: &Verdict) -> Checked {
    text(&v.text, "text", MAX_COMMENT, false)
}

/// A development problem.
pub fn problem(p: &Problem) -> Checked {
    text(&p.text, "text", MAX_CARD, !p.meta.deleted)
}

/// A historical period: years in range, not ending before it starts.
pub fn period(p: &Period) -> Checked {
    text(&p.name, "name", MAX_PERIOD_NAME, !p.meta.deleted)?;
    let end_ok = p.end.is_none_or(|e| year(e) && e >= p.start);
    ensure(year(p.start) && end_ok, "start", Rule::OutOfRange)
}

/// An innovation: one or two different types, a year in range.
pub fn innovation(n: &Innovation) -> Checked {
    text(&n.name, "name", MAX_CARD, !n.meta.deleted)?;
    text(&n.description, "description", MAX_COMMENT, false)?;
    text(&n.need, "need", MAX_COMMENT, false)?;
    text(&n.organisations, "organisations", MAX_CARD, false)?;
    let two_same = n.types.len() == 2 && n.types[0] == n.types[1];
    count(n.types.len(), "types", 1, 2)?;
    ensure(!two_same, "types", Rule::Repeated)?;
    ensure(n.year.is_none_or(year), "year", Rule::OutOfRange)
}

/// A deep dive's worksheet: texts within limits, an "other" factor named.
pub fn deep_dive(d: &DeepDive) -> Checked {
    for (name, value) in [
        ("need", &d.need),
        ("cooperation", &d.cooperation),
        ("resources", &d.resources),
        ("obstacles", &d.obstacles),
        ("lessons", &d.lessons),
    ] {
        text(value, name, MAX_COMMENT, false)?;
    }
    factors(&d.factors, "factors")
}

/// Success factors with notes: named ones within their limit, notes within theirs.
fn factors(list: &[FactorNote], field: &str) -> Checked {
    for (j, f) in list.iter().enumerate() {
        if let SuccessFactor::Other(name) = &f.factor {
            text(
                name,
                &format!("{field}[{j}].factor.name"),
                MAX_FACTOR_NAME,
                true,
            )?;
        }
        text(&f.note, &format!("{field}[{j}].note"), MAX_COMMENT, false)?;
    }
    count(list.len(), field, 0, MAX_FACTORS)
}

/// How many deep dives the inventory allows, and the series' keys to success.
pub fn inventory_settings(s: &InventorySettings) -> Checked {
    ensure(
        (1..=MAX_DEEP_DIVE_LIMIT).contains(&s.deep_dive_limit),
        "deep_dive_limit",
        Rule::OutOfRange,
    )?;
    factors(&s.keys, "keys")
}

/// A ranking round: a name while live, from two to [`MAX_ROUND_PROBLEMS`] different problems,
/// a number no higher than the rounds a session can hold.
pub fn round(r: &Round) -> Checked {
    text(&r.name, "name", MAX_NAME, !r.meta.deleted)?;
    let numbers = 1..=MAX_ROUNDS as u32;
    ensure(numbers.contains(&r.number), "number", Rule::OutOfRange)?;
    count(r.problems.len(), "problems", 2, MAX_ROUND_PROBLEMS)?;
    ensure(unique(&r.problems), "problems", Rule::Repeated)
}

/// A cast ballot's voter, as the app writes it: a named voter's name trimmed (its tiers and
/// whether the voter fits the round are checked against the round by the reader).
pub fn ballot(b: &CastBallot) -> Checked {
    time(b.cast, "cast")?;
    match &b.voter {
        Voter::Named { name } => {
            text(name, "voter.name", MAX_NAME, true)?;
            ensure(name.trim() == name, "voter.name", Rule::Invalid)
        }
        Voter::Group { index } => ensure(*index < MAX_GROUPS, "voter.index", Rule::OutOfRange),
        Voter::Participant { id: p } => id(p, "voter.id"),
        Voter::Plenary => Ok(()),
    }
}

/// The problems chosen for workshop 3: some, each once.
pub fn chosen(c: &Chosen) -> Checked {
    count(c.problems.len(), "problems", 1, MAX_ROUND_PROBLEMS)?;
    ensure(unique(&c.problems), "problems", Rule::Repeated)
}

/// What a worksheet or an idea builds on: at most [`MAX_LINKS`], each once, ids that are ids,
/// named factors within their limit (whether the records exist is the reader's check).
fn bases(list: &[Basis], field: &str) -> Checked {
    count(list.len(), field, 0, MAX_LINKS)?;
    ensure(unique(list), field, Rule::Repeated)?;
    for (j, b) in list.iter().enumerate() {
        let at = format!("{field}[{j}]");
        match b {
            Basis::Strength { card } => id(card, &format!("{at}.card"))?,
            Basis::Innovation { innovation } => id(innovation, &format!("{at}.innovation"))?,
            Basis::Factor(SuccessFactor::Other(name)) => {
                text(name, &format!("{at}.name"), MAX_FACTOR_NAME, true)?;
                ensure(name.trim() == name, &format!("{at}.name"), Rule::Invalid)?;
            }
            Basis::Factor(_) => {}
        }
    }
    Ok(())
}

/// A workshop 3 worksheet: its problem's id, a group index below [`MAX_GROUPS`], texts within
/// their limits, what it builds on.
pub fn worksheet(w: &Worksheet) -> Checked {
    id(&w.problem, "problem")?;
    ensure(
        w.group.is_none_or(|g| g < MAX_GROUPS),
        "group",
        Rule::OutOfRange,
    )?;
    for (name, value) in [
        ("core", &w.core),
        ("causes", &w.causes),
        ("consequences", &w.consequences),
        ("affected", &w.affected),
    ] {
        text(value, name, MAX_COMMENT, false)?;
    }
    bases(&w.builds_on, "builds_on")
}

/// A workshop 3 idea: a title while live, texts within their limits, each sector once, ratings
/// of 1–5, a place within the range of times.
pub fn idea(i: &Idea) -> Checked {
    id(&i.worksheet, "worksheet")?;
    let t = &i.text;
    text(&t.title, "text.title", MAX_CARD, !i.meta.deleted)?;
    for (name, value) in [
        ("text.description", &t.description),
        ("text.carriers", &t.carriers),
        ("text.resources", &t.resources),
        ("text.beneficiaries", &t.beneficiaries),
        ("text.first_steps", &t.first_steps),
        ("text.alternatives", &t.alternatives),
    ] {
        text(value, name, MAX_COMMENT, false)?;
    }
    ensure(unique(&t.sectors), "text.sectors", Rule::Repeated)?;
    bases(&t.builds_on, "text.builds_on")?;
    ensure(
        (-MAX_TIME..=MAX_TIME).contains(&i.position),
        "position",
        Rule::OutOfRange,
    )?;
    for (name, r) in [("impact", i.impact), ("feasibility", i.feasibility)] {
        ensure(
            r.is_none_or(|r| RATINGS.contains(&r)),
            name,
            Rule::OutOfRange,
        )?;
    }
    Ok(())
}

/// The report's settings: each section left out once, one text per section within its limit,
/// real dates, who facilitated within the title's limit.
pub fn report_settings(r: &ReportSettings) -> Checked {
    ensure(unique(&r.hidden), "hidden", Rule::Repeated)?;
    ensure(
        unique(r.notes.iter().map(|n| n.section)),
        "notes",
        Rule::Repeated,
    )?;
    for (j, n) in r.notes.iter().enumerate() {
        text(&n.text, &format!("notes[{j}].text"), MAX_COMMENT, false)?;
    }
    ensure(is_valid_date(&r.date2), "date2", Rule::Invalid)?;
    ensure(is_valid_date(&r.date3), "date3", Rule::Invalid)?;
    text(&r.facilitators, "facilitators", MAX_TITLE, false)
}

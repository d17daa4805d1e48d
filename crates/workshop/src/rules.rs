//! The rules each record keeps on its own, stated once with the named limits of
//! [`crate::limits`]: [`crate::record::Record::check`] calls these; the file reader reports a
//! broken rule with the field's path, and `Session::apply` refuses a change that would break one.
//! Rules that span records (a group's members, a ballot's round) stay with the file reader and
//! the merge.

use std::collections::HashSet;

use crate::assessment::{Card, DomainRating, Problem, Verdict};
use crate::innovations::{DeepDive, Innovation, InventorySettings, Period, SuccessFactor};
use crate::limits::*;
use crate::meta::{is_valid_id, Meta};
use crate::participants::{GroupPlan, Participant, ParticipantSettings};
use crate::rounds::{CastBallot, Chosen, Round, Voter};
use crate::session::{is_valid_date, SessionInfo};

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
    /// A value outside what the app can write (empty where required, out of range, repeated).
    Invalid,
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

/// Fails unless `ok`.
fn ensure(ok: bool, field: &str) -> Checked {
    if ok {
        Ok(())
    } else {
        fail(field, Rule::Invalid)
    }
}

/// A text within its limit; `required` ones must not be blank.
fn text(value: &str, field: &str, limit: usize, required: bool) -> Checked {
    let length = value.chars().count();
    if length > limit {
        return fail(field, Rule::TooLong { length, limit });
    }
    ensure(!required || !value.trim().is_empty(), field)
}

fn id(value: &str, field: &str) -> Checked {
    if is_valid_id(value) {
        Ok(())
    } else {
        fail(field, Rule::BadId)
    }
}

/// A record's bookkeeping: its id and the device that changed it are ids.
pub fn meta(m: &Meta) -> Checked {
    id(&m.id, "meta.id")?;
    id(&m.device, "meta.device")
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
    ensure(is_valid_date(&i.date), "date")
}

/// A participant: a name while live (a tombstone's is cleared).
pub fn participant(p: &Participant) -> Checked {
    text(&p.name, "name", MAX_NAME, !p.meta.deleted)?;
    text(&p.organisation, "organisation", MAX_ORGANISATION, false)
}

/// A workshop's groups.
pub fn groups(g: &GroupPlan) -> Checked {
    ensure((1..=3).contains(&g.workshop), "workshop")?;
    ensure(g.groups.len() <= MAX_GROUPS, "groups")?;
    ensure(unique(g.groups.iter().flatten()), "groups")
}

/// Sector names and the room's size.
pub fn participant_settings(s: &ParticipantSettings) -> Checked {
    for (i, name) in s.sector_names.iter().enumerate() {
        text(name, &format!("sector_names[{i}]"), MAX_SECTOR_NAME, false)?;
    }
    ensure(s.room_min <= s.room_max && s.room_max > 0, "room_min")
}

/// A card and its comments (comment ids unique on the card).
pub fn card(c: &Card) -> Checked {
    text(&c.text, "text", MAX_CARD, !c.meta.deleted)?;
    for (j, m) in c.comments.iter().enumerate() {
        id(&m.id, &format!("comments[{j}].id"))?;
        text(&m.text, &format!("comments[{j}].text"), MAX_COMMENT, false)?;
    }
    ensure(unique(c.comments.iter().map(|m| &m.id)), "comments")
}

/// A domain's rating.
pub fn rating(r: &DomainRating) -> Checked {
    text(&r.justification, "justification", MAX_COMMENT, false)?;
    ensure(RATINGS.contains(&r.rating), "rating")
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
    ensure(year(p.start) && end_ok, "start")
}

/// An innovation: one or two different types, a year in range.
pub fn innovation(n: &Innovation) -> Checked {
    text(&n.name, "name", MAX_CARD, !n.meta.deleted)?;
    text(&n.description, "description", MAX_COMMENT, false)?;
    text(&n.need, "need", MAX_COMMENT, false)?;
    text(&n.organisations, "organisations", MAX_CARD, false)?;
    let two_same = n.types.len() == 2 && n.types[0] == n.types[1];
    ensure(matches!(n.types.len(), 1 | 2) && !two_same, "types")?;
    ensure(n.year.is_none_or(year), "year")
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
    for (j, f) in d.factors.iter().enumerate() {
        if let SuccessFactor::Other(name) = &f.factor {
            text(
                name,
                &format!("factors[{j}].factor.name"),
                MAX_FACTOR_NAME,
                true,
            )?;
        }
        text(&f.note, &format!("factors[{j}].note"), MAX_COMMENT, false)?;
    }
    ensure(d.factors.len() <= MAX_FACTORS, "factors")
}

/// How many deep dives the inventory allows.
pub fn inventory_settings(s: &InventorySettings) -> Checked {
    ensure(
        (1..=MAX_DEEP_DIVE_LIMIT).contains(&s.deep_dive_limit),
        "deep_dive_limit",
    )
}

/// A ranking round: a name while live, at least two different problems.
pub fn round(r: &Round) -> Checked {
    text(&r.name, "name", MAX_NAME, !r.meta.deleted)?;
    let fits = (2..=MAX_CARDS).contains(&r.problems.len());
    ensure(fits && unique(&r.problems), "problems")
}

/// A cast ballot's voter (its tiers are checked against its round by the reader).
pub fn ballot(b: &CastBallot) -> Checked {
    match &b.voter {
        Voter::Named { name } => text(name, "voter.name", MAX_NAME, true),
        Voter::Group { index } => ensure(*index < MAX_GROUPS, "voter"),
        Voter::Participant { id: p } => id(p, "voter.id"),
        Voter::Plenary => Ok(()),
    }
}

/// The problems chosen for workshop 3: some, each once.
pub fn chosen(c: &Chosen) -> Checked {
    let fits = (1..=MAX_CARDS).contains(&c.problems.len());
    ensure(fits && unique(&c.problems), "problems")
}

//! One trait over every record type of a session: what merging needs of a record (its kind,
//! bookkeeping, how two versions combine) and the rules a record must keep on its own
//! ([`Record::check`]), which the reducers, the file reader and the merge all apply, so that
//! `Session::apply` can never accept what the next load refuses.

use std::cmp::Ordering;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::assessment::{Card, DomainRating, Problem, Verdict};
use crate::innovations::{DeepDive, Innovation, InventorySettings, Period};
use crate::meta::{is_reserved_id, Meta};
use crate::participants::{GroupPlan, Participant, ParticipantSettings};
use crate::report::{ReportSettings, REPORT_SETTINGS_ID};
use crate::rounds::{CastBallot, Chosen, Round};
use crate::rules::{self, RuleError};
use crate::session::{Session, SessionInfo};
use crate::solutions::{Idea, Worksheet};

/// The kinds of record a session holds, for the report and for [`Session::use_version`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// The session's title, town, date and language.
    Info,
    /// A participant.
    Participant,
    /// A workshop's groups.
    Groups,
    /// Sector names, room size, hidden names.
    ParticipantSettings,
    /// A strength or weakness card.
    Card,
    /// A domain's rating.
    Rating,
    /// The overall verdict.
    Verdict,
    /// A development problem.
    Problem,
    /// A local social innovation.
    Innovation,
    /// A historical period.
    Period,
    /// A deep dive's worksheet.
    DeepDive,
    /// The inventory's settings.
    InventorySettings,
    /// A ranking round.
    Round,
    /// A cast ballot.
    Ballot,
    /// The problems chosen for workshop 3.
    Chosen,
    /// A workshop 3 worksheet.
    Worksheet,
    /// A workshop 3 idea.
    Idea,
    /// The report's settings.
    ReportSettings,
}

impl RecordKind {
    /// Every kind, in the method's order.
    pub const ALL: [RecordKind; 18] = [
        RecordKind::Info,
        RecordKind::Participant,
        RecordKind::Groups,
        RecordKind::ParticipantSettings,
        RecordKind::Card,
        RecordKind::Rating,
        RecordKind::Verdict,
        RecordKind::Problem,
        RecordKind::Innovation,
        RecordKind::Period,
        RecordKind::DeepDive,
        RecordKind::InventorySettings,
        RecordKind::Round,
        RecordKind::Ballot,
        RecordKind::Chosen,
        RecordKind::Worksheet,
        RecordKind::Idea,
        RecordKind::ReportSettings,
    ];
}

/// A record of a session: what merging needs to know of it.
pub trait Record: Clone + PartialEq + Serialize + DeserializeOwned {
    /// Which kind it is.
    const KIND: RecordKind;
    /// Its bookkeeping.
    fn meta(&self) -> &Meta;
    /// Its bookkeeping, to change on a user's edit.
    fn meta_mut(&mut self) -> &mut Meta;
    /// A short text that names the record for a person (a card's wording, a name).
    fn label(&self) -> String;
    /// One record from two versions of it (same id). The default: the newer wins whole.
    fn combine(a: &Self, b: &Self) -> Self {
        newer(a, b).clone()
    }
    /// The latest change to any part of it (parts that merge on their own have their own times).
    fn last_changed(&self) -> (i64, &str) {
        self.meta().version_key()
    }
    /// The id the app always gives it, for a record a session has at most one of (per
    /// workshop or domain); `None` for records with drawn ids.
    fn fixed_id(&self) -> Option<String> {
        None
    }
    /// The rules it keeps on its own ([`crate::rules`]), bookkeeping included.
    fn check(&self) -> Result<(), RuleError>;
    /// Stamps the parts that merge on their own (a participant's attendance) as changed now,
    /// when the record is put back by an undo.
    fn restamp(&mut self, _stamp: &crate::meta::Stamp) {}
}

/// The newer of two versions of one record; see the module's rules.
pub fn newer<'a, R: Record>(a: &'a R, b: &'a R) -> &'a R {
    match a.meta().version_key().cmp(&b.meta().version_key()) {
        Ordering::Greater => a,
        Ordering::Less => b,
        Ordering::Equal if a == b => a,
        Ordering::Equal => match a.meta().deleted.cmp(&b.meta().deleted) {
            Ordering::Greater => a,
            Ordering::Less => b,
            Ordering::Equal => {
                let text = |r: &R| serde_json::to_string(r).unwrap_or_default();
                if text(a) >= text(b) {
                    a
                } else {
                    b
                }
            }
        },
    }
}

/// Implements [`Record`] for a record type with a `meta` field; items after the label override
/// the trait's defaults (a record whose parts merge on their own).
macro_rules! record {
    ($type:ty, $kind:ident, $check:path, |$r:ident| $label:expr $(, $extra:item)*) => {
        impl Record for $type {
            const KIND: RecordKind = RecordKind::$kind;
            fn meta(&self) -> &Meta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut Meta {
                &mut self.meta
            }
            fn label(&self) -> String {
                let $r = self;
                $label
            }
            fn check(&self) -> Result<(), RuleError> {
                rules::meta(&self.meta, self.fixed_id().as_deref())?;
                $check(self)
            }
            $($extra)*
        }
    };
}

record!(SessionInfo, Info, rules::info, |r| r.title.clone());
record!(
    GroupPlan,
    Groups,
    rules::groups,
    |r| r.workshop.to_string(),
    fn fixed_id(&self) -> Option<String> {
        Some(format!("groups-{}", self.workshop))
    }
);
record!(
    ParticipantSettings,
    ParticipantSettings,
    rules::participant_settings,
    |_r| String::new(),
    fn fixed_id(&self) -> Option<String> {
        Some("participant-settings".into())
    }
);
record!(
    DomainRating,
    Rating,
    rules::rating,
    |r| r.rating.to_string(),
    fn fixed_id(&self) -> Option<String> {
        Some(format!("rating-{}", self.domain as u8 + 1))
    }
);
record!(
    Verdict,
    Verdict,
    rules::verdict,
    |r| r.text.clone(),
    fn fixed_id(&self) -> Option<String> {
        Some("verdict".into())
    }
);
record!(Problem, Problem, rules::problem, |r| r.text.clone());
record!(Innovation, Innovation, rules::innovation, |r| r
    .name
    .clone());
record!(Period, Period, rules::period, |r| r.name.clone());
record!(DeepDive, DeepDive, rules::deep_dive, |r| r.need.clone());
record!(
    InventorySettings,
    InventorySettings,
    rules::inventory_settings,
    |r| r.deep_dive_limit.to_string(),
    fn fixed_id(&self) -> Option<String> {
        Some("inventory-settings".into())
    }
);
record!(Round, Round, rules::round, |r| r.name.clone());
record!(CastBallot, Ballot, rules::ballot, |r| r.round.clone());
record!(
    Chosen,
    Chosen,
    rules::chosen,
    |r| r.problems.join(", "),
    fn fixed_id(&self) -> Option<String> {
        Some("chosen".into())
    }
);
record!(Worksheet, Worksheet, rules::worksheet, |r| r.core.clone());
record!(Idea, Idea, rules::idea, |r| r.text.title.clone());
record!(
    ReportSettings,
    ReportSettings,
    rules::report_settings,
    |r| r.facilitators.clone(),
    fn fixed_id(&self) -> Option<String> {
        Some(REPORT_SETTINGS_ID.into())
    }
);

record!(
    Participant,
    Participant,
    rules::participant,
    |r| r.name.clone(),
    /// Name, sector and organisation from the newer record; attendance from the newer
    /// attendance (a removed participant counts nowhere, whatever it says).
    fn combine(a: &Self, b: &Self) -> Self {
        let mut out = newer(a, b).clone();
        let key = |p: &Participant| {
            p.attendance
                .as_ref()
                .map(|v| (v.changed, v.device.clone(), p.attended))
        };
        let door = if key(a) >= key(b) { a } else { b };
        out.attendance = door.attendance.clone();
        out.attended = door.attended;
        out
    },
    fn restamp(&mut self, stamp: &crate::meta::Stamp) {
        self.restamp_attendance(stamp)
    },
    fn last_changed(&self) -> (i64, &str) {
        match &self.attendance {
            Some(v) if (v.changed, v.device.as_str()) > self.meta.version_key() => {
                (v.changed, &v.device)
            }
            _ => self.meta.version_key(),
        }
    }
);

record!(
    Card,
    Card,
    rules::card,
    |r| r.text.clone(),
    /// The newer card, with the comments of both.
    fn combine(a: &Self, b: &Self) -> Self {
        let mut out = newer(a, b).clone();
        for c in a.comments.iter().chain(&b.comments) {
            if !out.comments.iter().any(|k| k.id == c.id) {
                out.comments.push(c.clone());
            }
        }
        out.comments
            .sort_by(|x, y| (x.created, &x.id).cmp(&(y.created, &y.id)));
        out
    }
);

/// Something done to each record list of a session, whatever its type.
pub trait Visit {
    /// Called once per list (a singleton is a list of 0 or 1).
    fn visit<R: Record>(&mut self, list: &[R]);
}

impl Session {
    /// Visits every record list, in the method's order: the one place that names them all.
    pub fn visit_records(&self, v: &mut impl Visit) {
        v.visit(std::slice::from_ref(&self.info));
        v.visit(&self.participants);
        v.visit(&self.groups);
        v.visit(self.participant_settings.as_slice());
        v.visit(&self.cards);
        v.visit(&self.ratings);
        v.visit(self.verdict.as_slice());
        v.visit(&self.problems);
        v.visit(&self.innovations);
        v.visit(&self.periods);
        v.visit(&self.deep_dives);
        v.visit(self.inventory_settings.as_slice());
        v.visit(&self.rounds);
        v.visit(&self.ballots);
        v.visit(self.chosen.as_slice());
        v.visit(&self.worksheets);
        v.visit(&self.ideas);
        v.visit(self.report_settings.as_slice());
    }

    /// True when `id` is the session's, any record's (tombstones included) or a card comment's,
    /// or reserved ([`is_reserved_id`]): a new record must take another. The one check every
    /// reducer makes, so that no two records ever share an id.
    pub fn id_taken(&self, id: &str) -> bool {
        struct Find<'a>(&'a str, bool);
        impl Visit for Find<'_> {
            fn visit<R: Record>(&mut self, list: &[R]) {
                self.1 = self.1 || list.iter().any(|r| r.meta().id == self.0);
            }
        }
        let mut find = Find(id, id == self.id || is_reserved_id(id));
        self.visit_records(&mut find);
        find.1
            || self
                .cards
                .iter()
                .any(|c| c.comments.iter().any(|m| m.id == id))
    }

    /// The first record changed at `since` or later that breaks its own rules.
    pub fn check_changed(&self, since: i64) -> Result<(), RuleError> {
        struct Changed(i64, Result<(), RuleError>);
        impl Visit for Changed {
            fn visit<R: Record>(&mut self, list: &[R]) {
                if self.1.is_err() {
                    return;
                }
                let mut recent = list.iter().filter(|r| r.last_changed().0 >= self.0);
                self.1 = recent.try_for_each(|r| r.check());
            }
        }
        let mut v = Changed(since, Ok(()));
        self.visit_records(&mut v);
        v.1
    }
}

//! Undo and redo as ordinary changes. The inverse of an action is read from the records it
//! changed: each is put back as it was before, with a fresh stamp (a record the action made is
//! removed, leaving a tombstone). So an undo is a new edit that merges like any other — never a
//! rewind of the records' bookkeeping — and the inverse of an undo is its redo.
//!
//! Cast ballots are left out: a ballot is never changed, only superseded.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::meta::{Stamp, Version};
use crate::participants::Participant;
use crate::record::{Record, RecordKind, Visit};
use crate::session::{Action, ActionError, Session};

/// One record to put back: its kind and id, and the version to restore (`None`: it did not
/// exist, so it is removed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestoreItem {
    /// The record's kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// The version to restore, as the file writes it; none for a record to remove.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Value>,
}

/// Every record changed at or after a time, with the version another session holds of it.
struct Changed<'a> {
    since: i64,
    before: &'a Session,
    items: Vec<RestoreItem>,
}

/// The version a session holds of a record, by kind and id.
struct Find<'a> {
    kind: RecordKind,
    id: &'a str,
    found: Option<Value>,
}

impl Visit for Find<'_> {
    fn visit<R: Record>(&mut self, list: &[R]) {
        if R::KIND == self.kind && self.found.is_none() {
            // Through the text the file is written as: the app already has that code for every
            // record, where a direct `to_value` would compile a second serialiser for each.
            self.found = list
                .iter()
                .find(|r| r.meta().id == self.id)
                .and_then(|r| serde_json::to_string(r).ok())
                .and_then(|t| serde_json::from_str(&t).ok());
        }
    }
}

impl Visit for Changed<'_> {
    fn visit<R: Record>(&mut self, list: &[R]) {
        if R::KIND == RecordKind::Ballot {
            return;
        }
        for r in list.iter().filter(|r| r.last_changed().0 >= self.since) {
            let mut find = Find {
                kind: R::KIND,
                id: &r.meta().id,
                found: None,
            };
            self.before.visit_records(&mut find);
            self.items.push(RestoreItem {
                kind: R::KIND,
                id: r.meta().id.clone(),
                version: find.found,
            });
        }
    }
}

/// Puts a version back into a list as a new edit made now.
fn put<R: Record>(list: &mut [R], item: &RestoreItem, stamp: &Stamp) -> Result<(), ActionError> {
    let bad = || ActionError::BreaksRule {
        field: format!("{:?} {}", item.kind, item.id),
    };
    let Some(target) = list.iter_mut().find(|r| r.meta().id == item.id) else {
        return Err(bad());
    };
    match &item.version {
        Some(v) => {
            // Read by reference, as the file reader reads records (one typed reader per record).
            let mut r = R::deserialize(v).map_err(|_| bad())?;
            r.meta_mut().created = target.meta().created;
            r.meta_mut().touch(stamp);
            *target = r;
        }
        None => {
            target.meta_mut().deleted = true;
            target.meta_mut().touch(stamp);
        }
    }
    target.restamp(stamp);
    Ok(())
}

impl Session {
    /// The action that undoes the change from `before` to this session, which `since` (the
    /// change's stamp) dates; `None` when the change touched no record an undo can put back.
    pub fn inverse(&self, before: &Session, since: i64) -> Option<Action> {
        self.restore_items(before, since)
            .map(|items| Action::Restore { items })
    }

    /// The records [`Session::inverse`] puts back (what an undo history keeps).
    pub fn restore_items(&self, before: &Session, since: i64) -> Option<Vec<RestoreItem>> {
        let mut changed = Changed {
            since,
            before,
            items: Vec::new(),
        };
        self.visit_records(&mut changed);
        (!changed.items.is_empty()).then_some(changed.items)
    }

    pub(crate) fn apply_restore(
        &mut self,
        items: &[RestoreItem],
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        for item in items {
            match item.kind {
                RecordKind::Info => put(std::slice::from_mut(&mut self.info), item, stamp),
                RecordKind::Participant => put(&mut self.participants, item, stamp),
                RecordKind::Groups => put(&mut self.groups, item, stamp),
                RecordKind::ParticipantSettings => {
                    put(self.participant_settings.as_mut_slice(), item, stamp)
                }
                RecordKind::Card => put(&mut self.cards, item, stamp),
                RecordKind::Rating => put(&mut self.ratings, item, stamp),
                RecordKind::Verdict => put(self.verdict.as_mut_slice(), item, stamp),
                RecordKind::Problem => put(&mut self.problems, item, stamp),
                RecordKind::Innovation => put(&mut self.innovations, item, stamp),
                RecordKind::Period => put(&mut self.periods, item, stamp),
                RecordKind::DeepDive => put(&mut self.deep_dives, item, stamp),
                RecordKind::InventorySettings => {
                    put(self.inventory_settings.as_mut_slice(), item, stamp)
                }
                RecordKind::Round => put(&mut self.rounds, item, stamp),
                RecordKind::Ballot => Ok(()),
                RecordKind::Chosen => put(self.chosen.as_mut_slice(), item, stamp),
                RecordKind::Worksheet => put(&mut self.worksheets, item, stamp),
                RecordKind::Idea => put(&mut self.ideas, item, stamp),
                RecordKind::ReportSettings => put(self.report_settings.as_mut_slice(), item, stamp),
            }?;
        }
        Ok(())
    }
}

impl Participant {
    /// A restored participant's attendance is a change made now too, so that a merge takes the
    /// restored attendance over the one it replaced.
    pub(crate) fn restamp_attendance(&mut self, stamp: &Stamp) {
        self.attendance = Some(Version::at(stamp));
    }
}

impl Action {
    /// The kind of record this action removes, if it is a removal: the app offers "Undo" for a
    /// few seconds after one.
    pub fn removes(&self) -> Option<RecordKind> {
        use crate::assessment::AssessmentAction as As;
        use crate::innovations::InnovationsAction as In;
        use crate::participants::ParticipantsAction as Pa;
        use crate::rounds::RankingAction as Ra;
        use crate::solutions::SolutionsAction as So;
        Some(match self {
            Action::Participants(Pa::RemoveParticipant { .. }) => RecordKind::Participant,
            Action::Assessment(As::RemoveCard { .. }) => RecordKind::Card,
            Action::Assessment(As::MergeCards { .. }) => RecordKind::Card,
            Action::Assessment(As::RemoveProblem { .. }) => RecordKind::Problem,
            Action::Innovations(In::RemoveInnovation { .. }) => RecordKind::Innovation,
            Action::Innovations(In::RemovePeriod { .. }) => RecordKind::Period,
            Action::Innovations(In::RemoveDeepDive { .. }) => RecordKind::DeepDive,
            Action::Ranking(Ra::RemoveRound { .. }) => RecordKind::Round,
            Action::Solutions(So::RemoveWorksheet { .. }) => RecordKind::Worksheet,
            Action::Solutions(So::RemoveIdea { .. }) => RecordKind::Idea,
            _ => return None,
        })
    }
}

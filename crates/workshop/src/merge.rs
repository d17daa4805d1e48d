//! Merging two copies of one session: the tablets of a workshop each keep a copy, and the
//! facilitator brings them together by file.
//!
//! The rules (README's "Merging" section says the same for the people who read the files):
//! - Records are joined by id. Of two versions the one with the later `(changed, device)` wins
//!   whole, a tombstone being a version like any other: an older edit never brings a removed
//!   record back, a later change (an undo) does. Two versions stamped in the same millisecond by
//!   the same device are told apart by their content, the same way on every copy.
//! - Two parts of records merge on their own, because two people edit them in different places:
//!   a participant's attendance (the door) and their name, sector and organisation (the desk);
//!   and the comments on a card, which are a union (comments are only ever added).
//! - Cast ballots never change, so ballots are a union; of a voter's ballots in a round the last
//!   cast counts, so two corrections made on two tablets still leave one counted ballot.
//! - `meta` is copied exactly; nothing here stamps a record anew. Records come out in the order
//!   every copy agrees on: by `created`, then id.
//! - Rules that span records (a group member removed elsewhere, a comment on a card merged into
//!   another) are read the same way by every view, and the report lists each case found; no
//!   record is changed for them, which is what keeps merging associative when a removal is
//!   later undone.
//!
//! So merging is commutative, associative and idempotent (property tests in
//! `tests/merge.rs`), and its result passes the same validation as a file read from disk.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::meta::{Meta, Stamp};
pub use crate::record::{newer, Record, RecordKind, Visit};
use crate::session::Session;

/// How long past the merging device's clock a change may be dated before the report flags it.
pub const FUTURE_SLACK_MS: i64 = 24 * 60 * 60 * 1000;

/// One step's worth of what a merge brings, counted against the copy merged into.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    /// Records the local copy did not have (live ones).
    pub added: usize,
    /// Records both had, changed by the other copy.
    pub changed: usize,
    /// Records live here and removed in the result.
    pub removed: usize,
}

/// Two versions of one record that were changed on two devices without either knowing of the
/// other's change. The later one is kept; the user may choose the other, which then becomes an
/// ordinary edit made now ([`Session::use_version`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Which kind of record.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// The version kept (the later), as the file writes it.
    pub kept: Value,
    /// The other version.
    pub other: Value,
    /// The kept version's text, for the preview ("" for a removed record).
    pub kept_label: String,
    /// The other version's text.
    pub other_label: String,
    /// When and on which device the kept version was made.
    pub kept_version: (i64, String),
    /// When and on which device the other version was made.
    pub other_version: (i64, String),
    /// True when the kept version is a removal.
    pub kept_removed: bool,
    /// True when the other version is a removal.
    pub other_removed: bool,
}

/// A rule spanning records that the merge had to mend, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Repair {
    /// A participant removed on one tablet was still in a group on another: taken out of it.
    GroupMemberRemoved {
        /// Workshop 1, 2 or 3.
        workshop: u8,
        /// The participant's id.
        participant: String,
    },
    /// A deep dive whose innovation was removed on another tablet: removed too.
    DeepDiveOfRemovedInnovation {
        /// The deep dive's id.
        deep_dive: String,
        /// The innovation's id.
        innovation: String,
    },
    /// Two deep dives into one innovation were started on two tablets: both stay (nothing is
    /// dropped), the earlier is shown first.
    TwoDeepDives {
        /// The innovation's id.
        innovation: String,
    },
    /// An innovation put by hand in a period that was removed elsewhere: it follows its year.
    PeriodRemoved {
        /// The innovation's id.
        innovation: String,
        /// The removed period's id.
        period: String,
    },
    /// A comment that two cards held (a card merged into another on one tablet and commented
    /// on another): it stays on the first card in the board's order.
    CommentOnTwoCards {
        /// The comment's id.
        comment: String,
        /// The card that keeps it.
        card: String,
    },
    /// A voter has more than one ballot that no other supersedes (two corrections on two
    /// tablets): the last one cast counts, the others stay in the history.
    BallotFork {
        /// The round.
        round: String,
        /// The ballot that counts.
        counted: String,
    },
    /// Two worksheets on one problem were started on two devices: both stay, the earlier first.
    TwoWorksheets {
        /// The problem's id.
        problem: String,
    },
    /// A round or the chosen problems name a problem removed elsewhere: it stays there, with
    /// its wording, so the round's ballots still count.
    RemovedProblemInRound {
        /// The round's id.
        round: String,
        /// The problem's id.
        problem: String,
    },
}

/// A change dated more than a day after the merging device's clock: a tablet's clock is wrong,
/// and every later change will be stamped after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FutureChange {
    /// Which kind of record.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// Its time.
    pub changed: i64,
    /// The device that stamped it.
    pub device: String,
}

/// What a merge did, for the preview before anything is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeReport {
    /// Per kind of record, what the other copy brought (kinds with nothing are left out).
    pub counts: BTreeMap<RecordKind, KindCounts>,
    /// Records changed on both sides.
    pub conflicts: Vec<Conflict>,
    /// Rules mended after the merge.
    pub repairs: Vec<Repair>,
    /// Changes dated in the future.
    pub future: Vec<FutureChange>,
}

impl MergeReport {
    /// True when the other copy brought nothing this one lacks.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty() && self.repairs.is_empty()
    }

    /// Counts for one kind.
    pub fn count(&self, kind: RecordKind) -> KindCounts {
        self.counts.get(&kind).cloned().unwrap_or_default()
    }
}

/// Why two copies cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// They are copies of two different sessions.
    DifferentSession,
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::DifferentSession => {
                write!(f, "the two files are copies of different sessions")
            }
        }
    }
}

impl std::error::Error for MergeError {}

/// What a copy knows of each device: the latest change from that device among its records. A
/// version newer than what the other copy knows of its device is a change the other copy never
/// saw, which makes two different versions a conflict rather than an update.
type Knowledge = HashMap<String, i64>;

fn knowledge(s: &Session) -> Knowledge {
    let mut k: Knowledge = s.seen.iter().map(|(d, t)| (d.clone(), *t)).collect();
    let mut see = |(t, d): (i64, &str)| {
        let e = k.entry(d.to_string()).or_insert(i64::MIN);
        *e = (*e).max(t);
    };
    s.for_each_record(&mut |_, m, last| {
        see(m.version_key());
        see(last);
    });
    k
}

/// Collects the report while records are merged.
struct Merger<'a> {
    report: MergeReport,
    known_a: &'a Knowledge,
    known_b: &'a Knowledge,
    now: i64,
}

impl Merger<'_> {
    fn list<R: Record>(&mut self, a: &[R], b: &[R]) -> Vec<R> {
        let in_a: HashMap<&str, &R> = a.iter().map(|r| (r.meta().id.as_str(), r)).collect();
        let mut out: Vec<R> = Vec::with_capacity(a.len().max(b.len()));
        let mut index: HashMap<String, usize> = HashMap::new();
        for r in a.iter().chain(b) {
            match index.get(&r.meta().id) {
                Some(&i) => out[i] = R::combine(&out[i], r),
                None => {
                    index.insert(r.meta().id.clone(), out.len());
                    out.push(r.clone());
                }
            }
        }
        out.sort_by(|x, y| x.meta().order_key().cmp(&y.meta().order_key()));
        let in_b: HashMap<&str, &R> = b.iter().map(|r| (r.meta().id.as_str(), r)).collect();
        for r in &out {
            let id = r.meta().id.as_str();
            self.count(r, in_a.get(id).copied());
            if let (Some(x), Some(y)) = (in_a.get(id), in_b.get(id)) {
                self.conflict(*x, *y);
            }
            let (t, d) = r.last_changed();
            if t > self.now.saturating_add(FUTURE_SLACK_MS) {
                self.report.future.push(FutureChange {
                    kind: R::KIND,
                    id: id.to_string(),
                    changed: t,
                    device: d.to_string(),
                });
            }
        }
        out
    }

    fn one<R: Record>(&mut self, a: &Option<R>, b: &Option<R>) -> Option<R> {
        let merged = self.list(a.as_slice(), b.as_slice());
        // Singletons have fixed ids, so two versions are always one record.
        merged.into_iter().next()
    }

    fn count<R: Record>(&mut self, result: &R, local: Option<&R>) {
        let c = self.report.counts.entry(R::KIND).or_default();
        match local {
            None if !result.meta().deleted => c.added += 1,
            Some(l) if l != result && !l.meta().deleted && result.meta().deleted => c.removed += 1,
            Some(l) if l != result && !result.meta().deleted => c.changed += 1,
            _ => {}
        }
        if *c == KindCounts::default() {
            self.report.counts.remove(&R::KIND);
        }
    }

    fn conflict<R: Record>(&mut self, a: &R, b: &R) {
        if a == b || R::combine(a, b) == *a && R::combine(a, b) == *b {
            return;
        }
        let kept = newer(a, b);
        let (other, known) = if std::ptr::eq(kept, a) {
            (b, self.known_a)
        } else {
            (a, self.known_b)
        };
        let (t, d) = other.meta().version_key();
        // The kept side knew of the other's change: an update, not a conflict.
        if known.get(d).is_some_and(|&seen| seen >= t) {
            return;
        }
        let json = |r: &R| serde_json::to_value(r).unwrap_or(Value::Null);
        self.report.conflicts.push(Conflict {
            kind: R::KIND,
            id: kept.meta().id.clone(),
            kept: json(kept),
            other: json(other),
            kept_label: kept.label(),
            other_label: other.label(),
            kept_version: (kept.meta().changed, kept.meta().device.clone()),
            other_version: (t, d.to_string()),
            kept_removed: kept.meta().deleted,
            other_removed: other.meta().deleted,
        });
    }
}

/// Merges copy `b` into copy `a` of the same session. `now` (the merging device's clock) only
/// decides which changes the report flags as dated in the future; the merged session does not
/// depend on it, nor on which copy is `a`.
pub fn merge(a: &Session, b: &Session, now: i64) -> Result<(Session, MergeReport), MergeError> {
    if a.id != b.id {
        return Err(MergeError::DifferentSession);
    }
    let (known_a, known_b) = (knowledge(a), knowledge(b));
    let mut m = Merger {
        report: MergeReport::default(),
        known_a: &known_a,
        known_b: &known_b,
        now,
    };
    let info = m
        .one(&Some(a.info.clone()), &Some(b.info.clone()))
        .unwrap_or_else(|| a.info.clone());
    let mut s = Session {
        id: a.id.clone(),
        created: a.created.min(b.created),
        info,
        participants: m.list(&a.participants, &b.participants),
        groups: m.list(&a.groups, &b.groups),
        participant_settings: m.one(&a.participant_settings, &b.participant_settings),
        cards: m.list(&a.cards, &b.cards),
        ratings: m.list(&a.ratings, &b.ratings),
        verdict: m.one(&a.verdict, &b.verdict),
        problems: m.list(&a.problems, &b.problems),
        innovations: m.list(&a.innovations, &b.innovations),
        periods: m.list(&a.periods, &b.periods),
        deep_dives: m.list(&a.deep_dives, &b.deep_dives),
        inventory_settings: m.one(&a.inventory_settings, &b.inventory_settings),
        rounds: m.list(&a.rounds, &b.rounds),
        ballots: m.list(&a.ballots, &b.ballots),
        chosen: m.one(&a.chosen, &b.chosen),
        worksheets: m.list(&a.worksheets, &b.worksheets),
        ideas: m.list(&a.ideas, &b.ideas),
        report_settings: m.one(&a.report_settings, &b.report_settings),
        seen: Default::default(),
    };
    for (device, &t) in a.seen.iter().chain(&b.seen) {
        let e = s.seen.entry(device.clone()).or_insert(t);
        *e = (*e).max(t);
    }
    let mut report = m.report;
    report.repairs = cross_record_notes(&s);
    Ok((s, report))
}

/// The rules that span records which two copies, each valid, can break together, and how the
/// session reads them. Nothing here changes a record: a group plan keeps a member removed
/// elsewhere (the views show live members only), a deep dive of a removed innovation stays
/// (shown with it if it comes back), an innovation keeps a removed period (it follows its year
/// meanwhile), a comment two cards hold stays on both. Records that a merge changed would not
/// merge the same way again once a removal is undone, so the reading is left to the views, and
/// the report says what it found.
pub fn cross_record_notes(s: &Session) -> Vec<Repair> {
    let mut notes = Vec::new();
    let live: HashSet<&str> = s.live_participants().map(|p| p.meta.id.as_str()).collect();
    for plan in s.groups.iter().filter(|g| !g.meta.deleted) {
        for m in plan.groups.iter().flatten() {
            if !live.contains(m.as_str()) {
                notes.push(Repair::GroupMemberRemoved {
                    workshop: plan.workshop,
                    participant: m.clone(),
                });
            }
        }
    }
    let removed = |list: &[(bool, &str)]| -> HashSet<String> {
        list.iter()
            .filter(|(d, _)| *d)
            .map(|(_, id)| id.to_string())
            .collect()
    };
    let innovations: Vec<(bool, &str)> = s
        .innovations
        .iter()
        .map(|i| (i.meta.deleted, i.meta.id.as_str()))
        .collect();
    let removed_innovations = removed(&innovations);
    let mut dived = HashSet::new();
    for d in s.deep_dives.iter().filter(|d| !d.meta.deleted) {
        if removed_innovations.contains(&d.innovation) {
            notes.push(Repair::DeepDiveOfRemovedInnovation {
                deep_dive: d.meta.id.clone(),
                innovation: d.innovation.clone(),
            });
        } else if !dived.insert(d.innovation.as_str()) {
            notes.push(Repair::TwoDeepDives {
                innovation: d.innovation.clone(),
            });
        }
    }
    let periods: Vec<(bool, &str)> = s
        .periods
        .iter()
        .map(|p| (p.meta.deleted, p.meta.id.as_str()))
        .collect();
    let removed_periods = removed(&periods);
    for i in s.innovations.iter().filter(|i| !i.meta.deleted) {
        if let Some(p) = i.period.as_ref().filter(|p| removed_periods.contains(*p)) {
            notes.push(Repair::PeriodRemoved {
                innovation: i.meta.id.clone(),
                period: p.clone(),
            });
        }
    }
    let mut holder: HashMap<&str, &str> = HashMap::new();
    for card in s.cards.iter().filter(|c| !c.meta.deleted) {
        for c in &card.comments {
            if let Some(first) = holder.insert(&c.id, &card.meta.id) {
                holder.insert(&c.id, first);
                notes.push(Repair::CommentOnTwoCards {
                    comment: c.id.clone(),
                    card: first.to_string(),
                });
            }
        }
    }
    let problems: Vec<(bool, &str)> = s
        .problems
        .iter()
        .map(|p| (p.meta.deleted, p.meta.id.as_str()))
        .collect();
    let removed_problems = removed(&problems);
    for r in s.rounds.iter().filter(|r| !r.meta.deleted) {
        for p in r.problems.iter().filter(|p| removed_problems.contains(*p)) {
            notes.push(Repair::RemovedProblemInRound {
                round: r.meta.id.clone(),
                problem: p.clone(),
            });
        }
    }
    let mut sheets = HashSet::new();
    for w in s.live_worksheets() {
        if !sheets.insert(w.problem.as_str()) {
            notes.push(Repair::TwoWorksheets {
                problem: w.problem.clone(),
            });
        }
    }
    for r in s.rounds.iter() {
        let mut voters: Vec<(&crate::rounds::Voter, usize)> = Vec::new();
        for b in s.uncorrected_ballots(&r.meta.id) {
            match voters.iter_mut().find(|(v, _)| v.same(&b.voter)) {
                Some((_, n)) => *n += 1,
                None => voters.push((&b.voter, 1)),
            }
        }
        for (voter, n) in voters {
            if n > 1 {
                if let Some(counted) = s.current_ballot_of(&r.meta.id, voter) {
                    notes.push(Repair::BallotFork {
                        round: r.meta.id.clone(),
                        counted: counted.meta.id.clone(),
                    });
                }
            }
        }
    }
    notes
}

/// What [`Session::for_each_record`] calls: a record's kind, bookkeeping and latest change.
pub type RecordVisitor<'a> = dyn FnMut(RecordKind, &Meta, (i64, &str)) + 'a;

impl Session {
    /// Calls `f` with every record's kind, bookkeeping and latest change (which differs from
    /// `meta` where a part of the record merges on its own).
    pub fn for_each_record(&self, f: &mut RecordVisitor<'_>) {
        struct Each<'f, 'g>(&'f mut RecordVisitor<'g>);
        impl Visit for Each<'_, '_> {
            fn visit<R: Record>(&mut self, list: &[R]) {
                for r in list {
                    (self.0)(R::KIND, r.meta(), r.last_changed());
                }
            }
        }
        self.visit_records(&mut Each(f));
    }

    /// Makes `version` (a version of a record this session holds, as a conflict shows it) the
    /// current one, as an ordinary edit made now: it gets a fresh stamp from the session's clock,
    /// so it wins over both versions on every copy it is merged into later. Fails when the
    /// version is not of that kind or names a record the session does not hold.
    pub fn use_version(
        &mut self,
        kind: RecordKind,
        version: &Value,
        stamp: &Stamp,
    ) -> Result<(), UseVersionError> {
        let stamp = self.clock(stamp);
        fn put<R: Record>(
            slot: &mut [R],
            version: &Value,
            stamp: &Stamp,
        ) -> Result<(), UseVersionError> {
            let mut r: R = serde_json::from_value(version.clone()).map_err(|_| UseVersionError)?;
            let target = slot
                .iter_mut()
                .find(|x| x.meta().id == r.meta().id)
                .ok_or(UseVersionError)?;
            r.meta_mut().created = target.meta().created;
            r.meta_mut().touch(stamp);
            *target = r;
            Ok(())
        }
        let mut copy = self.clone();
        match kind {
            RecordKind::Info => put(std::slice::from_mut(&mut copy.info), version, &stamp),
            RecordKind::Participant => put(&mut copy.participants, version, &stamp),
            RecordKind::Groups => put(&mut copy.groups, version, &stamp),
            RecordKind::ParticipantSettings => {
                put(copy.participant_settings.as_mut_slice(), version, &stamp)
            }
            RecordKind::Card => put(&mut copy.cards, version, &stamp),
            RecordKind::Rating => put(&mut copy.ratings, version, &stamp),
            RecordKind::Verdict => put(copy.verdict.as_mut_slice(), version, &stamp),
            RecordKind::Problem => put(&mut copy.problems, version, &stamp),
            RecordKind::Innovation => put(&mut copy.innovations, version, &stamp),
            RecordKind::Period => put(&mut copy.periods, version, &stamp),
            RecordKind::DeepDive => put(&mut copy.deep_dives, version, &stamp),
            RecordKind::InventorySettings => {
                put(copy.inventory_settings.as_mut_slice(), version, &stamp)
            }
            RecordKind::Round => put(&mut copy.rounds, version, &stamp),
            RecordKind::Ballot => Err(UseVersionError),
            RecordKind::Chosen => put(copy.chosen.as_mut_slice(), version, &stamp),
            RecordKind::Worksheet => put(&mut copy.worksheets, version, &stamp),
            RecordKind::Idea => put(&mut copy.ideas, version, &stamp),
            RecordKind::ReportSettings => put(copy.report_settings.as_mut_slice(), version, &stamp),
        }?;
        crate::file::SessionFile::new(copy.clone(), &stamp.device, stamp.now)
            .check()
            .map_err(|_| UseVersionError)?;
        *self = copy;
        Ok(())
    }
}

/// The version given is not one this session can take (another kind, an unknown record, or one
/// that breaks a rule now).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseVersionError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_listed_once() {
        let set: HashSet<RecordKind> = RecordKind::ALL.into_iter().collect();
        assert_eq!(set.len(), RecordKind::ALL.len());
    }
}

//! A tab's working copy of a session: the saved revision it builds on and the changes made since,
//! so that when another tab saves first, this tab adopts that copy and replays its own changes on
//! top (dropping only those that no longer apply). Pure: the app keeps it in its reducer and does
//! the storage around it.

use std::rc::Rc;

use crate::session::{Action, ActionError, Session};
use crate::Stamp;

/// The working copy.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkingCopy {
    /// The session as the user sees it, shared with the screens (a change makes a new one, so
    /// screens compare it by pointer, not field by field).
    pub session: Rc<Session>,
    /// The stored revision `session` builds on.
    pub revision: u64,
    /// Changes applied here but not yet saved, oldest first.
    pub pending: Vec<(Action, Stamp)>,
}

/// What adopting another tab's copy did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebased {
    /// The session the user sees changed (the other tab's changes show).
    pub changed: bool,
    /// This tab's changes that no longer applied on the newer copy and were dropped.
    pub dropped: usize,
}

impl WorkingCopy {
    /// A copy just loaded from storage at `revision`.
    pub fn loaded(session: Session, revision: u64) -> Self {
        WorkingCopy {
            session: Rc::new(session),
            revision,
            pending: Vec::new(),
        }
    }

    /// Applies a change; kept pending until saved. On error nothing changes.
    pub fn apply(&mut self, action: Action, stamp: Stamp) -> Result<(), ActionError> {
        let mut next = (*self.session).clone();
        next.apply(&action, &stamp)?;
        self.session = Rc::new(next);
        self.pending.push((action, stamp));
        Ok(())
    }

    /// The first `count` pending changes were saved as `revision`.
    pub fn saved(&mut self, revision: u64, count: usize) {
        self.revision = revision;
        self.pending.drain(..count.min(self.pending.len()));
    }

    /// Adopts a newer stored copy (another tab saved it) and replays this tab's pending changes
    /// on it. A copy no newer than the one this builds on is ignored (`None`).
    pub fn rebase(&mut self, stored: Session, revision: u64) -> Option<Rebased> {
        if revision <= self.revision {
            return None;
        }
        let mut session = stored;
        let before = self.pending.len();
        self.pending
            .retain(|(action, stamp)| session.apply(action, stamp).is_ok());
        let changed = session != *self.session;
        self.session = Rc::new(session);
        self.revision = revision;
        Some(Rebased {
            changed,
            dropped: before - self.pending.len(),
        })
    }
}

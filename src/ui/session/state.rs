//! The open session's state: the working copy (`workshop::pending`, pure and tested natively) and
//! what the screen shows about it. Changes go through the reducer; saving is an effect after it
//! (see `mod.rs`).

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use workshop::pending::WorkingCopy;
use workshop::record::RecordKind;
use workshop::undo::RestoreItem;
use workshop::{Action, ActionError, Stamp};
use yew::prelude::*;

use crate::browser::storage::{StorageError, Stored};

/// Something that happened outside this tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    /// Another tab saved this session; its version is shown with this tab's changes on top.
    ChangedElsewhere,
    /// Another tab deleted this session.
    DeletedElsewhere,
}

/// The open session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionState {
    /// The session, the revision it builds on and the changes not yet saved.
    pub copy: WorkingCopy,
    /// Counts changes that need saving; the save effect runs when it moves.
    pub changes: u64,
    /// Why the last action was refused.
    pub refused: Option<ActionError>,
    /// Why the last save failed (cleared by the next successful one).
    pub save_error: Option<StorageError>,
    /// What happened in another tab, until dismissed.
    pub outside: Option<Outside>,
    /// The changes that can be undone and redone in this tab, newest last; kept in the tab's
    /// storage so that a reload keeps them.
    pub history: History,
    /// The kind of record the last change removed, and that change's count: "Undo" is offered
    /// for a few seconds after a removal.
    pub removed: Option<(RecordKind, u64)>,
}

/// Undo and redo, as the records each puts back ([`workshop::undo`]): only these are kept in
/// the tab's storage, so the app never needs to read a whole action back.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct History {
    /// What undoes the last changes, newest last.
    pub undo: Vec<Vec<RestoreItem>>,
    /// What redoes the last undone changes, newest last.
    pub redo: Vec<Vec<RestoreItem>>,
}

/// How many changes can be undone.
const HISTORY: usize = 50;

fn push(stack: &mut Vec<Vec<RestoreItem>>, a: Vec<RestoreItem>) {
    stack.push(a);
    if stack.len() > HISTORY {
        stack.remove(0);
    }
}

/// What can happen to the open session.
pub enum SessionMsg {
    /// The user changed something.
    Apply(Action, Stamp),
    /// Undo the last change (`true`) or redo the last undone one (`false`).
    Undo(bool, Stamp),
    /// The first `count` pending actions were saved as `revision`.
    Saved {
        /// The new stored revision.
        revision: u64,
        /// How many pending actions that save contained.
        count: usize,
    },
    /// Saving failed; pending actions stay pending.
    SaveFailed(StorageError),
    /// A newer stored copy (another tab's save): adopt it and replay pending actions on it.
    Rebase(Box<Stored>),
    /// Another tab deleted the session.
    Gone,
    /// The user dismissed the outside notice.
    Dismiss,
    /// The time to offer "Undo" after the removal counted so ran out.
    UndoOffered(u64),
}

impl SessionState {
    /// A freshly loaded session.
    pub fn loaded(stored: Stored) -> Self {
        SessionState {
            copy: WorkingCopy::loaded(stored.session, stored.revision),
            changes: 0,
            refused: None,
            save_error: None,
            outside: None,
            history: History::default(),
            removed: None,
        }
    }

    /// Applies an action and returns what undoes it.
    fn apply_recording(
        &mut self,
        action: Action,
        stamp: Stamp,
    ) -> Result<Option<Vec<RestoreItem>>, ActionError> {
        let before = self.copy.session.clone();
        let since = before.clock(&stamp).now;
        self.copy.apply(action, stamp)?;
        Ok(self.copy.session.restore_items(&before, since))
    }
}

impl Reducible for SessionState {
    type Action = SessionMsg;

    fn reduce(self: Rc<Self>, msg: SessionMsg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            SessionMsg::Apply(action, stamp) => {
                let removes = action.removes();
                match next.apply_recording(action, stamp) {
                    Ok(inverse) => {
                        next.changes += 1;
                        next.removed = removes.map(|kind| (kind, next.changes));
                        next.refused = None;
                        if let Some(undo) = inverse {
                            push(&mut next.history.undo, undo);
                            next.history.redo.clear();
                        }
                    }
                    Err(e) => next.refused = Some(e),
                }
            }
            SessionMsg::Undo(undo, stamp) => {
                let from = if undo {
                    &mut next.history.undo
                } else {
                    &mut next.history.redo
                };
                let Some(items) = from.pop() else {
                    return self;
                };
                next.removed = None;
                match next.apply_recording(Action::Restore { items }, stamp) {
                    Ok(inverse) => {
                        next.changes += 1;
                        next.refused = None;
                        if let Some(back) = inverse {
                            let to = if undo {
                                &mut next.history.redo
                            } else {
                                &mut next.history.undo
                            };
                            push(to, back);
                        }
                    }
                    Err(e) => next.refused = Some(e),
                }
            }
            SessionMsg::Saved { revision, count } => {
                next.copy.saved(revision, count);
                next.save_error = None;
                if !next.copy.pending.is_empty() {
                    next.changes += 1;
                }
            }
            SessionMsg::SaveFailed(e) => next.save_error = Some(e),
            SessionMsg::Rebase(stored) => {
                let Some(rebased) = next.copy.rebase(stored.session, stored.revision) else {
                    return self;
                };
                if !next.copy.pending.is_empty() {
                    next.changes += 1;
                }
                if rebased.changed {
                    next.outside = Some(Outside::ChangedElsewhere);
                }
            }
            SessionMsg::Gone => next.outside = Some(Outside::DeletedElsewhere),
            SessionMsg::Dismiss => next.outside = None,
            SessionMsg::UndoOffered(change) => {
                if next.removed.is_some_and(|(_, c)| c == change) {
                    next.removed = None;
                }
            }
        }
        Rc::new(next)
    }
}

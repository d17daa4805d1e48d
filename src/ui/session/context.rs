//! The open session as a context: the session (shared, compared by pointer), the one dispatch
//! every change goes through, and why the last change was refused. Each step's top component
//! reads it; the components under it take props and callbacks only.

use std::rc::Rc;

use workshop::{Action, Session};
use yew::prelude::*;

/// What the open session provides to its steps.
#[derive(Clone)]
pub struct SessionContext {
    /// The session as the user sees it.
    pub session: Rc<Session>,
    /// Applies a change (stamped, autosaved).
    pub on_action: Callback<Action>,
    /// Why the last change was refused, in the user's language.
    pub refused: Option<AttrValue>,
}

impl PartialEq for SessionContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.on_action == other.on_action
            && self.refused == other.refused
    }
}

/// The open session, inside a session page.
#[hook]
pub fn use_session() -> Option<SessionContext> {
    use_context::<SessionContext>()
}

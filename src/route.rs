//! The pages of the app and the steps inside a session, as URL hashes (`#/`, `#/s/<id>/<step>`),
//! so the app works from static files, a USB stick and offline. Screens import these to link to
//! each other; only [`crate::app`] listens to the hash.

use crate::browser::platform;

/// The steps inside a session, in the method's order: the process's parts
/// ([`workshop::process::Part`]), so the navigation and the state of each step name the same thing.
pub use workshop::process::Part as Step;

/// A step's part of the URL ("" for the overview).
pub fn step_path(step: Step) -> &'static str {
    match step {
        Step::Overview => "",
        Step::Participants => "/participants",
        Step::Assessment => "/workshop-1",
        Step::Innovations => "/workshop-2-innovations",
        Step::Ranking => "/workshop-2-ranking",
        Step::Solutions => "/workshop-3",
        Step::Report => "/report",
    }
}

/// The app's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The sessions saved on this device.
    Home,
    /// One step of one session.
    Session {
        /// Session id.
        id: String,
        /// The step.
        step: Step,
    },
    /// The projector view of a session: large type, no controls, following the facilitator.
    Present {
        /// Session id.
        id: String,
    },
}

impl Route {
    /// The page a URL hash names; anything unknown leads home.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let Some(rest) = path.strip_prefix("s/") else {
            return Route::Home;
        };
        let (id, step) = rest
            .split_once('/')
            .map_or((rest, ""), |(id, step)| (id, step));
        if step == "present" && workshop::is_valid_id(id) {
            return Route::Present { id: id.to_string() };
        }
        let step = Step::ALL
            .into_iter()
            .find(|s| step_path(*s).trim_start_matches('/') == step);
        match step {
            Some(step) if workshop::is_valid_id(id) => Route::Session {
                id: id.to_string(),
                step,
            },
            _ => Route::Home,
        }
    }

    /// The `href` of a link to this page.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Session { id, step } => format!("#/s/{id}{}", step_path(*step)),
            Route::Present { id } => format!("#/s/{id}/present"),
        }
    }

    /// Opens this page (a new history entry, so Back works).
    pub fn go(&self) {
        platform::set_hash(&self.href());
    }
}

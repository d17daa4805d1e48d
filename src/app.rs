//! The router and the app-wide context (the interface language).
//!
//! Routing is by URL hash (`#/`, `#/s/<id>`), so the app works from static files, a USB stick and
//! offline. It is a few lines over the `hashchange` event rather than a router crate: the app has
//! two kinds of page, and the bundle stays smaller.

use yew::prelude::*;

use crate::browser::events::Listener;
use crate::browser::{platform, storage};
use crate::i18n::Lang;
use crate::ui::home::Home;
use crate::ui::session::SessionPage;

/// The steps inside a session, in the method's order. Each joins as its feature lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    /// The session's description and file.
    #[default]
    Overview,
    /// Who takes part.
    Participants,
    /// Workshop 1: the social sustainability assessment.
    Assessment,
    /// Workshop 2, part A: the inventory of local social innovations.
    Innovations,
    /// Workshop 2, part B: ranking the problems in rounds.
    Ranking,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [
        Step::Overview,
        Step::Participants,
        Step::Assessment,
        Step::Innovations,
        Step::Ranking,
    ];

    fn path(self) -> &'static str {
        match self {
            Step::Overview => "",
            Step::Participants => "/participants",
            Step::Assessment => "/workshop-1",
            Step::Innovations => "/workshop-2-innovations",
            Step::Ranking => "/workshop-2-ranking",
        }
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
        let step = Step::ALL
            .into_iter()
            .find(|s| s.path().trim_start_matches('/') == step);
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
            Route::Session { id, step } => format!("#/s/{id}{}", step.path()),
        }
    }

    /// Opens this page (a new history entry, so Back works).
    pub fn go(&self) {
        platform::set_hash(&self.href());
    }
}

/// What every component may read: the interface language and how to change it.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The interface language.
    pub lang: Lang,
    /// Switches the interface language (and remembers it on the device).
    pub set_lang: Callback<Lang>,
}

/// The interface language of the nearest [`App`].
#[hook]
pub fn use_lang() -> Lang {
    use_context::<AppContext>()
        .map(|c| c.lang)
        .unwrap_or_default()
}

fn page(route: &Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Session { id, step } => {
            html! { <SessionPage key={id.clone()} id={id.clone()} step={*step} /> }
        }
    }
}

/// The whole app.
#[component(App)]
pub fn app() -> Html {
    let lang = use_state(|| {
        storage::load_lang()
            .map(|t| Lang::from_tag(&t))
            .unwrap_or_default()
    });
    {
        let tag = lang.tag();
        use_effect_with(tag, |tag| platform::set_document_language(tag));
    }
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            storage::save_lang(l.tag());
            lang.set(l);
        })
    };
    let route = use_state(|| Route::parse(&platform::current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = Listener::window("hashchange", move |_| {
                route.set(Route::parse(&platform::current_hash()));
                platform::scroll_to_top();
            });
            move || drop(listener)
        });
    }
    let context = AppContext {
        lang: *lang,
        set_lang,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            { page(&route) }
        </ContextProvider<AppContext>>
    }
}

//! The router and the app-wide context (the interface language).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::{platform, storage};
use crate::i18n::Lang;
use crate::ui::home::Home;
use crate::ui::session::SessionPage;

/// The app's pages. Hash routes work from static files and offline.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The sessions saved on this device.
    #[at("/")]
    Home,
    /// One session.
    #[at("/s/:id")]
    Session {
        /// Session id.
        id: String,
    },
    /// Anything else leads home.
    #[not_found]
    #[at("/404")]
    NotFound,
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

fn switch(route: Route) -> Html {
    match route {
        Route::Home | Route::NotFound => html! { <Home /> },
        Route::Session { id } => {
            let key = id.clone();
            html! { <SessionPage {key} id={id} /> }
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
    let context = AppContext {
        lang: *lang,
        set_lang,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Switch<Route> render={switch} />
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

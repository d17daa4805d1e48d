//! The top of the app: the language context and the page the URL hash names. Nothing imports
//! it but `start`. Routing is a few lines over the `hashchange` event rather than a router crate:
//! the app has two kinds of page, and the bundle stays smaller.

use yew::prelude::*;

use crate::browser::events::Listener;
use crate::browser::{platform, storage};
use crate::i18n::{Lang, LangContext};
use crate::route::Route;
use crate::ui::home::Home;
use crate::ui::present::PresenterPage;
use crate::ui::session::SessionPage;

fn page(route: &Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Session { id, step } => {
            html! { <SessionPage key={id.clone()} id={id.clone()} step={*step} /> }
        }
        Route::Present { id } => html! { <PresenterPage key={id.clone()} id={id.clone()} /> },
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
    let context = LangContext {
        lang: *lang,
        set_lang,
    };
    html! {
        <ContextProvider<LangContext> {context}>
            { page(&route) }
        </ContextProvider<LangContext>>
    }
}

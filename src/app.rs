//! The top of the app: the language context and the page the URL hash names. Nothing imports
//! it but `start`. Routing is a few lines over the `hashchange` event rather than a router crate:
//! the app has two kinds of page, and the bundle stays smaller.

use yew::prelude::*;

use crate::browser::events::Listener;
use crate::browser::{platform, storage};
use crate::i18n::{Lang, LangContext};
use crate::route::{Route, Step};
use crate::ui::home::{warm_files, Home};
use crate::ui::lazy::{split, Lazy, Load, Loading, NotLoaded};
use crate::ui::present::PresenterPage;
use crate::ui::session::{steps, SessionPage};

split!(session => fn session_view(id: AttrValue, step: Step) -> Html {
    html! { <SessionPage {id} {step} /> }
});

split!(present => fn present_view(id: AttrValue) -> Html {
    html! { <PresenterPage {id} /> }
});

fn load_session((id, step): (AttrValue, Step)) -> Loading {
    Box::pin(session_view(id, step))
}

fn load_present(id: AttrValue) -> Loading {
    Box::pin(present_view(id))
}

split!(session => pub fn warm_session() -> () {});

fn page(route: &Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Session { id, step } => html! {
            <Lazy<(AttrValue, Step)> key={id.clone()} part="session"
                load={load_session as Load<_>}
                args={(AttrValue::from(id.clone()), *step)} />
        },
        Route::Present { id } => html! {
            <Lazy<AttrValue> key={id.clone()} part="present"
                load={load_present as Load<_>} args={AttrValue::from(id.clone())} />
        },
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
    // The session page and the home screen's session operations follow the first screen at
    // once, so that opening, creating or importing a session never waits for them. A link to a
    // step fetches that step's part at the same time as the session page's, not after it.
    {
        let first = (*route).clone();
        use_effect_with((), move |_| {
            if let Route::Session { step, .. } = first {
                wasm_bindgen_futures::spawn_local(steps::warm(step));
            }
            wasm_bindgen_futures::spawn_local(async {
                let _: Result<(), NotLoaded> = warm_session().await;
                let _: Result<(), NotLoaded> = warm_files().await;
            })
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

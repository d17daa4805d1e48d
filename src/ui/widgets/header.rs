use yew::prelude::*;

use crate::route::Route;
use crate::ui::widgets::LangSwitch;

/// Props of [`AppHeader`].
#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    /// What sits between the brand and the language switch (a title, a save status).
    #[prop_or_default]
    pub children: Html,
}

/// The bar at the top of every screen: the brand (a link home), the page's own content and the
/// language switch.
#[component(AppHeader)]
pub fn app_header(props: &AppHeaderProps) -> Html {
    html! {
        <header class="app-header">
            <a href={Route::Home.href()} class="brand" aria-label="Delavnica">
                <img src="icon.svg" alt="" width="32" height="32" />
                <span>{ "Delavnica" }</span>
            </a>
            <div class="header-middle">{ props.children.clone() }</div>
            <LangSwitch />
        </header>
    }
}

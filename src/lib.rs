//! Delavnica, the app: a Yew front end over the pure `workshop` and `ranking` crates.
//!
//! `browser/` is the only module that touches the browser's APIs; `ui/` holds one folder per
//! workshop step; `i18n/` holds every string in Slovene and English.

pub mod app;
pub mod browser;
pub mod i18n;
pub mod route;
pub mod ui;

/// Starts the app in the page's `<body>`.
pub fn start() {
    browser::platform::register_service_worker();
    browser::platform::request_persistent_storage();
    yew::Renderer::<app::App>::new().render();
}

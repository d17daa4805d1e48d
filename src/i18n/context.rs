//! The interface language as a context: every component reads it with [`use_lang`].

use yew::prelude::*;

use super::Lang;

/// What every component may read: the interface language and how to change it.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    /// The interface language.
    pub lang: Lang,
    /// Switches the interface language (and remembers it on the device).
    pub set_lang: Callback<Lang>,
}

/// The interface language of the nearest [`LangContext`] (the app provides it).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>()
        .map(|c| c.lang)
        .unwrap_or_default()
}

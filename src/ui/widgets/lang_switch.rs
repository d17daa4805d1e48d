use yew::prelude::*;

use crate::i18n::LangContext;
use crate::i18n::{Lang, T};

/// Two buttons, SL and EN; the current one is pressed. Switching takes effect at once and is
/// remembered on the device.
#[component(LangSwitch)]
pub fn lang_switch() -> Html {
    let Some(ctx) = use_context::<LangContext>() else {
        return html! {};
    };
    let button = |lang: Lang, label: &'static str, name: T| {
        let set = ctx.set_lang.clone();
        html! {
            <button type="button" class="lang" lang={lang.tag()}
                aria-pressed={(ctx.lang == lang).to_string()}
                title={lang.t(name)}
                onclick={Callback::from(move |_| set.emit(lang))}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={ctx.lang.t(T::LanguageLabel)}>
            { button(Lang::Sl, "SL", T::LangSl) }
            { button(Lang::En, "EN", T::LangEn) }
        </div>
    }
}

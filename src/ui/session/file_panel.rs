use yew::prelude::*;

use crate::ui::session::context::{use_session, SessionContext};

use crate::browser::env;
use crate::browser::files::{self, ShareOutcome};
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Export: download the session file, hand it to the system share sheet where the device has
/// one, and a prepared e-mail that tells the recipient to expect the attachment.
#[component(SessionFilePanel)]
pub fn session_file_panel() -> Html {
    let Some(SessionContext { session, .. }) = use_session() else {
        return Html::default();
    };
    let lang = use_lang();
    let downloaded = use_state(|| false);
    let can_share = use_memo((), |_| files::can_share_files());
    let session = &session;
    let name = files::file_name(&session.info.title);
    let text = {
        let session = session.clone();
        move || env::session_file(&session).to_json()
    };
    let download = {
        let (name, text, downloaded) = (name.clone(), text.clone(), downloaded.clone());
        Callback::from(move |_: MouseEvent| {
            if files::download(&name, &text()).is_ok() {
                downloaded.set(true);
            }
        })
    };
    let share = {
        let (name, text, downloaded, title) = (
            name.clone(),
            text.clone(),
            downloaded.clone(),
            session.info.title.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (name, text, downloaded, title) =
                (name.clone(), text(), downloaded.clone(), title.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if files::share(&name, &text, &title).await == ShareOutcome::Failed
                    && files::download(&name, &text).is_ok()
                {
                    downloaded.set(true);
                }
            });
        })
    };
    // Handing out: the share sheet where the device has one, else a download to attach.
    let send = if *can_share {
        share.clone()
    } else {
        download.clone()
    };
    let mail = files::mailto(
        &i18n::mail_subject(lang, &session.info.title),
        &i18n::mail_body(lang, &name),
    );
    html! {
        <section class="card" aria-labelledby="file-heading">
            <h2 id="file-heading">{ lang.t(T::FileSection) }</h2>
            <p>{ lang.t(T::FileExplain) }</p>
            <p class="file-name"><code>{ name.clone() }</code></p>
            <div class="actions start">
                if *can_share { <button type="button" class="button" onclick={share}>{ lang.t(T::Share) }</button> }
                <button type="button" class={if *can_share { "button secondary" } else { "button" }} onclick={download}>{ lang.t(T::Download) }</button>
                <a class="button secondary" href={mail.clone()}>{ lang.t(T::WriteEmail) }</a>
            </div>
            if *downloaded {
                <p class="hint" role="status">{ lang.t(T::DownloadedHint) }{ " " }<a href={mail}>{ lang.t(T::WriteEmail) }</a></p>
            }
            <section class="handout" aria-labelledby="handout-heading">
                <h3 id="handout-heading">{ lang.t(T::GuideHeading) }</h3>
                <ol>
                    { for lang.t(T::GuideSteps).lines().map(|step| html! { <li>{ step }</li> }) }
                </ol>
                <button type="button" class="button secondary" data-testid="send-to-group" onclick={send}>{ lang.t(T::SendToGroup) }</button>
            </section>
        </section>
    }
}

//! The home screen: the sessions saved on this device, newest first, and the ways to start one
//! (new, the Velenje example, a file).

mod device_name;
mod import;
mod new_session_form;
mod ops;
mod session_row;

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::SessionSummary;
use yew::prelude::*;

use crate::browser::events::{Listener, Timeout};
use crate::browser::{platform, storage};
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::route::Route;
use crate::ui::lazy::{self, Lazy, Load, Loading};
use crate::ui::merge::PendingMerge;
use crate::ui::widgets::{AppHeader, ConfirmDialog, Notice, NoticeKind, UNDO_MS};
use device_name::DeviceNameField;
use import::{ImportCtx, Message};
use new_session_form::{NewSessionForm, NewSessionInput};
pub use ops::warm_files;
use ops::MergeArgs;
use session_row::step_in_progress;
use session_row::SessionRow;

/// A just-deleted session, kept in memory while "Undo" is offered.
#[derive(Clone, PartialEq)]
struct Deleted {
    id: String,
    raw: String,
}

fn load_merge(args: MergeArgs) -> Loading {
    Box::pin(ops::merge_view(args))
}

/// The home screen.
#[component(Home)]
pub fn home() -> Html {
    let lang = use_lang();
    // Tell the facilitator when the app is ready for the hall with no Wi-Fi.
    let offline_ready = use_state(|| false);
    {
        let offline_ready = offline_ready.clone();
        use_effect_with((), move |_| {
            platform::when_offline_ready(move || offline_ready.set(true))
        });
    }
    let listing = use_state(storage::list_sessions);
    let refresh = {
        let listing = listing.clone();
        Callback::from(move |()| listing.set(storage::list_sessions()))
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            let listener = Listener::storage_changes(move |_| refresh.emit(()));
            move || drop(listener)
        });
    }
    let creating = use_state(|| false);
    let create_error = use_state(|| None::<AttrValue>);
    let row_error = use_state(|| None::<(String, AttrValue)>);
    let confirm = use_state(|| None::<SessionSummary>);
    let deleted = use_state(|| None::<Deleted>);
    let undo_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let message = use_state(|| None) as UseStateHandle<Message>;
    let pending = use_state(|| None::<PendingMerge>);
    let dragging = use_state(|| false);
    let file_input = use_node_ref();
    let importer = ImportCtx {
        lang,
        message: message.clone(),
        pending: pending.clone(),
    };

    let report = {
        let message = message.clone();
        move |e: &storage::StorageError| {
            message.set(Some((
                NoticeKind::Error,
                i18n::storage_error(lang, e).into(),
                None,
            )))
        }
    };
    // What a part that could not be loaded leaves the user with: a message, nothing changed.
    let not_loaded = {
        let message = message.clone();
        move || {
            message.set(Some((
                NoticeKind::Error,
                lang.t(T::PartNotLoadedAction).into(),
                None,
            )))
        }
    };
    // Sessions the index does not know are read (in the `files` part) and added to it.
    let unreadable = use_state(Vec::<(String, String)>::new);
    {
        let missing = listing
            .as_ref()
            .map(|l| l.missing.clone())
            .unwrap_or_default();
        let (unreadable, refresh, not_loaded) =
            (unreadable.clone(), refresh.clone(), not_loaded.clone());
        use_effect_with(missing, move |missing| {
            if !missing.is_empty() {
                let ids = missing.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match ops::repair_listing(ids).await {
                        Ok(bad) => {
                            unreadable.set(bad);
                            refresh.emit(());
                        }
                        Err(_) => not_loaded(),
                    }
                });
            }
        });
    }
    let on_create = {
        let (create_error, message, not_loaded) =
            (create_error.clone(), message.clone(), not_loaded.clone());
        Callback::from(move |i: NewSessionInput| {
            let f = ops::create(i, lang, create_error.clone(), message.clone());
            lazy::spawn(f, not_loaded.clone());
        })
    };
    // The example's copy on this device, the one changed last: opening the example again opens
    // it, and a fresh copy is offered beside it.
    let example_copy = listing.as_ref().ok().and_then(|l| {
        l.sessions
            .iter()
            .filter(|s| s.example)
            .max_by_key(|s| s.changed)
            .cloned()
    });
    let fresh_example = {
        let (message, not_loaded) = (message.clone(), not_loaded.clone());
        Callback::from(move |_: MouseEvent| {
            lazy::spawn(
                ops::fresh_example(lang, message.clone()),
                not_loaded.clone(),
            )
        })
    };
    let open_example = match &example_copy {
        Some(copy) => {
            let route = Route::Session {
                id: copy.id.clone(),
                step: step_in_progress(copy.progress),
            };
            Callback::from(move |_: MouseEvent| route.go())
        }
        None => fresh_example.clone(),
    };
    let on_rename = {
        let (row_error, refresh, message, not_loaded) = (
            row_error.clone(),
            refresh.clone(),
            message.clone(),
            not_loaded.clone(),
        );
        Callback::from(move |(id, title): (String, String)| {
            let f = ops::rename(id, title, lang, row_error.clone(), message.clone());
            let (refresh, not_loaded) = (refresh.clone(), not_loaded.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if f.await.is_err() {
                    not_loaded();
                }
                refresh.emit(());
            });
        })
    };
    let on_duplicate = {
        let (refresh, message, not_loaded) = (refresh.clone(), message.clone(), not_loaded.clone());
        Callback::from(move |id: String| {
            let f = ops::duplicate(id, lang, message.clone());
            let (refresh, not_loaded) = (refresh.clone(), not_loaded.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if f.await.is_err() {
                    not_loaded();
                }
                refresh.emit(());
            });
        })
    };
    let ask_delete = {
        let (confirm, listing) = (confirm.clone(), listing.clone());
        Callback::from(move |id: String| {
            if let Ok(l) = &*listing {
                confirm.set(l.sessions.iter().find(|s| s.id == id).cloned());
            }
        })
    };
    let do_delete = {
        let (confirm, deleted, timer, refresh, report) = (
            confirm.clone(),
            deleted.clone(),
            undo_timer.clone(),
            refresh.clone(),
            report.clone(),
        );
        Callback::from(move |()| {
            let Some(summary) = (*confirm).clone() else {
                return;
            };
            confirm.set(None);
            match storage::delete_session(&summary.id) {
                Ok(Some(raw)) => {
                    deleted.set(Some(Deleted {
                        id: summary.id,
                        raw,
                    }));
                    let d = deleted.clone();
                    *timer.borrow_mut() = Some(Timeout::new(UNDO_MS, move || d.set(None)));
                }
                Ok(None) => {}
                Err(e) => report(&e),
            }
            refresh.emit(());
        })
    };
    let undo = {
        let (deleted, timer, refresh, message, not_loaded) = (
            deleted.clone(),
            undo_timer.clone(),
            refresh.clone(),
            message.clone(),
            not_loaded.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            timer.borrow_mut().take();
            let Some(d) = (*deleted).clone() else { return };
            let (deleted, refresh, not_loaded) =
                (deleted.clone(), refresh.clone(), not_loaded.clone());
            let f = ops::restore(d.id, d.raw, lang, message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match f.await {
                    Ok(()) => deleted.set(None),
                    // The deleted text stays in memory: Undo can be pressed again.
                    Err(_) => not_loaded(),
                }
                refresh.emit(());
            });
        })
    };
    let pick_file = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let (importer, not_loaded) = (importer.clone(), not_loaded.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                let files: Vec<web_sys::File> =
                    (0..list.length()).filter_map(|i| list.get(i)).collect();
                if !files.is_empty() {
                    lazy::spawn(ops::import(importer.clone(), files), not_loaded.clone());
                }
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, importer, not_loaded) =
            (dragging.clone(), importer.clone(), not_loaded.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                let files: Vec<web_sys::File> =
                    (0..list.length()).filter_map(|i| list.get(i)).collect();
                if !files.is_empty() {
                    lazy::spawn(ops::import(importer.clone(), files), not_loaded.clone());
                }
            }
        })
    };
    let set_creating = {
        let (creating, create_error) = (creating.clone(), create_error.clone());
        Callback::from(move |on: bool| {
            create_error.set(None);
            creating.set(on);
        })
    };
    let close_message = {
        let message = message.clone();
        Callback::from(move |_: MouseEvent| message.set(None))
    };

    let list = match &*listing {
        Err(e) => html! { <Notice kind={NoticeKind::Error} text={i18n::storage_error(lang, e)} /> },
        Ok(storage::Listing { sessions, .. }) => html! {
            <>
                { for unreadable.iter().map(|(id, detail)| html! {
                    <Notice kind={NoticeKind::Error} text={i18n::stored_unreadable(lang, &format!("{id}: {detail}"))} />
                }) }
                if sessions.is_empty() {
                    <p class="empty">{ lang.t(T::NoSessions) }</p>
                } else {
                    <ul class="session-list">
                        { for sessions.iter().map(|s| html! {
                            <SessionRow key={s.id.clone()} summary={s.clone()}
                                on_rename={on_rename.clone()} on_duplicate={on_duplicate.clone()} on_delete={ask_delete.clone()}
                                error={row_error.as_ref().filter(|(id, _)| id == &s.id).map(|(_, e)| e.clone())} />
                        }) }
                    </ul>
                }
            </>
        },
    };
    let count = listing.as_ref().map(|l| l.sessions.len()).unwrap_or(0);
    html! {
        <div class={classes!("page", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <AppHeader />
            <main class="home">
                <section class="intro">
                    <h1>{ "Delavnica" }</h1>
                    <p class="tagline">{ lang.t(T::Tagline) }</p>
                    if *offline_ready { <p class="offline-ready" role="status" data-testid="offline-ready">{ "✓ " }{ lang.t(T::OfflineReady) }</p> }
                    <div class="start-actions">
                        <button type="button" class="button" onclick={set_creating.reform(|_: MouseEvent| true)}>{ lang.t(T::NewSession) }</button>
                        <button type="button" class="button secondary" onclick={open_example}>{ lang.t(T::OpenExample) }</button>
                        if example_copy.is_some() {
                            <button type="button" class="button secondary" onclick={fresh_example}>{ lang.t(T::ExampleCopy) }</button>
                        }
                        <button type="button" class="button secondary" onclick={pick_file}>{ lang.t(T::ImportFile) }</button>
                        <input ref={file_input} type="file" accept=".json,application/json" multiple=true class="visually-hidden"
                            tabindex="-1" aria-hidden="true" data-testid="import-input" onchange={on_file} />
                    </div>
                    <p class="hint">{ lang.t(T::DropHint) }</p>
                    <DeviceNameField />
                </section>
                if let Some((kind, text, detail)) = &*message {
                    <Notice kind={*kind} text={text.clone()} detail={detail.clone()} on_close={close_message} />
                }
                if deleted.is_some() {
                    <Notice kind={NoticeKind::Info} text={lang.t(T::Deleted)} action={(AttrValue::from(lang.t(T::Undo)), undo)} />
                }
                if *creating {
                    <NewSessionForm on_create={on_create} on_cancel={set_creating.reform(|()| false)} error={(*create_error).clone()} />
                }
                <section class="sessions" aria-labelledby="sessions-heading">
                    <h2 id="sessions-heading">{ lang.t(T::SessionsHeading) }<span class="count">{ i18n::sessions_count(lang, count) }</span></h2>
                    { list }
                </section>
            </main>
            if *dragging { <div class="drop-overlay" aria-hidden="true">{ lang.t(T::DropHere) }</div> }
            if let Some(s) = &*confirm {
                <ConfirmDialog title={lang.t(T::ConfirmDeleteTitle)} body={format!("»{}« — {}", s.title, lang.t(T::ConfirmDeleteBody))}
                    confirm_label={lang.t(T::Delete)} danger=true on_confirm={do_delete}
                    on_cancel={{ let c = confirm.clone(); Callback::from(move |()| c.set(None)) }} />
            }
            if pending.is_some() {
                <Lazy<MergeArgs> part="merge" load={load_merge as Load<_>} args={MergeArgs(importer.clone())} />
            }
        </div>
    }
}

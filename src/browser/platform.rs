//! Start-up chores: the offline service worker, persistent storage, the document's language.

use wasm_bindgen_futures::JsFuture;

/// Registers the service worker that the build generated (`sw.js`, beside `index.html`), so that
/// after one visit the app loads without a network. Failure only means no offline start.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let _ = container.register("./sw.js");
}

/// Calls `ready` once the service worker is active, that is once every file of this build is in
/// its cache: from then on the app starts and works without a network.
pub fn when_offline_ready(ready: impl FnOnce() + 'static) {
    let Some(promise) = web_sys::window().and_then(|w| w.navigator().service_worker().ready().ok())
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(promise).await.is_ok() {
            ready();
        }
    });
}

/// Asks the browser to keep this origin's storage when space runs low. Browsers decide for
/// themselves; the answer changes nothing in the app, so it is not reported.
pub fn request_persistent_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(promise) = window.navigator().storage().persist() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

/// Sets `<html lang>` so that screen readers, hyphenation and spell checkers follow the
/// interface language.
pub fn set_document_language(tag: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", tag);
    }
}

/// The URL's hash (`#/s/…`), or empty.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Moves to another hash route; the `hashchange` event then renders it.
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// A new page starts at its top.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Jumps to a part of the page by its id (a hash link would change the route) and moves the
/// keyboard focus there.
pub fn jump_to(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    el.scroll_into_view();
    if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}

/// Marks a moment on the Performance timeline (what the results' speed is measured from).
pub fn perf_mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// If `start` was marked, records a measure `name` from it to now and clears the mark, so that
/// each change is measured once. Read with `performance.getEntriesByName(name)`.
pub fn perf_measure_since(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        if p.get_entries_by_name(start).length() > 0 {
            let _ = p.measure_with_start_mark(name, start);
            p.clear_marks_with_mark_name(start);
        }
    }
}

/// Adds a history entry for the page as it is, so that the browser's Back first returns here
/// (the ballot screen keeps the tablet: Back stays on it).
pub fn hold_history() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None);
    }
}

/// Asks the screen to stay awake (the Screen Wake Lock API, where the browser has it); a
/// browser without it, or one that refuses, leaves the screen as it was.
pub fn keep_awake() {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsCast;
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(lock) = Reflect::get(&nav, &"wakeLock".into()) else {
        return;
    };
    if lock.is_undefined() {
        return;
    }
    if let Ok(request) = Reflect::get(&lock, &"request".into()) {
        if let Some(f) = request.dyn_ref::<Function>() {
            if let Ok(p) = f.call1(&lock, &"screen".into()) {
                // A refusal (no user gesture yet, low battery) is not an error to show.
                if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                    let ignore =
                        wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
                            |_| {},
                        );
                    let _ = p.catch(&ignore);
                    // Once per ballot screen: the few bytes are not worth tracking the promise.
                    ignore.forget();
                }
            }
        }
    }
}

/// Shows the page full screen (where the browser allows it).
pub fn full_screen() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.request_fullscreen();
    }
}

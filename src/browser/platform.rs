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

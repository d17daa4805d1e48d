//! Window event subscriptions that end when their handle is dropped (in a component's effect
//! clean-up), so no listener outlives the page that needed it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A window event listener, removed on drop.
pub struct Listener {
    kind: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens for `kind` events on the window.
    pub fn window(
        kind: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Listener> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        let window = web_sys::window()?;
        window
            .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener { kind, closure })
    }

    /// Calls `handler` with the key of every local-storage change made by another tab of this
    /// app (`None` when that tab cleared the whole storage).
    pub fn storage_changes(mut handler: impl FnMut(Option<String>) + 'static) -> Option<Listener> {
        Listener::window("storage", move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                handler(e.key());
            }
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                self.kind,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// A one-shot timer, cancelled on drop.
pub struct Timeout {
    handle: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Calls `f` once after `millis` milliseconds unless dropped first.
    pub fn new(millis: i32, f: impl FnMut() + 'static) -> Option<Timeout> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let handle = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                millis,
            )
            .ok()?;
        Some(Timeout {
            handle,
            _closure: closure,
        })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.handle);
        }
    }
}

/// A repeating timer, stopped on drop.
pub struct Interval {
    handle: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Interval {
    /// Calls `f` every `millis` milliseconds until dropped.
    pub fn new(millis: i32, f: impl FnMut() + 'static) -> Option<Interval> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let handle = web_sys::window()?
            .set_interval_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                millis,
            )
            .ok()?;
        Some(Interval {
            handle,
            _closure: closure,
        })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.handle);
        }
    }
}

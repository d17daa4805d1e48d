//! Window event subscriptions and timers that end when their handle is dropped (in a component's
//! effect clean-up), so nothing outlives the page that needed it. gloo (already in the build
//! through Yew) does the work; this adds the storage event the app listens to.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

pub use gloo_timers::callback::{Interval, Timeout};

/// A window event listener, removed on drop.
pub struct Listener {
    _listener: EventListener,
}

impl Listener {
    /// Listens for `kind` events on the window.
    pub fn window(
        kind: &'static str,
        mut handler: impl FnMut(&web_sys::Event) + 'static,
    ) -> Option<Listener> {
        let window = web_sys::window()?;
        let listener = EventListener::new(&window, kind, move |e| handler(e));
        Some(Listener {
            _listener: listener,
        })
    }

    /// Listens for `kind` events on the window with a handler that may cancel the browser's
    /// default (a keyboard shortcut the app takes over).
    pub fn window_active(
        kind: &'static str,
        mut handler: impl FnMut(&web_sys::Event) + 'static,
    ) -> Option<Listener> {
        let window = web_sys::window()?;
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&window, kind, options, move |e| handler(e));
        Some(Listener {
            _listener: listener,
        })
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

/// Resolves in a later task (a zero-delay timer), so that the browser can paint and answer
/// input between the steps of a long piece of work, such as reading a large file.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window()
            .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

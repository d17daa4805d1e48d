//! Lazily loaded parts of the app (issue #15).
//!
//! In the release build (cargo feature `split`, see tools/split.mjs) every function declared
//! with [`split!`] is a split point: its code, and all code only it reaches, is cut out of the
//! main module by `wasm-split-cli` into a file of its own, fetched the first time the function
//! is called (the service worker precaches every file for offline use). Without the feature
//! (tests, clippy, `cargo check`) the same function is an ordinary `async fn`, so every build
//! links and behaves alike.
//!
//! [`Lazy`] shows a view that comes from a split function: a loading line while its part is on
//! its way, the view when it arrives, and a message with *Try again* if the part cannot be
//! fetched (a server gone, a connection lost before the first visit).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use yew::prelude::*;

use crate::i18n::{use_lang, Lang, T};
use crate::ui::widgets::{Notice, NoticeKind};

/// A part of the app could not be fetched. The next call tries again from scratch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a split point: `split!(part => fn name(args) -> Ret { body })` makes
/// `async fn name(args) -> Result<Ret, NotLoaded>`. Functions naming the same part share one
/// file. The body must not panic (the release build aborts on panic anyway).
macro_rules! split {
    ($(#[$m:meta])* $part:ident => $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$m])*
        #[cfg(feature = "split")]
        #[allow(improper_ctypes_definitions, improper_ctypes)]
        #[wasm_split_helpers::wasm_split($part, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::NotLoaded> {
            let value: $ret = $body;
            Ok(value)
        }
        $(#[$m])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::NotLoaded> {
            let value: $ret = $body;
            Ok(value)
        }
    };
}
pub(crate) use split;

/// A split view function's call, on its way.
pub type Loading = Pin<Box<dyn Future<Output = Result<Html, NotLoaded>>>>;

/// What a [`Lazy`] view calls to get its markup.
pub type Load<A> = fn(A) -> Loading;

/// Props of [`Lazy`].
#[derive(Properties)]
pub struct LazyProps<A: Clone + PartialEq + 'static> {
    /// Names the part (a test id, and what tells two views apart).
    pub part: &'static str,
    /// Calls the split function.
    pub load: Load<A>,
    /// Its arguments: a change calls it again (at once, once the part is loaded).
    pub args: A,
}

impl<A: Clone + PartialEq + 'static> PartialEq for LazyProps<A> {
    fn eq(&self, other: &Self) -> bool {
        self.part == other.part && self.args == other.args
    }
}

thread_local! {
    /// The parts this page has loaded: their split functions answer on the first poll.
    static LOADED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn is_loaded(part: &'static str) -> bool {
    LOADED.with(|l| l.borrow().contains(&part))
}

/// Polls a split function's call once: a loaded part answers at once, so its view renders in
/// the same pass as the rest of the page (no loading line, no stale view in between).
fn now(mut future: Loading) -> Option<Result<Html, NotLoaded>> {
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(result) => Some(result),
        Poll::Pending => None,
    }
}

/// A view from a lazily loaded part. Once the part is loaded the view renders like any other
/// (through the split function, polled once). Until then it shows a loading line (which
/// appears only after a moment, so a quick load never flashes), and a message with *Try again*
/// if the part cannot be fetched.
#[component(Lazy)]
pub fn lazy<A: Clone + PartialEq + 'static>(props: &LazyProps<A>) -> Html {
    let lang = use_lang();
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    // The view the first call brought (also what re-renders this view when it arrives).
    let arrived = use_state(|| None::<Html>);
    {
        let (failed, arrived, load, part) =
            (failed.clone(), arrived.clone(), props.load, props.part);
        use_effect_with((props.args.clone(), *attempt), move |(args, _)| {
            if !is_loaded(part) {
                let future = load(args.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match future.await {
                        Ok(html) => {
                            LOADED.with(|l| l.borrow_mut().push(part));
                            failed.set(false);
                            arrived.set(Some(html));
                        }
                        Err(NotLoaded) => failed.set(true),
                    }
                });
            }
        });
    }
    if is_loaded(props.part) {
        if let Some(Ok(html)) = now((props.load)(props.args.clone())) {
            return html;
        }
        // A loaded part answers on the first poll; should one not, its first view stands in.
        if let Some(html) = &*arrived {
            return html.clone();
        }
    }
    if *failed {
        let retry = {
            let (attempt, failed) = (attempt.clone(), failed.clone());
            Callback::from(move |_: MouseEvent| {
                failed.set(false);
                attempt.set(*attempt + 1);
            })
        };
        return html! {
            <div class="part-failed" data-part={props.part} data-testid="part-failed">
                <Notice kind={NoticeKind::Error} text={lang.t(T::PartNotLoaded)}
                    detail={AttrValue::from(lang.t(T::PartNotLoadedHint))}
                    action={(AttrValue::from(lang.t(T::TryAgain)), retry)} />
            </div>
        };
    }
    loading(lang, props.part)
}

/// The line shown while a part is on its way.
fn loading(lang: Lang, part: &'static str) -> Html {
    html! {
        <p class="part-loading" role="status" data-part={part} data-testid="part-loading">
            { lang.t(T::PartLoading) }
        </p>
    }
}

/// Runs a split function for its effect; a part that cannot be fetched is reported through
/// `failed` (in the user's language, by the caller).
pub fn spawn<F>(future: F, failed: impl FnOnce() + 'static)
where
    F: Future<Output = Result<(), NotLoaded>> + 'static,
{
    wasm_bindgen_futures::spawn_local(async move {
        if future.await.is_err() {
            failed();
        }
    });
}

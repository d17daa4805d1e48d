//! The `Lazy` view (issue #15) in a real page: a part that cannot be fetched shows the message
//! with *Try again*, and trying again shows the view; a part that arrives replaces the loading
//! line. (Without the `split` feature a split point is a plain async function, so the failure is
//! simulated by the load function.)
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use delavnica::browser::events::next_task;
use delavnica::ui::lazy::{Lazy, Load, Loading, NotLoaded};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// How many more calls fail before the part "arrives".
    static FAILURES: Cell<u32> = const { Cell::new(0) };
}

fn load(n: u32) -> Loading {
    let fail = FAILURES.with(|f| {
        let left = f.get();
        f.set(left.saturating_sub(1));
        left > 0
    });
    Box::pin(async move {
        next_task().await;
        if fail {
            Err(NotLoaded)
        } else {
            Ok(html! { <p id="arrived">{ format!("part {n}") }</p> })
        }
    })
}

#[component(Host)]
fn host() -> Html {
    html! { <Lazy<u32> part="test" load={load as Load<u32>} args={7} /> }
}

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    for _ in 0..5 {
        next_task().await;
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn a_part_that_fails_offers_try_again_and_then_shows() {
    FAILURES.with(|f| f.set(1));
    let root = root();
    yew::Renderer::<Host>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("[data-testid=part-loading]")
            .unwrap()
            .is_some(),
        "a loading line while the part is on its way"
    );
    settle().await;
    let failed = root
        .query_selector("[data-testid=part-failed]")
        .unwrap()
        .expect("the failure is shown");
    assert!(root.query_selector("#arrived").unwrap().is_none());
    let retry: web_sys::HtmlElement = failed
        .query_selector("button")
        .unwrap()
        .expect("a Try again button")
        .dyn_into()
        .unwrap();
    retry.click();
    settle().await;
    assert!(root
        .query_selector("[data-testid=part-failed]")
        .unwrap()
        .is_none());
    assert_eq!(
        root.query_selector("#arrived")
            .unwrap()
            .expect("the part arrived on the second try")
            .text_content()
            .unwrap(),
        "part 7"
    );
    root.remove();
}

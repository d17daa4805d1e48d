//! Hash routes: every page has a link that leads back to it; unknown hashes lead home.
#![cfg(target_arch = "wasm32")]

use delavnica::route::{Route, Step};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn routes_round_trip_through_their_links() {
    let session = |step| Route::Session {
        id: "0a1b2c".into(),
        step,
    };
    for route in std::iter::once(Route::Home).chain(Step::ALL.into_iter().map(session)) {
        assert_eq!(Route::parse(&route.href()), route);
    }
    assert_eq!(
        session(Step::Ranking).href(),
        "#/s/0a1b2c/workshop-2-ranking"
    );
    assert_eq!(session(Step::Solutions).href(), "#/s/0a1b2c/workshop-3");
    assert_eq!(session(Step::Report).href(), "#/s/0a1b2c/report");
    let present = Route::Present {
        id: "0a1b2c".into(),
    };
    assert_eq!(present.href(), "#/s/0a1b2c/present");
    assert_eq!(Route::parse(&present.href()), present);
    assert_eq!(Route::parse("#/s/<b>/present"), Route::Home);
}

#[wasm_bindgen_test]
fn unknown_or_unsafe_hashes_lead_home() {
    for hash in [
        "",
        "#",
        "#/",
        "#/x",
        "#/s/",
        "#/s/<b>",
        "#/s/a/b",
        "#/s/<b>/participants",
    ] {
        assert_eq!(Route::parse(hash), Route::Home, "{hash}");
    }
    assert_eq!(
        Route::parse("#/s/abc"),
        Route::Session {
            id: "abc".into(),
            step: Step::Overview
        }
    );
    assert_eq!(
        Route::parse("#/s/abc/participants"),
        Route::Session {
            id: "abc".into(),
            step: Step::Participants
        }
    );
}

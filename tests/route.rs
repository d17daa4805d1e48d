//! Hash routes: every page has a link that leads back to it; unknown hashes lead home.
#![cfg(target_arch = "wasm32")]

use delavnica::app::Route;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn routes_round_trip_through_their_links() {
    for route in [
        Route::Home,
        Route::Session {
            id: "0a1b2c".into(),
        },
    ] {
        assert_eq!(Route::parse(&route.href()), route);
    }
}

#[wasm_bindgen_test]
fn unknown_or_unsafe_hashes_lead_home() {
    for hash in ["", "#", "#/", "#/x", "#/s/", "#/s/<b>", "#/s/a/b"] {
        assert_eq!(Route::parse(hash), Route::Home, "{hash}");
    }
    assert_eq!(Route::parse("#/s/abc"), Route::Session { id: "abc".into() });
}

//! The ranking widget's ballot model and the ballot screen kept in the
//! tab's storage (so that a reload in the middle of a ballot loses nothing).
#![cfg(target_arch = "wasm32")]

use delavnica::ui::ranking::ballot::{BallotScreenState, Stage};
use delavnica::ui::ranking::draft::Draft;
use wasm_bindgen_test::*;
use workshop::rounds::Voter;

wasm_bindgen_test_configure!(run_in_browser);

fn ids(d: &Draft) -> Vec<&str> {
    d.ranked.iter().map(|(p, _)| p.as_str()).collect()
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[wasm_bindgen_test]
fn tapping_in_order_of_importance_makes_a_ballot() {
    let mut d = Draft::new(&list(&["a", "b", "c"]));
    d.rank("c");
    d.rank("a");
    assert_eq!(d.tiers(), vec![list(&["c"]), list(&["a"])]);
    assert_eq!(d.unranked, list(&["b"]));
}

#[wasm_bindgen_test]
fn moves_ties_and_unranking() {
    let mut d = Draft::new(&list(&["a", "b", "c", "d"]));
    for p in ["a", "b", "c", "d"] {
        d.rank(p);
    }
    d.step("c", -1);
    assert_eq!(ids(&d), ["a", "c", "b", "d"]);
    d.step("a", -1);
    assert_eq!(
        ids(&d),
        ["a", "c", "b", "d"],
        "the top card cannot go higher"
    );
    d.to_end("a", false);
    assert_eq!(ids(&d), ["c", "b", "d", "a"]);
    d.toggle_tie("b");
    assert_eq!(d.places(), vec![1, 1, 3, 4]);
    assert_eq!(
        d.tiers(),
        vec![list(&["c", "b"]), list(&["d"]), list(&["a"])]
    );
    d.toggle_tie("c");
    assert!(!d.ranked[0].1, "the first card cannot tie with nothing");
    d.to_end("b", true);
    assert_eq!(ids(&d), ["b", "c", "d", "a"]);
    assert_eq!(d.places(), vec![1, 2, 3, 4], "a moved card leaves its tie");
    d.unrank("d");
    assert_eq!(ids(&d), ["b", "c", "a"]);
    assert_eq!(d.unranked, list(&["d"]));
    d.rank("d");
    d.step("d", -1);
    d.step("d", -1);
    assert_eq!(ids(&d), ["b", "d", "c", "a"]);
}

#[wasm_bindgen_test]
fn removing_a_tied_groups_head_keeps_the_rest_of_the_group() {
    let mut d = Draft::new(&list(&["a", "b", "c"]));
    for p in ["a", "b", "c"] {
        d.rank(p);
    }
    d.toggle_tie("b");
    d.toggle_tie("c");
    assert_eq!(d.tiers(), vec![list(&["a", "b", "c"])]);
    d.unrank("b");
    assert_eq!(d.tiers(), vec![list(&["a", "c"])], "c stays tied with a");
    d.unrank("a");
    assert_eq!(d.tiers(), vec![list(&["c"])]);
}

#[wasm_bindgen_test]
fn the_ballot_screen_survives_a_reload_in_the_tabs_storage() {
    let session = "s-ballot";
    let mut draft = Draft::new(&list(&["a", "b"]));
    draft.rank("b");
    let state = BallotScreenState {
        round: "r1".into(),
        stage: Stage::Voting {
            voter: Voter::Named { name: "Ana".into() },
            draft,
        },
    };
    state.store(session);
    assert_eq!(BallotScreenState::load(session), Some(state));
    assert_eq!(BallotScreenState::load("another"), None);
    delavnica::browser::storage::tab::remove(&delavnica::browser::storage::tab::ballot_key(
        session,
    ));
    assert_eq!(BallotScreenState::load(session), None);
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert!(
        (0..local.length().unwrap()).all(|i| !local
            .key(i)
            .unwrap()
            .unwrap_or_default()
            .contains("ballot")),
        "a ballot in progress never reaches the shared storage"
    );
}

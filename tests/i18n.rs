//! Both languages: plural forms, and messages that name what is wrong in the user's language.
#![cfg(target_arch = "wasm32")]

use delavnica::i18n::{self, plural_sl, Lang, PluralSl};
use wasm_bindgen_test::*;
use workshop::FileError;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn slovene_plurals_follow_the_last_two_digits() {
    use PluralSl::*;
    let forms: Vec<_> = [0u64, 1, 2, 3, 4, 5, 11, 101, 102, 103, 111, 1004]
        .into_iter()
        .map(plural_sl)
        .collect();
    assert_eq!(
        forms,
        [Other, One, Two, Few, Few, Other, Other, One, Two, Few, Other, Few]
    );
}

#[wasm_bindgen_test]
fn session_counts_use_the_plural_forms() {
    let sl: Vec<_> = [1, 2, 3, 5, 101]
        .into_iter()
        .map(|n| i18n::sessions_count(Lang::Sl, n))
        .collect();
    assert_eq!(sl, ["1 seja", "2 seji", "3 seje", "5 sej", "101 seja"]);
    assert_eq!(i18n::sessions_count(Lang::En, 1), "1 session");
    assert_eq!(i18n::sessions_count(Lang::En, 2), "2 sessions");
}

#[wasm_bindgen_test]
fn file_errors_name_the_problem_in_each_language() {
    let e = FileError::Missing {
        path: "session.info.title".into(),
    };
    let (sl, en) = (
        i18n::file_error(Lang::Sl, &e),
        i18n::file_error(Lang::En, &e),
    );
    assert!(
        sl.contains("session.info.title") && sl.contains("manjka"),
        "{sl}"
    );
    assert!(
        en.contains("session.info.title") && en.contains("missing"),
        "{en}"
    );
    let e = FileError::NewerVersion {
        found: 7,
        supported: 1,
    };
    assert!(i18n::file_error(Lang::Sl, &e).contains('7'));
    let e = FileError::TooLarge {
        bytes: 6 * 1024 * 1024 + 1,
        limit: 5 * 1024 * 1024,
    };
    assert!(i18n::file_error(Lang::Sl, &e).contains("6,0 MB"));
    assert!(i18n::file_error(Lang::En, &e).contains("6.0 MB"));
}

#[wasm_bindgen_test]
fn language_tags_round_trip() {
    for lang in [Lang::Sl, Lang::En] {
        assert_eq!(Lang::from_tag(lang.tag()), lang);
    }
    assert_eq!(Lang::from_tag("de"), Lang::Sl);
}

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
    assert_eq!(
        sl,
        [
            "1 proces",
            "2 procesa",
            "3 procesi",
            "5 procesov",
            "101 proces"
        ]
    );
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

#[wasm_bindgen_test]
fn every_ranking_method_has_a_select_value_a_name_and_a_rule_in_both_languages() {
    use delavnica::i18n::{method_formula, method_name, method_of, method_value, METHODS};
    let values: Vec<&str> = METHODS.iter().map(|&m| method_value(m)).collect();
    for (i, &m) in METHODS.iter().enumerate() {
        assert_eq!(method_of(values[i]), Some(m), "{m:?}");
        assert!(
            !values[..i].contains(&values[i]),
            "{} is used twice",
            values[i]
        );
        for lang in [Lang::Sl, Lang::En] {
            assert!(!method_name(lang, m).is_empty());
            assert!(
                method_formula(lang, m).contains(": "),
                "a rule in one sentence"
            );
        }
    }
    assert_eq!(method_of("nonsense"), None);
    assert_ne!(
        method_formula(Lang::En, METHODS[4]),
        method_formula(Lang::En, METHODS[5]),
        "the Schulze variants say how they measure a win"
    );
}

#[wasm_bindgen_test]
fn ranking_numbers_and_sentences_follow_the_language() {
    use delavnica::i18n::{decimal, differs, kendall, p_value};
    use ranking::Method;
    use workshop::results::Reading;
    assert_eq!(decimal(Lang::Sl, 0.456, 2), "0,46");
    assert_eq!(decimal(Lang::En, 0.456, 2), "0.46");
    assert_eq!(decimal(Lang::En, -1.25, 1), "-1.3");
    assert_eq!(decimal(Lang::Sl, 64.5, 0), "65");
    assert_eq!(decimal(Lang::En, 3.0, 2), "3.00");
    assert_eq!(
        kendall(Lang::Sl, 0.912, Reading::AlmostPerfect),
        "Kendallov W = 0,91: skoraj popolno strinjanje"
    );
    assert_eq!(
        p_value(Lang::En, 0.0004),
        "p < 0.001: this much agreement is unlikely to be chance."
    );
    assert_eq!(
        p_value(Lang::Sl, 0.2),
        "p = 0,200: tolikšno strinjanje bi lahko bilo naključno."
    );
    assert_eq!(
        differs(
            Lang::En,
            &[Method::Borda, Method::Copeland, Method::Kemeny],
            3,
            4
        ),
        "Places 3–4 differ under Borda, Copeland and Kemeny"
    );
    assert_eq!(
        differs(Lang::Sl, &[Method::Kemeny], 2, 2),
        "Mesto 2 je drugačno po metodi Kemeny"
    );
}

#[wasm_bindgen_test]
fn workshop_3_reads_in_both_languages_and_types_as_the_paper_writes_them() {
    use workshop::innovations::InnovationType as I;
    use workshop::solutions::IdeaStatus;
    assert_eq!(
        i18n::types_label(Lang::Sl, &[I::Service, I::Product]),
        "nova storitev/proizvod"
    );
    assert_eq!(
        i18n::types_label(Lang::En, &[I::Service, I::Product]),
        "new service/product"
    );
    assert_eq!(i18n::types_label(Lang::Sl, &[I::Practice]), "nova praksa");
    for s in IdeaStatus::ALL {
        let (sl, en) = (
            delavnica::ui::solutions::status_name(Lang::Sl, s),
            delavnica::ui::solutions::status_name(Lang::En, s),
        );
        assert!(!sl.is_empty() && !en.is_empty() && sl != en, "{s:?}");
    }
    assert_eq!(
        delavnica::ui::solutions::status_name(Lang::Sl, IdeaStatus::Concept),
        "idejna zasnova"
    );
    assert!(i18n::action_error(Lang::Sl, &workshop::ActionError::BadLink).contains("Povezava"));
    assert!(i18n::action_error(Lang::En, &workshop::ActionError::BadLink).contains("link"));
}

#[wasm_bindgen_test]
fn the_data_files_speak_both_languages() {
    use workshop::export::{Col, TableKind, Word};
    use workshop::report::Section;
    for t in TableKind::ALL {
        assert_ne!(i18n::table_name(Lang::Sl, t), i18n::table_name(Lang::En, t));
    }
    for s in Section::ALL {
        assert_ne!(
            i18n::section_name(Lang::Sl, s),
            i18n::section_name(Lang::En, s)
        );
    }
    assert_eq!(i18n::col_name(Lang::Sl, Col::Attended(2)), "2. delavnica");
    assert_eq!(i18n::col_name(Lang::En, Col::Place), "place");
    let names: [String; 4] = Default::default();
    assert_eq!(i18n::word(Lang::Sl, &Word::Yes, &names), "da");
    assert_eq!(i18n::word(Lang::En, &Word::Plenary, &names), "plenary");
    assert_eq!(i18n::voted_of(Lang::En, 9, 15), "9 of 15 have voted");
    assert_eq!(
        i18n::voted_of(Lang::Sl, 9, 15),
        "oddanih glasovnic: 9 od 15"
    );
}

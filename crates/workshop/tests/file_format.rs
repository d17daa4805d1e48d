//! The session file format: round trip, every validation error, migration.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use workshop::file::check_unique;
use workshop::limits::{MAX_FILE_BYTES, MAX_TITLE, MAX_TOWN};
use workshop::rules::Rule;
use workshop::session::ContentLang;
use workshop::{FileError, Session, SessionFile, Stamp, VERSION};

fn stamp() -> Stamp {
    Stamp {
        now: 1_700_000_000_000,
        device: "dev-a".into(),
    }
}

fn sample() -> Session {
    Session::new(
        "s-1",
        "Celje 2027",
        "Celje",
        "2027-01-15",
        ContentLang::En,
        &stamp(),
    )
    .unwrap()
}

fn doc() -> Value {
    serde_json::from_str(&SessionFile::new(sample(), "dev-a", 5).to_json()).unwrap()
}

fn parse(v: &Value) -> Result<SessionFile, FileError> {
    SessionFile::parse(&v.to_string())
}

#[test]
fn written_file_names_format_version_device_and_time() {
    let v = doc();
    assert_eq!(v["format"], "delavnica-session");
    assert_eq!(v["version"], VERSION);
    assert_eq!(v["device"], "dev-a");
    assert_eq!(v["exported_at"], 5);
    assert_eq!(v["session"]["info"]["title"], "Celje 2027");
}

#[test]
fn round_trip_pretty_and_compact() {
    let f = SessionFile::new(sample(), "dev-a", 5);
    assert_eq!(SessionFile::parse(&f.to_json()).unwrap(), f);
    assert_eq!(SessionFile::parse(&f.to_compact_json()).unwrap(), f);
}

#[test]
fn byte_order_mark_is_tolerated() {
    let f = SessionFile::new(sample(), "dev-a", 5);
    assert_eq!(
        SessionFile::parse(&format!("\u{feff}{}", f.to_json())).unwrap(),
        f
    );
}

#[test]
fn not_json_names_line_and_column() {
    assert_eq!(
        SessionFile::parse("{\n  \"format\": ,\n}"),
        Err(FileError::NotJson {
            line: 2,
            column: 13
        })
    );
    assert!(matches!(
        SessionFile::parse("PK\u{3}\u{4} zip"),
        Err(FileError::NotJson { line: 1, .. })
    ));
    assert!(matches!(
        SessionFile::parse(""),
        Err(FileError::NotJson { .. })
    ));
}

#[test]
fn foreign_json_is_recognised() {
    for foreign in [
        json!({"name": "package", "version": "1.0.0"}),
        json!([1, 2, 3]),
        json!("text"),
        json!({"format": "other"}),
    ] {
        assert_eq!(parse(&foreign), Err(FileError::Foreign), "{foreign}");
    }
}

#[test]
fn versions_are_checked() {
    let mut v = doc();
    v["version"] = json!(VERSION + 1);
    assert_eq!(
        parse(&v),
        Err(FileError::NewerVersion {
            found: VERSION + 1,
            supported: VERSION
        })
    );
    v["version"] = json!("1");
    assert_eq!(parse(&v), Err(FileError::BadVersion));
    v.as_object_mut().unwrap().remove("version");
    assert_eq!(parse(&v), Err(FileError::BadVersion));
}

#[test]
fn missing_fields_are_named_with_their_path() {
    let mut v = doc();
    v["session"]["info"]
        .as_object_mut()
        .unwrap()
        .remove("title");
    assert_eq!(
        parse(&v),
        Err(FileError::Missing {
            path: "session.info.title".into(),
        })
    );
    let mut v = doc();
    v.as_object_mut().unwrap().remove("session");
    assert_eq!(
        parse(&v),
        Err(FileError::Missing {
            path: "session".into()
        })
    );
    let mut v = doc();
    v["session"]["info"]["meta"]
        .as_object_mut()
        .unwrap()
        .remove("changed");
    assert_eq!(
        parse(&v),
        Err(FileError::Missing {
            path: "session.info.meta.changed".into()
        })
    );
}

#[test]
fn wrong_types_are_named_with_their_path() {
    let mut v = doc();
    v["session"]["info"]["title"] = json!(42);
    assert_eq!(
        parse(&v),
        Err(FileError::WrongType {
            path: "session.info.title".into(),
        })
    );
    let mut v = doc();
    v["session"]["created"] = json!("yesterday");
    assert_eq!(
        parse(&v),
        Err(FileError::WrongType {
            path: "session.created".into()
        })
    );
    let mut v = doc();
    v["session"]["info"]["content_lang"] = json!("de");
    assert_eq!(
        parse(&v),
        Err(FileError::WrongType {
            path: "session.info.content_lang".into()
        })
    );
}

#[test]
fn bad_ids_are_refused() {
    let mut v = doc();
    v["session"]["id"] = json!("<script>");
    assert_eq!(
        parse(&v),
        Err(FileError::BadId {
            path: "session.id".into()
        })
    );
    let mut v = doc();
    v["session"]["info"]["meta"]["id"] = json!("other");
    assert_eq!(
        parse(&v),
        Err(FileError::Invalid {
            path: "session.info.meta.id".into(),
            rule: Rule::Invalid,
        })
    );
    let mut v = doc();
    v["session"]["info"]["meta"]["device"] = json!("");
    assert_eq!(
        parse(&v),
        Err(FileError::BadId {
            path: "session.info.meta.device".into()
        })
    );
}

#[test]
fn duplicate_ids_are_found() {
    let ids = [
        ("a.0".to_string(), "x"),
        ("a.1".to_string(), "y"),
        ("b.0".to_string(), "x"),
    ];
    assert_eq!(
        check_unique(ids),
        Err(FileError::DuplicateId {
            id: "x".into(),
            path: "b.0".into()
        })
    );
    assert_eq!(
        check_unique([("a".to_string(), "x"), ("b".to_string(), "y")]),
        Ok(())
    );
}

#[test]
fn over_long_texts_are_refused() {
    let mut v = doc();
    v["session"]["info"]["title"] = json!("a".repeat(MAX_TITLE + 1));
    assert_eq!(
        parse(&v),
        Err(FileError::TooLong {
            path: "session.info.title".into(),
            length: MAX_TITLE + 1,
            limit: MAX_TITLE
        })
    );
    let mut v = doc();
    v["session"]["info"]["town"] = json!("š".repeat(MAX_TOWN + 5));
    assert_eq!(
        parse(&v),
        Err(FileError::TooLong {
            path: "session.info.town".into(),
            length: MAX_TOWN + 5,
            limit: MAX_TOWN
        })
    );
}

#[test]
fn rule_breaking_values_are_refused() {
    let mut v = doc();
    v["session"]["info"]["title"] = json!("   ");
    assert_eq!(
        parse(&v),
        Err(FileError::Invalid {
            path: "session.info.title".into(),
            rule: Rule::Required,
        })
    );
    let mut v = doc();
    v["session"]["info"]["date"] = json!("2019-02-30");
    assert_eq!(
        parse(&v),
        Err(FileError::Invalid {
            path: "session.info.date".into(),
            rule: Rule::Invalid,
        })
    );
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        SessionFile::parse(&big),
        Err(FileError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        })
    );
}

#[test]
fn version_0_is_migrated() {
    let v0 = json!({
        "format": "delavnica-session",
        "version": 0,
        "session": {"id": "old-1", "title": "Trbovlje", "town": "Trbovlje", "created": 100, "changed": 200, "device": "tab-7"}
    });
    let f = parse(&v0).unwrap();
    assert_eq!(f.version, VERSION);
    assert_eq!(f.device, "tab-7");
    assert_eq!(f.exported_at, 200);
    let s = f.session;
    assert_eq!((s.id.as_str(), s.created), ("old-1", 100));
    assert_eq!(
        (
            s.info.title.as_str(),
            s.info.town.as_str(),
            s.info.date.as_str()
        ),
        ("Trbovlje", "Trbovlje", "")
    );
    assert_eq!(
        (
            s.info.meta.id.as_str(),
            s.info.meta.device.as_str(),
            s.info.meta.changed
        ),
        ("old-1", "tab-7", 200)
    );
    assert_eq!(s.info.content_lang, ContentLang::Sl);
}

#[test]
fn broken_version_0_is_reported_not_panicked() {
    let v0 = json!({"format": "delavnica-session", "version": 0, "session": {"id": "old-1", "created": 1, "device": "d"}});
    assert_eq!(
        parse(&v0),
        Err(FileError::Missing {
            path: "session.title".into()
        })
    );
    let v0 = json!({"format": "delavnica-session", "version": 0});
    assert_eq!(
        parse(&v0),
        Err(FileError::Missing {
            path: "session".into()
        })
    );
}

#[test]
fn every_error_has_an_english_message() {
    let e = FileError::NewerVersion {
        found: 3,
        supported: 1,
    };
    assert!(e.to_string().contains("version 3"));
    assert!(FileError::Missing {
        path: "session.id".into()
    }
    .to_string()
    .contains("session.id"));
}

fn arb_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(|c| c.into_iter().collect())
}

proptest! {
    #[test]
    fn export_then_import_gives_the_same_session(
        title in arb_text(MAX_TITLE).prop_filter("title needs a visible character", |t| !t.trim().is_empty()),
        town in arb_text(MAX_TOWN),
        y in 1900u32..2100, m in 1u32..=12, d in 1u32..=28,
        en in any::<bool>(),
        now in 0i64..4_000_000_000_000,
        device in "[A-Za-z0-9_-]{1,64}",
    ) {
        let date = format!("{y:04}-{m:02}-{d:02}");
        let lang = if en { ContentLang::En } else { ContentLang::Sl };
        let st = Stamp { now, device: device.clone() };
        let s = Session::new("id-1", &title, &town, &date, lang, &st).unwrap();
        let f = SessionFile::new(s.clone(), &device, now);
        let back = SessionFile::parse(&f.to_json()).unwrap();
        prop_assert_eq!(back.session, s);
        prop_assert_eq!(back.device, device);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = SessionFile::parse(&text);
    }
}

/// Sizes are checked before anything else, and the error names the list that is too long.
#[test]
fn a_list_over_its_limit_is_named() {
    let meta = |i: usize| json!({"id": format!("r{i}"), "device": "d", "changed": 1});
    let cases = [
        (
            "problems",
            workshop::limits::MAX_CARDS,
            json!({"text": "p"}),
        ),
        (
            "rounds",
            workshop::limits::MAX_ROUNDS,
            json!({"number": 1, "name": "r", "voters": "plenary", "problems": [], "method": "borda"}),
        ),
        (
            "periods",
            workshop::limits::MAX_CARDS,
            json!({"name": "p", "start": 1990}),
        ),
    ];
    for (list, limit, body) in cases {
        let mut d = doc();
        let items: Vec<Value> = (0..=limit)
            .map(|i| {
                let mut r = body.clone();
                r["meta"] = meta(i);
                r
            })
            .collect();
        d["session"][list] = items.into();
        assert_eq!(
            parse(&d).unwrap_err(),
            FileError::Invalid {
                path: format!("session.{list}"),
                rule: Rule::Count {
                    count: limit + 1,
                    min: 0,
                    max: limit
                },
            },
            "{list}"
        );
    }
}

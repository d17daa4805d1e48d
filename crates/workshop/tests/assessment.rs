//! Workshop 1: cards, challenges, plenary decisions, merging, key marking, ratings, the summary
//! table, and weaknesses becoming problems.

use workshop::assessment::AssessmentAction;
use workshop::assessment::{CardStatus, Domain, Evidence, Origin, Polarity};
use workshop::session::{ContentLang, TextField};
use workshop::{Action, ActionError, Progress, Session, SessionFile, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "dev".into(),
    }
}

fn card(id: &str, domain: Domain, polarity: Polarity, text: &str, origin: Origin) -> Action {
    Action::Assessment(AssessmentAction::AddCard {
        id: id.into(),
        domain,
        polarity,
        text: text.into(),
        origin,
        evidence: vec![],
    })
}

fn board() -> Session {
    let mut s = Session::new("s", "Velenje", "Velenje", "", ContentLang::Sl, &st(1)).unwrap();
    for a in [
        card(
            "c1",
            Domain::Adaptability,
            Polarity::Weakness,
            "odvisnost od dveh podjetij",
            Origin::ResearchTeam,
        ),
        card(
            "c2",
            Domain::Adaptability,
            Polarity::Weakness,
            "gospodarstvo je odvisno od dveh velikih podjetij",
            Origin::Group(1),
        ),
        card(
            "c3",
            Domain::Adaptability,
            Polarity::Strength,
            "ustvarjalnost mladih",
            Origin::Group(2),
        ),
        card(
            "c4",
            Domain::Amenities,
            Polarity::Weakness,
            "promet temelji na avtu",
            Origin::Plenary,
        ),
    ] {
        s.apply(&a, &st(2)).unwrap();
    }
    s
}

#[test]
fn cards_are_added_edited_and_removed() {
    let mut s = board();
    assert_eq!(s.progress(), Progress::Assessment);
    assert_eq!(s.live_cards().count(), 4);
    s.apply(
        &Action::Assessment(AssessmentAction::EditCard {
            id: "c4".into(),
            text: "promet temelji na avtomobilu".into(),
            evidence: vec![Evidence::Statistics],
        }),
        &st(100),
    )
    .unwrap();
    let c4 = s.live_cards().find(|c| c.meta.id == "c4").unwrap();
    assert_eq!(
        (c4.text.as_str(), c4.evidence.as_slice(), c4.meta.changed),
        (
            "promet temelji na avtomobilu",
            &[Evidence::Statistics][..],
            100
        )
    );
    s.apply(
        &Action::Assessment(AssessmentAction::RemoveCard { id: "c4".into() }),
        &st(4),
    )
    .unwrap();
    assert_eq!(s.live_cards().count(), 3);
    assert!(
        s.cards.iter().any(|c| c.meta.id == "c4" && c.meta.deleted),
        "a tombstone stays"
    );
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::RemoveCard { id: "c4".into() }),
            &st(5)
        ),
        Err(ActionError::UnknownCard)
    );
}

#[test]
fn bad_cards_are_refused() {
    let mut s = board();
    let before = s.clone();
    assert_eq!(
        s.apply(
            &card(
                "c9",
                Domain::Amenities,
                Polarity::Strength,
                "  ",
                Origin::Plenary
            ),
            &st(3)
        ),
        Err(ActionError::EmptyText)
    );
    assert_eq!(
        s.apply(
            &card(
                "c9",
                Domain::Amenities,
                Polarity::Strength,
                &"x".repeat(301),
                Origin::Plenary
            ),
            &st(3)
        ),
        Err(ActionError::TooLong {
            field: TextField::Card,
            limit: 300
        })
    );
    assert_eq!(
        s.apply(
            &card(
                "c1",
                Domain::Amenities,
                Polarity::Strength,
                "dvojnik",
                Origin::Plenary
            ),
            &st(3)
        ),
        Err(ActionError::BadId)
    );
    assert_eq!(s, before);
    // Markup is text like any other.
    s.apply(
        &card(
            "c9",
            Domain::Amenities,
            Polarity::Strength,
            "<script>alert(1)</script>",
            Origin::Plenary,
        ),
        &st(3),
    )
    .unwrap();
    assert_eq!(
        s.live_cards().last().unwrap().text,
        "<script>alert(1)</script>"
    );
}

#[test]
fn two_hundred_cards_in_one_domain() {
    let mut s = board();
    for i in 0..200 {
        s.apply(
            &card(
                &format!("m{i}"),
                Domain::VoiceInfluence,
                Polarity::Strength,
                &format!("kartica {i}"),
                Origin::Group(1),
            ),
            &st(3),
        )
        .unwrap();
    }
    assert_eq!(
        s.live_cards()
            .filter(|c| c.domain == Domain::VoiceInfluence)
            .count(),
        200
    );
    let f = SessionFile::new(s.clone(), "dev", 9);
    assert_eq!(SessionFile::parse(&f.to_json()).unwrap().session, s);
}

#[test]
fn challenges_are_flagged_and_resolved_in_plenary() {
    let mut s = board();
    s.apply(
        &Action::Assessment(AssessmentAction::CommentCard {
            card: "c3".into(),
            comment_id: "m1".into(),
            origin: Origin::Group(1),
            text: "Ne drži za vse mlade.".into(),
            challenge: true,
        }),
        &st(3),
    )
    .unwrap();
    let c3 = s.live_cards().find(|c| c.meta.id == "c3").unwrap();
    assert!(c3.challenged);
    assert_eq!(c3.comments[0].origin, Origin::Group(1));
    s.apply(
        &Action::Assessment(AssessmentAction::ResolveCard {
            card: "c3".into(),
            accept: false,
        }),
        &st(4),
    )
    .unwrap();
    let c3 = s.live_cards().find(|c| c.meta.id == "c3").unwrap();
    assert_eq!((c3.status, c3.challenged), (CardStatus::Rejected, false));
    // A rejected card cannot be key.
    assert!(s
        .apply(
            &Action::Assessment(AssessmentAction::SetKey {
                card: "c3".into(),
                key: true
            }),
            &st(5)
        )
        .is_err());
}

#[test]
fn merging_duplicates_keeps_the_wording_and_both_provenances() {
    let mut s = board();
    s.apply(
        &Action::Assessment(AssessmentAction::SetKey {
            card: "c2".into(),
            key: true,
        }),
        &st(3),
    )
    .unwrap();
    s.apply(
        &Action::Assessment(AssessmentAction::MergeCards {
            keep: "c1".into(),
            other: "c2".into(),
            text: "bipolarno gospodarstvo".into(),
        }),
        &st(4),
    )
    .unwrap();
    let kept = s.live_cards().find(|c| c.meta.id == "c1").unwrap();
    assert_eq!(kept.text, "bipolarno gospodarstvo");
    assert_eq!(
        (kept.origin, kept.merged_from.as_slice()),
        (Origin::ResearchTeam, &[Origin::Group(1)][..])
    );
    assert!(kept.key, "a key duplicate keeps the merged card key");
    let dup = s.cards.iter().find(|c| c.meta.id == "c2").unwrap();
    assert!(dup.meta.deleted);
    assert_eq!(dup.merged_into.as_deref(), Some("c1"));
    // Different domain or polarity, or the card itself: refused.
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::MergeCards {
                keep: "c1".into(),
                other: "c3".into(),
                text: "x".into()
            }),
            &st(5)
        ),
        Err(ActionError::CannotMerge)
    );
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::MergeCards {
                keep: "c1".into(),
                other: "c1".into(),
                text: "x".into()
            }),
            &st(5)
        ),
        Err(ActionError::CannotMerge)
    );
}

#[test]
fn summary_ratings_verdict_and_problems() {
    let mut s = board();
    for c in ["c1", "c3", "c4"] {
        s.apply(
            &Action::Assessment(AssessmentAction::SetKey {
                card: c.into(),
                key: true,
            }),
            &st(3),
        )
        .unwrap();
    }
    s.apply(
        &Action::Assessment(AssessmentAction::RateDomain {
            domain: Domain::Adaptability,
            rating: Some(2),
            justification: "Ranljivo gospodarstvo.".into(),
        }),
        &st(4),
    )
    .unwrap();
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::RateDomain {
                domain: Domain::Adaptability,
                rating: Some(6),
                justification: String::new()
            }),
            &st(4)
        ),
        Err(ActionError::BadRating)
    );
    s.apply(
        &Action::Assessment(AssessmentAction::SetVerdict {
            text: "Visoka družbena trajnostnost.".into(),
        }),
        &st(5),
    )
    .unwrap();
    let summary = s.assessment_summary();
    assert_eq!(summary[3].domain, Domain::Adaptability);
    assert_eq!(
        summary[3]
            .strengths
            .iter()
            .map(|c| c.meta.id.as_str())
            .collect::<Vec<_>>(),
        ["c3"]
    );
    assert_eq!(
        summary[3]
            .weaknesses
            .iter()
            .map(|c| c.meta.id.as_str())
            .collect::<Vec<_>>(),
        ["c1"]
    );
    assert_eq!(summary[3].rating.unwrap().rating, 2);
    assert_eq!(summary[0].weaknesses.len(), 1);
    // Key weaknesses become problems, once each, linked back to their card and domain.
    let todo: Vec<String> = s
        .unlinked_key_weaknesses()
        .iter()
        .map(|c| c.meta.id.clone())
        .collect();
    assert_eq!(todo, ["c4", "c1"]);
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::WeaknessesToProblems {
                problems: vec![("p1".into(), "c3".into())]
            }),
            &st(6)
        ),
        Err(ActionError::NotAKeyWeakness),
        "a strength is not a problem"
    );
    s.apply(
        &Action::Assessment(AssessmentAction::WeaknessesToProblems {
            problems: vec![("p1".into(), "c4".into()), ("p2".into(), "c1".into())],
        }),
        &st(6),
    )
    .unwrap();
    let p1 = s.live_problems().next().unwrap();
    assert_eq!(
        (p1.text.as_str(), p1.domain, p1.from_card.as_deref()),
        (
            "promet temelji na avtu",
            Some(Domain::Amenities),
            Some("c4")
        )
    );
    assert!(s.unlinked_key_weaknesses().is_empty());
    assert_eq!(
        s.apply(
            &Action::Assessment(AssessmentAction::WeaknessesToProblems {
                problems: vec![("p3".into(), "c1".into())]
            }),
            &st(7)
        ),
        Err(ActionError::NotAKeyWeakness),
        "once each"
    );
    s.apply(
        &Action::Assessment(AssessmentAction::EditProblem {
            id: "p1".into(),
            text: "Promet temelji na avtomobilu".into(),
        }),
        &st(8),
    )
    .unwrap();
    s.apply(
        &Action::Assessment(AssessmentAction::AddProblem {
            id: "p4".into(),
            text: "Problem, vpisan neposredno".into(),
        }),
        &st(9),
    )
    .unwrap();
    s.apply(
        &Action::Assessment(AssessmentAction::RemoveProblem { id: "p2".into() }),
        &st(10),
    )
    .unwrap();
    let texts: Vec<&str> = s.live_problems().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Promet temelji na avtomobilu", "Problem, vpisan neposredno"]
    );
    // All of it travels in the file and is checked there.
    let f = SessionFile::new(s.clone(), "dev", 11);
    assert_eq!(SessionFile::parse(&f.to_json()).unwrap().session, s);
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["session"]["problems"][0]["from_card"] = "nowhere".into();
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::Invalid { path, .. }) if path == "session.problems[0].from_card")
    );
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["session"]["ratings"][0]["rating"] = 9.into();
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::Invalid { path, .. }) if path == "session.ratings[0].rating")
    );
}

#[test]
fn errors_deep_in_a_file_name_their_exact_place() {
    let mut s = board();
    s.apply(
        &Action::Assessment(AssessmentAction::CommentCard {
            card: "c2".into(),
            comment_id: "m1".into(),
            origin: Origin::Group(1),
            text: "Drži.".into(),
            challenge: false,
        }),
        &st(3),
    )
    .unwrap();
    let f = SessionFile::new(s, "dev", 9);
    let doc: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    let mut v = doc.clone();
    v["session"]["cards"][2]["polarity"] = "neutral".into();
    assert_eq!(
        SessionFile::parse(&v.to_string()),
        Err(workshop::FileError::WrongType {
            path: "session.cards[2].polarity".into()
        })
    );
    let mut v = doc.clone();
    v["session"]["cards"][1]["comments"][0]
        .as_object_mut()
        .unwrap()
        .remove("text");
    assert_eq!(
        SessionFile::parse(&v.to_string()),
        Err(workshop::FileError::Missing {
            path: "session.cards[1].comments[0].text".into()
        })
    );
    let mut v = doc.clone();
    v["session"]["cards"][3]["meta"]["changed"] = serde_json::json!([1]);
    assert_eq!(
        SessionFile::parse(&v.to_string()),
        Err(workshop::FileError::WrongType {
            path: "session.cards[3].meta.changed".into()
        })
    );
}

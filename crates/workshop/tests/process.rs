//! Where a series stands and what comes next, from the data.
#![cfg(not(target_arch = "wasm32"))]

use workshop::assessment::{AssessmentAction, Domain, Origin, Polarity};
use workshop::example::velenje;
use workshop::participants::ParticipantsAction;
use workshop::process::{Next, Part, State};
use workshop::session::{ContentLang, NewParticipant};
use workshop::{Action, Session, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "fac".into(),
    }
}

#[test]
fn a_new_session_is_led_step_by_step() {
    let mut s = Session::new("s", "T", "Kraj", "", ContentLang::En, &st(1)).unwrap();
    assert_eq!(s.next_action(), Next::AddParticipants);
    assert_eq!(s.state(Part::Participants), State::NotStarted);
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![NewParticipant {
                id: "a".into(),
                name: "Ana".into(),
                sector: None,
                organisation: String::new(),
            }],
        }),
        &st(2),
    )
    .unwrap();
    assert_eq!(s.next_action(), Next::MarkAttendance);
    assert_eq!(s.state(Part::Participants), State::InProgress);
    s.apply(
        &Action::Participants(ParticipantsAction::SetAttendance {
            id: "a".into(),
            workshop: 1,
            present: true,
        }),
        &st(3),
    )
    .unwrap();
    assert_eq!(s.state(Part::Participants), State::Done);
    assert_eq!(s.next_action(), Next::AddCards);
    let card = |id: &str, polarity| {
        Action::Assessment(AssessmentAction::AddCard {
            id: id.into(),
            domain: Domain::Adaptability,
            polarity,
            text: format!("kartica {id}"),
            origin: Origin::Plenary,
            evidence: vec![],
        })
    };
    s.apply(&card("w", Polarity::Weakness), &st(4)).unwrap();
    assert_eq!(s.next_action(), Next::MarkKeys);
    s.apply(
        &Action::Assessment(AssessmentAction::SetKey {
            card: "w".into(),
            key: true,
        }),
        &st(5),
    )
    .unwrap();
    assert_eq!(s.next_action(), Next::MakeProblems);
    s.apply(
        &Action::Assessment(AssessmentAction::WeaknessesToProblems {
            problems: vec![("p".into(), "w".into())],
        }),
        &st(6),
    )
    .unwrap();
    assert_eq!(s.state(Part::Assessment), State::Done);
    assert_eq!(s.next_action(), Next::ListInnovations);
    assert_eq!(Next::ListInnovations.part(), Part::Innovations);
}

#[test]
fn the_velenje_example_is_led_on_from_where_its_data_ends() {
    let s = velenje("ex", &st(1_780_000_000_000));
    // Illustrative participants, marked present at every workshop they came to.
    assert_eq!(s.state(Part::Participants), State::Done);
    assert_eq!(s.state(Part::Assessment), State::Done);
    assert_eq!(s.state(Part::Ranking), State::Done);
    assert_eq!(s.state(Part::Solutions), State::InProgress);
    assert_eq!(s.next_action(), Next::PickIdeas);
    assert_eq!(s.next_action().part(), Part::Solutions);
}

#[test]
fn a_list_is_tried_whole_and_the_first_refused_line_is_named() {
    use workshop::ActionError;
    let s = Session::new("s", "T", "", "", ContentLang::Sl, &st(1)).unwrap();
    let problem = |id: &str, text: String| {
        Action::Assessment(AssessmentAction::AddProblem {
            id: id.into(),
            text,
        })
    };
    let list = vec![
        problem("p1", "promet".into()),
        problem("p2", "x".repeat(301)),
        problem("p3", "mladi".into()),
    ];
    let before = s.clone();
    assert!(matches!(
        s.try_all(&list, &st(2)),
        Err((1, ActionError::TooLong { .. }))
    ));
    assert_eq!(s, before, "trying changes nothing");
    assert_eq!(s.try_all(&list[..1], &st(2)), Ok(()));
    // Two lines with one id: the second is refused as a duplicate, as adding them would be.
    let twice = vec![problem("p1", "a".into()), problem("p1", "b".into())];
    assert_eq!(s.try_all(&twice, &st(2)), Err((1, ActionError::BadId)));
}

#[test]
fn a_facilitator_pin_is_stored_hashed_and_checked() {
    use workshop::participants::ParticipantsAction;
    use workshop::ActionError;
    let mut s = Session::new("s", "T", "", "", ContentLang::Sl, &st(1)).unwrap();
    assert!(s.pin_matches("0000"), "no PIN: anyone may leave");
    let set = |pin: &str| Action::Participants(ParticipantsAction::SetPin { pin: pin.into() });
    assert_eq!(s.apply(&set("12a4"), &st(2)), Err(ActionError::BadPin));
    assert_eq!(s.apply(&set("12345"), &st(2)), Err(ActionError::BadPin));
    s.apply(&set("2468"), &st(3)).unwrap();
    assert!(s.pin_matches("2468") && s.pin_matches(" 2468 "));
    assert!(!s.pin_matches("0000") && !s.pin_matches(""));
    let text = workshop::SessionFile::new(s.clone(), "fac", 4).to_json();
    assert!(!text.contains("2468"), "the file never shows the PIN");
    assert_eq!(workshop::SessionFile::parse(&text).unwrap().session, s);
    s.apply(&set(""), &st(5)).unwrap();
    assert!(s.pin_matches("0000"), "removed");
}

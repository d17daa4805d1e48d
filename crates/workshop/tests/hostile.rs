//! Issue 11: no file can break a session. One test per reported defect (each failed before the
//! fix), the project's hostile corpus, the save-after-edit invariant as a property over accepted
//! files, and a bounded structural fuzz of real exported files (`make fuzz` runs it longer).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{base, edit, step, Step, T0};
use proptest::prelude::*;
use serde_json::{json, Value};
use workshop::assessment::AssessmentAction;
use workshop::innovations::InnovationsAction;
use workshop::participants::ParticipantsAction;
use workshop::rounds::{RankingAction, Voter, Voters};
use workshop::rules::Rule;
use workshop::session::{NewInnovation, NewParticipant};
use workshop::{Action, ActionError, FileError, Session, SessionFile, Stamp};

fn at(now: i64) -> Stamp {
    Stamp {
        now,
        device: "fac".into(),
    }
}

/// `base()` with a round of individuals (r1) over both problems and a ballot by "Gost".
fn voted() -> Session {
    let mut s = base();
    let open = RankingAction::OpenRound {
        id: "r1".into(),
        name: "Krog".into(),
        voters: Voters::Individuals,
        problems: vec!["q0".into(), "q1".into()],
        method: ranking::Method::Borda,
    };
    s.apply(&Action::Ranking(open), &at(T0 + 10)).unwrap();
    let cast = RankingAction::CastBallot {
        id: "b1".into(),
        round: "r1".into(),
        voter: Voter::Named {
            name: "Gost".into(),
        },
        tiers: vec![vec!["q0".into()], vec!["q1".into()]],
        scribe: true,
    };
    s.apply(&Action::Ranking(cast), &at(T0 + 20)).unwrap();
    s
}

fn doc(s: &Session) -> Value {
    SessionFile::new(s.clone(), "fac", T0 + 100).to_value()
}

fn read(v: &Value) -> Result<SessionFile, FileError> {
    SessionFile::parse(&v.to_string())
}

fn invalid(path: &str, rule: Rule) -> Result<SessionFile, FileError> {
    Err(FileError::Invalid {
        path: path.into(),
        rule,
    })
}

#[test]
fn reserved_ids_belong_to_their_records_only() {
    // Defect 1: a participant called "verdict" was accepted; writing the verdict then stored
    // two records with one id and the session no longer loaded.
    for reserved in [
        "verdict",
        "chosen",
        "groups-2",
        "rating-1",
        "participant-settings",
        "inventory-settings",
    ] {
        let mut v = doc(&base());
        v["session"]["participants"][0]["meta"]["id"] = json!(reserved);
        assert_eq!(
            read(&v).map(|_| ()),
            invalid("session.participants[0].meta.id", Rule::Reserved).map(|_| ()),
            "{reserved}"
        );
    }
    let mut s = base();
    let verdict = AssessmentAction::SetVerdict {
        text: "Dobro".into(),
    };
    s.apply(&Action::Assessment(verdict), &at(T0 + 5)).unwrap();
    let mut v = doc(&s);
    v["session"]["verdict"]["meta"]["id"] = json!("v1");
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.verdict.meta.id", Rule::Reserved).map(|_| ())
    );
    // Ids that merely look alike are ordinary ids.
    let mut v = doc(&base());
    v["session"]["participants"][0]["meta"]["id"] = json!("groups-x");
    assert!(read(&v).is_ok());
    // The reducers refuse a reserved id or one any other record has, whatever its kind.
    let mut s = base();
    let add = |id: &str| {
        Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![NewParticipant {
                id: id.into(),
                name: "Ana".into(),
                sector: None,
                organisation: String::new(),
            }],
        })
    };
    assert_eq!(
        s.apply(&add("verdict"), &at(T0 + 5)),
        Err(ActionError::BadId)
    );
    assert_eq!(s.apply(&add("q0"), &at(T0 + 5)), Err(ActionError::BadId));
    let innovation = InnovationsAction::AddInnovations {
        innovations: vec![NewInnovation {
            id: "c0".into(),
            name: "Zadruga".into(),
            types: vec![workshop::innovations::InnovationType::Practice],
            year: None,
            origin: workshop::assessment::Origin::Plenary,
        }],
    };
    let r = s.apply(&Action::Innovations(innovation), &at(T0 + 5));
    assert_eq!(r, Err(ActionError::BadId), "a card's id");
}

#[test]
fn one_voter_one_counted_ballot() {
    let s = voted();
    // A second ballot by the same named voter without `supersedes` (two tablets, or a hand-made
    // file) and a fork (two corrections of one ballot): the later ballot counts, alone.
    let mut v = doc(&s);
    let mut second = v["session"]["ballots"][0].clone();
    second["meta"]["id"] = json!("b2");
    second["voter"]["name"] = json!("GOST");
    second["cast"] = json!(T0 + 30);
    second["tiers"] = json!([["q1"], ["q0"]]);
    let mut fork = second.clone();
    fork["meta"]["id"] = json!("b3");
    fork["voter"]["name"] = json!("gost");
    fork["supersedes"] = json!("b1");
    fork["cast"] = json!(T0 + 25);
    let mut fork2 = fork.clone();
    fork2["meta"]["id"] = json!("b4");
    fork2["cast"] = json!(T0 + 26);
    let ballots = v["session"]["ballots"].as_array_mut().unwrap();
    ballots.extend([second, fork, fork2]);
    let file = read(&v).unwrap();
    let counted: Vec<_> = file.session.current_ballots("r1").collect();
    assert_eq!(counted.len(), 1);
    assert_eq!(counted[0].meta.id, "b2", "the last cast counts");
    let round = file.session.round("r1").unwrap();
    let results = workshop::results::round_results(&file.session, round).unwrap();
    assert_eq!(results.ballots, 1);
    // Names differing in case and runs of spaces are one voter; the app stores names trimmed.
    let named = |n: &str| Voter::Named { name: n.into() };
    assert!(named("Ana Novak").same(&named("ana  NOVAK")));
    let mut v = doc(&s);
    v["session"]["ballots"][0]["voter"]["name"] = json!("  GOST ");
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.ballots[0].voter.name", Rule::Invalid).map(|_| ())
    );
}

#[test]
fn a_voter_must_fit_the_round() {
    let s = voted();
    let cases = [
        (json!({"kind": "group", "index": 49}), Rule::VoterKind),
        (json!({"kind": "plenary"}), Rule::VoterKind),
        (json!({"kind": "group", "index": 50}), Rule::OutOfRange),
    ];
    for (voter, rule) in cases {
        let mut v = doc(&s);
        v["session"]["ballots"][0]["voter"] = voter.clone();
        let path = if rule == Rule::OutOfRange {
            "session.ballots[0].voter.index"
        } else {
            "session.ballots[0].voter"
        };
        assert_eq!(
            read(&v).map(|_| ()),
            invalid(path, rule).map(|_| ()),
            "{voter}"
        );
    }
    // A round of groups in a session that never drew workshop 2's groups.
    let mut v = doc(&s);
    v["session"]["rounds"][0]["voters"] = json!("groups");
    v["session"]["ballots"][0]["voter"] = json!({"kind": "group", "index": 0});
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.ballots[0].voter", Rule::VoterKind).map(|_| ())
    );
    // A named voter where the room votes as one.
    let mut v = doc(&s);
    v["session"]["rounds"][0]["voters"] = json!("plenary");
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.ballots[0].voter", Rule::VoterKind).map(|_| ())
    );
}

#[test]
fn every_list_text_and_number_has_its_limit() {
    let s = voted();
    let count = |count, min, max| Rule::Count { count, min, max };
    let mut v = doc(&s);
    v["session"]["chosen"] = json!({
        "meta": {"id": "chosen", "device": "fac", "changed": T0, "created": T0},
        "round": "r1", "method": "borda", "problems": vec!["q0"; 400_000],
    });
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.chosen.problems", count(400_000, 1, 50)).map(|_| ())
    );
    let mut v = doc(&s);
    let ids: Vec<String> = (0..120_000).map(|i| format!("x{i}")).collect();
    v["session"]["rounds"][0]["problems"] = json!(ids);
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.rounds[0].problems", count(120_000, 2, 50)).map(|_| ())
    );
    let too_late = [
        ("exported_at", "exported_at"),
        ("session.created", "session.created"),
        (
            "session.cards[0].meta.changed",
            "session.cards[0].meta.changed",
        ),
        ("session.ballots[0].cast", "session.ballots[0].cast"),
    ];
    for (field, path) in too_late {
        for bad in [
            json!(1u64 << 60),
            json!(-1),
            json!(9_007_199_254_740_993u64),
        ] {
            let mut v = doc(&s);
            let mut node = &mut v;
            for key in field.split('.') {
                node = match key.split_once('[') {
                    Some((k, i)) => &mut node[k][i.trim_end_matches(']').parse::<usize>().unwrap()],
                    None => &mut node[key],
                };
            }
            *node = bad.clone();
            assert_eq!(
                read(&v).map(|_| ()),
                invalid(path, Rule::OutOfRange).map(|_| ()),
                "{field} = {bad}"
            );
        }
    }
    let mut v = doc(&s);
    v["session"]["rounds"][0]["number"] = json!(u32::MAX);
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.rounds[0].number", Rule::OutOfRange).map(|_| ())
    );
    let mut g = base();
    let groups = ParticipantsAction::MakeGroups {
        workshop: 1,
        count: 1,
        seed: 3,
    };
    g.apply(&Action::Participants(groups), &at(T0 + 5)).unwrap();
    let mut v = doc(&g);
    v["session"]["groups"][0]["seed"] = json!(1u64 << 60);
    assert_eq!(
        read(&v).map(|_| ()),
        invalid("session.groups[0].seed", Rule::OutOfRange).map(|_| ())
    );
    // The reducer keeps the round's limit too.
    let mut r = base();
    let problems: Vec<String> = (0..51).map(|i| format!("x{i}")).collect();
    for id in &problems {
        let add = AssessmentAction::AddProblem {
            id: id.clone(),
            text: id.clone(),
        };
        r.apply(&Action::Assessment(add), &at(T0 + 5)).unwrap();
    }
    let open = RankingAction::OpenRound {
        id: "big".into(),
        name: "Velik".into(),
        voters: Voters::Plenary,
        problems,
        method: ranking::Method::Borda,
    };
    assert_eq!(
        r.apply(&Action::Ranking(open), &at(T0 + 6)),
        Err(ActionError::TooManyProblems)
    );
}

#[test]
fn a_type_error_deep_in_a_huge_list_is_found_and_named() {
    let mut v = doc(&voted());
    let mut ids: Vec<Value> = (0..1_000_000).map(|_| json!("q0")).collect();
    ids.push(json!(5));
    v["session"]["rounds"][0]["problems"] = Value::Array(ids);
    assert_eq!(
        read(&v).map(|_| ()),
        Err(FileError::WrongType {
            path: "session.rounds[0].problems[1000000]".into()
        })
    );
}

#[test]
fn the_largest_valid_file_reads_and_can_be_edited_and_saved() {
    let (session, text) = common::largest::largest();
    assert!(
        text.len() <= workshop::limits::MAX_FILE_BYTES,
        "{}",
        text.len()
    );
    let file = SessionFile::parse(&text).unwrap();
    assert_eq!(file.session, session);
    let round = session.round("r0").unwrap();
    let results = workshop::results::round_results(&session, round).unwrap();
    assert_eq!(results.ballots, workshop::limits::MAX_PARTICIPANTS);
    // Exported, it reads back (compact when indentation would pass the limit).
    let exported = SessionFile::new(session, "fac", T0).to_json();
    assert!(exported.len() <= workshop::limits::MAX_FILE_BYTES);
    assert!(SessionFile::parse(&exported).is_ok());
}

/// Files the reader accepts, to start the invariant and the fuzz from: a fresh session, the
/// Velenje example, one edited at random, and corpus files that are unusual but valid.
fn seeds() -> Vec<Value> {
    let velenje = workshop::example::velenje("ex", &at(T0));
    let mut odd = doc(&voted());
    odd["session"]["participants"][0]["meta"]["id"] = json!("groups");
    odd["session"]["participants"][1]["meta"]["id"] = json!("rating-x");
    odd["session"]["participants"][2]["meta"]["id"] = json!("chosen_1");
    odd["device_name"] = json!("Tablica skupine 3 ✓");
    vec![doc(&base()), doc(&velenje), doc(&voted()), odd]
}

/// The invariant behind defect 1: whatever was accepted, any valid edit after it can be saved
/// and read back.
fn edits_save_and_read_back(file: &SessionFile, steps: &[Step]) -> Result<(), TestCaseError> {
    let edited = edit(file.session.clone(), "tab9", 0, steps, 500);
    let text = SessionFile::new(edited.clone(), "tab9", T0 + 10_000_000).to_json();
    match SessionFile::parse(&text) {
        Ok(back) => prop_assert_eq!(back.session, edited),
        Err(e) => {
            return Err(TestCaseError::fail(format!(
                "an edit made it unreadable: {e}"
            )))
        }
    }
    Ok(())
}

/// One structural change to a JSON document, chosen by numbers.
#[derive(Debug, Clone)]
struct Mutation {
    path: Vec<usize>,
    kind: u8,
    pick: usize,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        prop::collection::vec(any::<usize>(), 1..7),
        0u8..14,
        any::<usize>(),
    )
        .prop_map(|(path, kind, pick)| Mutation { path, kind, pick })
}

/// Strings found in the document (ids among them), to copy elsewhere.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.len() < 80 => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

fn mutate(doc: &mut Value, m: &Mutation) {
    let mut pool = vec![
        "verdict".to_string(),
        "chosen".into(),
        "groups-2".into(),
        "  GOST ".into(),
        String::new(),
        "x".repeat(400),
    ];
    strings(doc, &mut pool);
    let replacement = match m.kind {
        0 => Value::Null,
        1 => json!(1u64 << 60),
        2 => json!(-1),
        3 => json!(pool[m.pick % pool.len()]),
        4 => json!([]),
        5 => json!({}),
        6 => json!(9_007_199_254_740_993u64),
        7 => json!(true),
        _ => Value::Null,
    };
    let mut node = doc;
    for (depth, &step) in m.path.iter().enumerate() {
        let last = depth + 1 == m.path.len();
        let next = match node {
            Value::Object(map) if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(step % map.len())
                    .cloned()
                    .unwrap_or_default();
                if last && m.kind == 8 {
                    map.remove(&key);
                    return;
                }
                map.get_mut(&key)
            }
            Value::Array(a) if !a.is_empty() => {
                let i = step % a.len();
                if last && m.kind >= 9 {
                    match m.kind {
                        9 => a.push(a[i].clone()),
                        10 => {
                            let j = m.pick % a.len();
                            a.swap(i, j)
                        }
                        11 => a.truncate(i),
                        12 => a.insert(0, a[i].clone()),
                        _ => {
                            a.remove(i);
                        }
                    }
                    return;
                }
                a.get_mut(i)
            }
            _ => None,
        };
        match next {
            Some(n) if !last => node = n,
            Some(n) => {
                if m.kind < 8 {
                    *n = replacement;
                }
                return;
            }
            None => return,
        }
    }
}

/// What an accepted file must allow: reading it back as written, counting every round, merging
/// with the file it came from, editing and saving.
fn accepted_file_holds(
    file: &SessionFile,
    original: &SessionFile,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let back = SessionFile::parse(&file.to_json());
    prop_assert_eq!(back.as_ref().map(|f| &f.session), Ok(&file.session));
    for round in file.session.live_rounds() {
        let _ = workshop::results::round_results(&file.session, round);
    }
    if let Ok((merged, _)) = workshop::merge::merge(&file.session, &original.session, T0) {
        let merged_file = SessionFile::new(merged, "fac", T0);
        if merged_file.check().is_ok() {
            prop_assert!(SessionFile::parse(&merged_file.to_json()).is_ok());
        }
    }
    edits_save_and_read_back(file, steps)
}

fn fuzz_cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_accepted_file_stays_savable_after_any_edits(
        seed in 0usize..4,
        before in prop::collection::vec(step(), 0..20),
        steps in prop::collection::vec(step(), 1..30),
    ) {
        let start = &seeds()[seed];
        let first = SessionFile::parse(&start.to_string()).unwrap();
        // Edited on one tablet, saved, read on another, edited again.
        let edited = edit(first.session.clone(), "tab1", 0, &before, 100);
        let file = SessionFile::parse(&SessionFile::new(edited, "tab1", T0 + 1_000_000).to_json()).unwrap();
        edits_save_and_read_back(&file, &steps)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fuzz_cases(), ..ProptestConfig::default() })]

    /// The structural fuzz: real files, mutated; refused with a reason, or fully usable.
    #[test]
    fn mutated_files_are_refused_or_fully_usable(
        seed in 0usize..4,
        mutations in prop::collection::vec(mutation(), 1..4),
        steps in prop::collection::vec(step(), 0..10),
    ) {
        let mut v = seeds()[seed].clone();
        let original = SessionFile::parse(&v.to_string()).unwrap();
        for m in &mutations {
            mutate(&mut v, m);
        }
        match SessionFile::parse(&v.to_string()) {
            Ok(file) => accepted_file_holds(&file, &original, &steps)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

//! The report's data: CSV files as a Slovene Excel opens them, each table's rows from the Velenje
//! example, PrefLib per round, and the report's settings.
#![cfg(not(target_arch = "wasm32"))]

use workshop::csv::{write, Cell, BOM};
use workshop::example::velenje;
use workshop::export::{preflib, table, to_csv, Col, TableKind, Word};
use workshop::report::{ReportAction, Section};
use workshop::{Action, ActionError, Session, SessionFile, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "fac".into(),
    }
}

fn example() -> Session {
    velenje("ex", &st(1_780_000_000_000))
}

/// A small CSV reader as Excel reads the files: BOM, `;`, CRLF, quotes with doubled quotes.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(BOM).expect("a byte order mark");
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare LF"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last line ends with CRLF"
    );
    rows
}

fn col(c: Col) -> String {
    format!("{c:?}")
}

fn word(w: &Word) -> String {
    format!("{w:?}")
}

fn csv_of(s: &Session, kind: TableKind, comma: bool) -> Vec<Vec<String>> {
    read_csv(&to_csv(&table(s, kind, false), comma, &col, &word))
}

#[test]
fn a_csv_round_trips_with_guards_quotes_and_decimal_marks() {
    let header = vec!["besedilo".to_string(), "število".to_string()];
    let rows = vec![
        vec![Cell::Text("- ni kina".into()), Cell::Num(2.5, 1)],
        vec![Cell::Text("=SUM(A1:A2)".into()), Cell::Int(-3)],
        vec![Cell::Text("a; \"b\"\nc".into()), Cell::Empty],
        vec![Cell::Text("čšž ČŠŽ".into()), Cell::Num(0.125, 2)],
    ];
    let sl = write(&header, &rows, true);
    assert!(sl.starts_with(BOM));
    assert!(sl.ends_with("\r\n"));
    assert_eq!(
        read_csv(&sl),
        vec![
            vec!["besedilo", "število"],
            vec!["'- ni kina", "2,5"],
            vec!["'=SUM(A1:A2)", "-3"],
            vec!["a; \"b\"\nc", ""],
            vec!["čšž ČŠŽ", "0,13"],
        ]
    );
    let en = read_csv(&write(&header, &rows, false));
    assert_eq!(en[1][1], "2.5");
    assert_eq!(en[4][1], "0.13");
}

#[test]
fn velenje_tables_hold_the_papers_data() {
    let s = example();
    let cards = csv_of(&s, TableKind::Cards, true);
    assert_eq!(cards[0][0], "Domain");
    assert_eq!(cards.len(), 1 + 25, "table 1's 25 items");
    assert!(cards.iter().any(
        |r| r[2] == "»knapovska mentaliteta« (zaprtost, klientelizem, strah pred inteligenco)"
    ));
    let innovations = csv_of(&s, TableKind::Innovations, true);
    assert_eq!(innovations.len(), 1 + 21);
    assert_eq!(innovations[1][1], "udarniško delo");
    assert_eq!(
        innovations[2][1], "izgradnja mesta",
        "table 2's order within 1945"
    );
    assert_eq!(innovations[21][2], "", "the unknown year last");
    assert!(innovations
        .iter()
        .all(|r| r[4] == "Origin(NotReported)" || r[4] == "Origin"));
    assert_eq!(csv_of(&s, TableKind::Periods, true).len(), 1 + 4);
    let problems = csv_of(&s, TableKind::Problems, true);
    assert_eq!(problems.len(), 1 + 10);
    assert_eq!(problems[1][2], "Domain(Amenities)");
    let ratings = csv_of(&s, TableKind::Ratings, true);
    assert_eq!(ratings.len(), 1 + 4);
    // Ballots: one row per ballot and problem; the pairs by code, the plenary as a word.
    let ballots = csv_of(&s, TableKind::Ballots, true);
    assert_eq!(ballots.len(), 1 + (8 + 1) * 10);
    assert_eq!(ballots[1][2], "N1", "named pairs are coded");
    assert!(ballots.iter().any(|r| r[2] == "Plenary"));
    let unranked = ballots
        .iter()
        .filter(|r| r[2] == "N8" && r[6].is_empty())
        .count();
    assert_eq!(unranked, 1, "the eighth pair left one problem unranked");
    // Results: every method for both rounds; Borda's first is the economy on two companies.
    let results = csv_of(&s, TableKind::Results, true);
    assert_eq!(results.len(), 1 + 2 * 9 * 10);
    assert_eq!(results[1][2], "Method(Borda)");
    assert!(results[1][3].starts_with("bipolarno in ranljivo gospodarstvo"));
    assert_eq!(results[1][4], "1");
    assert!(results.iter().any(|r| r[5].contains(',')), "decimal commas");
    let ideas = csv_of(&s, TableKind::Ideas, true);
    assert_eq!(ideas.len(), 1 + 3);
    assert_eq!(ideas[1][1], "Ribogojnica na območju jezer");
    assert_eq!(ideas[3][1], "Mentorska shema");
    assert_eq!(ideas[1][2], "IdeaStatus(Concept)");
    assert!(ideas[2][12].contains("razvito prostovoljstvo (MC Udarnik)"));
    // The paper names nobody: 17 illustrative participants, the four sectors in turn.
    let people = csv_of(&s, TableKind::Participants, true);
    assert_eq!(people.len(), 1 + workshop::example::PARTICIPANTS);
    assert_eq!(people[1][1], "Sector(Some(Business))");
    assert_eq!(people[2][1], "Sector(Some(CivilSociety))");
}

#[test]
fn participants_are_codes_unless_names_are_asked_for() {
    use workshop::participants::{ParticipantsAction, Sector};
    use workshop::session::NewParticipant;
    let mut s = example();
    let people = ["Ana", "Bor"]
        .iter()
        .enumerate()
        .map(|(i, n)| NewParticipant {
            id: format!("a{i}"),
            name: n.to_string(),
            sector: Some(Sector::ALL[i]),
            organisation: String::new(),
        })
        .collect();
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: people,
        }),
        &st(1_780_000_000_100),
    )
    .unwrap();
    let coded = read_csv(&to_csv(
        &table(&s, TableKind::Participants, false),
        true,
        &col,
        &word,
    ));
    assert_eq!(coded[0][..2], ["Code", "Sector"]);
    assert_eq!(coded[1][0], "P1");
    assert!(!coded.iter().flatten().any(|c| c == "Ana"));
    let named = read_csv(&to_csv(
        &table(&s, TableKind::Participants, true),
        true,
        &col,
        &word,
    ));
    assert_eq!(named[0][..3], ["Code", "Name", "Organisation"]);
    assert_eq!(named.last().unwrap()[1], "Bor");
}

#[test]
fn each_round_is_a_preflib_file_named_by_wording() {
    let s = example();
    let files = preflib(&s);
    assert_eq!(files.len(), 2);
    let (number, kind, text) = &files[0];
    assert_eq!(
        (*number, *kind),
        (1, "toi"),
        "the pairs tie and leave one unranked"
    );
    assert!(text.contains("# ALTERNATIVE NAME 7: bipolarno in ranljivo gospodarstvo"));
    let profile = ranking::preflib::read(text).unwrap();
    assert_eq!(profile.voters(), 8);
    assert_eq!(files[1].1, "soc");
}

#[test]
fn report_settings_are_kept_checked_and_travel_in_the_file() {
    let mut s = example();
    let go = |s: &mut Session, a: ReportAction, t: i64| {
        s.apply(&Action::Report(a), &st(1_780_000_001_000 + t))
    };
    assert!(s.report_settings().shows(Section::Ranking));
    go(
        &mut s,
        ReportAction::ShowSection {
            section: Section::Ranking,
            shown: false,
        },
        1,
    )
    .unwrap();
    go(
        &mut s,
        ReportAction::SetNote {
            section: Section::Map,
            text: " Slika 6 iz članka. ".into(),
        },
        2,
    )
    .unwrap();
    go(&mut s, ReportAction::SetNames { names: true }, 3).unwrap();
    go(
        &mut s,
        ReportAction::SetCover {
            date2: "2019-01-15".into(),
            date3: "2019-04-02".into(),
            facilitators: "raziskovalna skupina ZRC SAZU".into(),
        },
        4,
    )
    .unwrap();
    assert_eq!(
        go(
            &mut s,
            ReportAction::SetCover {
                date2: "2019-02-30".into(),
                date3: String::new(),
                facilitators: String::new(),
            },
            5,
        ),
        Err(ActionError::BadDate)
    );
    let r = s.report_settings();
    assert!(!r.shows(Section::Ranking) && r.shows(Section::Map));
    assert_eq!(r.note(Section::Map), "Slika 6 iz članka.");
    assert!(r.names);
    assert_eq!(
        (r.date2.as_str(), r.date3.as_str()),
        ("2019-01-15", "2019-04-02")
    );
    let file = SessionFile::new(s.clone(), "fac", 1_780_000_002_000);
    let read = SessionFile::parse(&file.to_json()).unwrap();
    assert_eq!(read.session.report_settings, s.report_settings);
    // Clearing the text removes it; showing the section again empties the list.
    go(
        &mut s,
        ReportAction::SetNote {
            section: Section::Map,
            text: "  ".into(),
        },
        6,
    )
    .unwrap();
    go(
        &mut s,
        ReportAction::ShowSection {
            section: Section::Ranking,
            shown: true,
        },
        7,
    )
    .unwrap();
    let r = s.report_settings();
    assert!(r.notes.is_empty() && r.hidden.is_empty());
    // The reader refuses what the app never writes.
    let mut v = serde_json::to_value(SessionFile::new(s, "fac", 1_780_000_003_000)).unwrap();
    v["session"]["report_settings"]["hidden"] = serde_json::json!(["map", "map"]);
    match SessionFile::parse(&v.to_string()) {
        Err(workshop::FileError::Invalid { path, .. }) => {
            assert_eq!(path, "session.report_settings.hidden")
        }
        other => panic!("{other:?}"),
    }
}

//! The session file: versioned JSON that travels by e-mail and is also what local storage keeps.
//!
//! ```json
//! { "format": "delavnica-session", "version": 1, "app": "0.1.0",
//!   "exported_at": 1764412800000, "device": "k3f9…", "session": { … } }
//! ```
//!
//! Reading validates everything before anything is touched and answers with a [`FileError`]
//! that names what is wrong and where. Older versions are migrated step by step; a newer version
//! is refused, since this build cannot know what the newer fields mean.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assessment::{Domain, Polarity};
use crate::limits::{
    MAX_BALLOTS, MAX_CARDS, MAX_DEVICES, MAX_DEVICE_NAME, MAX_FILE_BYTES, MAX_IDEAS,
    MAX_PARTICIPANTS, MAX_ROUNDS, MAX_WORKSHEETS,
};
use crate::meta::is_valid_id;
use crate::record::Record;
use crate::rounds::{check_tiers, Voter, Voters};
use crate::rules::{self, Rule, RuleError};
use crate::session::Session;
use crate::solutions::Basis;

/// The `format` value that marks a Delavnica session file.
pub const FORMAT: &str = "delavnica-session";
/// The format version this build writes and the newest it reads.
///
/// - 0: pre-release flat shape (migrated);
/// - 1: the session's description;
/// - 2: participants, groups and participant settings; workshop 1's cards, ratings, verdict and
///   the development problems; workshop 2's innovations, periods and deep dives;
/// - 3: workshop 2's ranking rounds, ballots and the problems chosen for workshop 3;
/// - 4: what merging needs: when each record and comment was made (`meta.created`, the order
///   every copy shows records in), a participant's attendance stamped on its own, and the name
///   of the device that wrote the file;
/// - 5: workshop 3's worksheets and ideas;
/// - 6: the report's settings.
pub const VERSION: u64 = 6;

/// A whole session file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] once read (older files are migrated first).
    pub version: u64,
    /// Version of the app that wrote the file, for support questions.
    #[serde(default)]
    pub app: String,
    /// When the file was written, in milliseconds since the Unix epoch.
    pub exported_at: i64,
    /// The device that wrote it.
    pub device: String,
    /// The readable name that device was given ("Group 3's tablet"), for the merge preview.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub device_name: String,
    /// The session itself.
    pub session: Session,
}

/// Everything that can be wrong with a session file, precise enough for a message that tells the
/// user what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not JSON at all (or broken JSON); where the parser stopped.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not a Delavnica session file (another program's file).
    Foreign,
    /// A Delavnica file without a usable version number.
    BadVersion,
    /// Written by a newer Delavnica that this build cannot read.
    NewerVersion {
        /// The file's version.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A required field is missing.
    Missing {
        /// Where, as a dotted path such as `session.info.title`.
        path: String,
    },
    /// A field has the wrong kind of value (text where a number belongs, and so on).
    WrongType {
        /// Where.
        path: String,
    },
    /// Two records share an id.
    DuplicateId {
        /// The id.
        id: String,
        /// Where the second one is.
        path: String,
    },
    /// An id is not a short token of letters, digits, `-` and `_`.
    BadId {
        /// Where.
        path: String,
    },
    /// A text is longer than its limit.
    TooLong {
        /// Where.
        path: String,
        /// Its length in characters.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// A value breaks a rule (an empty title, an impossible date, a reserved id, a link to a
    /// record that is not there).
    Invalid {
        /// Where.
        path: String,
        /// Which rule.
        rule: Rule,
    },
}

impl std::fmt::Display for FileError {
    /// English text for logs and the `pkg/` module; the app shows its own translations.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge { bytes, limit } => {
                write!(f, "the file is {bytes} bytes, more than the limit of {limit} bytes")
            }
            FileError::NotJson { line, column } => {
                write!(f, "the file is not valid JSON (line {line}, column {column})")
            }
            FileError::Foreign => write!(f, "the file is JSON but not a Delavnica session file"),
            FileError::BadVersion => write!(f, "the file has no valid format version"),
            FileError::NewerVersion { found, supported } => write!(
                f,
                "the file has format version {found}, newer than version {supported} that this app reads"
            ),
            FileError::Missing { path } => write!(f, "{path} is missing"),
            FileError::WrongType { path } => write!(f, "{path} has the wrong type of value"),
            FileError::DuplicateId { id, path } => write!(f, "id {id:?} at {path} is used twice"),
            FileError::BadId { path } => write!(f, "{path} is not a valid id"),
            FileError::TooLong { path, length, limit } => {
                write!(f, "{path} is {length} characters long, more than the limit of {limit}")
            }
            FileError::Invalid { path, rule } => write!(f, "{path} {rule}"),
        }
    }
}

impl std::error::Error for FileError {}

/// One migration step: turns a document of version N into version N + 1.
type Migration = fn(Value) -> Result<Value, FileError>;

/// `MIGRATIONS[n]` migrates version `n` to `n + 1`; its length is [`VERSION`].
const MIGRATIONS: [Migration; VERSION as usize] =
    [v0_to_v1, v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// The record lists of a session, by field name: the order of each is the order shown.
const RECORD_LISTS: [&str; 10] = [
    "participants",
    "groups",
    "cards",
    "ratings",
    "problems",
    "innovations",
    "periods",
    "deep_dives",
    "rounds",
    "ballots",
];

/// Version 6 added the report's settings; a version 5 session has none (the defaults). Only the
/// number changes.
fn v5_to_v6(mut doc: Value) -> Result<Value, FileError> {
    doc["version"] = Value::from(6u64);
    Ok(doc)
}

/// Version 5 added workshop 3's worksheets and ideas; a version 4 session has none. Only the
/// number changes (a version 4 reader must refuse version 5 files rather than drop their ideas).
fn v4_to_v5(mut doc: Value) -> Result<Value, FileError> {
    doc["version"] = Value::from(5u64);
    Ok(doc)
}

/// Version 4 orders records by when they were made (`meta.created`). A version 3 file has no
/// such times; its records and comments get their positions, which keeps the order they had
/// (and two copies of one older file give each record the same time wherever it had the same
/// place).
fn v3_to_v4(mut doc: Value) -> Result<Value, FileError> {
    if let Some(session) = doc.get_mut("session") {
        for list in RECORD_LISTS {
            let Some(Value::Array(records)) = session.get_mut(list) else {
                continue;
            };
            for (i, r) in records.iter_mut().enumerate() {
                if let Some(Value::Object(meta)) = r.get_mut("meta") {
                    meta.entry("created").or_insert(Value::from(i));
                }
                if let Some(Value::Array(comments)) = r.get_mut("comments") {
                    for (j, c) in comments.iter_mut().enumerate() {
                        if let Value::Object(c) = c {
                            c.entry("created").or_insert(Value::from(j));
                        }
                    }
                }
            }
        }
    }
    doc["version"] = Value::from(4u64);
    Ok(doc)
}

/// Version 3 added ranking rounds, ballots and the chosen problems; a version 2 session has none.
/// Only the number changes (a version 2 reader must refuse version 3 files rather than drop
/// their ballots silently).
fn v2_to_v3(mut doc: Value) -> Result<Value, FileError> {
    doc["version"] = Value::from(3u64);
    Ok(doc)
}

/// Version 2 added participants, groups and participant settings; a version 1 session has none,
/// which is what the missing fields mean. Only the number changes (a version 1 reader must refuse
/// version 2 files rather than drop their participants silently).
fn v1_to_v2(mut doc: Value) -> Result<Value, FileError> {
    doc["version"] = Value::from(2u64);
    Ok(doc)
}

/// Version 0 was the pre-release shape: a flat session without record bookkeeping, date or
/// content language. Its fields become the session's description record, made on the device and
/// at the time the session records as its last change.
fn v0_to_v1(mut doc: Value) -> Result<Value, FileError> {
    let old = doc
        .get_mut("session")
        .map(Value::take)
        .ok_or_else(|| FileError::Missing {
            path: "session".into(),
        })?;
    let field = |name: &str| {
        old.get(name).cloned().ok_or_else(|| FileError::Missing {
            path: format!("session.{name}"),
        })
    };
    let id = field("id")?;
    let created = field("created")?;
    let changed = old
        .get("changed")
        .cloned()
        .unwrap_or_else(|| created.clone());
    let device = field("device")?;
    let session = serde_json::json!({
        "id": id,
        "created": created,
        "info": {
            "meta": { "id": id, "device": device, "changed": changed },
            "title": field("title")?,
            "town": old.get("town").cloned().unwrap_or_else(|| Value::String(String::new())),
            "date": "",
            "content_lang": "sl",
        }
    });
    doc["session"] = session;
    if doc.get("device").is_none() {
        doc["device"] = device;
    }
    if doc.get("exported_at").is_none() {
        doc["exported_at"] = changed;
    }
    doc["version"] = Value::from(1u64);
    Ok(doc)
}

impl SessionFile {
    /// Wraps a session for writing, marked as written now by `device`.
    pub fn new(session: Session, device: &str, now: i64) -> Self {
        SessionFile {
            format: FORMAT.into(),
            version: VERSION,
            app: env!("CARGO_PKG_VERSION").into(),
            exported_at: now,
            device: device.into(),
            device_name: String::new(),
            session,
        }
    }

    /// The file's text: pretty JSON, so that a curious recipient can read it — unless the
    /// indentation would take it over [`MAX_FILE_BYTES`], then compact, so that whatever the app
    /// saved (compact, within the limit) it can always export and read back.
    ///
    /// Writing and reading always go through [`Value`], so that the typed (de)serialisers are
    /// compiled once, for `Value`, rather than once per output format: it keeps the app small.
    pub fn to_json(&self) -> String {
        let value = self.to_value();
        match serde_json::to_string_pretty(&value) {
            Ok(text) if text.len() <= MAX_FILE_BYTES => text,
            _ => value.to_string(),
        }
    }

    /// The file's text without whitespace.
    pub fn to_compact_json(&self) -> String {
        self.to_value().to_string()
    }

    /// The file as a JSON value, for embedding in local storage's envelope.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("a session always serialises")
    }

    /// Reads and validates a file's text, migrating older versions.
    pub fn parse(text: &str) -> Result<SessionFile, FileError> {
        SessionFile::from_value(SessionFile::parse_json(text)?)
    }

    /// Validates and migrates a document already parsed as JSON (local storage keeps the file
    /// inside an envelope, so it arrives this way).
    pub fn from_value(doc: Value) -> Result<SessionFile, FileError> {
        let file = SessionFile::read_value(doc)?;
        file.validate()?;
        Ok(file)
    }

    /// [`SessionFile::parse`]'s first step: the size and the JSON. Reading is split into this,
    /// [`SessionFile::read_value`] and [`SessionFile::check`], each linear in the file's size, so
    /// that the app can let the page answer between them on a large file.
    pub fn parse_json(text: &str) -> Result<Value, FileError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(FileError::TooLarge {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| FileError::NotJson {
            line: e.line(),
            column: e.column(),
        })
    }

    /// The second step: format, version, migration and the typed records — not yet checked
    /// against the rules, so only [`SessionFile::check`]'s success makes it a file to keep.
    pub fn read_value(mut doc: Value) -> Result<SessionFile, FileError> {
        if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(FileError::Foreign);
        }
        let mut version = doc
            .get("version")
            .and_then(Value::as_u64)
            .ok_or(FileError::BadVersion)?;
        if version > VERSION {
            return Err(FileError::NewerVersion {
                found: version,
                supported: VERSION,
            });
        }
        while version < VERSION {
            doc = MIGRATIONS[version as usize](doc)?;
            version += 1;
        }
        // Read by reference: no copy of the document, and the same typed reader the error
        // locator uses (one copy of that code in the bundle, not two).
        let file = match SessionFile::deserialize(&doc) {
            Ok(file) => file,
            Err(e) => {
                let (path, missing) = crate::locate::locate::<SessionFile>(&doc, &e.to_string());
                return Err(match missing {
                    Some(field) if path.is_empty() => FileError::Missing { path: field },
                    Some(field) => FileError::Missing {
                        path: format!("{path}.{field}"),
                    },
                    None => FileError::WrongType { path },
                });
            }
        };
        Ok(file)
    }

    /// Checks what the types alone cannot (ids, limits, rules), as reading the file would: a
    /// session that fails here would not load again, so nothing that fails is ever saved.
    pub fn check(&self) -> Result<(), FileError> {
        self.validate()
    }

    /// Checks what the types alone cannot: sizes first (every later check is linear in them),
    /// then each record's own rules ([`Record::check`], the same the reducers keep), then the
    /// rules that span records, with sets and maps for every look-up: reading is linear in the
    /// file's size.
    fn validate(&self) -> Result<(), FileError> {
        let s = &self.session;
        check_text(&self.device_name, "device_name", MAX_DEVICE_NAME)?;
        at(rules::time(self.exported_at, "exported_at"), "")?;
        let sizes = [
            ("seen", s.seen.len(), MAX_DEVICES),
            ("participants", s.participants.len(), MAX_PARTICIPANTS),
            ("groups", s.groups.len(), 3),
            ("cards", s.cards.len(), MAX_CARDS),
            ("ratings", s.ratings.len(), Domain::ALL.len()),
            ("problems", s.problems.len(), MAX_CARDS),
            ("innovations", s.innovations.len(), MAX_CARDS),
            ("periods", s.periods.len(), MAX_CARDS),
            ("deep_dives", s.deep_dives.len(), MAX_CARDS),
            ("rounds", s.rounds.len(), MAX_ROUNDS),
            ("ballots", s.ballots.len(), MAX_BALLOTS),
            ("worksheets", s.worksheets.len(), MAX_WORKSHEETS),
            ("ideas", s.ideas.len(), MAX_IDEAS),
        ];
        for (name, len, limit) in sizes {
            at(rules::count(len, name, 0, limit), "session")?;
        }
        for (device, time) in &s.seen {
            check_id(device, "session.seen")?;
            at(rules::time(*time, "seen"), "session")?;
        }
        check_id(&s.id, "session.id")?;
        at(rules::time(s.created, "created"), "session")?;
        let mut ids = Ids::default();
        ids.one(Some(&s.info), "session.info")?;
        at(
            rules::ensure(s.info.meta.id == s.id, "meta.id", Rule::Invalid),
            "session.info",
        )?;
        ids.list(&s.participants, "session.participants")?;
        ids.list(&s.groups, "session.groups")?;
        ids.one(
            s.participant_settings.as_ref(),
            "session.participant_settings",
        )?;
        ids.list(&s.cards, "session.cards")?;
        ids.list(&s.ratings, "session.ratings")?;
        ids.one(s.verdict.as_ref(), "session.verdict")?;
        ids.list(&s.problems, "session.problems")?;
        ids.list(&s.periods, "session.periods")?;
        ids.list(&s.innovations, "session.innovations")?;
        ids.list(&s.deep_dives, "session.deep_dives")?;
        ids.one(s.inventory_settings.as_ref(), "session.inventory_settings")?;
        ids.list(&s.rounds, "session.rounds")?;
        ids.list(&s.ballots, "session.ballots")?;
        ids.one(s.chosen.as_ref(), "session.chosen")?;
        ids.list(&s.worksheets, "session.worksheets")?;
        ids.list(&s.ideas, "session.ideas")?;
        ids.one(s.report_settings.as_ref(), "session.report_settings")?;
        validate_links(s)
    }
}

/// A record's own rule, or a rule checked here, as the reader's error; `base` is the path of
/// what `r`'s field is relative to.
fn at(r: Result<(), RuleError>, base: &str) -> Result<(), FileError> {
    r.map_err(|e| {
        let path = if base.is_empty() {
            e.field
        } else {
            format!("{base}.{}", e.field)
        };
        match e.rule {
            Rule::TooLong { length, limit } => FileError::TooLong {
                path,
                length,
                limit,
            },
            Rule::BadId => FileError::BadId { path },
            rule => FileError::Invalid { path, rule },
        }
    })
}

/// Every record's own rules and its id, unique across the session.
#[derive(Default)]
struct Ids<'a> {
    seen: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn record<R: Record>(&mut self, r: &'a R, path: &str) -> Result<(), FileError> {
        at(r.check(), path)?;
        let id = r.meta().id.as_str();
        if !self.seen.insert(id) {
            return Err(FileError::DuplicateId {
                id: id.to_string(),
                path: format!("{path}.meta.id"),
            });
        }
        Ok(())
    }

    fn list<R: Record>(&mut self, list: &'a [R], path: &str) -> Result<(), FileError> {
        for (i, r) in list.iter().enumerate() {
            self.record(r, &format!("{path}[{i}]"))?;
        }
        Ok(())
    }

    fn one<R: Record>(&mut self, r: Option<&'a R>, path: &str) -> Result<(), FileError> {
        r.map_or(Ok(()), |r| self.record(r, path))
    }
}

fn broken(path: String, rule: Rule) -> Result<(), FileError> {
    Err(FileError::Invalid { path, rule })
}

/// The ids of a list's records, for look-ups.
fn id_set<R: Record>(list: &[R]) -> HashSet<&str> {
    list.iter().map(|r| r.meta().id.as_str()).collect()
}

/// The rules that span records: links name records that exist (tombstones included, since a
/// merge keeps them), one plan per workshop, one rating per domain, ballots fit their round.
fn validate_links(s: &Session) -> Result<(), FileError> {
    let participants = id_set(&s.participants);
    let mut workshops = HashSet::new();
    for (i, g) in s.groups.iter().enumerate() {
        let path = format!("session.groups[{i}]");
        if !workshops.insert(g.workshop) {
            return broken(format!("{path}.workshop"), Rule::Repeated);
        }
        // A member removed on another tablet stays in a merged plan (shown nowhere).
        if let Some(j) = g
            .groups
            .iter()
            .flatten()
            .position(|m| !participants.contains(m.as_str()))
        {
            return broken(format!("{path}.groups (member {})", j + 1), Rule::Unknown);
        }
    }
    let cards = id_set(&s.cards);
    for (i, c) in s.cards.iter().enumerate() {
        if c.merged_into
            .as_ref()
            .is_some_and(|k| !cards.contains(k.as_str()))
        {
            return broken(format!("session.cards[{i}].merged_into"), Rule::Unknown);
        }
    }
    let mut domains = HashSet::new();
    for (i, r) in s.ratings.iter().enumerate() {
        if !domains.insert(r.domain) {
            return broken(format!("session.ratings[{i}].domain"), Rule::Repeated);
        }
    }
    for (i, p) in s.problems.iter().enumerate() {
        if p.from_card
            .as_ref()
            .is_some_and(|c| !cards.contains(c.as_str()))
        {
            return broken(format!("session.problems[{i}].from_card"), Rule::Unknown);
        }
    }
    let periods = id_set(&s.periods);
    for (i, n) in s.innovations.iter().enumerate() {
        if n.period
            .as_ref()
            .is_some_and(|p| !periods.contains(p.as_str()))
        {
            return broken(format!("session.innovations[{i}].period"), Rule::Unknown);
        }
    }
    let innovations = id_set(&s.innovations);
    for (i, d) in s.deep_dives.iter().enumerate() {
        if !innovations.contains(d.innovation.as_str()) {
            return broken(format!("session.deep_dives[{i}].innovation"), Rule::Unknown);
        }
    }
    let problems = id_set(&s.problems);
    let mut rounds = HashMap::new();
    for (i, r) in s.rounds.iter().enumerate() {
        if !r.problems.iter().all(|p| problems.contains(p.as_str())) {
            return broken(format!("session.rounds[{i}].problems"), Rule::Unknown);
        }
        rounds.insert(r.meta.id.as_str(), r);
    }
    // A plan for workshop 2 is kept once made (as a tombstone if removed), so a ballot of a
    // group always has one; a later plan may have fewer groups than the ballot's index.
    let group_plan = s.groups.iter().any(|g| g.workshop == 2);
    // Ballots seen so far, by id: (round, voter) — a correction names an earlier one.
    let mut earlier = HashMap::new();
    for (i, b) in s.ballots.iter().enumerate() {
        let path = format!("session.ballots[{i}]");
        let Some(round) = rounds.get(b.round.as_str()) else {
            return broken(format!("{path}.round"), Rule::Unknown);
        };
        let fits = match (&b.voter, round.voters) {
            (Voter::Participant { id }, Voters::Individuals) => {
                if !participants.contains(id.as_str()) {
                    return broken(format!("{path}.voter.id"), Rule::Unknown);
                }
                true
            }
            (Voter::Group { .. }, Voters::Groups) => group_plan,
            (Voter::Named { .. }, Voters::Individuals | Voters::Groups) => true,
            (Voter::Plenary, Voters::Plenary) => true,
            _ => false,
        };
        if !fits {
            return broken(format!("{path}.voter"), Rule::VoterKind);
        }
        if check_tiers(&round.problems, &b.tiers).is_err() {
            return broken(format!("{path}.tiers"), Rule::Invalid);
        }
        let key = b.voter.key();
        if let Some(old) = &b.supersedes {
            let same = |(r, v): &(&str, String)| *r == b.round && *v == key;
            if !earlier.get(old.as_str()).is_some_and(same) {
                return broken(format!("{path}.supersedes"), Rule::Supersedes);
            }
        }
        earlier.insert(b.meta.id.as_str(), (b.round.as_str(), key));
    }
    if let Some(c) = &s.chosen {
        let Some(round) = rounds.get(c.round.as_str()) else {
            return broken("session.chosen.round".into(), Rule::Unknown);
        };
        let in_round: HashSet<&str> = round.problems.iter().map(String::as_str).collect();
        if !c.problems.iter().all(|p| in_round.contains(p.as_str())) {
            return broken("session.chosen.problems".into(), Rule::Unknown);
        }
    }
    validate_solutions(s, &problems, &cards, &innovations)
}

/// Workshop 3's links: a worksheet's problem, an idea's worksheet, and what each builds on (a
/// strength card or an innovation of the session, tombstones included).
fn validate_solutions(
    s: &Session,
    problems: &HashSet<&str>,
    cards: &HashSet<&str>,
    innovations: &HashSet<&str>,
) -> Result<(), FileError> {
    let strengths: HashSet<&str> = s
        .cards
        .iter()
        .filter(|c| c.polarity == Polarity::Strength && cards.contains(c.meta.id.as_str()))
        .map(|c| c.meta.id.as_str())
        .collect();
    let basis_ok = |b: &Basis| match b {
        Basis::Strength { card } => strengths.contains(card.as_str()),
        Basis::Innovation { innovation } => innovations.contains(innovation.as_str()),
        Basis::Factor(_) => true,
    };
    let first_bad = |list: &[Basis]| list.iter().position(|b| !basis_ok(b));
    for (i, w) in s.worksheets.iter().enumerate() {
        let path = format!("session.worksheets[{i}]");
        if !problems.contains(w.problem.as_str()) {
            return broken(format!("{path}.problem"), Rule::Unknown);
        }
        if let Some(j) = first_bad(&w.builds_on) {
            return broken(format!("{path}.builds_on[{j}]"), Rule::Unknown);
        }
    }
    let worksheets = id_set(&s.worksheets);
    for (i, idea) in s.ideas.iter().enumerate() {
        let path = format!("session.ideas[{i}]");
        if !worksheets.contains(idea.worksheet.as_str()) {
            return broken(format!("{path}.worksheet"), Rule::Unknown);
        }
        if let Some(j) = first_bad(&idea.text.builds_on) {
            return broken(format!("{path}.text.builds_on[{j}]"), Rule::Unknown);
        }
    }
    Ok(())
}

fn check_id(id: &str, path: &str) -> Result<(), FileError> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(FileError::BadId { path: path.into() })
    }
}

fn check_text(text: &str, path: &str, limit: usize) -> Result<(), FileError> {
    let length = text.chars().count();
    if length > limit {
        Err(FileError::TooLong {
            path: path.into(),
            length,
            limit,
        })
    } else {
        Ok(())
    }
}

/// Every record id in a session must be unique; `ids` pairs each id with its path. Record
/// collections added by later features pass their ids through here.
pub fn check_unique<'a>(ids: impl IntoIterator<Item = (String, &'a str)>) -> Result<(), FileError> {
    let mut seen = HashSet::new();
    for (path, id) in ids {
        if !seen.insert(id) {
            return Err(FileError::DuplicateId {
                id: id.to_string(),
                path,
            });
        }
    }
    Ok(())
}

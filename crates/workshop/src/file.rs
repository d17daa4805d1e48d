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

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::limits::{MAX_BALLOTS, MAX_DEVICES, MAX_DEVICE_NAME, MAX_ROUNDS};
use crate::limits::{
    MAX_CARD, MAX_CARDS, MAX_COMMENT, MAX_FILE_BYTES, MAX_GROUPS, MAX_NAME, MAX_ORGANISATION,
    MAX_PARTICIPANTS, MAX_SECTOR_NAME, MAX_TITLE, MAX_TOWN,
};
use crate::meta::is_valid_id;
use crate::rounds::{check_tiers, Voter};
use crate::session::{is_valid_date, Session};

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
///   of the device that wrote the file.
pub const VERSION: u64 = 4;

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
    /// A value breaks a rule (an empty title, an impossible date, mismatched ids).
    Invalid {
        /// Where.
        path: String,
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
            FileError::Invalid { path } => write!(f, "{path} has an invalid value"),
        }
    }
}

impl std::error::Error for FileError {}

/// One migration step: turns a document of version N into version N + 1.
type Migration = fn(Value) -> Result<Value, FileError>;

/// `MIGRATIONS[n]` migrates version `n` to `n + 1`; its length is [`VERSION`].
const MIGRATIONS: [Migration; VERSION as usize] = [v0_to_v1, v1_to_v2, v2_to_v3, v3_to_v4];

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

    /// The file's text: pretty JSON, so that a curious recipient can read it.
    ///
    /// Writing and reading always go through [`Value`], so that the typed (de)serialisers are
    /// compiled once, for `Value`, rather than once per output format: it keeps the app small.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).expect("a value always serialises")
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
        if text.len() > MAX_FILE_BYTES {
            return Err(FileError::TooLarge {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        let doc: Value =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
                FileError::NotJson {
                    line: e.line(),
                    column: e.column(),
                }
            })?;
        SessionFile::from_value(doc)
    }

    /// Validates and migrates a document already parsed as JSON (local storage keeps the file
    /// inside an envelope, so it arrives this way).
    pub fn from_value(mut doc: Value) -> Result<SessionFile, FileError> {
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
        let file: SessionFile = match serde_json::from_value(doc.clone()) {
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
        file.validate()?;
        Ok(file)
    }

    /// Checks what the types alone cannot (ids, limits, rules), as reading the file would: a
    /// session that fails here would not load again, so nothing that fails is ever saved.
    pub fn check(&self) -> Result<(), FileError> {
        self.validate()
    }

    /// Checks what the types alone cannot: ids, limits and rules.
    fn validate(&self) -> Result<(), FileError> {
        let s = &self.session;
        check_text(&self.device_name, "device_name", MAX_DEVICE_NAME)?;
        if s.seen.len() > MAX_DEVICES {
            return Err(FileError::Invalid {
                path: "session.seen".into(),
            });
        }
        for device in s.seen.keys() {
            check_id(device, "session.seen")?;
        }
        check_id(&s.id, "session.id")?;
        check_meta(&s.info.meta, "session.info")?;
        if s.info.meta.id != s.id {
            return Err(FileError::Invalid {
                path: "session.info.meta.id".into(),
            });
        }
        let mut ids = vec![("session.info.meta.id".to_string(), s.info.meta.id.as_str())];
        if s.participants.len() > MAX_PARTICIPANTS {
            return Err(FileError::Invalid {
                path: "session.participants".into(),
            });
        }
        for (i, p) in s.participants.iter().enumerate() {
            let path = format!("session.participants[{i}]");
            check_meta(&p.meta, &path)?;
            check_text(&p.name, &format!("{path}.name"), MAX_NAME)?;
            check_text(
                &p.organisation,
                &format!("{path}.organisation"),
                MAX_ORGANISATION,
            )?;
            if !p.meta.deleted && p.name.trim().is_empty() {
                return Err(FileError::Invalid {
                    path: format!("{path}.name"),
                });
            }
            ids.push((format!("{path}.meta.id"), p.meta.id.as_str()));
        }
        // Duplicate participants first: a group's members can only be checked against unique ids.
        check_unique(ids.iter().map(|(p, id)| (p.clone(), *id)))?;
        for (i, g) in s.groups.iter().enumerate() {
            let path = format!("session.groups[{i}]");
            check_meta(&g.meta, &path)?;
            if !(1..=3).contains(&g.workshop)
                || s.groups[..i].iter().any(|h| h.workshop == g.workshop)
            {
                return Err(FileError::Invalid {
                    path: format!("{path}.workshop"),
                });
            }
            if g.groups.len() > MAX_GROUPS {
                return Err(FileError::Invalid {
                    path: format!("{path}.groups"),
                });
            }
            // A member removed on another tablet stays in a merged plan (shown nowhere).
            let mut members = HashSet::new();
            for (j, m) in g.groups.iter().flatten().enumerate() {
                let known = s.participants.iter().any(|p| &p.meta.id == m);
                if !known || !members.insert(m) {
                    return Err(FileError::Invalid {
                        path: format!("{path}.groups (member {})", j + 1),
                    });
                }
            }
            ids.push((format!("{path}.meta.id"), g.meta.id.as_str()));
        }
        if let Some(settings) = &s.participant_settings {
            let path = "session.participant_settings";
            check_meta(&settings.meta, path)?;
            for (i, name) in settings.sector_names.iter().enumerate() {
                check_text(name, &format!("{path}.sector_names[{i}]"), MAX_SECTOR_NAME)?;
            }
            if settings.room_min > settings.room_max || settings.room_max == 0 {
                return Err(FileError::Invalid {
                    path: format!("{path}.room_min"),
                });
            }
            ids.push((format!("{path}.meta.id"), settings.meta.id.as_str()));
        }
        for (i, c) in s.cards.iter().enumerate() {
            let path = format!("session.cards[{i}]");
            check_meta(&c.meta, &path)?;
            check_text(&c.text, &format!("{path}.text"), MAX_CARD)?;
            if !c.meta.deleted && c.text.trim().is_empty() {
                return Err(FileError::Invalid {
                    path: format!("{path}.text"),
                });
            }
            // A comment id is unique on its card; after a merge, a card merged into another on
            // one tablet and commented on another shares a comment with the kept card.
            let mut comment_ids = Vec::new();
            for (j, m) in c.comments.iter().enumerate() {
                check_id(&m.id, &format!("{path}.comments[{j}].id"))?;
                check_text(&m.text, &format!("{path}.comments[{j}].text"), MAX_COMMENT)?;
                comment_ids.push((format!("{path}.comments[{j}].id"), m.id.as_str()));
            }
            check_unique(comment_ids)?;
            if let Some(into) = &c.merged_into {
                if !s.cards.iter().any(|k| &k.meta.id == into) {
                    return Err(FileError::Invalid {
                        path: format!("{path}.merged_into"),
                    });
                }
            }
            ids.push((format!("{path}.meta.id"), c.meta.id.as_str()));
        }
        for (i, r) in s.ratings.iter().enumerate() {
            let path = format!("session.ratings[{i}]");
            check_meta(&r.meta, &path)?;
            check_text(
                &r.justification,
                &format!("{path}.justification"),
                MAX_COMMENT,
            )?;
            if !(1..=5).contains(&r.rating) || s.ratings[..i].iter().any(|q| q.domain == r.domain) {
                return Err(FileError::Invalid {
                    path: format!("{path}.rating"),
                });
            }
            ids.push((format!("{path}.meta.id"), r.meta.id.as_str()));
        }
        if let Some(v) = &s.verdict {
            check_meta(&v.meta, "session.verdict")?;
            check_text(&v.text, "session.verdict.text", MAX_COMMENT)?;
            ids.push(("session.verdict.meta.id".to_string(), v.meta.id.as_str()));
        }
        for (i, p) in s.problems.iter().enumerate() {
            let path = format!("session.problems[{i}]");
            check_meta(&p.meta, &path)?;
            check_text(&p.text, &format!("{path}.text"), MAX_CARD)?;
            if !p.meta.deleted && p.text.trim().is_empty() {
                return Err(FileError::Invalid {
                    path: format!("{path}.text"),
                });
            }
            if let Some(card) = &p.from_card {
                if !s.cards.iter().any(|c| &c.meta.id == card) {
                    return Err(FileError::Invalid {
                        path: format!("{path}.from_card"),
                    });
                }
            }
            ids.push((format!("{path}.meta.id"), p.meta.id.as_str()));
        }
        for (i, p) in s.periods.iter().enumerate() {
            let path = format!("session.periods[{i}]");
            check_meta(&p.meta, &path)?;
            check_text(&p.name, &format!("{path}.name"), MAX_SECTOR_NAME * 2)?;
            let years = 1000..=2200;
            if !years.contains(&p.start)
                || p.end.is_some_and(|e| !years.contains(&e) || e < p.start)
            {
                return Err(FileError::Invalid {
                    path: format!("{path}.start"),
                });
            }
            ids.push((format!("{path}.meta.id"), p.meta.id.as_str()));
        }
        for (i, n) in s.innovations.iter().enumerate() {
            let path = format!("session.innovations[{i}]");
            check_meta(&n.meta, &path)?;
            check_text(&n.name, &format!("{path}.name"), MAX_CARD)?;
            check_text(&n.description, &format!("{path}.description"), MAX_COMMENT)?;
            check_text(&n.need, &format!("{path}.need"), MAX_COMMENT)?;
            check_text(&n.organisations, &format!("{path}.organisations"), MAX_CARD)?;
            let two_same = n.types.len() == 2 && n.types[0] == n.types[1];
            if !matches!(n.types.len(), 1 | 2) || two_same {
                return Err(FileError::Invalid {
                    path: format!("{path}.types"),
                });
            }
            if n.year.is_some_and(|y| !(1000..=2200).contains(&y)) {
                return Err(FileError::Invalid {
                    path: format!("{path}.year"),
                });
            }
            if !n.meta.deleted && n.name.trim().is_empty() {
                return Err(FileError::Invalid {
                    path: format!("{path}.name"),
                });
            }
            if n.period
                .as_ref()
                .is_some_and(|p| !s.periods.iter().any(|q| &q.meta.id == p))
            {
                return Err(FileError::Invalid {
                    path: format!("{path}.period"),
                });
            }
            ids.push((format!("{path}.meta.id"), n.meta.id.as_str()));
        }
        for (i, d) in s.deep_dives.iter().enumerate() {
            let path = format!("session.deep_dives[{i}]");
            check_meta(&d.meta, &path)?;
            for (name, value) in [
                ("need", &d.need),
                ("cooperation", &d.cooperation),
                ("resources", &d.resources),
                ("obstacles", &d.obstacles),
                ("lessons", &d.lessons),
            ] {
                check_text(value, &format!("{path}.{name}"), MAX_COMMENT)?;
            }
            for (j, f) in d.factors.iter().enumerate() {
                check_text(&f.note, &format!("{path}.factors[{j}].note"), MAX_COMMENT)?;
            }
            if !s.innovations.iter().any(|n| n.meta.id == d.innovation) {
                return Err(FileError::Invalid {
                    path: format!("{path}.innovation"),
                });
            }
            ids.push((format!("{path}.meta.id"), d.meta.id.as_str()));
        }
        if let Some(settings) = &s.inventory_settings {
            check_meta(&settings.meta, "session.inventory_settings")?;
            if !(1..=20).contains(&settings.deep_dive_limit) {
                return Err(FileError::Invalid {
                    path: "session.inventory_settings.deep_dive_limit".into(),
                });
            }
            ids.push((
                "session.inventory_settings.meta.id".to_string(),
                settings.meta.id.as_str(),
            ));
        }
        validate_ranking(s, &mut ids)?;
        if s.innovations.len() > MAX_CARDS
            || s.periods.len() > MAX_CARDS
            || s.deep_dives.len() > MAX_CARDS
        {
            return Err(FileError::Invalid {
                path: "session.innovations".into(),
            });
        }
        if s.cards.len() > MAX_CARDS || s.problems.len() > MAX_CARDS {
            return Err(FileError::Invalid {
                path: "session.cards".into(),
            });
        }
        check_unique(ids)?;
        check_text(&s.info.title, "session.info.title", MAX_TITLE)?;
        if s.info.title.trim().is_empty() {
            return Err(FileError::Invalid {
                path: "session.info.title".into(),
            });
        }
        check_text(&s.info.town, "session.info.town", MAX_TOWN)?;
        if !is_valid_date(&s.info.date) {
            return Err(FileError::Invalid {
                path: "session.info.date".into(),
            });
        }
        Ok(())
    }
}

/// Rounds, ballots and the chosen problems: ids, names, problem links, voters, tiers.
fn validate_ranking<'a>(s: &'a Session, ids: &mut Vec<(String, &'a str)>) -> Result<(), FileError> {
    let invalid = |path: String| Err(FileError::Invalid { path });
    if s.rounds.len() > MAX_ROUNDS || s.ballots.len() > MAX_BALLOTS {
        return invalid("session.ballots".into());
    }
    for (i, r) in s.rounds.iter().enumerate() {
        let path = format!("session.rounds[{i}]");
        check_meta(&r.meta, &path)?;
        check_text(&r.name, &format!("{path}.name"), MAX_NAME)?;
        if !r.meta.deleted && r.name.trim().is_empty() {
            return invalid(format!("{path}.name"));
        }
        let known = |p: &String| s.problems.iter().any(|q| &q.meta.id == p);
        let twice = (1..r.problems.len()).any(|j| r.problems[..j].contains(&r.problems[j]));
        if r.problems.len() < 2 || twice || !r.problems.iter().all(known) {
            return invalid(format!("{path}.problems"));
        }
        ids.push((format!("{path}.meta.id"), r.meta.id.as_str()));
    }
    for (i, b) in s.ballots.iter().enumerate() {
        let path = format!("session.ballots[{i}]");
        check_meta(&b.meta, &path)?;
        let Some(round) = s.rounds.iter().find(|r| r.meta.id == b.round) else {
            return invalid(format!("{path}.round"));
        };
        let voter_ok = match &b.voter {
            Voter::Participant { id } => s.participants.iter().any(|p| &p.meta.id == id),
            Voter::Group { index } => *index < MAX_GROUPS,
            Voter::Plenary => true,
            Voter::Named { name } => {
                check_text(name, &format!("{path}.voter.name"), MAX_NAME)?;
                !name.trim().is_empty()
            }
        };
        if !voter_ok {
            return invalid(format!("{path}.voter"));
        }
        if check_tiers(&round.problems, &b.tiers).is_err() {
            return invalid(format!("{path}.tiers"));
        }
        // A correction names an earlier ballot of the same round and voter.
        if let Some(old) = &b.supersedes {
            let earlier = s.ballots[..i]
                .iter()
                .any(|o| &o.meta.id == old && o.round == b.round && o.voter.same(&b.voter));
            if !earlier {
                return invalid(format!("{path}.supersedes"));
            }
        }
        ids.push((format!("{path}.meta.id"), b.meta.id.as_str()));
    }
    if let Some(c) = &s.chosen {
        check_meta(&c.meta, "session.chosen")?;
        let Some(round) = s.rounds.iter().find(|r| r.meta.id == c.round) else {
            return invalid("session.chosen.round".into());
        };
        if !c.problems.iter().all(|p| round.problems.contains(p)) {
            return invalid("session.chosen.problems".into());
        }
        ids.push(("session.chosen.meta.id".to_string(), c.meta.id.as_str()));
    }
    Ok(())
}

/// A record's bookkeeping: its id and the device that changed it are valid ids.
fn check_meta(meta: &crate::meta::Meta, path: &str) -> Result<(), FileError> {
    check_id(&meta.id, &format!("{path}.meta.id"))?;
    check_id(&meta.device, &format!("{path}.meta.device"))
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

//! Who takes part: participants of the quadruple helix, their attendance at the three workshops,
//! the balance of sectors in the room, and groups that mix sectors.

use serde::{Deserialize, Serialize};

use crate::meta::{Meta, Version};

/// The four sectors of the quadruple helix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Business.
    Business,
    /// Civil society.
    CivilSociety,
    /// Local government.
    LocalGovernment,
    /// Science and culture (some towns say "academia").
    ScienceCulture,
}

impl Sector {
    /// All four, in the order the app shows them.
    pub const ALL: [Sector; 4] = [
        Sector::Business,
        Sector::CivilSociety,
        Sector::LocalGovernment,
        Sector::ScienceCulture,
    ];

    /// Position in [`Sector::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The number of workshops in the method.
pub const WORKSHOPS: usize = 3;

/// One participant. Participants may use a pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// Display name or pseudonym; empty only on a tombstone.
    pub name: String,
    /// Sector, when known.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// Organisation, optional.
    #[serde(default)]
    pub organisation: String,
    /// Attendance at workshops 1, 2 and 3.
    #[serde(default)]
    pub attended: [bool; WORKSHOPS],
    /// When attendance last changed. Attendance merges on its own: the door ticks who came
    /// while another tablet corrects a name, and both changes survive a merge. `None` until
    /// attendance is first set (`meta` then stands for the whole record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<Version>,
}

/// The groups of one workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPlan {
    /// Bookkeeping; the id is `groups-<workshop>`.
    pub meta: Meta,
    /// Workshop number, 1 to 3.
    pub workshop: u8,
    /// The seed the plan was drawn with (shown, so a plan can be reproduced).
    pub seed: u64,
    /// Participant ids per group.
    pub groups: Vec<Vec<String>>,
}

/// Sector names and room limits the facilitator can change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantSettings {
    /// Bookkeeping; the id is `participant-settings`.
    pub meta: Meta,
    /// Custom sector names, by [`Sector::index`]; empty means the app's own name.
    pub sector_names: [String; 4],
    /// Smallest comfortable room.
    pub room_min: u32,
    /// Largest comfortable room.
    pub room_max: u32,
    /// Hide the list of names from the participants' view.
    pub hidden: bool,
    /// The facilitator's PIN for leaving the ballot screen, hashed ([`pin_hash`]); empty: none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pin: String,
}

/// A 4-digit PIN as stored: salted with the session id and hashed (FNV-1a, 64 bits), so the
/// file never shows it. Four digits are few; the hash keeps the PIN off the screen and out of
/// an e-mailed file, not away from a determined guesser — it guards a tablet, not a secret.
pub fn pin_hash(session: &str, pin: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in format!("delavnica:{session}:{pin}").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// True for a PIN the app takes: four digits.
pub fn is_valid_pin(pin: &str) -> bool {
    pin.len() == 4 && pin.bytes().all(|b| b.is_ascii_digit())
}

/// What the balance check warns about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BalanceWarning {
    /// Nobody from this sector attends.
    Missing(Sector),
    /// This sector holds more than half the room.
    Dominant(Sector),
    /// Fewer people than the room's minimum.
    TooFew {
        /// The minimum.
        min: u32,
    },
    /// More people than the room's maximum.
    TooMany {
        /// The maximum.
        max: u32,
    },
}

/// Who attends one workshop, by sector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    /// Attendees per sector, by [`Sector::index`].
    pub counts: [usize; 4],
    /// Attendees without a sector.
    pub unknown: usize,
    /// All attendees.
    pub total: usize,
    /// What the facilitator should look at.
    pub warnings: Vec<BalanceWarning>,
}

/// The balance of a room from its attendees' sectors.
pub fn balance(
    sectors: impl IntoIterator<Item = Option<Sector>>,
    room_min: u32,
    room_max: u32,
) -> Balance {
    let mut counts = [0usize; 4];
    let mut unknown = 0;
    for s in sectors {
        match s {
            Some(s) => counts[s.index()] += 1,
            None => unknown += 1,
        }
    }
    let total = counts.iter().sum::<usize>() + unknown;
    let mut warnings = Vec::new();
    if total > 0 {
        for s in Sector::ALL {
            if counts[s.index()] == 0 {
                warnings.push(BalanceWarning::Missing(s));
            } else if counts[s.index()] * 2 > total {
                warnings.push(BalanceWarning::Dominant(s));
            }
        }
    }
    if (total as u32) < room_min {
        warnings.push(BalanceWarning::TooFew { min: room_min });
    }
    if total as u32 > room_max {
        warnings.push(BalanceWarning::TooMany { max: room_max });
    }
    Balance {
        counts,
        unknown,
        total,
        warnings,
    }
}

/// A small deterministic generator (SplitMix64): the same seed always gives the same groups.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Splits people into `count` groups that mix sectors as evenly as possible: each sector's
/// members (shuffled by `seed`) are dealt round the groups in turn, continuing from where the
/// previous sector stopped, so group sizes differ by at most one and so does every sector's
/// count between groups. People without a sector are dealt last.
pub fn balanced_groups(
    people: &[(String, Option<Sector>)],
    count: usize,
    seed: u64,
) -> Vec<Vec<String>> {
    let count = count.max(1);
    let mut groups: Vec<Vec<String>> = vec![Vec::new(); count];
    let mut state = seed;
    let mut next = 0usize;
    let buckets = Sector::ALL.iter().map(|&s| Some(s)).chain([None]);
    for sector in buckets {
        let mut members: Vec<&String> = people
            .iter()
            .filter(|p| p.1 == sector)
            .map(|p| &p.0)
            .collect();
        members.sort();
        for i in (1..members.len()).rev() {
            let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
            members.swap(i, j);
        }
        for m in members {
            groups[next].push(m.clone());
            next = (next + 1) % count;
        }
    }
    groups
}

/// One line of a pasted participant list, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedParticipant {
    /// The name.
    pub name: String,
    /// The sector, when the line named one.
    pub sector: Option<Sector>,
}

/// Reads a pasted list: one participant per line, optionally followed by a separator (`;`, tab,
/// `|` or ` - `) and a sector, recognised by the words in `sector_words` (each sector's names in
/// every language, compared without case). Empty lines are skipped; an unknown sector word is
/// reported with its line number.
pub fn parse_list(
    text: &str,
    sector_words: &[(Sector, Vec<String>)],
) -> Result<Vec<PastedParticipant>, (usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let split = [";", "\t", "|", " - ", " – "]
            .iter()
            .find_map(|sep| line.split_once(sep));
        let (name, sector) = match split {
            Some((name, word)) => {
                let word = word.trim().to_lowercase();
                let sector = if word.is_empty() {
                    None
                } else {
                    let found = sector_words
                        .iter()
                        .find(|(_, words)| words.iter().any(|w| w.to_lowercase() == word))
                        .map(|(s, _)| *s);
                    Some(found.ok_or((i + 1, word))?)
                };
                (name.trim(), sector)
            }
            None => (line, None),
        };
        if !name.is_empty() {
            out.push(PastedParticipant {
                name: name.to_string(),
                sector,
            });
        }
    }
    Ok(out)
}

/// A participant to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewParticipant {
    /// A fresh id.
    pub id: String,
    /// Name or pseudonym.
    pub name: String,
    /// Sector, when known.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// Organisation, optional.
    #[serde(default)]
    pub organisation: String,
}

/// Every change to the participants step: who takes part, attendance, groups, sector names, room; the step's own handler applies it, and the
/// compiler checks that it handles every one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ParticipantsAction {
    /// Adds participants (one, or a pasted list).
    AddParticipants {
        /// The new participants, with fresh ids.
        participants: Vec<NewParticipant>,
    },
    /// Changes a participant's name, sector and organisation.
    EditParticipant {
        /// Which participant.
        id: String,
        /// New name.
        name: String,
        /// New sector.
        sector: Option<Sector>,
        /// New organisation.
        organisation: String,
    },
    /// Removes a participant (a tombstone stays; the name is cleared, and so are their places in
    /// groups).
    RemoveParticipant {
        /// Which participant.
        id: String,
    },
    /// Marks a participant present at, or absent from, a workshop.
    SetAttendance {
        /// Which participant.
        id: String,
        /// Workshop 1, 2 or 3.
        workshop: u8,
        /// Present or not.
        present: bool,
    },
    /// Splits a workshop's attendees into balanced groups, reproducibly from `seed`.
    MakeGroups {
        /// Workshop 1, 2 or 3.
        workshop: u8,
        /// How many groups.
        count: usize,
        /// The seed (shown on screen; "reshuffle" picks another).
        seed: u64,
    },
    /// Moves a participant to another group of a workshop.
    MoveToGroup {
        /// Workshop 1, 2 or 3.
        workshop: u8,
        /// Which participant.
        participant: String,
        /// The group's index.
        group: usize,
    },
    /// Renames a sector for this session (empty: the app's own name).
    SetSectorName {
        /// Which sector.
        sector: Sector,
        /// The name.
        name: String,
    },
    /// Sets the comfortable room size.
    SetRoom {
        /// Smallest.
        min: u32,
        /// Largest.
        max: u32,
    },
    /// Sets the facilitator's PIN for leaving the ballot screen (empty removes it).
    SetPin {
        /// Four digits, or empty to remove the PIN.
        pin: String,
    },
    /// Hides or shows participants' names in the participants' view.
    SetParticipantsHidden {
        /// Hidden or not.
        hidden: bool,
    },
}

//! A session is one town's workshop series. It changes only through [`Session::apply`], a pure
//! function of the session, an [`Action`] and a [`Stamp`].

use serde::{Deserialize, Serialize};

use crate::assessment::AssessmentAction;
use crate::assessment::{Card, DomainRating, Problem, Verdict};
use crate::innovations::InnovationsAction;
pub use crate::innovations::NewInnovation;
use crate::innovations::{DeepDive, Innovation, InventorySettings, Period};
use crate::limits::{
    MAX_GROUPS, MAX_NAME, MAX_ORGANISATION, MAX_PARTICIPANTS, MAX_SECTOR_NAME, MAX_TITLE, MAX_TOWN,
};
use crate::meta::{is_valid_id, Meta, Stamp, Version};
pub use crate::participants::NewParticipant;
use crate::participants::ParticipantsAction;
use crate::participants::{
    balanced_groups, GroupPlan, Participant, ParticipantSettings, Sector, WORKSHOPS,
};
use crate::report::{ReportAction, ReportSettings};
use crate::rounds::RankingAction;
use crate::rounds::{CastBallot, Chosen, Round};
use crate::solutions::SolutionsAction;
use crate::solutions::{Idea, Worksheet};

/// Language of the session's content (item texts), independent of the app's interface language:
/// a Slovene facilitator may run an English-language workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ContentLang {
    /// Slovene.
    #[default]
    Sl,
    /// English.
    En,
}

/// The session's own description: what the home screen lists and the report's title page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// Bookkeeping for merging (its id is the session id).
    pub meta: Meta,
    /// Title, never empty.
    pub title: String,
    /// The town the workshops are about.
    pub town: String,
    /// Date of the first workshop as `YYYY-MM-DD`, or empty when not yet set.
    pub date: String,
    /// Language of the content.
    pub content_lang: ContentLang,
    /// True for the built-in Velenje example, whose illustrative parts are labelled on screen.
    #[serde(default)]
    pub example: bool,
}

/// One town's workshop series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Stable random id of the session; equal to `info.meta.id`.
    pub id: String,
    /// When the session was created, in milliseconds since the Unix epoch.
    pub created: i64,
    /// Title, town, date and content language.
    pub info: SessionInfo,
    /// Everyone who takes part (removed ones stay as tombstones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Groups per workshop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupPlan>,
    /// Sector names, room limits and privacy, once the facilitator changed any of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_settings: Option<ParticipantSettings>,
    /// Workshop 1's strength and weakness cards (removed and merged ones stay as tombstones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<Card>,
    /// Workshop 1's overall rating per domain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<DomainRating>,
    /// Workshop 1's overall verdict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The development problems workshop 2 ranks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    /// Workshop 2's inventory of local social innovations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub innovations: Vec<Innovation>,
    /// The town's historical periods.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Period>,
    /// Deep dives into chosen innovations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deep_dives: Vec<DeepDive>,
    /// The inventory's settings, once changed (the number of deep dives).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory_settings: Option<InventorySettings>,
    /// Workshop 2's ranking rounds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// Every ballot cast, superseded ones included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots: Vec<CastBallot>,
    /// The problems chosen for workshop 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen: Option<Chosen>,
    /// Workshop 3's worksheets, one per problem worked on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worksheets: Vec<Worksheet>,
    /// Workshop 3's ideas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<Idea>,
    /// What the facilitator decided about the report, once anything was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_settings: Option<ReportSettings>,
    /// What this copy has seen of each device: the latest change made on it. A merge tells an
    /// update (made knowing the other version) from a conflict (made without) by it.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub seen: std::collections::BTreeMap<String, i64>,
}

/// Every change the UI can make to a session. Actions carry the ids of records they create, so
/// applying the same action to the same session always gives the same result: a second tab can
/// replay it on a newer copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", content = "action", rename_all = "snake_case")]
pub enum Action {
    /// Changes only the title.
    Rename {
        /// The new title.
        title: String,
    },
    /// Changes the fields of the session's description that are given; the others stay. Only
    /// what the user changed is sent, so replaying the action on a copy that another tab changed
    /// keeps that tab's other edits.
    UpdateInfo {
        /// The new title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// The new town.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        town: Option<String>,
        /// The new date (`YYYY-MM-DD` or empty).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<String>,
        /// The new content language.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        content_lang: Option<ContentLang>,
    },
    /// A change to the participants step: who takes part, attendance, groups, sector names, room.
    Participants(ParticipantsAction),
    /// A change to workshop 1: strength and weakness cards, ratings, the verdict, development problems.
    Assessment(AssessmentAction),
    /// A change to workshop 2, part A: the innovations inventory, periods and deep dives.
    Innovations(InnovationsAction),
    /// A change to workshop 2, part B: ranking rounds, ballots and the problems chosen for workshop 3.
    Ranking(RankingAction),
    /// A change to workshop 3: worksheets, ideas and the plenary's view of them.
    Solutions(SolutionsAction),
    /// A change to the report's settings: sections, texts, names, the cover.
    Report(ReportAction),
    /// Puts records back as they were (an undo or a redo), as a new change made now.
    Restore {
        /// The records and their versions.
        items: Vec<crate::undo::RestoreItem>,
    },
}

/// Why an action was refused; the session is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    /// The title is empty or only spaces.
    EmptyTitle,
    /// A text is longer than its limit (in characters).
    TooLong {
        /// Which field.
        field: TextField,
        /// The limit.
        limit: usize,
    },
    /// The date is not a real calendar date written as `YYYY-MM-DD`.
    BadDate,
    /// A participant needs a name (a pseudonym will do).
    EmptyName,
    /// No such participant.
    UnknownParticipant,
    /// An id is malformed or already used.
    BadId,
    /// Workshops are numbered 1 to 3.
    BadWorkshop,
    /// A workshop can be split into 1 to [`MAX_GROUPS`] groups, and no more groups than attendees.
    BadGroupCount,
    /// No such group, or the participant does not attend that workshop.
    BadGroup,
    /// The room's minimum must not exceed its maximum.
    BadRoom,
    /// The session already holds [`MAX_PARTICIPANTS`] participants.
    TooManyParticipants,
    /// A card, comment or problem needs some text.
    EmptyText,
    /// No such card.
    UnknownCard,
    /// No such problem.
    UnknownProblem,
    /// Ratings go from 1 to 5.
    BadRating,
    /// Only cards of the same domain and polarity can be merged, and not with themselves.
    CannotMerge,
    /// Only key weaknesses become problems, once each.
    NotAKeyWeakness,
    /// The session already holds its maximum of cards or problems.
    TooManyCards,
    /// An innovation has one or two different types.
    BadTypes,
    /// A year must be between 1000 and 2200, and a period must not end before it starts.
    BadYear,
    /// No such innovation.
    UnknownInnovation,
    /// No such period.
    UnknownPeriod,
    /// No such deep dive, or the innovation already has one.
    BadDeepDive,
    /// The session already has as many deep dives as allowed.
    TooManyDeepDives,
    /// No such round.
    UnknownRound,
    /// A round needs at least two problems.
    TooFewProblems,
    /// A round holds at most [`crate::limits::MAX_ROUND_PROBLEMS`] problems.
    TooManyProblems,
    /// The session already holds its maximum of rounds.
    TooManyRounds,
    /// The round is closed.
    RoundClosed,
    /// This voter cannot vote in this round (a group in a round of individuals, an empty name).
    BadVoter,
    /// A ballot names a problem outside the round, or one twice.
    BadBallot,
    /// A ballot ranks nothing.
    EmptyBallot,
    /// The session already holds its maximum of ballots.
    TooManyBallots,
    /// A facilitator PIN is four digits.
    BadPin,
    /// No such worksheet.
    UnknownWorksheet,
    /// The problem already has a worksheet.
    BadWorksheet,
    /// The session already holds its maximum of worksheets.
    TooManyWorksheets,
    /// No such idea.
    UnknownIdea,
    /// The session already holds its maximum of ideas.
    TooManyIdeas,
    /// A link to what an idea builds on names no strength or innovation of the session, or
    /// there are too many.
    BadLink,
    /// The change would leave a record that breaks its own rules ([`crate::rules`]), which the
    /// next load would refuse; the session is left as it was. The field names where.
    BreaksRule {
        /// The field, relative to the record.
        field: String,
    },
}

/// Names the text fields that limits apply to, so messages can say which one is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The session title.
    Title,
    /// The town name.
    Town,
    /// A participant's name.
    Name,
    /// An organisation.
    Organisation,
    /// A sector's name.
    SectorName,
    /// A card's wording.
    Card,
    /// A comment.
    Comment,
    /// A rating's justification.
    Justification,
    /// The verdict.
    Verdict,
    /// A problem's wording.
    Problem,
    /// An innovation's name.
    InnovationName,
    /// A longer text of an innovation or a deep dive.
    Description,
    /// A period's name.
    PeriodName,
    /// A round's name.
    RoundName,
    /// An idea's title.
    IdeaTitle,
}

/// How far the workshops have got, in the method's order. Later steps become reachable as the
/// features that record them land; the home screen shows the furthest step with data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    /// Created; nothing recorded yet.
    Created,
    /// Participants are listed.
    Participants,
    /// Workshop 1's assessment has cards.
    Assessment,
    /// Workshop 2's innovation inventory has entries.
    Innovations,
    /// Workshop 2's ranking has ballots.
    Ranking,
    /// Workshop 3 has ideas.
    Solutions,
}

/// One line of the home screen's list, kept in the storage index so the list shows without
/// reading every session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Session id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Town.
    pub town: String,
    /// Date of the first workshop, or empty.
    pub date: String,
    /// Last change to anything in the session.
    pub changed: i64,
    /// How far the workshops have got.
    pub progress: Progress,
    /// True for the Velenje example.
    #[serde(default)]
    pub example: bool,
}

/// The title of a copy: `title` followed by `suffix` (such as "(copy)"), shortening the title so
/// that the result stays within the title limit.
pub fn copy_title(title: &str, suffix: &str) -> String {
    let room = MAX_TITLE.saturating_sub(suffix.chars().count() + 1);
    let base: String = title.trim().chars().take(room).collect();
    format!("{} {suffix}", base.trim_end())
}

/// Trims and checks a participant's name.
fn clean_name(name: &str) -> Result<String, ActionError> {
    let n = name.trim();
    if n.is_empty() {
        return Err(ActionError::EmptyName);
    }
    check_len(n, TextField::Name, MAX_NAME)?;
    Ok(n.to_string())
}

/// Trims and checks a title.
fn clean_title(title: &str) -> Result<String, ActionError> {
    let t = title.trim();
    if t.is_empty() {
        return Err(ActionError::EmptyTitle);
    }
    check_len(t, TextField::Title, MAX_TITLE)?;
    Ok(t.to_string())
}

/// Trims a text and checks it against its limit; a required one must not be empty
/// ([`ActionError::EmptyText`]). Shared by every record with free text.
pub(crate) fn clean_text(
    text: &str,
    field: TextField,
    limit: usize,
    required: bool,
) -> Result<String, ActionError> {
    let t = text.trim();
    if required && t.is_empty() {
        return Err(ActionError::EmptyText);
    }
    check_len(t, field, limit)?;
    Ok(t.to_string())
}

fn check_len(text: &str, field: TextField, limit: usize) -> Result<(), ActionError> {
    if text.chars().count() > limit {
        Err(ActionError::TooLong { field, limit })
    } else {
        Ok(())
    }
}

/// True for an empty string or a real calendar date written `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    if date.is_empty() {
        return true;
    }
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(&date[0..4]), num(&date[5..7]), num(&date[8..10]))
    else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

impl Session {
    /// Creates a session; fails when the description breaks a rule that [`Action::UpdateInfo`]
    /// would also enforce.
    pub fn new(
        id: &str,
        title: &str,
        town: &str,
        date: &str,
        content_lang: ContentLang,
        stamp: &Stamp,
    ) -> Result<Session, ActionError> {
        let mut s = Session {
            id: id.to_string(),
            created: stamp.now,
            info: SessionInfo {
                meta: Meta::new(id, stamp),
                title: String::new(),
                town: String::new(),
                date: String::new(),
                content_lang,
                example: false,
            },
            participants: Vec::new(),
            groups: Vec::new(),
            participant_settings: None,
            cards: Vec::new(),
            ratings: Vec::new(),
            verdict: None,
            problems: Vec::new(),
            innovations: Vec::new(),
            periods: Vec::new(),
            deep_dives: Vec::new(),
            inventory_settings: None,
            rounds: Vec::new(),
            ballots: Vec::new(),
            chosen: None,
            worksheets: Vec::new(),
            ideas: Vec::new(),
            report_settings: None,
            seen: Default::default(),
        };
        s.apply(
            &Action::UpdateInfo {
                title: Some(title.into()),
                town: Some(town.into()),
                date: Some(date.into()),
                content_lang: Some(content_lang),
            },
            stamp,
        )?;
        // Made now, in one step: the description is as old as the session.
        s.info.meta = Meta::new(id, stamp);
        Ok(s)
    }

    /// The stamp a change made now gets: the device's time, but at least one millisecond after
    /// the newest change the session has seen. Tablet clocks in a hall are often wrong; with this
    /// floor a record edited on a tablet whose clock is behind still wins over the version it was
    /// edited from (a hybrid logical clock). Importing or merging a file raises the floor, since
    /// the floor is read from the records themselves.
    pub fn clock(&self, stamp: &Stamp) -> Stamp {
        Stamp {
            now: stamp.now.max(self.last_changed().saturating_add(1)),
            device: stamp.device.clone(),
        }
    }

    /// Applies one action, stamped by [`Session::clock`]. On error the session is left exactly
    /// as it was.
    pub fn apply(&mut self, action: &Action, stamp: &Stamp) -> Result<(), ActionError> {
        let stamp = &self.clock(stamp);
        let before = self.clone();
        self.apply_stamped(action, stamp)?;
        // The reducers check their input; this checks what they made against the same rules the
        // file reader keeps, so nothing saved can fail to load.
        if let Err(e) = self.check_changed(stamp.now) {
            *self = before;
            return Err(ActionError::BreaksRule { field: e.field });
        }
        let latest = self.last_changed();
        if latest >= stamp.now {
            let seen = self.seen.entry(stamp.device.clone()).or_insert(latest);
            *seen = (*seen).max(latest);
        }
        Ok(())
    }

    /// Tries `actions` in order on a copy and answers with the index and reason of the first
    /// one refused; the session itself never changes. A pasted list is checked this way first,
    /// so it is added whole or not at all, and the message names the line that stops it.
    pub fn try_all(&self, actions: &[Action], stamp: &Stamp) -> Result<(), (usize, ActionError)> {
        let mut probe = self.clone();
        for (i, a) in actions.iter().enumerate() {
            probe.apply(a, stamp).map_err(|e| (i, e))?;
        }
        Ok(())
    }

    fn apply_stamped(&mut self, action: &Action, stamp: &Stamp) -> Result<(), ActionError> {
        match action {
            Action::Rename { title } => {
                let title = clean_title(title)?;
                if title != self.info.title {
                    self.info.title = title;
                    self.info.meta.touch(stamp);
                }
            }
            Action::UpdateInfo {
                title,
                town,
                date,
                content_lang,
            } => {
                let title = match title {
                    Some(t) => clean_title(t)?,
                    None => self.info.title.clone(),
                };
                let town = match town {
                    Some(t) => t.trim(),
                    None => self.info.town.as_str(),
                };
                check_len(town, TextField::Town, MAX_TOWN)?;
                let date = match date {
                    Some(d) => d.trim(),
                    None => self.info.date.as_str(),
                };
                if !is_valid_date(date) {
                    return Err(ActionError::BadDate);
                }
                let content_lang = content_lang.unwrap_or(self.info.content_lang);
                let changed = title != self.info.title
                    || town != self.info.town
                    || date != self.info.date
                    || content_lang != self.info.content_lang;
                if changed {
                    let (town, date) = (town.to_string(), date.to_string());
                    self.info.title = title;
                    self.info.town = town;
                    self.info.date = date;
                    self.info.content_lang = content_lang;
                    self.info.meta.touch(stamp);
                }
            }
            Action::Participants(a) => self.apply_participants(a, stamp)?,
            Action::Assessment(a) => self.apply_assessment(a, stamp)?,
            Action::Innovations(a) => self.apply_innovations(a, stamp)?,
            Action::Ranking(a) => self.apply_ranking(a, stamp)?,
            Action::Solutions(a) => self.apply_solutions(a, stamp)?,
            Action::Report(a) => self.apply_report(a, stamp)?,
            Action::Restore { items } => self.apply_restore(items, stamp)?,
        }
        Ok(())
    }

    /// The live (not removed) participants.
    pub fn live_participants(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| !p.meta.deleted)
    }

    fn participant_mut(&mut self, id: &str) -> Result<&mut Participant, ActionError> {
        self.participants
            .iter_mut()
            .find(|p| p.meta.id == id && !p.meta.deleted)
            .ok_or(ActionError::UnknownParticipant)
    }

    /// Whether `pin` opens the ballot screen's way out: always when no PIN is set.
    pub fn pin_matches(&self, pin: &str) -> bool {
        let stored = self.settings().pin;
        stored.is_empty() || stored == crate::participants::pin_hash(&self.id, pin.trim())
    }

    /// The settings, or the defaults (room of 12–17, app's sector names, names shown).
    pub fn settings(&self) -> ParticipantSettings {
        self.participant_settings
            .clone()
            .filter(|s| !s.meta.deleted)
            .unwrap_or(ParticipantSettings {
                meta: Meta {
                    id: "participant-settings".into(),
                    device: String::new(),
                    changed: 0,
                    deleted: false,
                    created: 0,
                },
                sector_names: Default::default(),
                room_min: 12,
                room_max: 17,
                hidden: false,
                pin: String::new(),
            })
    }

    fn change_settings(&mut self, stamp: &Stamp, change: impl FnOnce(&mut ParticipantSettings)) {
        let mut settings = self.settings();
        change(&mut settings);
        settings.meta.touch(stamp);
        self.participant_settings = Some(settings);
    }

    /// The groups of a workshop, if made.
    pub fn group_plan(&self, workshop: u8) -> Option<&GroupPlan> {
        self.groups
            .iter()
            .find(|g| g.workshop == workshop && !g.meta.deleted)
    }

    /// The live members of one group of a workshop, in the group's order. A plan merged from
    /// two tablets may still name someone removed on the other; they are shown nowhere.
    pub fn group_members(&self, workshop: u8, group: usize) -> impl Iterator<Item = &Participant> {
        self.group_plan(workshop)
            .and_then(|plan| plan.groups.get(group))
            .into_iter()
            .flatten()
            .filter_map(|id| self.live_participants().find(|p| &p.meta.id == id))
    }

    fn apply_participants(
        &mut self,
        action: &ParticipantsAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        let check_workshop = |w: u8| {
            if (1..=WORKSHOPS as u8).contains(&w) {
                Ok(())
            } else {
                Err(ActionError::BadWorkshop)
            }
        };
        match action {
            ParticipantsAction::AddParticipants { participants } => {
                if self.participants.len() + participants.len() > MAX_PARTICIPANTS {
                    return Err(ActionError::TooManyParticipants);
                }
                let mut added = Vec::with_capacity(participants.len());
                for p in participants {
                    let name = clean_name(&p.name)?;
                    let organisation = p.organisation.trim();
                    check_len(organisation, TextField::Organisation, MAX_ORGANISATION)?;
                    let taken = |id: &str| {
                        self.id_taken(id) || added.iter().any(|q: &Participant| q.meta.id == id)
                    };
                    if !is_valid_id(&p.id) || taken(&p.id) {
                        return Err(ActionError::BadId);
                    }
                    added.push(Participant {
                        meta: Meta::nth(p.id.clone(), stamp, added.len()),
                        name,
                        sector: p.sector,
                        organisation: organisation.to_string(),
                        attended: [false; WORKSHOPS],
                        attendance: None,
                    });
                }
                self.participants.extend(added);
            }
            ParticipantsAction::EditParticipant {
                id,
                name,
                sector,
                organisation,
            } => {
                let name = clean_name(name)?;
                let organisation = organisation.trim().to_string();
                check_len(&organisation, TextField::Organisation, MAX_ORGANISATION)?;
                let p = self.participant_mut(id)?;
                if (p.name.as_str(), p.sector, p.organisation.as_str())
                    != (name.as_str(), *sector, organisation.as_str())
                {
                    p.name = name;
                    p.sector = *sector;
                    p.organisation = organisation;
                    p.meta.touch(stamp);
                }
            }
            ParticipantsAction::RemoveParticipant { id } => {
                let p = self.participant_mut(id)?;
                p.name.clear();
                p.organisation.clear();
                p.sector = None;
                p.attended = [false; WORKSHOPS];
                p.attendance = Some(Version::at(stamp));
                p.meta.deleted = true;
                p.meta.touch(stamp);
                for plan in self.groups.iter_mut() {
                    if plan.groups.iter().any(|g| g.contains(id)) {
                        for g in plan.groups.iter_mut() {
                            g.retain(|m| m != id);
                        }
                        plan.meta.touch(stamp);
                    }
                }
            }
            ParticipantsAction::SetAttendance {
                id,
                workshop,
                present,
            } => {
                check_workshop(*workshop)?;
                let p = self.participant_mut(id)?;
                let slot = &mut p.attended[*workshop as usize - 1];
                if *slot != *present {
                    *slot = *present;
                    p.attendance = Some(Version::at(stamp));
                }
                if !*present {
                    if let Some(plan) = self.groups.iter_mut().find(|g| g.workshop == *workshop) {
                        if plan.groups.iter().any(|g| g.contains(id)) {
                            for g in plan.groups.iter_mut() {
                                g.retain(|m| m != id);
                            }
                            plan.meta.touch(stamp);
                        }
                    }
                }
            }
            ParticipantsAction::MakeGroups {
                workshop,
                count,
                seed,
            } => {
                check_workshop(*workshop)?;
                let people: Vec<(String, Option<Sector>)> = self
                    .live_participants()
                    .filter(|p| p.attended[*workshop as usize - 1])
                    .map(|p| (p.meta.id.clone(), p.sector))
                    .collect();
                if *count == 0 || *count > MAX_GROUPS || *count > people.len().max(1) {
                    return Err(ActionError::BadGroupCount);
                }
                let groups = balanced_groups(&people, *count, *seed);
                let id = format!("groups-{workshop}");
                match self.groups.iter_mut().find(|g| g.workshop == *workshop) {
                    Some(plan) => {
                        plan.seed = *seed;
                        plan.groups = groups;
                        plan.meta.deleted = false;
                        plan.meta.touch(stamp);
                    }
                    None => self.groups.push(GroupPlan {
                        meta: Meta::new(id, stamp),
                        workshop: *workshop,
                        seed: *seed,
                        groups,
                    }),
                }
            }
            ParticipantsAction::MoveToGroup {
                workshop,
                participant,
                group,
            } => {
                check_workshop(*workshop)?;
                let attends = self
                    .live_participants()
                    .any(|p| p.meta.id == *participant && p.attended[*workshop as usize - 1]);
                let plan = self
                    .groups
                    .iter_mut()
                    .find(|g| g.workshop == *workshop)
                    .ok_or(ActionError::BadGroup)?;
                if !attends || *group >= plan.groups.len() {
                    return Err(ActionError::BadGroup);
                }
                if !plan.groups[*group].contains(participant) {
                    for g in plan.groups.iter_mut() {
                        g.retain(|m| m != participant);
                    }
                    plan.groups[*group].push(participant.clone());
                    plan.meta.touch(stamp);
                }
            }
            ParticipantsAction::SetSectorName { sector, name } => {
                let name = name.trim().to_string();
                check_len(&name, TextField::SectorName, MAX_SECTOR_NAME)?;
                self.change_settings(stamp, |s| s.sector_names[sector.index()] = name);
            }
            ParticipantsAction::SetRoom { min, max } => {
                if min > max || *max == 0 || *max as usize > MAX_PARTICIPANTS {
                    return Err(ActionError::BadRoom);
                }
                self.change_settings(stamp, |s| (s.room_min, s.room_max) = (*min, *max));
            }
            ParticipantsAction::SetPin { pin } => {
                let pin = pin.trim();
                if !pin.is_empty() && !crate::participants::is_valid_pin(pin) {
                    return Err(ActionError::BadPin);
                }
                let hash = if pin.is_empty() {
                    String::new()
                } else {
                    crate::participants::pin_hash(&self.id, pin)
                };
                self.change_settings(stamp, |s| s.pin = hash);
            }
            ParticipantsAction::SetParticipantsHidden { hidden } => {
                self.change_settings(stamp, |s| s.hidden = *hidden)
            }
        }
        Ok(())
    }

    /// A copy under a new id and title, made now on this device. It keeps all content, and with it
    /// the example label: illustrative data stays illustrative in a copy.
    pub fn duplicate(
        &self,
        new_id: &str,
        title: &str,
        stamp: &Stamp,
    ) -> Result<Session, ActionError> {
        let mut copy = self.clone();
        copy.id = new_id.to_string();
        copy.created = stamp.now;
        copy.info.meta = Meta::new(new_id, stamp);
        copy.apply(
            &Action::Rename {
                title: title.into(),
            },
            stamp,
        )?;
        copy.info.meta.touch(stamp);
        Ok(copy)
    }

    /// The latest change to any record of the session.
    pub fn last_changed(&self) -> i64 {
        let records = self
            .participants
            .iter()
            .map(|p| &p.meta)
            .chain(self.groups.iter().map(|g| &g.meta))
            .chain(self.participant_settings.iter().map(|s| &s.meta))
            .chain(self.cards.iter().map(|c| &c.meta))
            .chain(self.ratings.iter().map(|r| &r.meta))
            .chain(self.verdict.iter().map(|v| &v.meta))
            .chain(self.problems.iter().map(|p| &p.meta))
            .chain(self.innovations.iter().map(|i| &i.meta))
            .chain(self.periods.iter().map(|p| &p.meta))
            .chain(self.deep_dives.iter().map(|d| &d.meta))
            .chain(self.inventory_settings.iter().map(|s| &s.meta))
            .chain(self.rounds.iter().map(|r| &r.meta))
            .chain(self.ballots.iter().map(|b| &b.meta))
            .chain(self.chosen.iter().map(|c| &c.meta))
            .chain(self.worksheets.iter().map(|w| &w.meta))
            .chain(self.ideas.iter().map(|i| &i.meta))
            .chain(self.report_settings.iter().map(|r| &r.meta));
        let attendance = self
            .participants
            .iter()
            .filter_map(|p| p.attendance.as_ref().map(|v| v.changed));
        records
            .map(|m| m.changed.max(m.created))
            .chain(attendance)
            .fold(self.info.meta.changed.max(self.created), i64::max)
    }

    /// The furthest step of the method that has data.
    pub fn progress(&self) -> Progress {
        if self.live_ideas().next().is_some() {
            Progress::Solutions
        } else if self
            .ballots
            .iter()
            .any(|b| self.live_rounds().any(|r| r.meta.id == b.round))
        {
            Progress::Ranking
        } else if self.innovations.iter().any(|i| !i.meta.deleted) {
            Progress::Innovations
        } else if self.cards.iter().any(|c| !c.meta.deleted)
            || self.problems.iter().any(|p| !p.meta.deleted)
        {
            Progress::Assessment
        } else if self.live_participants().next().is_some() {
            Progress::Participants
        } else {
            Progress::Created
        }
    }

    /// The home screen's line for this session.
    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            id: self.id.clone(),
            title: self.info.title.clone(),
            town: self.info.town.clone(),
            date: self.info.date.clone(),
            changed: self.last_changed(),
            progress: self.progress(),
            example: self.info.example,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(now: i64) -> Stamp {
        Stamp {
            now,
            device: "dev1".into(),
        }
    }

    fn session() -> Session {
        Session::new(
            "s1",
            " Velenje 2026 ",
            "Velenje",
            "2026-03-01",
            ContentLang::Sl,
            &st(10),
        )
        .unwrap()
    }

    #[test]
    fn new_session_is_trimmed_and_stamped() {
        let s = session();
        assert_eq!(s.info.title, "Velenje 2026");
        assert_eq!(s.info.meta.id, "s1");
        assert_eq!(s.created, 10);
        assert_eq!(s.info.meta.changed, 10);
        assert_eq!(s.progress(), Progress::Created);
    }

    #[test]
    fn new_session_refuses_bad_description() {
        let e = Session::new("s1", "  ", "", "", ContentLang::En, &st(1)).unwrap_err();
        assert_eq!(e, ActionError::EmptyTitle);
        let e = Session::new("s1", "t", "", "2026-02-30", ContentLang::En, &st(1)).unwrap_err();
        assert_eq!(e, ActionError::BadDate);
    }

    #[test]
    fn rename_changes_title_and_stamp() {
        let mut s = session();
        s.apply(
            &Action::Rename {
                title: "Nov naslov".into(),
            },
            &Stamp {
                now: 20,
                device: "dev2".into(),
            },
        )
        .unwrap();
        assert_eq!(s.info.title, "Nov naslov");
        assert_eq!(
            (s.info.meta.changed, s.info.meta.device.as_str()),
            (20, "dev2")
        );
        assert_eq!(s.summary().changed, 20);
    }

    #[test]
    fn rename_to_same_title_is_not_a_change() {
        let mut s = session();
        s.apply(
            &Action::Rename {
                title: "Velenje 2026".into(),
            },
            &st(99),
        )
        .unwrap();
        assert_eq!(s.info.meta.changed, 10);
    }

    #[test]
    fn refused_actions_leave_session_unchanged() {
        let mut s = session();
        let before = s.clone();
        assert_eq!(
            s.apply(&Action::Rename { title: " ".into() }, &st(30)),
            Err(ActionError::EmptyTitle)
        );
        let long = "č".repeat(MAX_TITLE + 1);
        assert_eq!(
            s.apply(&Action::Rename { title: long }, &st(30)),
            Err(ActionError::TooLong {
                field: TextField::Title,
                limit: MAX_TITLE
            })
        );
        let bad_town = Action::UpdateInfo {
            title: Some("x".into()),
            town: Some("t".repeat(MAX_TOWN + 1)),
            date: None,
            content_lang: Some(ContentLang::En),
        };
        assert_eq!(
            s.apply(&bad_town, &st(30)),
            Err(ActionError::TooLong {
                field: TextField::Town,
                limit: MAX_TOWN
            })
        );
        let bad_date = Action::UpdateInfo {
            title: Some("x".into()),
            town: None,
            date: Some("1.3.2026".into()),
            content_lang: None,
        };
        assert_eq!(s.apply(&bad_date, &st(30)), Err(ActionError::BadDate));
        assert_eq!(s, before);
    }

    #[test]
    fn title_limit_counts_characters_not_bytes() {
        let mut s = session();
        let title = "ž".repeat(MAX_TITLE);
        s.apply(
            &Action::Rename {
                title: title.clone(),
            },
            &st(30),
        )
        .unwrap();
        assert_eq!(s.info.title, title);
    }

    #[test]
    fn update_info_sets_what_is_given() {
        let mut s = session();
        s.apply(
            &Action::UpdateInfo {
                title: Some("T".into()),
                town: Some(" Celje ".into()),
                date: Some("".into()),
                content_lang: Some(ContentLang::En),
            },
            &st(40),
        )
        .unwrap();
        assert_eq!(
            (
                s.info.title.as_str(),
                s.info.town.as_str(),
                s.info.date.as_str(),
                s.info.content_lang
            ),
            ("T", "Celje", "", ContentLang::En)
        );
        assert_eq!(s.info.meta.changed, 40);
    }

    #[test]
    fn update_info_leaves_fields_not_given() {
        let mut s = session();
        let only_town = Action::UpdateInfo {
            title: None,
            town: Some("Šoštanj".into()),
            date: None,
            content_lang: None,
        };
        s.apply(&only_town, &st(41)).unwrap();
        assert_eq!(
            (
                s.info.title.as_str(),
                s.info.town.as_str(),
                s.info.date.as_str(),
                s.info.content_lang
            ),
            ("Velenje 2026", "Šoštanj", "2026-03-01", ContentLang::Sl)
        );
        let nothing = Action::UpdateInfo {
            title: None,
            town: None,
            date: None,
            content_lang: None,
        };
        s.apply(&nothing, &st(99)).unwrap();
        assert_eq!(s.info.meta.changed, 41, "an empty update is not a change");
    }

    #[test]
    fn duplicate_gets_new_identity_and_keeps_content() {
        let mut s = session();
        s.info.example = true;
        let d = s
            .duplicate(
                "s2",
                "Kopija",
                &Stamp {
                    now: 50,
                    device: "dev9".into(),
                },
            )
            .unwrap();
        assert_eq!((d.id.as_str(), d.info.meta.id.as_str()), ("s2", "s2"));
        assert_eq!(d.info.title, "Kopija");
        assert_eq!(d.info.town, s.info.town);
        assert_eq!(
            (d.created, d.info.meta.changed, d.info.meta.device.as_str()),
            (50, 50, "dev9")
        );
        assert!(
            d.info.example,
            "the copy of an example keeps its illustrative label"
        );
        assert_eq!(s.id, "s1");
    }

    #[test]
    fn copy_titles_stay_within_the_limit() {
        assert_eq!(copy_title("Velenje", "(kopija)"), "Velenje (kopija)");
        let long = copy_title(&"ž".repeat(MAX_TITLE), "(copy)");
        assert_eq!(long.chars().count(), MAX_TITLE);
        assert!(long.ends_with(" (copy)"));
        assert!(session().duplicate("s2", &long, &st(1)).is_ok());
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        for ok in ["", "2024-02-29", "2019-04-30", "1999-12-31"] {
            assert!(is_valid_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "2019-04-31",
            "2019-13-01",
            "2019-00-10",
            "19-04-01",
            "2019/04/01",
            "2019-4-01x",
            "abcd-ef-gh",
            "2019-04-+1",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }
}

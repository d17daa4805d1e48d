//! The report of the whole series: what the facilitator decides about it is stored in the
//! session — the sections left out, a short text of their own per section, whether names
//! appear, and the cover's dates of workshops 2 and 3 and who facilitated. Everything else in
//! the report is built from the data.

use serde::{Deserialize, Serialize};

use crate::limits::{MAX_COMMENT, MAX_TITLE};
use crate::meta::{Meta, Stamp};
use crate::session::{clean_text, is_valid_date, ActionError, Session, TextField};

/// The id of the one [`ReportSettings`] record.
pub const REPORT_SETTINGS_ID: &str = "report-settings";

/// The report's sections after the cover, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Who took part, by sector and workshop.
    Participants,
    /// Workshop 1: table 1, ratings, verdict.
    Assessment,
    /// Workshop 2: table 2 and the timeline.
    Innovations,
    /// Deep dives, what worked, the keys to success.
    DeepDives,
    /// Every ranking round.
    Ranking,
    /// The problems chosen for workshop 3.
    Chosen,
    /// Workshop 3's worksheets and ideas.
    Solutions,
    /// The map of problems to ideas.
    Map,
}

impl Section {
    /// Every section, in the report's order.
    pub const ALL: [Section; 8] = [
        Section::Participants,
        Section::Assessment,
        Section::Innovations,
        Section::DeepDives,
        Section::Ranking,
        Section::Chosen,
        Section::Solutions,
        Section::Map,
    ];
}

/// The facilitator's own text for a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionNote {
    /// Which section.
    pub section: Section,
    /// The text, at most 1000 characters.
    pub text: String,
}

/// What the facilitator decided about the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSettings {
    /// Bookkeeping; the id is [`REPORT_SETTINGS_ID`].
    pub meta: Meta,
    /// Sections left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<Section>,
    /// The facilitator's texts, one per section at most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<SectionNote>,
    /// Participants' names appear (off: counts and codes only).
    #[serde(default)]
    pub names: bool,
    /// Date of workshop 2, `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub date2: String,
    /// Date of workshop 3, `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub date3: String,
    /// Who facilitated.
    #[serde(default)]
    pub facilitators: String,
}

impl ReportSettings {
    /// The settings of a session that has none yet.
    fn new(stamp: &Stamp) -> Self {
        ReportSettings {
            meta: Meta::new(REPORT_SETTINGS_ID, stamp),
            hidden: Vec::new(),
            notes: Vec::new(),
            names: false,
            date2: String::new(),
            date3: String::new(),
            facilitators: String::new(),
        }
    }

    /// Whether a section is in the report.
    pub fn shows(&self, section: Section) -> bool {
        !self.hidden.contains(&section)
    }

    /// The facilitator's text for a section ("" when none).
    pub fn note(&self, section: Section) -> &str {
        self.notes
            .iter()
            .find(|n| n.section == section)
            .map_or("", |n| n.text.as_str())
    }
}

/// Every change to the report's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReportAction {
    /// Puts a section in the report or leaves it out.
    ShowSection {
        /// Which.
        section: Section,
        /// In or out.
        shown: bool,
    },
    /// Sets the facilitator's text for a section (empty removes it).
    SetNote {
        /// Which.
        section: Section,
        /// The text.
        text: String,
    },
    /// Shows participants' names, or not.
    SetNames {
        /// Names shown.
        names: bool,
    },
    /// Sets the cover's dates of workshops 2 and 3 and who facilitated.
    SetCover {
        /// Workshop 2's date.
        date2: String,
        /// Workshop 3's date.
        date3: String,
        /// Who facilitated.
        facilitators: String,
    },
}

impl Session {
    /// The report's settings, or the defaults (everything shown, no texts, no names).
    pub fn report_settings(&self) -> ReportSettings {
        self.report_settings
            .clone()
            .filter(|r| !r.meta.deleted)
            .unwrap_or_else(|| {
                ReportSettings::new(&Stamp {
                    now: 0,
                    device: String::new(),
                })
            })
    }

    pub(crate) fn apply_report(
        &mut self,
        action: &ReportAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        let mut next = self
            .report_settings
            .clone()
            .filter(|r| !r.meta.deleted)
            .unwrap_or_else(|| ReportSettings::new(stamp));
        match action {
            ReportAction::ShowSection { section, shown } => {
                next.hidden.retain(|s| s != section);
                if !shown {
                    next.hidden.push(*section);
                    next.hidden.sort();
                }
            }
            ReportAction::SetNote { section, text } => {
                let text = clean_text(text, TextField::Description, MAX_COMMENT, false)?;
                next.notes.retain(|n| n.section != *section);
                if !text.is_empty() {
                    next.notes.push(SectionNote {
                        section: *section,
                        text,
                    });
                    next.notes.sort_by_key(|n| n.section);
                }
            }
            ReportAction::SetNames { names } => next.names = *names,
            ReportAction::SetCover {
                date2,
                date3,
                facilitators,
            } => {
                let (date2, date3) = (date2.trim(), date3.trim());
                if !is_valid_date(date2) || !is_valid_date(date3) {
                    return Err(ActionError::BadDate);
                }
                next.date2 = date2.to_string();
                next.date3 = date3.to_string();
                next.facilitators = clean_text(facilitators, TextField::Town, MAX_TITLE, false)?;
            }
        }
        let changed = self.report_settings.as_ref().is_none_or(|old| {
            old.meta.deleted
                || (
                    &old.hidden,
                    &old.notes,
                    old.names,
                    &old.date2,
                    &old.date3,
                    &old.facilitators,
                ) != (
                    &next.hidden,
                    &next.notes,
                    next.names,
                    &next.date2,
                    &next.date3,
                    &next.facilitators,
                )
        });
        if changed {
            next.meta.touch(stamp);
            self.report_settings = Some(next);
        }
        Ok(())
    }
}

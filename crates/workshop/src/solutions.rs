//! Workshop 3: for each of the problems chosen in workshop 2, a group fills in a worksheet — the
//! core of the problem in its own words, causes, consequences, who is affected, what the town can
//! build on — and develops ideas in the manner of social innovations. The plenary sees every idea
//! side by side, rates each one's impact and feasibility (1–5) and picks the ideas to take
//! forward; an idea's status then follows it after the workshop.
//!
//! What an idea or a worksheet builds on is a link to a record (a workshop 1 strength, a
//! workshop 2 innovation) or a success factor, never copied text: a strength removed later still
//! reads, shown as removed.

use serde::{Deserialize, Serialize};

use crate::assessment::Polarity;
use crate::innovations::SuccessFactor;
use crate::limits::{
    MAX_CARD, MAX_COMMENT, MAX_FACTOR_NAME, MAX_GROUPS, MAX_IDEAS, MAX_LINKS, MAX_WORKSHEETS,
    RATINGS,
};
use crate::meta::{is_valid_id, Meta, Stamp};
use crate::participants::Sector;
use crate::session::{clean_text, Action, ActionError, Session, TextField};

/// The workshop whose groups work on the worksheets.
pub const WORKSHOP: u8 = 3;

/// Something the town can build on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Basis {
    /// A strength card of workshop 1.
    Strength {
        /// The card's id.
        card: String,
    },
    /// A local social innovation of workshop 2.
    Innovation {
        /// The innovation's id.
        innovation: String,
    },
    /// A success factor (workshop 2's deep dives, or the series' keys to success).
    Factor(SuccessFactor),
}

/// Where an idea stands after the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    /// An idea, not yet examined (the paper: "on the level of a concept").
    #[default]
    Concept,
    /// Its feasibility is being studied.
    Feasibility,
    /// Being prepared or piloted.
    Development,
    /// Running.
    Running,
    /// Given up.
    Dropped,
}

impl IdeaStatus {
    /// Every status, in the order an idea moves through them.
    pub const ALL: [IdeaStatus; 5] = [
        IdeaStatus::Concept,
        IdeaStatus::Feasibility,
        IdeaStatus::Development,
        IdeaStatus::Running,
        IdeaStatus::Dropped,
    ];
}

/// One group's worksheet on one problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Worksheet {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// The problem worked on.
    pub problem: String,
    /// The group of workshop 3 that works on it (0-based), if assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The core of the problem, in the group's own words.
    #[serde(default)]
    pub core: String,
    /// Its causes.
    #[serde(default)]
    pub causes: String,
    /// Its consequences.
    #[serde(default)]
    pub consequences: String,
    /// Who is affected.
    #[serde(default)]
    pub affected: String,
    /// What the town can build on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub builds_on: Vec<Basis>,
}

/// What a group writes of an idea: everything but its place, status and the plenary's view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct IdeaText {
    /// Title, never empty.
    pub title: String,
    /// What it is.
    #[serde(default)]
    pub description: String,
    /// Who would carry it: actors and partners.
    #[serde(default)]
    pub carriers: String,
    /// The helix sectors that would carry it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// The resources it needs.
    #[serde(default)]
    pub resources: String,
    /// Who benefits.
    #[serde(default)]
    pub beneficiaries: String,
    /// The first steps.
    #[serde(default)]
    pub first_steps: String,
    /// Alternatives considered and set aside, and why.
    #[serde(default)]
    pub alternatives: String,
    /// What it builds on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub builds_on: Vec<Basis>,
}

/// An idea for a problem, developed on its worksheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// The worksheet it belongs to.
    pub worksheet: String,
    /// What the group wrote.
    pub text: IdeaText,
    /// Where it stands.
    #[serde(default)]
    pub status: IdeaStatus,
    /// Its place among the worksheet's ideas (smaller first; ties by `meta.created`, then id).
    pub position: i64,
    /// The plenary's view of its impact, 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<u8>,
    /// The plenary's view of its feasibility, 1–5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feasibility: Option<u8>,
    /// Picked by the plenary to take forward.
    #[serde(default)]
    pub picked: bool,
}

impl Idea {
    /// The action that saves `text` as this idea's.
    pub fn edit_action(&self, text: IdeaText) -> Action {
        Action::Solutions(SolutionsAction::EditIdea {
            id: self.meta.id.clone(),
            text: Box::new(text),
        })
    }
}

impl Worksheet {
    /// The action that saves this worksheet as it now stands (after a field was changed).
    pub fn edit_action(self) -> Action {
        Action::Solutions(SolutionsAction::EditWorksheet {
            id: self.meta.id,
            core: self.core,
            causes: self.causes,
            consequences: self.consequences,
            affected: self.affected,
            builds_on: self.builds_on,
        })
    }
}

/// A worksheet to start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewWorksheet {
    /// A fresh id.
    pub id: String,
    /// The problem.
    pub problem: String,
    /// Workshop 3's group that works on it.
    #[serde(default)]
    pub group: Option<usize>,
}

/// Every change to workshop 3; the step's own handler applies it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SolutionsAction {
    /// Starts worksheets, one per problem (by default the chosen ones, group n on problem n).
    StartWorksheets {
        /// The worksheets.
        worksheets: Vec<NewWorksheet>,
    },
    /// Fills in a worksheet.
    EditWorksheet {
        /// Which worksheet.
        id: String,
        /// The core of the problem.
        core: String,
        /// Causes.
        causes: String,
        /// Consequences.
        consequences: String,
        /// Who is affected.
        affected: String,
        /// What the town can build on.
        builds_on: Vec<Basis>,
    },
    /// Gives a worksheet to another group of workshop 3 (or to none).
    SetWorksheetGroup {
        /// Which worksheet.
        id: String,
        /// The group, 0-based.
        group: Option<usize>,
    },
    /// Removes a worksheet (a tombstone stays; its ideas are hidden with it).
    RemoveWorksheet {
        /// Which worksheet.
        id: String,
    },
    /// Adds an idea to a worksheet, last.
    AddIdea {
        /// A fresh id.
        id: String,
        /// The worksheet.
        worksheet: String,
        /// Its title.
        title: String,
    },
    /// Changes what the group wrote of an idea.
    EditIdea {
        /// Which idea.
        id: String,
        /// The new text (boxed: it is the largest of the actions).
        text: Box<IdeaText>,
    },
    /// Moves an idea one place up or down among its worksheet's ideas.
    MoveIdea {
        /// Which idea.
        id: String,
        /// Up (earlier) or down.
        up: bool,
    },
    /// Sets where an idea stands.
    SetIdeaStatus {
        /// Which idea.
        id: String,
        /// The status.
        status: IdeaStatus,
    },
    /// Records the plenary's view of an idea (1–5 each, or not rated).
    AssessIdea {
        /// Which idea.
        id: String,
        /// Impact.
        impact: Option<u8>,
        /// Feasibility.
        feasibility: Option<u8>,
    },
    /// Picks an idea to take forward, or unpicks it.
    PickIdea {
        /// Which idea.
        id: String,
        /// Picked or not.
        picked: bool,
    },
    /// Removes an idea (a tombstone stays).
    RemoveIdea {
        /// Which idea.
        id: String,
    },
}

/// Checks a list of bases: each listed once, at most [`MAX_LINKS`], factor names within limits,
/// strengths that are strength cards and innovations the session holds.
fn check_bases(s: &Session, bases: &[Basis]) -> Result<Vec<Basis>, ActionError> {
    if bases.len() > MAX_LINKS {
        return Err(ActionError::BadLink);
    }
    let mut out: Vec<Basis> = Vec::with_capacity(bases.len());
    for b in bases {
        let ok = match b {
            Basis::Strength { card } => s
                .cards
                .iter()
                .any(|c| &c.meta.id == card && c.polarity == Polarity::Strength),
            Basis::Innovation { innovation } => {
                s.innovations.iter().any(|i| &i.meta.id == innovation)
            }
            Basis::Factor(SuccessFactor::Other(name)) => {
                let n = name.trim();
                !n.is_empty() && n == name && n.chars().count() <= MAX_FACTOR_NAME
            }
            Basis::Factor(_) => true,
        };
        if !ok {
            return Err(ActionError::BadLink);
        }
        if !out.contains(b) {
            out.push(b.clone());
        }
    }
    Ok(out)
}

fn rating(r: Option<u8>) -> Result<Option<u8>, ActionError> {
    match r {
        Some(v) if !RATINGS.contains(&v) => Err(ActionError::BadRating),
        r => Ok(r),
    }
}

/// The order ideas are shown in: by position, then when made, then id.
fn idea_order(i: &Idea) -> (i64, i64, &str) {
    (i.position, i.meta.created, i.meta.id.as_str())
}

impl Session {
    /// The live worksheets, in the order they were started.
    pub fn live_worksheets(&self) -> impl Iterator<Item = &Worksheet> {
        self.worksheets.iter().filter(|w| !w.meta.deleted)
    }

    /// The live ideas of a worksheet, in their order.
    pub fn ideas_of(&self, worksheet: &str) -> Vec<&Idea> {
        let mut ideas: Vec<&Idea> = self
            .ideas
            .iter()
            .filter(|i| !i.meta.deleted && i.worksheet == worksheet)
            .collect();
        ideas.sort_by(|a, b| idea_order(a).cmp(&idea_order(b)));
        ideas
    }

    /// The live ideas of live worksheets.
    pub fn live_ideas(&self) -> impl Iterator<Item = &Idea> {
        self.ideas
            .iter()
            .filter(|i| !i.meta.deleted && self.live_worksheets().any(|w| w.meta.id == i.worksheet))
    }

    /// The text of the record a basis links to, and whether it was removed; `None` for a
    /// factor (named by the interface) or a link to nothing.
    pub fn basis_text(&self, basis: &Basis) -> Option<(&str, bool)> {
        match basis {
            Basis::Strength { card } => self
                .cards
                .iter()
                .find(|c| &c.meta.id == card)
                .map(|c| (c.text.as_str(), c.meta.deleted)),
            Basis::Innovation { innovation } => self
                .innovations
                .iter()
                .find(|i| &i.meta.id == innovation)
                .map(|i| (i.name.as_str(), i.meta.deleted)),
            Basis::Factor(_) => None,
        }
    }

    /// The number of groups workshop 3's plan has (0 without one).
    pub fn workshop3_groups(&self) -> usize {
        self.group_plan(WORKSHOP).map_or(0, |p| p.groups.len())
    }

    /// The worksheets to start for the problems chosen in workshop 2 that have none yet: group n
    /// on the n-th problem while there are groups. `ids` gives fresh ids, one per worksheet.
    pub fn default_worksheets(&self, mut ids: impl FnMut() -> String) -> Vec<NewWorksheet> {
        let Some(chosen) = self.chosen_problems() else {
            return Vec::new();
        };
        let groups = self.workshop3_groups();
        chosen
            .problems
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                self.live_problems().any(|x| &x.meta.id == *p)
                    && !self.live_worksheets().any(|w| &w.problem == *p)
            })
            .map(|(n, p)| NewWorksheet {
                id: ids(),
                problem: p.clone(),
                group: (n < groups).then_some(n),
            })
            .collect()
    }

    fn check_group(&self, group: Option<usize>) -> Result<(), ActionError> {
        match group {
            Some(g) if g >= self.workshop3_groups() || g >= MAX_GROUPS => {
                Err(ActionError::BadGroup)
            }
            _ => Ok(()),
        }
    }

    fn worksheet_mut(&mut self, id: &str) -> Result<&mut Worksheet, ActionError> {
        self.worksheets
            .iter_mut()
            .find(|w| w.meta.id == id && !w.meta.deleted)
            .ok_or(ActionError::UnknownWorksheet)
    }

    fn idea_mut(&mut self, id: &str) -> Result<&mut Idea, ActionError> {
        self.ideas
            .iter_mut()
            .find(|i| i.meta.id == id && !i.meta.deleted)
            .ok_or(ActionError::UnknownIdea)
    }

    pub(crate) fn apply_solutions(
        &mut self,
        action: &SolutionsAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        let field = |v: &str| clean_text(v, TextField::Description, MAX_COMMENT, false);
        match action {
            SolutionsAction::StartWorksheets { worksheets } => {
                if self.worksheets.len() + worksheets.len() > MAX_WORKSHEETS {
                    return Err(ActionError::TooManyWorksheets);
                }
                let mut added: Vec<Worksheet> = Vec::with_capacity(worksheets.len());
                for w in worksheets {
                    if !self.live_problems().any(|p| p.meta.id == w.problem) {
                        return Err(ActionError::UnknownProblem);
                    }
                    if self
                        .live_worksheets()
                        .chain(&added)
                        .any(|x| x.problem == w.problem)
                    {
                        return Err(ActionError::BadWorksheet);
                    }
                    self.check_group(w.group)?;
                    if !is_valid_id(&w.id)
                        || self.id_taken(&w.id)
                        || added.iter().any(|a| a.meta.id == w.id)
                    {
                        return Err(ActionError::BadId);
                    }
                    added.push(Worksheet {
                        meta: Meta::nth(w.id.clone(), stamp, added.len()),
                        problem: w.problem.clone(),
                        group: w.group,
                        core: String::new(),
                        causes: String::new(),
                        consequences: String::new(),
                        affected: String::new(),
                        builds_on: Vec::new(),
                    });
                }
                self.worksheets.extend(added);
            }
            SolutionsAction::EditWorksheet {
                id,
                core,
                causes,
                consequences,
                affected,
                builds_on,
            } => {
                let new = (
                    field(core)?,
                    field(causes)?,
                    field(consequences)?,
                    field(affected)?,
                    check_bases(self, builds_on)?,
                );
                let w = self.worksheet_mut(id)?;
                let old = (
                    w.core.clone(),
                    w.causes.clone(),
                    w.consequences.clone(),
                    w.affected.clone(),
                    w.builds_on.clone(),
                );
                if new != old {
                    (w.core, w.causes, w.consequences, w.affected, w.builds_on) = new;
                    w.meta.touch(stamp);
                }
            }
            SolutionsAction::SetWorksheetGroup { id, group } => {
                self.check_group(*group)?;
                let w = self.worksheet_mut(id)?;
                if w.group != *group {
                    w.group = *group;
                    w.meta.touch(stamp);
                }
            }
            SolutionsAction::RemoveWorksheet { id } => {
                let w = self.worksheet_mut(id)?;
                w.meta.deleted = true;
                w.meta.touch(stamp);
            }
            SolutionsAction::AddIdea {
                id,
                worksheet,
                title,
            } => {
                let title = clean_text(title, TextField::IdeaTitle, MAX_CARD, true)?;
                self.worksheet_mut(worksheet)?;
                if self.ideas.len() >= MAX_IDEAS {
                    return Err(ActionError::TooManyIdeas);
                }
                if !is_valid_id(id) || self.id_taken(id) {
                    return Err(ActionError::BadId);
                }
                let meta = Meta::new(id.clone(), stamp);
                let last = self.ideas_of(worksheet).last().map(|i| i.position);
                let position = last.map_or(meta.created, |p| p.saturating_add(1).max(meta.created));
                self.ideas.push(Idea {
                    meta,
                    worksheet: worksheet.clone(),
                    text: IdeaText {
                        title,
                        ..IdeaText::default()
                    },
                    status: IdeaStatus::Concept,
                    position,
                    impact: None,
                    feasibility: None,
                    picked: false,
                });
            }
            SolutionsAction::EditIdea { id, text } => {
                let mut sectors = text.sectors.clone();
                sectors.sort();
                sectors.dedup();
                let clean = IdeaText {
                    title: clean_text(&text.title, TextField::IdeaTitle, MAX_CARD, true)?,
                    description: field(&text.description)?,
                    carriers: field(&text.carriers)?,
                    sectors,
                    resources: field(&text.resources)?,
                    beneficiaries: field(&text.beneficiaries)?,
                    first_steps: field(&text.first_steps)?,
                    alternatives: field(&text.alternatives)?,
                    builds_on: check_bases(self, &text.builds_on)?,
                };
                let i = self.idea_mut(id)?;
                if i.text != clean {
                    i.text = clean;
                    i.meta.touch(stamp);
                }
            }
            SolutionsAction::MoveIdea { id, up } => {
                let worksheet = self.idea_mut(id)?.worksheet.clone();
                let order: Vec<(String, i64)> = self
                    .ideas_of(&worksheet)
                    .iter()
                    .map(|i| (i.meta.id.clone(), i.position))
                    .collect();
                let at = order.iter().position(|(i, _)| i == id).unwrap_or(0);
                let other = if *up { at.checked_sub(1) } else { Some(at + 1) };
                let Some((other_id, other_pos)) = other.and_then(|o| order.get(o)).cloned() else {
                    return Ok(());
                };
                let mine = order[at].1;
                // Two ideas merged from two tablets may share a place: the one moved goes just
                // past the other.
                let (new_mine, new_other) = if mine != other_pos {
                    (other_pos, mine)
                } else if *up {
                    (other_pos.saturating_sub(1), other_pos)
                } else {
                    (other_pos.saturating_add(1), other_pos)
                };
                for (target, pos) in [(id.as_str(), new_mine), (other_id.as_str(), new_other)] {
                    let i = self.idea_mut(target)?;
                    i.position = pos;
                    i.meta.touch(stamp);
                }
            }
            SolutionsAction::SetIdeaStatus { id, status } => {
                let i = self.idea_mut(id)?;
                if i.status != *status {
                    i.status = *status;
                    i.meta.touch(stamp);
                }
            }
            SolutionsAction::AssessIdea {
                id,
                impact,
                feasibility,
            } => {
                let (impact, feasibility) = (rating(*impact)?, rating(*feasibility)?);
                let i = self.idea_mut(id)?;
                if (i.impact, i.feasibility) != (impact, feasibility) {
                    (i.impact, i.feasibility) = (impact, feasibility);
                    i.meta.touch(stamp);
                }
            }
            SolutionsAction::PickIdea { id, picked } => {
                let i = self.idea_mut(id)?;
                if i.picked != *picked {
                    i.picked = *picked;
                    i.meta.touch(stamp);
                }
            }
            SolutionsAction::RemoveIdea { id } => {
                let i = self.idea_mut(id)?;
                i.meta.deleted = true;
                i.meta.touch(stamp);
            }
        }
        Ok(())
    }
}

//! Workshop 2, part A: the inventory of local social innovations, the town's historical periods,
//! and deep dives into why some of them worked.

use serde::{Deserialize, Serialize};

use crate::assessment::Origin;
use crate::meta::Meta;
use crate::participants::Sector;

/// What kind of novelty an innovation is; an innovation has one or two (e.g. service/product).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InnovationType {
    /// A new practice.
    Practice,
    /// New rules or regulations.
    Rules,
    /// A new service.
    Service,
    /// A new organisational form.
    OrganisationalForm,
    /// A new product.
    Product,
}

impl InnovationType {
    /// All five, in the paper's order.
    pub const ALL: [InnovationType; 5] = [
        InnovationType::Practice,
        InnovationType::Rules,
        InnovationType::Service,
        InnovationType::OrganisationalForm,
        InnovationType::Product,
    ];
}

/// A local social innovation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Innovation {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// Its name.
    pub name: String,
    /// One or two types.
    pub types: Vec<InnovationType>,
    /// The year it began, when known.
    #[serde(default)]
    pub year: Option<i32>,
    /// A short description.
    #[serde(default)]
    pub description: String,
    /// The sectors that drove it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drivers: Vec<Sector>,
    /// The organisations that drove it.
    #[serde(default)]
    pub organisations: String,
    /// The need it answered.
    #[serde(default)]
    pub need: String,
    /// Still running, ended, or not known.
    #[serde(default)]
    pub running: Option<bool>,
    /// Who added it.
    pub origin: Origin,
    /// A period set by hand (otherwise the period follows from the year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

/// A historical period of the town; periods may overlap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// Its name.
    pub name: String,
    /// First year.
    pub start: i32,
    /// Last year, or `None` while it lasts.
    #[serde(default)]
    pub end: Option<i32>,
}

impl Period {
    /// Whether the period includes the year.
    pub fn contains(&self, year: i32) -> bool {
        year >= self.start && self.end.is_none_or(|e| year <= e)
    }
}

/// How many innovations workshop 2 studies in depth (4 in the method).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventorySettings {
    /// Bookkeeping; the id is `inventory-settings`.
    pub meta: Meta,
    /// The most deep dives, 1 to 20.
    pub deep_dive_limit: u8,
    /// The series' keys to success, as its conclusion names them: what worked across the
    /// town's innovations rather than in one deep dive.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<FactorNote>,
}

/// The method's number of deep dives.
pub const DEFAULT_DEEP_DIVES: u8 = 4;

/// Why an innovation worked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "factor", content = "name")]
pub enum SuccessFactor {
    /// Cooperation among actors.
    Cooperation,
    /// Agreement and aligned interests.
    Agreement,
    /// Support of decision makers.
    DecisionMakers,
    /// Committed and ambitious initiators.
    Initiators,
    /// Social cohesion and solidarity.
    Cohesion,
    /// A culture of collaboration.
    CultureOfCollaboration,
    /// Another factor, named by the group.
    Other(String),
}

impl SuccessFactor {
    /// The six factors of the list, in order.
    pub const LISTED: [SuccessFactor; 6] = [
        SuccessFactor::Cooperation,
        SuccessFactor::Agreement,
        SuccessFactor::DecisionMakers,
        SuccessFactor::Initiators,
        SuccessFactor::Cohesion,
        SuccessFactor::CultureOfCollaboration,
    ];
}

/// A success factor named in a deep dive, with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorNote {
    /// The factor.
    pub factor: SuccessFactor,
    /// Why, in a sentence.
    #[serde(default)]
    pub note: String,
}

/// A worksheet on one innovation: why it worked and what it teaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeepDive {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// The innovation studied.
    pub innovation: String,
    /// The need it met.
    #[serde(default)]
    pub need: String,
    /// Who took part and how they cooperated.
    #[serde(default)]
    pub cooperation: String,
    /// Resources.
    #[serde(default)]
    pub resources: String,
    /// Obstacles and how they were overcome.
    #[serde(default)]
    pub obstacles: String,
    /// Success factors with their explanations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<FactorNote>,
    /// Lessons for today's problems.
    #[serde(default)]
    pub lessons: String,
    /// True for example content not taken from a real worksheet.
    #[serde(default)]
    pub illustrative: bool,
}

/// The period an innovation falls in: the one set by hand if it still exists, otherwise, among
/// the periods containing its year, the one that began last (the most specific where periods
/// overlap; ties go to the shorter, then the first listed). Unknown year and no hand-set
/// period: none.
pub fn period_of<'a>(innovation: &Innovation, periods: &'a [Period]) -> Option<&'a Period> {
    let live = || periods.iter().filter(|p| !p.meta.deleted);
    if let Some(id) = &innovation.period {
        if let Some(p) = live().find(|p| &p.meta.id == id) {
            return Some(p);
        }
    }
    let year = innovation.year?;
    live()
        .filter(|p| p.contains(year))
        .fold(None, |best: Option<&Period>, p| match best {
            Some(b)
                if (b.start, -b.end.unwrap_or(i32::MAX))
                    >= (p.start, -p.end.unwrap_or(i32::MAX)) =>
            {
                Some(b)
            }
            _ => Some(p),
        })
}

/// What worked, across the deep dives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatWorked<'a> {
    /// How often each success factor was named, most often first (ties in the list's order).
    pub factors: Vec<(SuccessFactor, usize)>,
    /// Every lesson, with the name of the innovation it came from.
    pub lessons: Vec<(&'a str, &'a str)>,
}

/// How often each success factor was named across deep dives (once per worksheet), and every
/// lesson with the innovation it came from.
pub fn what_worked<'a>(dives: &'a [DeepDive], innovations: &'a [Innovation]) -> WhatWorked<'a> {
    let live_innovation = |id: &str| {
        innovations
            .iter()
            .any(|i| i.meta.id == id && !i.meta.deleted)
    };
    let live: Vec<&DeepDive> = dives
        .iter()
        .filter(|d| !d.meta.deleted && live_innovation(&d.innovation))
        .collect();
    let mut counts: Vec<(SuccessFactor, usize)> = SuccessFactor::LISTED
        .iter()
        .map(|f| (f.clone(), 0))
        .collect();
    for d in &live {
        let mut seen = Vec::new();
        for n in &d.factors {
            if seen.contains(&n.factor) {
                continue;
            }
            seen.push(n.factor.clone());
            match counts.iter_mut().find(|(f, _)| *f == n.factor) {
                Some((_, c)) => *c += 1,
                None => counts.push((n.factor.clone(), 1)),
            }
        }
    }
    counts.retain(|(_, c)| *c > 0);
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let lessons = live
        .iter()
        .filter(|d| !d.lessons.trim().is_empty())
        .map(|d| {
            let name = innovations
                .iter()
                .find(|i| i.meta.id == d.innovation)
                .map_or("", |i| i.name.as_str());
            (name, d.lessons.as_str())
        })
        .collect();
    WhatWorked {
        factors: counts,
        lessons,
    }
}

use crate::limits::{
    MAX_CARD, MAX_CARDS, MAX_COMMENT, MAX_DEEP_DIVE_LIMIT, MAX_FACTOR_NAME, MAX_PERIOD_NAME,
    MAX_YEAR, MIN_YEAR,
};
use crate::meta::{is_valid_id, Stamp};
use crate::session::{clean_text, Action, ActionError, Session, TextField};

/// The years an innovation or a period may name.
const YEARS: std::ops::RangeInclusive<i32> = MIN_YEAR..=MAX_YEAR;

/// Success factors as a deep dive or the series names them: each once (the first note kept),
/// a named factor's name and each note within their limits.
fn clean_factors(factors: &[FactorNote]) -> Result<Vec<FactorNote>, ActionError> {
    let mut notes: Vec<FactorNote> = Vec::with_capacity(factors.len());
    for f in factors {
        if let SuccessFactor::Other(name) = &f.factor {
            clean_text(name, TextField::PeriodName, MAX_FACTOR_NAME, true)?;
        }
        if notes.iter().any(|n| n.factor == f.factor) {
            continue;
        }
        notes.push(FactorNote {
            factor: f.factor.clone(),
            note: clean_text(&f.note, TextField::Description, MAX_COMMENT, false)?,
        });
    }
    Ok(notes)
}

fn check_types(types: &[InnovationType]) -> Result<(), ActionError> {
    let ok = matches!(types.len(), 1 | 2) && !(types.len() == 2 && types[0] == types[1]);
    if ok {
        Ok(())
    } else {
        Err(ActionError::BadTypes)
    }
}

fn check_year(year: Option<i32>) -> Result<(), ActionError> {
    if year.is_none_or(|y| YEARS.contains(&y)) {
        Ok(())
    } else {
        Err(ActionError::BadYear)
    }
}

fn check_period(start: i32, end: Option<i32>) -> Result<(), ActionError> {
    check_year(Some(start))?;
    check_year(end)?;
    if end.is_some_and(|e| e < start) {
        return Err(ActionError::BadYear);
    }
    Ok(())
}

impl Innovation {
    /// The action that saves this record as it now stands (after a field was changed).
    pub fn edit_action(self) -> Action {
        Action::Innovations(InnovationsAction::EditInnovation {
            id: self.meta.id,
            name: self.name,
            types: self.types,
            year: self.year,
            description: self.description,
            drivers: self.drivers,
            organisations: self.organisations,
            need: self.need,
            running: self.running,
        })
    }
}

impl DeepDive {
    /// The action that saves this worksheet as it now stands (after a field was changed).
    pub fn edit_action(self) -> Action {
        Action::Innovations(InnovationsAction::EditDeepDive {
            id: self.meta.id,
            need: self.need,
            cooperation: self.cooperation,
            resources: self.resources,
            obstacles: self.obstacles,
            factors: self.factors,
            lessons: self.lessons,
        })
    }
}

impl Session {
    /// The live innovations.
    pub fn live_innovations(&self) -> impl Iterator<Item = &Innovation> {
        self.innovations.iter().filter(|i| !i.meta.deleted)
    }

    /// The live periods.
    pub fn live_periods(&self) -> impl Iterator<Item = &Period> {
        self.periods.iter().filter(|p| !p.meta.deleted)
    }

    /// The most deep dives this session allows.
    pub fn deep_dive_limit(&self) -> usize {
        self.inventory_settings
            .as_ref()
            .filter(|s| !s.meta.deleted)
            .map_or(DEFAULT_DEEP_DIVES, |s| s.deep_dive_limit) as usize
    }

    /// The live deep dives of live innovations (after a merge, a deep dive whose innovation was
    /// removed on another tablet stays, hidden, and shows again if the innovation comes back).
    pub fn live_deep_dives(&self) -> impl Iterator<Item = &DeepDive> {
        self.deep_dives.iter().filter(|d| {
            !d.meta.deleted
                && self
                    .innovations
                    .iter()
                    .any(|i| i.meta.id == d.innovation && !i.meta.deleted)
        })
    }

    fn innovation_mut(&mut self, id: &str) -> Result<&mut Innovation, ActionError> {
        self.innovations
            .iter_mut()
            .find(|i| i.meta.id == id && !i.meta.deleted)
            .ok_or(ActionError::UnknownInnovation)
    }

    fn period_mut(&mut self, id: &str) -> Result<&mut Period, ActionError> {
        self.periods
            .iter_mut()
            .find(|p| p.meta.id == id && !p.meta.deleted)
            .ok_or(ActionError::UnknownPeriod)
    }

    fn deep_dive_mut(&mut self, id: &str) -> Result<&mut DeepDive, ActionError> {
        self.deep_dives
            .iter_mut()
            .find(|d| d.meta.id == id && !d.meta.deleted)
            .ok_or(ActionError::BadDeepDive)
    }

    fn change_inventory_settings(
        &mut self,
        stamp: &Stamp,
        change: impl FnOnce(&mut InventorySettings),
    ) {
        let settings = self
            .inventory_settings
            .get_or_insert_with(|| InventorySettings {
                meta: Meta::new("inventory-settings", stamp),
                deep_dive_limit: DEFAULT_DEEP_DIVES,
                keys: Vec::new(),
            });
        if settings.meta.deleted {
            // Removed by an undo: starts again from the defaults.
            settings.meta.deleted = false;
            settings.deep_dive_limit = DEFAULT_DEEP_DIVES;
            settings.keys.clear();
        }
        change(settings);
        settings.meta.touch(stamp);
    }

    /// The series' keys to success (none until named).
    pub fn keys_to_success(&self) -> &[FactorNote] {
        self.inventory_settings
            .as_ref()
            .filter(|s| !s.meta.deleted)
            .map_or(&[], |s| s.keys.as_slice())
    }

    pub(crate) fn apply_innovations(
        &mut self,
        action: &InnovationsAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        match action {
            InnovationsAction::AddInnovations { innovations } => {
                if self.innovations.len() + innovations.len() > MAX_CARDS {
                    return Err(ActionError::TooManyCards);
                }
                let mut added: Vec<Innovation> = Vec::with_capacity(innovations.len());
                for n in innovations {
                    let name = clean_text(&n.name, TextField::InnovationName, MAX_CARD, true)?;
                    check_types(&n.types)?;
                    check_year(n.year)?;
                    if !is_valid_id(&n.id)
                        || self.id_taken(&n.id)
                        || added.iter().any(|a| a.meta.id == n.id)
                    {
                        return Err(ActionError::BadId);
                    }
                    added.push(Innovation {
                        meta: Meta::nth(n.id.clone(), stamp, added.len()),
                        name,
                        types: n.types.clone(),
                        year: n.year,
                        description: String::new(),
                        drivers: Vec::new(),
                        organisations: String::new(),
                        need: String::new(),
                        running: None,
                        origin: n.origin,
                        period: None,
                    });
                }
                self.innovations.extend(added);
            }
            InnovationsAction::EditInnovation {
                id,
                name,
                types,
                year,
                description,
                drivers,
                organisations,
                need,
                running,
            } => {
                let name = clean_text(name, TextField::InnovationName, MAX_CARD, true)?;
                check_types(types)?;
                check_year(*year)?;
                let description =
                    clean_text(description, TextField::Description, MAX_COMMENT, false)?;
                let organisations =
                    clean_text(organisations, TextField::Description, MAX_CARD, false)?;
                let need = clean_text(need, TextField::Description, MAX_COMMENT, false)?;
                let mut drivers = drivers.clone();
                drivers.sort();
                drivers.dedup();
                let i = self.innovation_mut(id)?;
                let new = (
                    name,
                    types.clone(),
                    *year,
                    description,
                    drivers,
                    organisations,
                    need,
                    *running,
                );
                let old = (
                    i.name.clone(),
                    i.types.clone(),
                    i.year,
                    i.description.clone(),
                    i.drivers.clone(),
                    i.organisations.clone(),
                    i.need.clone(),
                    i.running,
                );
                if new != old {
                    (
                        i.name,
                        i.types,
                        i.year,
                        i.description,
                        i.drivers,
                        i.organisations,
                        i.need,
                        i.running,
                    ) = new;
                    i.meta.touch(stamp);
                }
            }
            InnovationsAction::RemoveInnovation { id } => {
                let i = self.innovation_mut(id)?;
                i.meta.deleted = true;
                i.meta.touch(stamp);
                for d in self
                    .deep_dives
                    .iter_mut()
                    .filter(|d| &d.innovation == id && !d.meta.deleted)
                {
                    d.meta.deleted = true;
                    d.meta.touch(stamp);
                }
            }
            InnovationsAction::SetInnovationPeriod { id, period } => {
                if let Some(p) = period {
                    self.period_mut(p)?;
                }
                let i = self.innovation_mut(id)?;
                if i.period != *period {
                    i.period = period.clone();
                    i.meta.touch(stamp);
                }
            }
            InnovationsAction::AddPeriod {
                id,
                name,
                start,
                end,
            } => {
                let name = clean_text(name, TextField::PeriodName, MAX_PERIOD_NAME, true)?;
                check_period(*start, *end)?;
                if !is_valid_id(id) || self.id_taken(id) {
                    return Err(ActionError::BadId);
                }
                self.periods.push(Period {
                    meta: Meta::new(id.clone(), stamp),
                    name,
                    start: *start,
                    end: *end,
                });
            }
            InnovationsAction::EditPeriod {
                id,
                name,
                start,
                end,
            } => {
                let name = clean_text(name, TextField::PeriodName, MAX_PERIOD_NAME, true)?;
                check_period(*start, *end)?;
                let p = self.period_mut(id)?;
                if (p.name.as_str(), p.start, p.end) != (name.as_str(), *start, *end) {
                    (p.name, p.start, p.end) = (name, *start, *end);
                    p.meta.touch(stamp);
                }
            }
            InnovationsAction::RemovePeriod { id } => {
                let p = self.period_mut(id)?;
                p.meta.deleted = true;
                p.meta.touch(stamp);
                for i in self
                    .innovations
                    .iter_mut()
                    .filter(|i| i.period.as_ref() == Some(id))
                {
                    i.period = None;
                    i.meta.touch(stamp);
                }
            }
            InnovationsAction::StartDeepDive {
                id,
                innovation,
                limit,
            } => {
                self.innovation_mut(innovation)?;
                if self.live_deep_dives().any(|d| &d.innovation == innovation) {
                    return Err(ActionError::BadDeepDive);
                }
                if self.live_deep_dives().count() >= *limit {
                    return Err(ActionError::TooManyDeepDives);
                }
                if !is_valid_id(id) || self.id_taken(id) {
                    return Err(ActionError::BadId);
                }
                self.deep_dives.push(DeepDive {
                    meta: Meta::new(id.clone(), stamp),
                    innovation: innovation.clone(),
                    need: String::new(),
                    cooperation: String::new(),
                    resources: String::new(),
                    obstacles: String::new(),
                    factors: Vec::new(),
                    lessons: String::new(),
                    illustrative: false,
                });
            }
            InnovationsAction::EditDeepDive {
                id,
                need,
                cooperation,
                resources,
                obstacles,
                factors,
                lessons,
            } => {
                let field = |v: &str| clean_text(v, TextField::Description, MAX_COMMENT, false);
                let (need, cooperation, resources, obstacles, lessons) = (
                    field(need)?,
                    field(cooperation)?,
                    field(resources)?,
                    field(obstacles)?,
                    field(lessons)?,
                );
                let notes = clean_factors(factors)?;
                let d = self.deep_dive_mut(id)?;
                d.need = need;
                d.cooperation = cooperation;
                d.resources = resources;
                d.obstacles = obstacles;
                d.factors = notes;
                d.lessons = lessons;
                d.meta.touch(stamp);
            }
            InnovationsAction::RemoveDeepDive { id } => {
                let d = self.deep_dive_mut(id)?;
                d.meta.deleted = true;
                d.meta.touch(stamp);
            }
            InnovationsAction::SetDeepDiveLimit { limit } => {
                if !(1..=MAX_DEEP_DIVE_LIMIT).contains(limit) {
                    return Err(ActionError::TooManyDeepDives);
                }
                self.change_inventory_settings(stamp, |s| s.deep_dive_limit = *limit);
            }
            InnovationsAction::SetKeysToSuccess { keys } => {
                let keys = clean_factors(keys)?;
                self.change_inventory_settings(stamp, |s| s.keys = keys);
            }
        }
        Ok(())
    }
}

/// One line of a pasted inventory, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedInnovation {
    /// The name.
    pub name: String,
    /// One or two types.
    pub types: Vec<InnovationType>,
    /// The year, when known.
    pub year: Option<i32>,
}

/// The words a pasted list may use for each type, in Slovene and English (the paper's wording
/// first). A field such as "nova storitev/proizvod" names two types.
const TYPE_WORDS: [(InnovationType, &[&str]); 5] = [
    (
        InnovationType::Practice,
        &["nova praksa", "praksa", "new practice", "practice"],
    ),
    (
        InnovationType::Rules,
        &[
            "nova pravila/predpisi",
            "pravila/predpisi",
            "nova pravila",
            "pravila",
            "predpisi",
            "new rules/regulations",
            "rules/regulations",
            "new rules",
            "rules",
            "regulations",
        ],
    ),
    (
        InnovationType::Service,
        &["nova storitev", "storitev", "new service", "service"],
    ),
    (
        InnovationType::OrganisationalForm,
        &[
            "nova organizacijska oblika",
            "organizacijska oblika",
            "new organisational form",
            "organisational form",
            "new organizational form",
            "organizational form",
        ],
    ),
    (
        InnovationType::Product,
        &[
            "nov proizvod",
            "proizvod",
            "nov izdelek",
            "izdelek",
            "new product",
            "product",
        ],
    ),
];

fn type_of(word: &str) -> Option<InnovationType> {
    let w = word.trim().to_lowercase();
    TYPE_WORDS
        .iter()
        .find(|(_, words)| words.contains(&w.as_str()))
        .map(|(t, _)| *t)
}

/// Reads a pasted inventory: one innovation per line as `name; type; year`, the type in Slovene
/// or English (two joined by "/"), the year a number or "neznano"/"unknown" (or left out).
/// An unreadable type or year is reported with its line number and the word.
pub fn parse_innovation_list(text: &str) -> Result<Vec<PastedInnovation>, (usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split([';', '\t']).map(str::trim);
        let name = parts.next().unwrap_or_default().to_string();
        let type_field = parts.next().unwrap_or_default();
        let year_field = parts.next().unwrap_or_default();
        let types = if type_field.is_empty() {
            vec![InnovationType::Practice]
        } else if let Some(t) = type_of(type_field) {
            vec![t]
        } else {
            // "nova storitev/proizvod": the first part names a type, the rest a second one.
            let (first, second) = type_field
                .split_once('/')
                .ok_or((i + 1, type_field.to_string()))?;
            let a = type_of(first).ok_or((i + 1, type_field.to_string()))?;
            let b = type_of(second)
                .or_else(|| type_of(&format!("nov {second}")))
                .ok_or((i + 1, type_field.to_string()))?;
            vec![a, b]
        };
        let year = match year_field.to_lowercase().as_str() {
            "" | "neznano" | "unknown" | "?" => None,
            y => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| YEARS.contains(y))
                    .ok_or((i + 1, year_field.to_string()))?,
            ),
        };
        if !name.is_empty() {
            out.push(PastedInnovation { name, types, year });
        }
    }
    Ok(out)
}

/// An innovation to add (one, or a pasted list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewInnovation {
    /// A fresh id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// One or two types.
    pub types: Vec<InnovationType>,
    /// The year it began, when known.
    pub year: Option<i32>,
    /// Who adds it.
    pub origin: Origin,
}

/// Every change to workshop 2, part A: the innovations inventory, periods and deep dives; the step's own handler applies it, and the
/// compiler checks that it handles every one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InnovationsAction {
    /// Adds innovations (one, or a pasted list).
    AddInnovations {
        /// The new innovations, with fresh ids.
        innovations: Vec<NewInnovation>,
    },
    /// Changes everything an innovation records.
    EditInnovation {
        /// Which innovation.
        id: String,
        /// Its name.
        name: String,
        /// One or two types.
        types: Vec<InnovationType>,
        /// The year it began, when known.
        year: Option<i32>,
        /// A short description.
        description: String,
        /// The sectors that drove it.
        drivers: Vec<Sector>,
        /// The organisations that drove it.
        organisations: String,
        /// The need it answered.
        need: String,
        /// Still running, ended, or not known.
        running: Option<bool>,
    },
    /// Removes an innovation (a tombstone stays; its deep dive goes too).
    RemoveInnovation {
        /// Which innovation.
        id: String,
    },
    /// Puts an innovation in a period by hand, or back to the period its year gives (`None`).
    SetInnovationPeriod {
        /// Which innovation.
        id: String,
        /// The period, or none.
        period: Option<String>,
    },
    /// Adds a historical period.
    AddPeriod {
        /// A fresh id.
        id: String,
        /// Its name.
        name: String,
        /// First year.
        start: i32,
        /// Last year, or none while it lasts.
        end: Option<i32>,
    },
    /// Changes a period.
    EditPeriod {
        /// Which period.
        id: String,
        /// Its name.
        name: String,
        /// First year.
        start: i32,
        /// Last year, or none.
        end: Option<i32>,
    },
    /// Removes a period (innovations set to it by hand follow their year again).
    RemovePeriod {
        /// Which period.
        id: String,
    },
    /// Starts a deep dive into an innovation.
    StartDeepDive {
        /// A fresh id.
        id: String,
        /// The innovation.
        innovation: String,
        /// The most deep dives the session allows (4 in the method).
        limit: usize,
    },
    /// Fills in a deep dive's worksheet.
    EditDeepDive {
        /// Which deep dive.
        id: String,
        /// The need it met.
        need: String,
        /// Who took part and how they cooperated.
        cooperation: String,
        /// Resources.
        resources: String,
        /// Obstacles and how they were overcome.
        obstacles: String,
        /// Success factors with explanations.
        factors: Vec<FactorNote>,
        /// Lessons for today.
        lessons: String,
    },
    /// Removes a deep dive.
    RemoveDeepDive {
        /// Which deep dive.
        id: String,
    },
    /// Names the series' keys to success, each with a sentence.
    SetKeysToSuccess {
        /// The factors with their notes, each factor once.
        keys: Vec<FactorNote>,
    },
    /// Sets how many innovations are studied in depth (1 to 20).
    SetDeepDiveLimit {
        /// The most deep dives.
        limit: u8,
    },
}

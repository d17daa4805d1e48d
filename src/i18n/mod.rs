//! Slovene and English for every string the user reads. Each language is an exhaustive `match`
//! over [`T`] without a catch-all arm, and every message with parameters matches on [`Lang`], so
//! a missing translation does not compile.

mod context;
mod en;
mod merge_text;
mod messages;
mod rank_text;
mod sl;

pub use context::{use_lang, LangContext};
pub use merge_text::*;
pub use messages::*;
pub use rank_text::*;

use serde::{Deserialize, Serialize};

/// The interface language, a setting of the app remembered on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Slovene, the default: the method comes from a Slovene town.
    #[default]
    Sl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>` and number and date formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sl => "sl",
            Lang::En => "en",
        }
    }

    /// Reads a stored tag; anything unknown falls back to Slovene.
    pub fn from_tag(tag: &str) -> Lang {
        if tag == "en" {
            Lang::En
        } else {
            Lang::Sl
        }
    }

    /// This language's text for a fixed string.
    pub fn t(self, key: T) -> &'static str {
        match self {
            Lang::Sl => sl::text(key),
            Lang::En => en::text(key),
        }
    }
}

/// Slovene has four plural forms, chosen by the last two digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralSl {
    /// 1, 101, 201…
    One,
    /// 2, 102…
    Two,
    /// 3, 4, 103, 104…
    Few,
    /// 0, 5–100…
    Other,
}

/// The Slovene plural form for `n`.
pub fn plural_sl(n: u64) -> PluralSl {
    match n % 100 {
        1 => PluralSl::One,
        2 => PluralSl::Two,
        3 | 4 => PluralSl::Few,
        _ => PluralSl::Other,
    }
}

/// Every fixed string of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum T {
    Tagline,
    LanguageLabel,
    NewSession,
    OpenExample,
    ImportFile,
    DropHint,
    DropHere,
    SessionsHeading,
    NoSessions,
    FieldTitle,
    FieldTown,
    FieldDate,
    FieldContentLang,
    LangSl,
    LangEn,
    Create,
    Cancel,
    Save,
    Saved,
    Open,
    Rename,
    Duplicate,
    Delete,
    Undo,
    Close,
    ConfirmDeleteTitle,
    ConfirmDeleteBody,
    Deleted,
    CopySuffix,
    LastChanged,
    ProgressLabel,
    ProgressCreated,
    ProgressParticipants,
    ProgressAssessment,
    ProgressInnovations,
    ProgressRanking,
    ProgressSolutions,
    ExampleBadge,
    ExampleNote,
    AllSessions,
    StepSession,
    StepsLabel,
    SessionDetails,
    NoDate,
    FileSection,
    FileExplain,
    Download,
    Share,
    WriteEmail,
    DownloadedHint,
    StorageUnavailable,
    StorageQuota,
    ChangedElsewhere,
    DeletedElsewhere,
    SessionNotFound,
    ImportReplace,
    ImportKeepBoth,
    ImportedCopySuffix,
    SessionActions,
    NotSavedWarning,
    StepParticipants,
    AddParticipant,
    FieldName,
    FieldSector,
    FieldOrganisation,
    SectorUnknown,
    Add,
    PasteList,
    PasteHint,
    AddAll,
    NoParticipants,
    Remove,
    AttendanceLabel,
    BalanceHeading,
    BalanceOk,
    GroupsHeading,
    GroupCount,
    MakeGroups,
    Reshuffle,
    Pairs,
    MoveTo,
    SectorNamesHeading,
    RoomMin,
    RoomMax,
    NobodyPresent,
    SectorBusiness,
    SectorCivil,
    SectorGovernment,
    SectorScience,
    WorkshopLabel,
    ParticipantsTableLabel,
    StepAssessment,
    ViewAs,
    OriginResearch,
    OriginPlenary,
    Strengths,
    Weaknesses,
    NewCardStrength,
    NewCardWeakness,
    Comment,
    Challenge,
    CommentPlaceholder,
    Challenged,
    Accept,
    Reject,
    Accepted,
    Rejected,
    Key,
    MergeWith,
    MergeWording,
    Merge,
    AlsoFrom,
    SummaryHeading,
    DomainColumn,
    RatingColumn,
    NoRating,
    Justification,
    VerdictLabel,
    Print,
    ProblemsHeading,
    ToProblems,
    NoProblems,
    NewProblem,
    FromWeakness,
    DomainAmenities,
    DomainSocial,
    DomainVoice,
    DomainAdaptability,
    PromptAmenities,
    PromptSocial,
    PromptVoice,
    PromptAdaptability,
    EvidenceLabel,
    EvidenceInterviews,
    EvidenceStatistics,
    EvidenceLiterature,
    HideNames,
    StepInnovations,
    StepRanking,
    InventoryHeading,
    FieldInnovation,
    FieldType,
    FieldSecondType,
    NoSecondType,
    FieldYear,
    YearUnknown,
    FieldPeriod,
    PeriodByYear,
    NoPeriod,
    FieldOrigin,
    PasteInnovationsHint,
    NoInnovations,
    AllTypes,
    AllPeriods,
    SortBy,
    FilterType,
    FilterPeriod,
    CountsHeading,
    TypePractice,
    TypeRules,
    TypeService,
    TypeOrganisational,
    TypeProduct,
    PeriodsHeading,
    PeriodStart,
    PeriodEnd,
    AddPeriod,
    TimelineHeading,
    ZoomAll,
    DownloadSvg,
    UnknownYearList,
    DeepDive,
    DeepDivesHeading,
    DeepDiveLimit,
    NoDeepDives,
    DiveNeed,
    DiveCooperation,
    DiveResources,
    DiveObstacles,
    DiveFactors,
    DiveLessons,
    OtherFactor,
    FactorNote,
    Illustrative,
    WhatWorkedHeading,
    LessonsHeading,
    FactorCooperation,
    FactorAgreement,
    FactorDecisionMakers,
    FactorInitiators,
    FactorCohesion,
    FactorCulture,
    Details,
    FieldDescription,
    FieldDrivers,
    FieldOrganisations,
    FieldNeed,
    FieldRunning,
    RunningYes,
    RunningNo,
    RunningUnknown,
}

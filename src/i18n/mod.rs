//! Slovene and English for every string the user reads, in one pattern: a fixed string is a key
//! of [`T`] whose one arm in `text.rs` holds both languages; a string with parameters is a
//! function that matches on [`Lang`]. Neither has a catch-all arm, so a missing translation does
//! not compile.

mod context;
mod merge_text;
mod messages;
mod rank_text;
mod text;

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
        let (sl, en) = text::text(key);
        self.pick(sl, en)
    }

    /// This language's one of a Slovene and English pair: how every pair of strings is chosen.
    pub fn pick<S>(self, sl: S, en: S) -> S {
        match self {
            Lang::Sl => sl,
            Lang::En => en,
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
    SessionTooLarge,
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
    // The ranking step.
    Heading,
    IllustrativeNote,
    RankNoProblems,
    AddProblemsHint,
    OpenRound,
    RoundName,
    DefaultIndividual,
    DefaultPairs,
    DefaultPlenary,
    WhoVotes,
    VotersIndividuals,
    VotersGroups,
    VotersPlenary,
    WhichProblems,
    AllProblems,
    TopOf,
    HowMany,
    Method,
    RoundOpen,
    Closed,
    CloseRound,
    ReopenRound,
    RemoveRound,
    RemoveRoundBody,
    StartVoting,
    TypePaperBallot,
    WhoHasVoted,
    NotYet,
    FromPaper,
    NoGroups,
    WhoIsVoting,
    ChooseVoter,
    OrTypeName,
    StartBallot,
    MostImportantTop,
    WidgetHelp,
    NotRanked,
    NotRankedHelp,
    Up,
    Down,
    ToTop,
    ToBottom,
    SameAsAbove,
    Unrank,
    Rank,
    DragHandle,
    Submit,
    ThankYou,
    NextVoter,
    BackToBallot,
    Facilitator,
    LeaveBallotTitle,
    LeaveBallotBody,
    LeaveBallot,
    RoundIsClosed,
    PlenaryVoter,
    PlaceHelp,
    SaveBallot,
    Results,
    NoBallotsYet,
    Consensus,
    Place,
    Score,
    Problem,
    AllAgree,
    ScoresChart,
    HeatMap,
    HeatMapHelp,
    SpreadChart,
    SpreadHelp,
    UnrankedShort,
    Agreement,
    AgreementNeedsTwo,
    MostDisputed,
    NoDispute,
    CondorcetNone,
    PairwiseShow,
    PairwiseHelp,
    Compare,
    SlopeChart,
    CompareWith,
    NoOtherRound,
    Dropped,
    BySector,
    BySectorIndividualsOnly,
    Hidden,
    ChooseHeading,
    ChooseHelp,
    ChooseConfirm,
    ChosenHeading,
    NotExact,
    Corrected,
    // Merging files.
    /// The merge button.
    MergeFiles,
    /// Explains what merging does, above the preview.
    Intro,
    /// A file that brings nothing new.
    NothingNew,
    /// Marks a removed record's side of a conflict.
    Removed,
    /// Keep the later version.
    KeepLater,
    /// Use the other version.
    UseOther,
    /// Heading of the repairs list.
    RepairsHeading,
    /// Files of two different sessions.
    DifferentSessions,
    /// Label of the device name field.
    DeviceNameLabel,
    /// Placeholder of the device name field.
    DeviceNamePlaceholder,
    /// Saves the device name.
    SaveName,
    /// The device name was saved.
    NameSaved,
    /// This device, when it has no name.
    ThisDevice,
    /// The hand-out guide's heading.
    GuideHeading,
    /// The hand-out guide's steps.
    GuideSteps,
    /// Sends the file to a group's tablet.
    SendToGroup,
    /// The merged session could not be saved because another tab changed it meanwhile.
    ChangedMeanwhile,
    /// A conflict's other version, chosen, no longer fits the merged session.
    OtherVersionUnusable,
}

//! Messages with parameters. Each matches on the language, so both translations must exist.

use workshop::rules::Rule;
use workshop::session::TextField;
use workshop::{ActionError, FileError};

use super::{plural_sl, Lang, PluralSl};

/// "3 sessions" with the right plural form.
pub fn sessions_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => {
            let word = match plural_sl(n as u64) {
                PluralSl::One => "proces",
                PluralSl::Two => "procesa",
                PluralSl::Few => "procesi",
                PluralSl::Other => "procesov",
            };
            format!("{n} {word}")
        }
        Lang::En => format!("{n} session{}", if n == 1 { "" } else { "s" }),
    }
}

/// Megabytes with one decimal and the language's decimal mark (integer arithmetic: float
/// formatting would add kilobytes to the bundle).
fn megabytes(lang: Lang, bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 512 * 1024) / (1024 * 1024);
    let mark = lang.pick(',', '.');
    format!("{}{mark}{}", tenths / 10, tenths % 10)
}

/// What is wrong with a file the user tried to import, and what to do.
pub fn file_error(lang: Lang, e: &FileError) -> String {
    match e {
        FileError::TooLarge { bytes, limit } => match lang {
            Lang::Sl => format!("Datoteka je prevelika ({} MB, dovoljeno je največ {} MB). Datoteka procesa Delavnice je običajno veliko manjša – ste izbrali pravo datoteko?", megabytes(lang, *bytes), limit / (1024 * 1024)),
            Lang::En => format!("The file is too large ({} MB; the limit is {} MB). A Delavnica session file is usually far smaller – is this the right file?", megabytes(lang, *bytes), limit / (1024 * 1024)),
        },
        FileError::NotJson { line, column } => match lang {
            Lang::Sl => format!("To ni datoteka procesa Delavnice: vsebina ni veljaven JSON (napaka v vrstici {line}, stolpcu {column}). Morda je datoteka poškodovana ali okrnjena."),
            Lang::En => format!("This is not a Delavnica session file: its content is not valid JSON (error at line {line}, column {column}). The file may be damaged or cut short."),
        },
        FileError::Foreign => match lang {
            Lang::Sl => "Ta datoteka je JSON, vendar iz drugega programa: ni datoteka procesa Delavnice.".into(),
            Lang::En => "This file is JSON, but from another program: it is not a Delavnica session file.".into(),
        },
        FileError::BadVersion => match lang {
            Lang::Sl => "Tej datoteki Delavnice manjka veljavna različica zapisa, zato je ni mogoče varno prebrati.".into(),
            Lang::En => "This Delavnica file has no valid format version, so it cannot be read safely.".into(),
        },
        FileError::NewerVersion { found, supported } => match lang {
            Lang::Sl => format!("Datoteko je zapisala novejša Delavnica (zapis različice {found}); ta aplikacija bere do različice {supported}. Posodobite aplikacijo (znova jo naložite, ko ste povezani v splet)."),
            Lang::En => format!("This file was written by a newer Delavnica (format version {found}); this app reads up to version {supported}. Update the app (reload it while online)."),
        },
        FileError::Missing { path } => match lang {
            Lang::Sl => format!("Datoteka je nepopolna: manjka polje {path}."),
            Lang::En => format!("The file is incomplete: the field {path} is missing."),
        },
        FileError::WrongType { path } => match lang {
            Lang::Sl => format!("Datoteka je poškodovana: polje {path} ima napačno vrsto vrednosti."),
            Lang::En => format!("The file is damaged: the field {path} has the wrong kind of value."),
        },
        FileError::DuplicateId { id, path } => match lang {
            Lang::Sl => format!("Datoteka je poškodovana: oznaka »{id}« ({path}) se ponovi."),
            Lang::En => format!("The file is damaged: the id “{id}” ({path}) is used twice."),
        },
        FileError::BadId { path } => match lang {
            Lang::Sl => format!("Datoteka je poškodovana: {path} ni veljavna oznaka."),
            Lang::En => format!("The file is damaged: {path} is not a valid id."),
        },
        FileError::TooLong { path, length, limit } => match lang {
            Lang::Sl => format!("Besedilo v polju {path} je predolgo ({length} znakov, največ {limit})."),
            Lang::En => format!("The text in {path} is too long ({length} characters; at most {limit})."),
        },
        FileError::Invalid { path, rule } => match lang {
            Lang::Sl => format!("Datoteke ni mogoče sprejeti: polje {path} {}.", broken_rule(lang, rule)),
            Lang::En => format!("The file cannot be accepted: the field {path} {}.", broken_rule(lang, rule)),
        },
    }
}

/// Which rule of the session file a value breaks, as the end of a sentence about the field.
fn broken_rule(lang: Lang, rule: &Rule) -> String {
    let (sl, en) = match rule {
        Rule::TooLong { length, limit } => {
            return match lang {
                Lang::Sl => format!("je predolgo ({length} znakov, največ {limit})"),
                Lang::En => format!("is too long ({length} characters; at most {limit})"),
            }
        }
        Rule::Count { count, min, max } => {
            return match lang {
                Lang::Sl => {
                    let word = match plural_sl(*count as u64) {
                        PluralSl::One => "element",
                        PluralSl::Two => "elementa",
                        PluralSl::Few => "elemente",
                        PluralSl::Other => "elementov",
                    };
                    format!("ima {count} {word}, dovoljeno pa jih je od {min} do {max}")
                }
                Lang::En => format!("has {count} items; from {min} to {max} are allowed"),
            }
        }
        Rule::BadId => ("ni veljavna oznaka", "is not a valid id"),
        Rule::Required => (
            "je prazno, mora pa vsebovati besedilo",
            "is empty but needs a text",
        ),
        Rule::OutOfRange => (
            "je zunaj obsega, ki ga aplikacija zapiše",
            "is outside the range the app writes",
        ),
        Rule::Repeated => ("nekaj navaja dvakrat", "lists something twice"),
        Rule::Reserved => (
            "uporablja oznako, ki jo aplikacija hrani za drug zapis",
            "uses an id the app keeps for another record",
        ),
        Rule::Unknown => (
            "navaja zapis, ki ga v datoteki ni",
            "names a record that is not in the file",
        ),
        Rule::VoterKind => (
            "navaja glasovalca, ki v tem krogu ne more glasovati",
            "names a voter who cannot vote in that round",
        ),
        Rule::Supersedes => (
            "popravlja glasovnico, ki ni prejšnja glasovnica istega glasovalca v istem krogu",
            "corrects a ballot that is not an earlier ballot of the same voter in the same round",
        ),
        Rule::Invalid => (
            "ima vrednost, ki je aplikacija nikoli ne zapiše",
            "has a value the app never writes",
        ),
    };
    lang.pick(sl, en).to_string()
}

/// Why the file could not even be read (the browser refused).
pub fn file_unreadable(lang: Lang) -> String {
    match lang {
        Lang::Sl => {
            "Datoteke ni bilo mogoče prebrati. Poskusite znova ali izberite drugo datoteko.".into()
        }
        Lang::En => "The file could not be read. Try again or choose another file.".into(),
    }
}

/// Heading of an import error, naming the file.
pub fn import_failed(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Sl => {
            format!("Datoteke »{file}« ni mogoče uvoziti. Shranjeni procesi so nespremenjeni.")
        }
        Lang::En => format!("“{file}” cannot be imported. Your saved sessions are unchanged."),
    }
}

/// The name of a text field, for "… is too long".
fn text_field(field: TextField) -> (&'static str, &'static str) {
    match field {
        TextField::Title => ("Naslov", "The title"),
        TextField::Town => ("Ime kraja", "The town name"),
        TextField::Name => ("Ime", "The name"),
        TextField::Organisation => ("Ime organizacije", "The organisation"),
        TextField::SectorName => ("Ime sektorja", "The sector name"),
        TextField::Card => ("Besedilo kartice", "The card's text"),
        TextField::Comment => ("Komentar", "The comment"),
        TextField::Justification => ("Utemeljitev", "The justification"),
        TextField::Verdict => ("Skupna ocena", "The verdict"),
        TextField::Problem => ("Besedilo problema", "The problem's text"),
        TextField::InnovationName => ("Ime inovacije", "The innovation's name"),
        TextField::Description => ("Besedilo", "The text"),
        TextField::PeriodName => ("Ime", "The name"),
        TextField::RoundName => ("Ime kroga", "The round's name"),
        TextField::IdeaTitle => ("Naslov ideje", "The idea's title"),
    }
}

/// Why a change the user made was refused.
pub fn action_error(lang: Lang, e: &ActionError) -> String {
    let (sl, en) = match e {
        ActionError::TooLong { field, limit } => {
            let (sl, en) = text_field(*field);
            return match lang {
                Lang::Sl => format!("{sl} je predolgo: največ {limit} znakov."),
                Lang::En => format!("{en} is too long: at most {limit} characters."),
            };
        }
        ActionError::BreaksRule { field } => {
            return match lang {
                Lang::Sl => format!("Sprememba bi prekršila pravilo datoteke procesa ({field}), zato ni bila narejena."),
                Lang::En => format!("The change would break a rule of the session file ({field}), so it was not made."),
            };
        }
        ActionError::EmptyTitle => ("Naslov ne sme biti prazen.", "The title cannot be empty."),
        ActionError::BadDate => ("Datum ni veljaven.", "The date is not valid."),
        ActionError::EmptyName => ("Udeleženec potrebuje ime (lahko tudi psevdonim).", "A participant needs a name (a pseudonym will do)."),
        ActionError::UnknownParticipant => ("Tega udeleženca ni več (morda ga je odstranil drug zavihek).", "This participant is no longer there (another tab may have removed them)."),
        ActionError::BadId => ("Interna napaka: oznaka je že uporabljena. Poskusite znova.", "Internal error: that id is already used. Please try again."),
        ActionError::BadWorkshop => ("Delavnice so oštevilčene od 1 do 3.", "Workshops are numbered 1 to 3."),
        ActionError::BadGroupCount => ("Število skupin mora biti vsaj 1 in največ toliko, kolikor je prisotnih (in največ 50).", "The number of groups must be at least 1 and at most the number of attendees (and 50)."),
        ActionError::BadGroup => ("Te skupine ni ali udeleženec te delavnice ne obiskuje.", "That group does not exist, or the participant does not attend this workshop."),
        ActionError::BadRoom => ("Najmanjše število v sobi ne sme biti večje od največjega.", "The room's minimum cannot exceed its maximum."),
        ActionError::TooManyParticipants => ("Proces ima lahko največ 500 udeležencev.", "A session holds at most 500 participants."),
        ActionError::EmptyText => ("Besedilo ne sme biti prazno.", "The text cannot be empty."),
        ActionError::UnknownCard => ("Te kartice ni več (morda jo je odstranil drug zavihek).", "This card is no longer there (another tab may have removed it)."),
        ActionError::UnknownProblem => ("Tega problema ni več.", "This problem is no longer there."),
        ActionError::BadRating => ("Ocena je od 1 do 5.", "A rating goes from 1 to 5."),
        ActionError::CannotMerge => ("Združiti je mogoče le dve različni kartici istega sklopa in iste vrste; zavrnjena kartica ne more biti ključna.", "Only two different cards of the same domain and kind can be merged; a rejected card cannot be key."),
        ActionError::NotAKeyWeakness => ("V problem se spremeni le ključna slabost, in to enkrat.", "Only a key weakness becomes a problem, and only once."),
        ActionError::TooManyCards => ("Proces ima lahko največ 2000 kartic oziroma problemov.", "A session holds at most 2000 cards or problems."),
        ActionError::BadTypes => ("Inovacija ima enega ali dva različna tipa.", "An innovation has one or two different types."),
        ActionError::BadYear => ("Leto mora biti med 1000 in 2200, obdobje pa se ne sme končati pred začetkom.", "A year must be between 1000 and 2200, and a period cannot end before it starts."),
        ActionError::UnknownInnovation => ("Te inovacije ni več.", "This innovation is no longer there."),
        ActionError::UnknownPeriod => ("Tega obdobja ni več.", "This period is no longer there."),
        ActionError::BadDeepDive => ("Ta inovacija je že izbrana za poglobljeno analizo (ali analize ni več).", "This innovation already has a deep dive (or the deep dive is gone)."),
        ActionError::TooManyDeepDives => ("Izbranih je že največ dovoljenih inovacij za poglobljeno analizo.", "The most deep dives allowed are already chosen."),
        ActionError::UnknownRound => ("Tega kroga ni več (morda ga je odstranil drug zavihek).", "This round is no longer there (another tab may have removed it)."),
        ActionError::TooFewProblems => ("Krog potrebuje vsaj dva problema.", "A round needs at least two problems."),
        ActionError::TooManyProblems => ("Krog ima lahko največ 50 problemov (delavnica jih običajno razvršča 10–20).", "A round holds at most 50 problems (a workshop usually ranks 10–20)."),
        ActionError::TooManyRounds => ("Proces ima lahko največ 50 krogov.", "A session holds at most 50 rounds."),
        ActionError::RoundClosed => ("Ta krog je zaprt: glasovnic ne sprejema več. Moderator ga lahko znova odpre.", "This round is closed and takes no more ballots. The facilitator can reopen it."),
        ActionError::BadVoter => ("Ta glasovalec v tem krogu ne more glasovati (ali manjka ime).", "This voter cannot vote in this round (or the name is missing)."),
        ActionError::BadBallot => ("Glasovnica vsebuje problem, ki ga v krogu ni, ali enega dvakrat.", "The ballot names a problem outside the round, or one twice."),
        ActionError::EmptyBallot => ("Razvrstite vsaj en problem.", "Rank at least one problem."),
        ActionError::TooManyBallots => ("Proces ima lahko največ 5000 glasovnic.", "A session holds at most 5000 ballots."),
        ActionError::BadPin => ("PIN ima štiri številke.", "A PIN has four digits."),
        ActionError::UnknownWorksheet => ("Tega delovnega lista ni več (morda ga je odstranil drug zavihek).", "This worksheet is no longer there (another tab may have removed it)."),
        ActionError::BadWorksheet => ("Ta problem že ima delovni list.", "This problem already has a worksheet."),
        ActionError::TooManyWorksheets => ("Proces ima lahko največ 200 delovnih listov.", "A session holds at most 200 worksheets."),
        ActionError::UnknownIdea => ("Te ideje ni več (morda jo je odstranil drug zavihek).", "This idea is no longer there (another tab may have removed it)."),
        ActionError::TooManyIdeas => ("Proces ima lahko največ 500 idej.", "A session holds at most 500 ideas."),
        ActionError::BadLink => ("Povezava kaže na prednost ali inovacijo, ki je v procesu ni (ali jih je več kot 50).", "A link names a strength or innovation the session does not hold (or there are more than 50)."),
    };
    lang.pick(sl, en).to_string()
}

/// A saved session that no longer reads (damaged storage, or edited by hand).
pub fn stored_unreadable(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::Sl => format!("Shranjenega procesa ni mogoče prebrati ({detail}). Podatki ostajajo v shrambi nedotaknjeni."),
        Lang::En => format!("A saved session cannot be read ({detail}). Its data stays in storage untouched."),
    }
}

/// Confirmation after an import.
pub fn imported(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Sl => format!("Uvoženo: »{title}«."),
        Lang::En => format!("Imported “{title}”."),
    }
}

/// Subject of the e-mail that carries a session file.
pub fn mail_subject(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Sl => format!("Proces Delavnice: {title}"),
        Lang::En => format!("Delavnica session: {title}"),
    }
}

/// Body of that e-mail: it tells the recipient that the file comes as an attachment.
pub fn mail_body(lang: Lang, file_name: &str) -> String {
    match lang {
        Lang::Sl => format!("Pozdravljeni,\n\nv prilogi je datoteka procesa Delavnice »{file_name}«. Odprite Delavnico in izberite »Uvozi datoteko procesa«.\n"),
        Lang::En => format!("Hello,\n\nattached is the Delavnica session file “{file_name}”. Open Delavnica and choose “Import a session file”.\n"),
    }
}

/// How far a session has got, in words.
pub fn progress(lang: Lang, p: workshop::Progress) -> &'static str {
    use workshop::Progress as P;
    lang.t(match p {
        P::Created => super::T::ProgressCreated,
        P::Participants => super::T::ProgressParticipants,
        P::Assessment => super::T::ProgressAssessment,
        P::Innovations => super::T::ProgressInnovations,
        P::Ranking => super::T::ProgressRanking,
        P::Solutions => super::T::ProgressSolutions,
    })
}

/// A storage failure, in words.
pub fn storage_error(lang: Lang, e: &crate::browser::storage::StorageError) -> String {
    use crate::browser::storage::StorageError as E;
    match e {
        E::Unavailable => lang.t(super::T::StorageUnavailable).into(),
        E::Quota => lang.t(super::T::StorageQuota).into(),
        E::TooLarge => lang.t(super::T::SessionTooLarge).into(),
        E::Conflict => lang.t(super::T::ChangedElsewhere).into(),
        E::Unreadable(detail) => stored_unreadable(lang, detail),
    }
}

/// A sector's name: the session's own, or the app's.
pub fn sector_name(
    lang: Lang,
    sector: workshop::participants::Sector,
    custom: &[String; 4],
) -> String {
    use workshop::participants::Sector as S;
    let own = custom[sector.index()].trim();
    if !own.is_empty() {
        return own.to_string();
    }
    lang.t(match sector {
        S::Business => super::T::SectorBusiness,
        S::CivilSociety => super::T::SectorCivil,
        S::LocalGovernment => super::T::SectorGovernment,
        S::ScienceCulture => super::T::SectorScience,
    })
    .to_string()
}

/// Every word a pasted list may use for each sector: the session's names and both languages'.
pub fn sector_words(custom: &[String; 4]) -> Vec<(workshop::participants::Sector, Vec<String>)> {
    workshop::participants::Sector::ALL
        .iter()
        .map(|&s| {
            let mut words = vec![
                sector_name(Lang::Sl, s, &Default::default()),
                sector_name(Lang::En, s, &Default::default()),
            ];
            if !custom[s.index()].trim().is_empty() {
                words.push(custom[s.index()].trim().to_string());
            }
            (s, words)
        })
        .collect()
}

/// "Workshop 2" / "2. delavnica".
pub fn workshop_label(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Sl => format!("{n}. delavnica"),
        Lang::En => format!("Workshop {n}"),
    }
}

/// "Group 3" / "Skupina 3".
pub fn group_label(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => format!("Skupina {n}"),
        Lang::En => format!("Group {n}"),
    }
}

/// The seed a group plan was drawn with.
pub fn seed_label(lang: Lang, seed: u64) -> String {
    match lang {
        Lang::Sl => format!("Seme razporeditve: {seed}"),
        Lang::En => format!("Seed of this split: {seed}"),
    }
}

/// "15 present" with Slovene plurals.
pub fn present_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => {
            let word = match plural_sl(n as u64) {
                PluralSl::One => "prisoten",
                PluralSl::Two => "prisotna",
                PluralSl::Few | PluralSl::Other => "prisotnih",
            };
            format!("{n} {word}")
        }
        Lang::En => format!("{n} present"),
    }
}

/// What the balance check found, in words.
pub fn balance_warning(
    lang: Lang,
    w: &workshop::participants::BalanceWarning,
    custom: &[String; 4],
) -> String {
    use workshop::participants::BalanceWarning as W;
    match (w, lang) {
        (W::Missing(s), Lang::Sl) => format!("Manjka sektor »{}«.", sector_name(lang, *s, custom)),
        (W::Missing(s), Lang::En) => format!("Nobody from “{}”.", sector_name(lang, *s, custom)),
        (W::Dominant(s), Lang::Sl) => format!(
            "Sektor »{}« ima več kot polovico prisotnih.",
            sector_name(lang, *s, custom)
        ),
        (W::Dominant(s), Lang::En) => format!(
            "“{}” holds more than half the room.",
            sector_name(lang, *s, custom)
        ),
        (W::TooFew { min }, Lang::Sl) => format!("Manj kot {min} prisotnih."),
        (W::TooFew { min }, Lang::En) => format!("Fewer than {min} people."),
        (W::TooMany { max }, Lang::Sl) => format!("Več kot {max} prisotnih."),
        (W::TooMany { max }, Lang::En) => format!("More than {max} people."),
    }
}

/// A pasted line whose sector word is unknown.
pub fn unknown_sector(lang: Lang, line: usize, word: &str) -> String {
    match lang {
        Lang::Sl => format!("Vrstica {line}: sektorja »{word}« ne poznam. Uporabite gospodarstvo, civilna družba, lokalna oblast ali znanost in kultura. Dodan ni bil nihče."),
        Lang::En => format!("Line {line}: “{word}” is not a sector. Use business, civil society, local government or science & culture. Nobody was added."),
    }
}

/// A pasted line the session cannot take: the `k`-th non-blank line of `text` (the list readers
/// skip blank ones), named by its number in the box, and why; nothing was added.
pub fn line_refused(lang: Lang, text: &str, k: usize, e: &workshop::ActionError) -> String {
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .nth(k)
        .map_or(k + 1, |(i, _)| i + 1);
    let why = action_error(lang, e);
    match lang {
        Lang::Sl => {
            format!("Vrstica {line}: {why} Dodano ni bilo nič; popravite vrstico in dodajte znova.")
        }
        Lang::En => {
            format!("Line {line}: {why} Nothing was added; correct the line and add again.")
        }
    }
}

/// "15 participants" with Slovene plurals.
pub fn participants_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => {
            let word = match plural_sl(n as u64) {
                PluralSl::One => "udeleženec",
                PluralSl::Two => "udeleženca",
                PluralSl::Few => "udeleženci",
                PluralSl::Other => "udeležencev",
            };
            format!("{n} {word}")
        }
        Lang::En => format!("{n} participant{}", if n == 1 { "" } else { "s" }),
    }
}

/// A domain of the Social Sustainability Framework, by name.
pub fn domain_name(lang: Lang, d: workshop::assessment::Domain) -> &'static str {
    use workshop::assessment::Domain as D;
    lang.t(match d {
        D::Amenities => super::T::DomainAmenities,
        D::SocialCultural => super::T::DomainSocial,
        D::VoiceInfluence => super::T::DomainVoice,
        D::Adaptability => super::T::DomainAdaptability,
    })
}

/// What a domain covers, as a prompt for the people filling it.
pub fn domain_prompt(lang: Lang, d: workshop::assessment::Domain) -> &'static str {
    use workshop::assessment::Domain as D;
    lang.t(match d {
        D::Amenities => super::T::PromptAmenities,
        D::SocialCultural => super::T::PromptSocial,
        D::VoiceInfluence => super::T::PromptVoice,
        D::Adaptability => super::T::PromptAdaptability,
    })
}

/// Who proposed a card or wrote a comment.
pub fn origin_name(lang: Lang, o: workshop::assessment::Origin) -> String {
    use workshop::assessment::Origin as O;
    match o {
        O::ResearchTeam => lang.t(super::T::OriginResearch).to_string(),
        O::Plenary => lang.t(super::T::OriginPlenary).to_string(),
        O::NotReported => lang.t(super::T::OriginNotReported).to_string(),
        O::Group(n) => group_label(lang, n as usize),
    }
}

/// A kind of evidence, by name.
pub fn evidence_name(lang: Lang, e: workshop::assessment::Evidence) -> &'static str {
    use workshop::assessment::Evidence as E;
    lang.t(match e {
        E::Interviews => super::T::EvidenceInterviews,
        E::Statistics => super::T::EvidenceStatistics,
        E::Literature => super::T::EvidenceLiterature,
    })
}

/// An innovation type, by name.
pub fn type_name(lang: Lang, t: workshop::innovations::InnovationType) -> &'static str {
    use workshop::innovations::InnovationType as I;
    lang.t(match t {
        I::Practice => super::T::TypePractice,
        I::Rules => super::T::TypeRules,
        I::Service => super::T::TypeService,
        I::OrganisationalForm => super::T::TypeOrganisational,
        I::Product => super::T::TypeProduct,
    })
}

/// One or two types, as the paper writes them: the second without its adjective, "nova
/// storitev/proizvod", "new service/product".
pub fn types_label(lang: Lang, types: &[workshop::innovations::InnovationType]) -> String {
    let mut names = types.iter().map(|t| type_name(lang, *t));
    let first = names.next().unwrap_or_default().to_string();
    names.fold(first, |out, next| {
        let noun = next.split_once(' ').map_or(next, |(_, noun)| noun);
        format!("{out}/{noun}")
    })
}

/// A success factor, by name.
pub fn factor_name(lang: Lang, f: &workshop::innovations::SuccessFactor) -> String {
    use workshop::innovations::SuccessFactor as F;
    let key = match f {
        F::Cooperation => super::T::FactorCooperation,
        F::Agreement => super::T::FactorAgreement,
        F::DecisionMakers => super::T::FactorDecisionMakers,
        F::Initiators => super::T::FactorInitiators,
        F::Cohesion => super::T::FactorCohesion,
        F::CultureOfCollaboration => super::T::FactorCulture,
        F::Other(name) => return name.clone(),
    };
    lang.t(key).to_string()
}

/// A line of a pasted inventory that cannot be read.
pub fn bad_innovation_line(lang: Lang, line: usize, word: &str) -> String {
    match lang {
        Lang::Sl => {
            format!("Vrstica {line}: »{word}« ni tip inovacije ali leto. Dodana ni bila nobena.")
        }
        Lang::En => {
            format!("Line {line}: “{word}” is not an innovation type or a year. Nothing was added.")
        }
    }
}

/// "12 innovations" with Slovene plurals.
pub fn innovations_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => {
            let word = match plural_sl(n as u64) {
                PluralSl::One => "inovacija",
                PluralSl::Two => "inovaciji",
                PluralSl::Few => "inovacije",
                PluralSl::Other => "inovacij",
            };
            format!("{n} {word}")
        }
        Lang::En => format!("{n} innovation{}", if n == 1 { "" } else { "s" }),
    }
}

//! The report's and the data files' words: section names, table and column names, and the
//! values the tables hold. Each function matches on the key and picks the language, so a
//! missing translation does not compile.

use workshop::assessment::{CardStatus, Polarity};
use workshop::export::{Col, TableKind, Word};
use workshop::report::Section;

use super::{Lang, T};

/// A report section's heading.
pub fn section_name(lang: Lang, s: Section) -> &'static str {
    let (sl, en) = match s {
        Section::Participants => ("Udeleženci", "Participants"),
        Section::Assessment => (
            "1. delavnica: ocena družbene trajnostnosti",
            "Workshop 1: the social sustainability assessment",
        ),
        Section::Innovations => (
            "2. delavnica: lokalne družbene inovacije",
            "Workshop 2: local social innovations",
        ),
        Section::DeepDives => ("Kaj je delovalo", "What worked"),
        Section::Ranking => (
            "2. delavnica: razvrščanje razvojnih problemov",
            "Workshop 2: ranking the development problems",
        ),
        Section::Chosen => ("Problemi za 3. delavnico", "The problems for workshop 3"),
        Section::Solutions => (
            "3. delavnica: delovni listi in ideje",
            "Workshop 3: worksheets and ideas",
        ),
        Section::Map => ("Zemljevid problemov in idej", "Map of problems and ideas"),
    };
    lang.pick(sl, en)
}

/// The name of a frame that scrolls a wide table or figure on a narrow screen.
pub fn scrolls(lang: Lang, name: &str) -> String {
    format!(
        "{name} ({})",
        lang.pick("premikanje vstran", "scrolls sideways")
    )
}

/// A data file's name in the list of downloads.
pub fn table_name(lang: Lang, t: TableKind) -> &'static str {
    let (sl, en) = match t {
        TableKind::Participants => ("Udeleženci (šifre)", "Participants (codes)"),
        TableKind::Cards => ("Kartice 1. delavnice", "Workshop 1 cards"),
        TableKind::Ratings => ("Ocene sklopov", "Domain ratings"),
        TableKind::Innovations => ("Inovacije (preglednica 2)", "Innovations (table 2)"),
        TableKind::Periods => ("Obdobja", "Periods"),
        TableKind::Problems => ("Razvojni problemi", "Development problems"),
        TableKind::Ballots => ("Glasovnice", "Ballots"),
        TableKind::Results => ("Rezultati krogov po metodah", "Round results per method"),
        TableKind::Ideas => ("Ideje 3. delavnice", "Workshop 3 ideas"),
    };
    lang.pick(sl, en)
}

/// A column's heading in a data file.
pub fn col_name(lang: Lang, c: Col) -> String {
    let (sl, en) = match c {
        Col::Code => ("šifra", "code"),
        Col::Name => ("ime", "name"),
        Col::Sector => ("sektor", "sector"),
        Col::Organisation => ("organizacija", "organisation"),
        Col::Attended(n) => return lang.pick(format!("{n}. delavnica"), format!("workshop {n}")),
        Col::Group(n) => {
            return lang.pick(
                format!("skupina na {n}. delavnici"),
                format!("group at workshop {n}"),
            )
        }
        Col::Domain => ("sklop", "domain"),
        Col::Polarity => ("prednost/slabost", "strength/weakness"),
        Col::Text => ("besedilo", "text"),
        Col::Origin => ("kdo jo je dodal", "added by"),
        Col::Status => ("odločitev", "decision"),
        Col::Key => ("ključna", "key"),
        Col::Comments => ("komentarji", "comments"),
        Col::Rating => ("ocena", "rating"),
        Col::Justification => ("utemeljitev", "justification"),
        Col::Innovation => ("družbena inovacija", "social innovation"),
        Col::Types => ("tip", "type"),
        Col::Year => ("čas nastanka", "year"),
        Col::Period => ("obdobje", "period"),
        Col::Running => ("še deluje", "still running"),
        Col::Description => ("opis", "description"),
        Col::Start => ("od leta", "from"),
        Col::End => ("do leta", "to"),
        Col::Number => ("št.", "no."),
        Col::Round => ("krog", "round"),
        Col::RoundName => ("ime kroga", "round name"),
        Col::Counted => ("šteje", "counted"),
        Col::Paper => ("s papirja", "from paper"),
        Col::Problem => ("problem", "problem"),
        Col::Place => ("mesto", "place"),
        Col::Method => ("metoda", "method"),
        Col::Score => ("vrednost", "score"),
        Col::Idea => ("ideja", "idea"),
        Col::IdeaStatus => ("stanje", "status"),
        Col::Impact => ("učinek", "impact"),
        Col::Feasibility => ("izvedljivost", "feasibility"),
        Col::Picked => ("razvijamo naprej", "taken forward"),
        Col::Carriers => ("nosilci", "carriers"),
        Col::Sectors => ("sektorji", "sectors"),
        Col::BuildsOn => ("gradi na", "builds on"),
        Col::Beneficiaries => ("kdo ima korist", "who benefits"),
        Col::FirstSteps => ("prvi koraki", "first steps"),
        Col::Alternatives => ("opuščene možnosti", "alternatives set aside"),
    };
    lang.pick(sl, en).to_string()
}

/// A value of a data file or the report, in words.
pub fn word(lang: Lang, w: &Word, sector_names: &[String; 4]) -> String {
    match w {
        Word::Sector(Some(s)) => super::sector_name(lang, *s, sector_names),
        Word::Sector(None) => lang.t(T::SectorUnknown).to_string(),
        Word::Domain(d) => super::domain_name(lang, *d).to_string(),
        Word::Polarity(Polarity::Strength) => lang.pick("prednost", "strength").into(),
        Word::Polarity(Polarity::Weakness) => lang.pick("slabost", "weakness").into(),
        Word::Origin(o) => super::origin_name(lang, *o),
        Word::Types(t) => super::types_label(lang, t),
        Word::CardStatus(CardStatus::Proposed) => lang.pick("predlagano", "proposed").into(),
        Word::CardStatus(CardStatus::Accepted) => lang.t(T::Accepted).into(),
        Word::CardStatus(CardStatus::Rejected) => lang.t(T::Rejected).into(),
        Word::IdeaStatus(s) => crate::ui::solutions::status_name(lang, *s).into(),
        Word::Method(m) => super::method_name(lang, *m).into(),
        Word::Factor(f) => super::factor_name(lang, f),
        Word::Yes => lang.pick("da", "yes").into(),
        Word::No => lang.pick("ne", "no").into(),
        Word::Unknown => lang.pick("ni znano", "not known").into(),
        Word::Plenary => lang.pick("plenarno", "plenary").into(),
        Word::Removed => lang.t(T::RemovedMark).into(),
    }
}

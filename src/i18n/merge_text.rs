//! Merging files: the strings with parameters (the preview, conflicts, repairs); its fixed strings
//! are keys of [`super::T`]. Each function matches on [`Lang`], so a missing translation does not
//! compile.

use workshop::merge::{RecordKind, Repair};

use super::Lang;

/// What the toast says after a removal, with "Undo" beside it.
pub fn removed_note(lang: Lang, kind: RecordKind) -> &'static str {
    let (sl, en) = match kind {
        RecordKind::Participant => ("Udeleženec je odstranjen.", "The participant was removed."),
        RecordKind::Card => ("Kartica je odstranjena.", "The card was removed."),
        RecordKind::Problem => ("Problem je odstranjen.", "The problem was removed."),
        RecordKind::Innovation => ("Inovacija je odstranjena.", "The innovation was removed."),
        RecordKind::Period => ("Obdobje je odstranjeno.", "The period was removed."),
        RecordKind::DeepDive => (
            "Poglobljena analiza je odstranjena.",
            "The deep dive was removed.",
        ),
        RecordKind::Round => (
            "Krog razvrščanja je odstranjen.",
            "The ranking round was removed.",
        ),
        RecordKind::Worksheet => ("Delovni list je odstranjen.", "The worksheet was removed."),
        RecordKind::Idea => ("Ideja je odstranjena.", "The idea was removed."),
        _ => ("Odstranjeno.", "Removed."),
    };
    lang.pick(sl, en)
}

/// The name of a kind of record, as a heading for its counts.
pub fn record_kind(lang: Lang, kind: RecordKind) -> &'static str {
    let (sl, en) = match kind {
        RecordKind::Info => ("Opis procesa", "Session details"),
        RecordKind::Participant => ("Udeleženci", "Participants"),
        RecordKind::Groups => ("Skupine", "Groups"),
        RecordKind::ParticipantSettings => ("Nastavitve udeležencev", "Participant settings"),
        RecordKind::Card => ("Kartice", "Cards"),
        RecordKind::Rating => ("Ocene področij", "Domain ratings"),
        RecordKind::Verdict => ("Skupna ocena", "Overall verdict"),
        RecordKind::Problem => ("Problemi", "Problems"),
        RecordKind::Innovation => ("Inovacije", "Innovations"),
        RecordKind::Period => ("Obdobja", "Periods"),
        RecordKind::DeepDive => ("Poglobljene analize", "Deep dives"),
        RecordKind::InventorySettings => ("Nastavitve popisa", "Inventory settings"),
        RecordKind::Round => ("Krogi razvrščanja", "Ranking rounds"),
        RecordKind::Ballot => ("Glasovnice", "Ballots"),
        RecordKind::Chosen => ("Izbrani problemi", "Chosen problems"),
        RecordKind::Worksheet => ("Delovni listi 3. delavnice", "Workshop 3 worksheets"),
        RecordKind::Idea => ("Ideje", "Ideas"),
        RecordKind::ReportSettings => ("Nastavitve poročila", "Report settings"),
    };
    lang.pick(sl, en)
}

/// The dialog's title.
pub fn merge_title(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Sl => format!("Združim datoteke v »{title}«?"),
        Lang::En => format!("Merge the files into “{title}”?"),
    }
}

/// Where a file comes from: "From Group 3's tablet (14:05)".
pub fn merge_from(lang: Lang, device: &str, time: &str) -> String {
    match lang {
        Lang::Sl => format!("Iz naprave »{device}« ({time})"),
        Lang::En => format!("From “{device}” ({time})"),
    }
}

/// One kind's counts: "Cards — new: 12, changed: 3, removed: 1" (zeros left out).
pub fn merge_counts(
    lang: Lang,
    kind: RecordKind,
    added: usize,
    changed: usize,
    removed: usize,
) -> String {
    let words = match lang {
        Lang::Sl => ["novo", "spremenjeno", "odstranjeno"],
        Lang::En => ["new", "changed", "removed"],
    };
    let parts: Vec<String> = [added, changed, removed]
        .iter()
        .zip(words)
        .filter(|(n, _)| **n > 0)
        .map(|(n, w)| format!("{w}: {n}"))
        .collect();
    format!("{} — {}", record_kind(lang, kind), parts.join(", "))
}

/// The number of conflicts in a file.
pub fn merge_conflicts(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Sl => format!("Spremenjeno na obeh straneh (konflikti): {n}"),
        Lang::En => format!("Changed on both sides (conflicts): {n}"),
    }
}

/// One version of a conflicting record: "by Group 3's tablet, 14:05".
pub fn version_by(lang: Lang, device: &str, time: &str) -> String {
    match lang {
        Lang::Sl => format!("{device}, {time}"),
        Lang::En => format!("{device}, {time}"),
    }
}

/// A device known only by its id.
pub fn unnamed_device(lang: Lang, id: &str) -> String {
    let short: String = id.chars().take(6).collect();
    match lang {
        Lang::Sl => format!("naprava {short}"),
        Lang::En => format!("device {short}"),
    }
}

/// Changes dated in the future.
pub fn merge_future(lang: Lang, n: usize, device: &str) -> String {
    match lang {
        Lang::Sl => format!("Sprememb z datumom več kot dan naprej: {n} (naprava »{device}«). Ura te naprave je verjetno napačna; poznejše spremembe bodo kljub temu pravilno urejene."),
        Lang::En => format!("Changes dated more than a day ahead: {n} (device “{device}”). That device's clock is probably wrong; later changes will still be ordered correctly."),
    }
}

/// After a merge.
pub fn merged(lang: Lang, title: &str, files: usize) -> String {
    match lang {
        Lang::Sl => format!("Združeno v »{title}« (datoteke: {files})."),
        Lang::En => format!("Merged into “{title}” (files: {files})."),
    }
}

/// What the merge sorted out, in plain words.
pub fn repair_text(lang: Lang, repair: &Repair) -> String {
    match (lang, repair) {
        (Lang::Sl, Repair::GroupMemberRemoved { workshop, .. }) => format!("Udeleženec, odstranjen na drugi napravi, je bil še v skupini {workshop}. delavnice: v njej ni več prikazan."),
        (Lang::En, Repair::GroupMemberRemoved { workshop, .. }) => format!("A participant removed on another device was still in a group of workshop {workshop}: they are no longer shown in it."),
        (Lang::Sl, Repair::DeepDiveOfRemovedInnovation { .. }) => "Poglobljena analiza inovacije, odstranjene na drugi napravi, je skrita skupaj z njo.".into(),
        (Lang::En, Repair::DeepDiveOfRemovedInnovation { .. }) => "A deep dive of an innovation removed on another device is hidden with it.".into(),
        (Lang::Sl, Repair::TwoDeepDives { .. }) => "Dve napravi sta začeli poglobljeno analizo iste inovacije: obe sta ohranjeni.".into(),
        (Lang::En, Repair::TwoDeepDives { .. }) => "Two devices started a deep dive of the same innovation: both are kept.".into(),
        (Lang::Sl, Repair::TwoWorksheets { .. }) => "Dve napravi sta začeli delovni list za isti problem: oba sta ohranjena.".into(),
        (Lang::En, Repair::TwoWorksheets { .. }) => "Two devices started a worksheet on the same problem: both are kept.".into(),
        (Lang::Sl, Repair::PeriodRemoved { .. }) => "Inovacija je bila ročno uvrščena v obdobje, odstranjeno na drugi napravi: zdaj jo uvršča njeno leto.".into(),
        (Lang::En, Repair::PeriodRemoved { .. }) => "An innovation was placed by hand in a period removed on another device: its year places it now.".into(),
        (Lang::Sl, Repair::CommentOnTwoCards { .. }) => "Komentar je na dveh karticah (drugje so eno združili z drugo): prikazan je na obeh.".into(),
        (Lang::En, Repair::CommentOnTwoCards { .. }) => "A comment is on two cards (one was merged into the other elsewhere): it is shown on both.".into(),
        (Lang::Sl, Repair::BallotFork { .. }) => "Glasovnica je bila popravljena na dveh napravah: šteje zadnji oddani popravek, drugi ostane v zgodovini.".into(),
        (Lang::En, Repair::BallotFork { .. }) => "A ballot was corrected on two devices: the correction cast last counts, the other stays in the history.".into(),
        (Lang::Sl, Repair::RemovedProblemInRound { .. }) => "Problem, odstranjen na drugi napravi, je še v krogu razvrščanja: tam ostane s svojim besedilom.".into(),
        (Lang::En, Repair::RemovedProblemInRound { .. }) => "A problem removed on another device is still in a ranking round: it stays there with its wording.".into(),
    }
}

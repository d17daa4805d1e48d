//! The process: phases, the state of each step, the next action and the facilitator's checklists,
//! drawn from the method (../shared/METHOD.md). Each function matches on its key and picks the
//! language, so a missing translation does not compile.

use workshop::process::{Next, State};

use super::Lang;

/// The phases of the series, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Before the first workshop.
    Preparation,
    /// Workshop 1.
    Workshop1,
    /// Workshop 2.
    Workshop2,
    /// Workshop 3.
    Workshop3,
    /// After the workshops.
    Report,
}

/// A phase's name, numbered.
pub fn phase_name(lang: Lang, p: Phase) -> &'static str {
    let (sl, en) = match p {
        Phase::Preparation => ("Priprava", "Preparation"),
        Phase::Workshop1 => ("1. delavnica", "Workshop 1"),
        Phase::Workshop2 => ("2. delavnica", "Workshop 2"),
        Phase::Workshop3 => ("3. delavnica", "Workshop 3"),
        Phase::Report => ("Poročilo", "Report"),
    };
    lang.pick(sl, en)
}

/// A step's state in words (for screen readers; the screen shows a mark).
pub fn state_name(lang: Lang, s: State) -> &'static str {
    let (sl, en) = match s {
        State::NotStarted => ("še ni začeto", "not started"),
        State::InProgress => ("v teku", "in progress"),
        State::Done => ("opravljeno", "done"),
    };
    lang.pick(sl, en)
}

/// The next action, as a button says it.
pub fn next_name(lang: Lang, n: Next) -> &'static str {
    let (sl, en) = match n {
        Next::AddParticipants => ("Vpišite udeležence", "Add the participants"),
        Next::MarkAttendance => (
            "Označite, kdo je prišel na delavnico",
            "Mark who came to the workshop",
        ),
        Next::AddCards => (
            "Dodajte prednosti in slabosti v štiri sklope",
            "Add strengths and weaknesses to the four domains",
        ),
        Next::MarkKeys => (
            "Označite ključne prednosti in slabosti",
            "Mark the key strengths and weaknesses",
        ),
        Next::MakeProblems => (
            "Ključne slabosti spremenite v razvojne probleme",
            "Turn the key weaknesses into problems",
        ),
        Next::ListInnovations => (
            "Popišite lokalne družbene inovacije",
            "List the town's social innovations",
        ),
        Next::StudyInnovations => (
            "Poglobljeno preučite inovacije, ki so uspele",
            "Study the innovations that worked",
        ),
        Next::OpenRound => (
            "Odprite prvi krog razvrščanja",
            "Open the first ranking round",
        ),
        Next::CollectBallots => ("Zberite glasovnice", "Collect the ballots"),
        Next::ChooseProblems => (
            "Izberite probleme za 3. delavnico",
            "Choose the problems for workshop 3",
        ),
        Next::StartWorksheets => (
            "Začnite delovne liste za izbrane probleme",
            "Start the worksheets for the chosen problems",
        ),
        Next::DevelopIdeas => (
            "Razvijte ideje na delovnih listih",
            "Develop ideas on the worksheets",
        ),
        Next::PickIdeas => (
            "Plenarno ocenite ideje in izberite, katere razvijate naprej",
            "Rate the ideas in the plenary and pick those to take forward",
        ),
        Next::WriteReport => ("Sestavite poročilo", "Put the report together"),
    };
    lang.pick(sl, en)
}

/// The facilitator's checklist for a phase: what to prepare and the order of the day.
pub fn checklist(lang: Lang, p: Phase) -> &'static [&'static str] {
    match (p, lang) {
        (Phase::Preparation, Lang::Sl) => &[
            "Povabite 12–17 udeležencev iz vseh štirih sektorjev četverne vijačnice (gospodarstvo, civilna družba, lokalna oblast, znanost in kultura).",
            "Vpišite jih s sektorji; prisotnost označite ob vhodu.",
            "Raziskovalna skupina pripravi osnutek prednosti in slabosti (intervjuji, statistika, literatura) in seznam lokalnih inovacij.",
            "Aplikacijo enkrat odprite na vsaki tablici s povezavo; nato dela brez interneta. Prenesite datoteko procesa kot varnostno kopijo.",
        ],
        (Phase::Preparation, Lang::En) => &[
            "Invite 12–17 participants from all four sectors of the quadruple helix (business, civil society, local government, science and culture).",
            "Enter them with their sectors; mark attendance at the door.",
            "The research team drafts the strengths and weaknesses (interviews, statistics, literature) and a list of local innovations.",
            "Open the app once on every tablet while online; it then works without internet. Download the session file as a backup.",
        ],
        (Phase::Workshop1, Lang::Sl) => &[
            "Predstavite štiri sklope okvira družbene trajnostnosti in osnutek raziskovalne skupine.",
            "Skupine dodajajo prednosti in slabosti ter oporekajo karticam.",
            "Plenarno: sprejmite ali zavrnite kartice, združite podvojene, označite ključne.",
            "Ocenite vsak sklop od 1 do 5 in zapišite skupno oceno.",
            "Ključne slabosti spremenite v razvojne probleme za 2. delavnico.",
        ],
        (Phase::Workshop1, Lang::En) => &[
            "Present the four domains of the Social Sustainability Framework and the research team's draft.",
            "Groups add strengths and weaknesses and challenge cards.",
            "Plenary: accept or reject cards, merge duplicates, mark the key ones.",
            "Rate each domain from 1 to 5 and write the verdict.",
            "Turn the key weaknesses into development problems for workshop 2.",
        ],
        (Phase::Workshop2, Lang::Sl) => &[
            "Predstavite seznam inovacij raziskovalne skupine; udeleženci ga dopolnijo.",
            "Umestite inovacije v obdobja razvoja kraja (časovnica).",
            "Štiri inovacije preučite poglobljeno: zakaj so uspele.",
            "Probleme razvrstite v krogih: najprej v parih, nato vsi skupaj.",
            "Izberite tri najpomembnejše probleme za 3. delavnico.",
        ],
        (Phase::Workshop2, Lang::En) => &[
            "Present the research team's list of innovations; the participants add to it.",
            "Place the innovations in the town's periods (the timeline).",
            "Study four innovations in depth: why they worked.",
            "Rank the problems in rounds: first in pairs, then all together.",
            "Choose the three most important problems for workshop 3.",
        ],
        (Phase::Workshop3, Lang::Sl) => &[
            "Oblikujte eno skupino za vsak izbrani problem.",
            "Na delovnem listu skupina najprej opredeli srž problema.",
            "Razvijte ideje: kdo bi jih izvajal, viri, kdo ima korist, prvi koraki.",
            "Plenarno: vse ideje druga ob drugi, ocena učinka in izvedljivosti, izbira idej za nadaljnji razvoj.",
            "Zemljevid problemov in idej; nato poročilo.",
        ],
        (Phase::Workshop3, Lang::En) => &[
            "Form one group for each chosen problem.",
            "On the worksheet, each group first pins down the core of the problem.",
            "Develop ideas: who would carry them, resources, who benefits, first steps.",
            "Plenary: all ideas side by side, rate impact and feasibility, pick the ideas to take forward.",
            "The map of problems to ideas; then the report.",
        ],
        (Phase::Report, Lang::Sl) => &[
            "Izpustite razdelke, ki jih ne potrebujete, in dodajte svoje besedilo.",
            "Natisnite ali shranite kot PDF; pošljite datoteko HTML ali podatke za preglednice.",
        ],
        (Phase::Report, Lang::En) => &[
            "Leave out the sections you do not need and add your own text.",
            "Print it or save it as PDF; send the HTML file or the data for spreadsheets.",
        ],
    }
}

/// "Next:" before the next action.
pub fn next_label(lang: Lang) -> &'static str {
    lang.pick("Naslednji korak:", "Next:")
}

/// The checklist's summary line.
pub fn checklist_label(lang: Lang, p: Phase) -> String {
    match lang {
        Lang::Sl => format!(
            "Opomnik za moderatorja – {}",
            phase_name(lang, p).to_lowercase()
        ),
        Lang::En => format!(
            "Facilitator's checklist – {}",
            phase_name(lang, p).to_lowercase()
        ),
    }
}

/// What the Velenje example shows on a step: its tour's stop there.
pub fn tour_stop(lang: Lang, step: crate::route::Step) -> &'static str {
    use crate::route::Step;
    let (sl, en) = match step {
        Step::Overview => (
            "Ta primer ponovi delavnice v Velenju (2018–2019) po objavljeni študiji. Ogled vas vodi po korakih v vrstnem redu procesa; vse lahko spremenite, saj je to vaša kopija.",
            "This example replays the Velenje workshops (2018–2019) from the published study. The tour takes you through the steps in the order of the process; change anything you like: this is your copy.",
        ),
        Step::Participants => (
            "Kdo je sodeloval: 17 ponazoritvenih udeležencev (samo oznake) iz štirih sektorjev četverne vijačnice, na vsaki delavnici 12–17. Študija navaja število ljudi, ne pa njihovih imen ali sektorjev.",
            "Who took part: 17 illustrative participants (codes only) from the four sectors of the quadruple helix, 12–17 at each workshop. The study reports how many came, not who or from which sector.",
        ),
        Step::Assessment => (
            "1. delavnica: ocena družbene trajnostnosti raziskovalne skupine (preglednica 1 v študiji) s ključnimi prednostmi in slabostmi po štirih področjih, skupna ocena in deset slabosti, ki so postale razvojni problemi.",
            "Workshop 1: the research team's social sustainability assessment (the study's table 1) with key strengths and weaknesses in four domains, the overall verdict, and the ten weaknesses that became development problems.",
        ),
        Step::Innovations => (
            "2. delavnica, prvi del: 21 lokalnih družbenih inovacij iz preglednice 2 na časovnici z obdobji razvoja mesta in ključi do uspeha, ki jih je ugotovil proces.",
            "Workshop 2, first part: the 21 local social innovations of table 2 on a timeline with the town's periods, and the keys to success the process found.",
        ),
        Step::Ranking => (
            "2. delavnica, drugi del: deset problemov, razvrščenih v dveh krogih – v parih in nato plenarno. Glasovnice so ponazoritvene, izid (gospodarstvo, zaprtje premogovnika, odhod mladih) pa je iz študije. Poskusite glasovnico sami v vadbenem krogu.",
            "Workshop 2, second part: the ten problems ranked in two rounds, in pairs and then in the plenary. The ballots are illustrative; the outcome (the economy, the mine's closing, young people leaving) is the study's. Try a ballot yourself in a practice round.",
        ),
        Step::Solutions => (
            "3. delavnica: tri skupine, vsaka za enega od treh izbranih problemov – ribogojnica, močnejši nevladni sektor, mentorska shema – in zemljevid od problemov do idej.",
            "Workshop 3: three groups, one for each of the three chosen problems (a fish farm, a stronger NGO sector, a mentoring scheme) and the map from problems to ideas.",
        ),
        Step::Report => (
            "Poročilo: vse skupaj kot en dokument za tisk, PDF ali spletno stran, s preglednicami kot datotekami CSV.",
            "The report: everything as one document to print, save as PDF or share as a web page, with the tables as CSV files.",
        ),
    };
    lang.pick(sl, en)
}

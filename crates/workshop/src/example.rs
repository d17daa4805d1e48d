//! The built-in Velenje example (../shared/METHOD.md): the case the method comes from, so that a
//! facilitator can see a finished series before running their own. Each workshop's data joins it
//! as the feature that records it lands; what the paper does not report is not invented.

use crate::assessment::AssessmentAction;
use crate::assessment::{Domain, Origin, Polarity};
use crate::innovations::InnovationsAction;
use crate::innovations::{FactorNote, InnovationType, SuccessFactor};
use crate::meta::Stamp;
use crate::participants::{NewParticipant, ParticipantsAction, Sector};
use crate::rounds::RankingAction;
use crate::rounds::{Voter, Voters};
use crate::session::{Action, ContentLang, NewInnovation, Session};
use crate::solutions::{Basis, IdeaText, NewWorksheet, SolutionsAction};
use ranking::Method;

/// Title of the example session (its content is in Slovene, like the paper).
pub const VELENJE_TITLE: &str = "Velenje: družbene inovacije (primer)";

/// The paper's table 1: key strengths (+) and weaknesses (−) per domain, in its own words.
const TABLE_1: [(Domain, Polarity, &str, &str); 25] = {
    use Domain::*;
    use Polarity::*;
    [
        (Amenities, Strength, "raznovrstnost in kakovost izobraževalnih ustanov do visokošolske ravni, vključno z izobraževanjem odraslih", "varied, high-quality education up to higher-education level, adult education included"),
        (Amenities, Strength, "vseprisotna podpora kulturnemu dogajanju", "culture supported everywhere"),
        (Amenities, Strength, "kakovostni javni in skupnostni prostori", "good public and community spaces"),
        (Amenities, Strength, "pomoč ranljivim skupinam", "help for vulnerable groups"),
        (Amenities, Weakness, "razvoj visokega šolstva v fragmentih", "higher education develops only in fragments"),
        (Amenities, Weakness, "prometni sistem temelji na avtomobilu namesto na hoji, kolesarjenju in javnem prevozu", "transport relies on the car instead of walking, cycling and public transport"),
        (SocialCultural, Strength, "povezanost skupnosti, medkulturno sodelovanje", "connected community, intercultural cooperation"),
        (SocialCultural, Strength, "temeljne vrednote: medsebojna pomoč, solidarnost, družbena enakost, strpnost", "core values: mutual help, solidarity, social equality, tolerance"),
        (SocialCultural, Strength, "močna lokalna identiteta in občutek pripadnosti kraju", "strong local identity and sense of belonging"),
        (SocialCultural, Strength, "visoka kakovost življenja v kraju (kakovost bivanja, varnost)", "high quality of life (housing, safety)"),
        (SocialCultural, Weakness, "naraščajoča nestrpnost do »neavtohtonega« prebivalstva", "growing intolerance of the “non-native” population"),
        (SocialCultural, Weakness, "zaprtost in neintegriranost albanske skupnosti", "the Albanian community is closed and not integrated"),
        (VoiceInfluence, Strength, "visoka stopnja zaupanja in sodelovanja med občino, gospodarstvom in civilno družbo", "high trust and cooperation between municipality, business and civil society"),
        (VoiceInfluence, Strength, "vzpostavljeni mehanizmi za sodelovanje in podajanje pobud in predlogov občanov", "established ways for citizens to take part and make proposals"),
        (VoiceInfluence, Strength, "razvite oblike participacije kot dediščina kolektivne družbene zavesti in identitete", "developed forms of participation inherited from a collective identity"),
        (VoiceInfluence, Weakness, "(pre)velika vloga strankarske pripadnosti pri odločevalskih procesih", "(too) large role of party affiliation in decisions"),
        (VoiceInfluence, Weakness, "zmanjševanje vpliva lokalne skupnosti na razvoj kraja zaradi zmanjševanja družbene odgovornosti podjetij", "the community's influence shrinks as companies' social responsibility declines"),
        (Adaptability, Strength, "ustvarjalnost in inovativnost (mladih), dovzetnost za nove tehnologije", "creativity and innovativeness (of the young), openness to new technology"),
        (Adaptability, Strength, "zagotovljen prostor za morebitno prostorsko širitev (stanovanja, gospodarstvo)", "room for spatial expansion (housing, business)"),
        (Adaptability, Strength, "nastajanje novih, manjših in raznolikih podjetij", "new, smaller, varied companies"),
        (Adaptability, Strength, "velik potencial turizma v luči diverzifikacije gospodarstva", "large tourism potential for diversifying the economy"),
        (Adaptability, Weakness, "bipolarno in ranljivo gospodarstvo: odvisnost od dveh večjih podjetij", "bipolar, vulnerable economy: depends on two large companies"),
        (Adaptability, Weakness, "nejasna prihodnost po zaprtju premogovnika", "unclear future after the coal mine closes"),
        (Adaptability, Weakness, "izseljevanje izobraženih mladih", "outmigration of educated young people"),
        (Adaptability, Weakness, "»knapovska mentaliteta« (zaprtost, klientelizem, strah pred inteligenco)", "“miner mentality” (closedness, clientelism, fear of intellectuals)"),
    ]
};

/// The paper's historical periods (they overlap; it gives no end to the last two).
const PERIODS: [(&str, i32, Option<i32>); 4] = [
    ("socializem in izgradnja mesta", 1945, Some(1990)),
    ("okoljska kriza 80. let", 1980, Some(1989)),
    ("tranzicija po osamosvojitvi", 1991, None),
    ("po gospodarski krizi 2008", 2008, None),
];

/// The paper's table 2: type(s), innovation, year (none where the paper says "unknown").
const TABLE_2: [(&[InnovationType], &str, Option<i32>); 21] = {
    use InnovationType::*;
    [
        (&[Practice], "udarniško delo", Some(1945)),
        (&[Practice], "izgradnja mesta", Some(1945)),
        (&[Rules], "krajevni samoprispevek", Some(1970)),
        (
            &[Practice],
            "dobre prakse urbanega vrtičkarstva",
            Some(1974),
        ),
        (&[Rules], "ekološko gibanje konec 80. let", Some(1987)),
        (&[Service], "Pikin festival", Some(1989)),
        (&[Practice], "mladinski klub eMCe Plac", Some(1996)),
        (
            &[Practice],
            "počitniško delo za mladino (Čisto moje Velenje)",
            Some(2002),
        ),
        (&[OrganisationalForm], "SAŠA inkubator", Some(2007)),
        (&[Service], "brezplačni javni prevoz Lokalc", Some(2008)),
        (&[Service], "Mestna blagajna", Some(2010)),
        (
            &[Practice],
            "revitalizacija prostorov Stare pekarne",
            Some(2012),
        ),
        (&[Service], "brezplačno drsališče", Some(2013)),
        (&[Practice], "hiša bendov", Some(2014)),
        (&[Service], "sistem izposoje koles Bicy", Some(2014)),
        (
            &[OrganisationalForm],
            "razvito prostovoljstvo (MC Udarnik)",
            Some(2015),
        ),
        (
            &[Service],
            "inovativni izobraževalni programi Ljudske univerze: Planet generacij, Vzorčno mesto",
            Some(2017),
        ),
        (&[Practice], "počitniško varstvo za otroke", Some(2018)),
        (
            &[Service],
            "brezplačni prevozi za starejše in gibalno ovirane Kamerat",
            Some(2018),
        ),
        (
            &[Service, Product],
            "spletni portal za pobude meščanov Sooblikujmo Velenje",
            Some(2018),
        ),
        (&[Practice], "brezplačni prostori za društva", None),
    ]
};

/// The keys to success the paper's conclusion names for the series as a whole (its section 6).
pub const SUCCESS: [(SuccessFactor, &str); 5] = [
    (SuccessFactor::Cooperation, "odlično sodelovanje"),
    (
        SuccessFactor::Agreement,
        "zmožnost dogovora in poenotenja interesov vseh vpletenih akterjev",
    ),
    (
        SuccessFactor::DecisionMakers,
        "podpora in posluh odločevalcev",
    ),
    (
        SuccessFactor::Initiators,
        "odločnost, zagnanost in ambicioznost pobudnikov",
    ),
    (
        SuccessFactor::Cohesion,
        "solidarnost, družbena kohezivnost ter sposobnost dogovarjanja in sodelovanja",
    ),
];

/// Illustrative ballots of the pairs round: problem numbers (p1…p10, in table 1's order of
/// weaknesses) most important first; a slice of two is a tie, and a ballot may leave a problem
/// unranked. The paper reports only the outcome — p7 (economy on two companies), p8 (future after
/// the mine), p9 (outmigration of educated young people) at the top, p4 (the Albanian community)
/// last — so these ballots are invented to reach it, with the disagreement a real room has.
const PAIR_BALLOTS: [&[&[u8]]; 8] = [
    &[&[7], &[8], &[9], &[3], &[10], &[1], &[6], &[2], &[5], &[4]],
    &[&[8], &[7], &[9], &[1], &[2], &[6], &[5], &[10], &[3], &[4]],
    &[&[7], &[9], &[8], &[6], &[5], &[3], &[2], &[10], &[1], &[4]],
    &[&[9], &[7], &[8], &[10], &[2], &[1], &[3], &[6], &[5], &[4]],
    &[&[7], &[8], &[6], &[9], &[5], &[1], &[10], &[3], &[4], &[2]],
    &[&[8], &[9], &[7], &[2], &[3], &[10], &[6], &[1], &[5], &[4]],
    &[&[8], &[7], &[10], &[9], &[6], &[5], &[1], &[3], &[2], &[4]],
    &[&[7], &[8, 9], &[6], &[10], &[1], &[2], &[3], &[5]],
];

/// The plenary's illustrative ballot: the paper's outcome at the top and the bottom; in the
/// middle, where the paper says nothing, an order the discussion might have settled on.
const PLENARY_BALLOT: &[&[u8]] = &[&[7], &[8], &[9], &[10], &[6], &[2], &[1], &[5], &[3], &[4]];

/// A new session pre-filled with the Velenje case, marked as the example so that its illustrative
/// parts are labelled on screen: the paper's table 1 as key strengths and weaknesses (the research
/// team's, accepted), its verdict, and the ten problems its weaknesses became. The paper dates the
/// workshops only to between November 2018 and April 2019, so the date stays empty rather than
/// invented.
pub fn velenje(id: &str, stamp: &Stamp) -> Session {
    let mut s = Session::new(id, VELENJE_TITLE, "Velenje", "", ContentLang::Sl, stamp)
        .expect("the example's description is valid");
    s.info.example = true;
    let apply =
        |s: &mut Session, a: Action| s.apply(&a, stamp).expect("the example's data is valid");
    let mut weaknesses = Vec::new();
    for (n, (domain, polarity, text, _)) in TABLE_1.iter().enumerate() {
        let card = format!("{id}-c{}", n + 1);
        apply(
            &mut s,
            Action::Assessment(AssessmentAction::AddCard {
                id: card.clone(),
                domain: *domain,
                polarity: *polarity,
                text: text.to_string(),
                origin: Origin::ResearchTeam,
                evidence: Vec::new(),
            }),
        );
        apply(
            &mut s,
            Action::Assessment(AssessmentAction::ResolveCard {
                card: card.clone(),
                accept: true,
            }),
        );
        apply(
            &mut s,
            Action::Assessment(AssessmentAction::SetKey {
                card: card.clone(),
                key: true,
            }),
        );
        if *polarity == Polarity::Weakness {
            weaknesses.push(card);
        }
    }
    apply(
        &mut s,
        Action::Assessment(AssessmentAction::SetVerdict {
            text: "Velenje je mesto z visoko stopnjo družbene trajnostnosti. Nekoliko slabše je stanje z vidika prilagodljivosti in prožnosti, zlasti zaradi bipolarnega in ranljivega gospodarstva.".into(),
        }),
    );
    let problems = weaknesses
        .into_iter()
        .enumerate()
        .map(|(n, card)| (format!("{id}-p{}", n + 1), card))
        .collect();
    apply(
        &mut s,
        Action::Assessment(AssessmentAction::WeaknessesToProblems { problems }),
    );
    for (n, (name, start, end)) in PERIODS.iter().enumerate() {
        apply(
            &mut s,
            Action::Innovations(InnovationsAction::AddPeriod {
                id: format!("{id}-t{}", n + 1),
                name: name.to_string(),
                start: *start,
                end: *end,
            }),
        );
    }
    // The paper says the research team found 11 of the 21 before the workshop and the
    // participants added the rest, without saying which: the origin is "not reported".
    let innovations = TABLE_2
        .iter()
        .enumerate()
        .map(|(n, (types, name, year))| NewInnovation {
            id: format!("{id}-i{}", n + 1),
            name: name.to_string(),
            types: types.to_vec(),
            year: *year,
            origin: Origin::NotReported,
        })
        .collect();
    apply(
        &mut s,
        Action::Innovations(InnovationsAction::AddInnovations { innovations }),
    );
    // The paper tells the 1980s crisis through the environmental movement alone; a children's
    // festival belongs with the town's building years, where its year rule would not put it.
    apply(
        &mut s,
        Action::Innovations(InnovationsAction::SetInnovationPeriod {
            id: format!("{id}-i6"),
            period: Some(format!("{id}-t1")),
        }),
    );
    // The conclusion's keys to success are the series', not one innovation's.
    apply(
        &mut s,
        Action::Innovations(InnovationsAction::SetKeysToSuccess {
            keys: SUCCESS
                .iter()
                .map(|(f, note)| FactorNote {
                    factor: f.clone(),
                    note: note.to_string(),
                })
                .collect(),
        }),
    );
    add_participants(&mut s, id, stamp);
    add_ballots(&mut s, id, stamp);
    add_solutions(&mut s, id, stamp);
    s
}

/// An English gloss of one of the example's Slovene texts: a table 1 item (and so one of the ten
/// problems, which are its weaknesses); the glosses follow ../shared/METHOD.md.
pub fn gloss(text: &str) -> Option<&'static str> {
    TABLE_1.iter().find(|t| t.2 == text).map(|t| t.3)
}

/// The name of the practice round a newcomer can open on the example to try a ballot (in the
/// example's content language).
pub const PRACTICE_ROUND: &str = "vaja";

/// The practice round to try a ballot in: the open one if there is one, else a new one over every
/// live problem (with id `new_id`). Answers the round's id and, for a new one, the action that
/// opens it — which the reducer refuses, saying why, when there are fewer than two problems.
pub fn practice_round(s: &Session, new_id: &str) -> (String, Option<Action>) {
    if let Some(r) = s
        .live_rounds()
        .find(|r| r.name == PRACTICE_ROUND && !r.closed)
    {
        return (r.meta.id.clone(), None);
    }
    let open = Action::Ranking(RankingAction::OpenRound {
        id: new_id.to_string(),
        name: PRACTICE_ROUND.to_string(),
        voters: Voters::Individuals,
        problems: s.live_problems().map(|p| p.meta.id.clone()).collect(),
        method: Method::Borda,
    });
    (new_id.to_string(), Some(open))
}

/// How many illustrative participants the example has, and how many of them came to each
/// workshop: the paper reports 12–17 people a workshop, from the four sectors, and nothing more.
pub const PARTICIPANTS: usize = 17;
/// Who came to workshops 1, 2 and 3: the first so many codes (16 at workshop 2 make the eight
/// pairs of the first round; 12 at workshop 3 make three groups of four).
pub const ATTENDANCE: [usize; 3] = [17, 16, 12];

/// Illustrative participants, as codes (the paper names nobody): the four sectors in turn, so
/// every workshop has each sector about equally (the paper does not report the proportions); and
/// workshop 3's three groups, one per chosen problem, as the paper describes.
fn add_participants(s: &mut Session, id: &str, stamp: &Stamp) {
    let apply =
        |s: &mut Session, a: Action| s.apply(&a, stamp).expect("the example's data is valid");
    let code = |n: usize| format!("{id}-u{n:02}");
    let participants = (1..=PARTICIPANTS)
        .map(|n| NewParticipant {
            id: code(n),
            name: format!("U{n:02}"),
            sector: Some(Sector::ALL[(n - 1) % 4]),
            organisation: String::new(),
        })
        .collect();
    apply(
        s,
        Action::Participants(ParticipantsAction::AddParticipants { participants }),
    );
    for (w, came) in ATTENDANCE.iter().enumerate() {
        for n in 1..=*came {
            apply(
                s,
                Action::Participants(ParticipantsAction::SetAttendance {
                    id: code(n),
                    workshop: w as u8 + 1,
                    present: true,
                }),
            );
        }
    }
    apply(
        s,
        Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 3,
            count: 3,
            seed: 2019,
        }),
    );
}

/// Workshop 3 as the paper reports it (section 5, figure 6 and the conclusion): a worksheet on
/// each chosen problem, one idea each, at the level of a concept. What the paper does not say
/// (the groups, the plenary's ratings, first steps) stays empty.
fn add_solutions(s: &mut Session, id: &str, stamp: &Stamp) {
    let apply =
        |s: &mut Session, a: Action| s.apply(&a, stamp).expect("the example's data is valid");
    let sheet = |n: usize| format!("{id}-w{n}");
    let worksheets = [7, 8, 9]
        .iter()
        .enumerate()
        .map(|(n, p)| NewWorksheet {
            id: sheet(n + 1),
            problem: format!("{id}-p{p}"),
            group: Some(n),
        })
        .collect();
    apply(
        s,
        Action::Solutions(SolutionsAction::StartWorksheets { worksheets }),
    );
    let strength = |n: usize| Basis::Strength {
        card: format!("{id}-c{n}"),
    };
    let innovation = |n: usize| Basis::Innovation {
        innovation: format!("{id}-i{n}"),
    };
    // Social capital: support for social inclusion (c4), solidarity (c8), volunteering (i16).
    let social_capital = vec![
        strength(4),
        strength(8),
        innovation(16),
        Basis::Factor(SuccessFactor::Cohesion),
    ];
    let sheets = [
        (
            "",
            "",
            "",
            "",
            Vec::new(),
        ),
        (
            "možni socialni problemi, ki bi se pojavili po zaprtju premogovnika",
            "",
            "revščina, socialna izključenost, kriminal, zmanjšanje družbene kohezivnosti; mesto ima sicer dobro razvite socialne mehanizme in programe, vendar v primeru hujše krize ne bi zadoščali",
            "",
            social_capital.clone(),
        ),
        (
            "izseljevanje izobraženih mladih, zlasti diplomantov družboslovnih smeri",
            "pomanjkanje ustreznih delovnih mest in preskromno sodelovanje med izobraževalnimi ustanovami in podjetji",
            "",
            "izobraženi mladi, zlasti diplomanti družboslovnih smeri",
            social_capital.clone(),
        ),
    ];
    for (n, (core, causes, consequences, affected, builds_on)) in sheets.into_iter().enumerate() {
        apply(
            s,
            Action::Solutions(SolutionsAction::EditWorksheet {
                id: sheet(n + 1),
                core: core.into(),
                causes: causes.into(),
                consequences: consequences.into(),
                affected: affected.into(),
                builds_on,
            }),
        );
    }
    let nature = vec![
        Basis::Factor(SuccessFactor::Other("neizkoriščeni naravni viri".into())),
        Basis::Factor(SuccessFactor::Other(
            "težnje po diverzifikaciji gospodarstva".into(),
        )),
    ];
    let ideas = [
        IdeaText {
            title: "Ribogojnica na območju jezer".into(),
            description: "Postavitev ribogojnice na območju jezer v obliki javno-zasebnega partnerstva, ki bi ga omogočil tudi zakon o zapiranju premogovnika. Učinkovita raba naravnih virov, ki zaenkrat še niso docela izkoriščeni, bi pomenila nekakšno nadomestilo za izgubljena kmetijska zemljišča in spodbudila razvoj drugih gospodarskih panog. Ideja temelji na obstoječih neizkoriščenih naravnih virih in je skladna s težnjami po diverzifikaciji gospodarstva.".into(),
            carriers: "javno-zasebno partnerstvo".into(),
            sectors: vec![Sector::Business, Sector::LocalGovernment],
            resources: "neizkoriščeni naravni viri na območju jezer; zakon o zapiranju premogovnika".into(),
            beneficiaries: "do 80 zaposlenih, tako za gojenje rib kot za urejanje prostora, tudi slabše kvalificirani delavci".into(),
            first_steps: String::new(),
            alternatives: "razvoj turizma, ki se marsikomu zdi nerealen".into(),
            builds_on: nature,
        },
        IdeaText {
            title: "Krepitev in profesionalizacija nevladnega sektorja".into(),
            description: "Nevladni sektor je v mestu sicer prisoten, a finančno in kadrovsko podhranjen. Okrepljen bi bil sposoben razviti inovativne socialne programe in s tem nuditi zaposlitev mladim diplomantom družboslovnih smeri, hkrati pa skrbeti za socialno vključenost brezposelnih prek prostovoljstva, priložnostnega dela in izobraževanja.".into(),
            carriers: "nevladne organizacije".into(),
            sectors: vec![Sector::CivilSociety],
            resources: String::new(),
            beneficiaries: "mladi diplomanti družboslovnih smeri; brezposelni".into(),
            first_steps: String::new(),
            alternatives: String::new(),
            builds_on: social_capital.clone(),
        },
        IdeaText {
            title: "Mentorska shema".into(),
            description: "Starejši, izkušeni delavci bi na mlajše prenašali znanje, jih usmerjali in usposabljali. Za to bi dobili tudi finančno spodbudo, hkrati pa bi se upokojili takoj, ko za to izpolnjujejo pogoje, in s tem svoje mesto prepustili mlajšim. Zanimiva je tudi z vidika uporabe in ohranitve skritega znanja, enega najpomembnejših elementov industrijske kulture.".into(),
            carriers: String::new(),
            sectors: Vec::new(),
            resources: "finančna spodbuda za mentorje".into(),
            beneficiaries: "mladi, ki bi lahko uresničili svoj ustvarjalni potencial in ostali v domačem kraju".into(),
            first_steps: String::new(),
            alternatives: String::new(),
            builds_on: social_capital,
        },
    ];
    for (n, text) in ideas.into_iter().enumerate() {
        let idea = format!("{id}-x{}", n + 1);
        apply(
            s,
            Action::Solutions(SolutionsAction::AddIdea {
                id: idea.clone(),
                worksheet: sheet(n + 1),
                title: text.title.clone(),
            }),
        );
        apply(
            s,
            Action::Solutions(SolutionsAction::EditIdea {
                id: idea,
                text: Box::new(text),
            }),
        );
    }
}

/// Two illustrative rounds (pairs, then the plenary), closed, and the plenary's top three chosen
/// for workshop 3.
fn add_ballots(s: &mut Session, id: &str, stamp: &Stamp) {
    let apply =
        |s: &mut Session, a: Action| s.apply(&a, stamp).expect("the example's data is valid");
    let problems: Vec<String> = (1..=10).map(|n| format!("{id}-p{n}")).collect();
    let tiers = |ballot: &[&[u8]]| -> Vec<Vec<String>> {
        ballot
            .iter()
            .map(|t| t.iter().map(|n| format!("{id}-p{n}")).collect())
            .collect()
    };
    let rounds = [
        ("r1", "v parih", Voters::Groups, &PAIR_BALLOTS[..]),
        ("r2", "plenarno", Voters::Plenary, &[PLENARY_BALLOT][..]),
    ];
    for (key, name, voters, ballots) in rounds {
        let round = format!("{id}-{key}");
        apply(
            s,
            Action::Ranking(RankingAction::OpenRound {
                id: round.clone(),
                name: name.into(),
                voters,
                problems: problems.clone(),
                method: Method::Borda,
            }),
        );
        for (n, ballot) in ballots.iter().enumerate() {
            let voter = match voters {
                Voters::Plenary => Voter::Plenary,
                _ => Voter::Named {
                    name: format!("par {}", n + 1),
                },
            };
            apply(
                s,
                Action::Ranking(RankingAction::CastBallot {
                    id: format!("{round}-b{}", n + 1),
                    round: round.clone(),
                    voter,
                    tiers: tiers(ballot),
                    scribe: false,
                }),
            );
        }
        // The paper's participants ranked from the least to the most important.
        apply(
            s,
            Action::Ranking(RankingAction::SetRoundDirection {
                id: round.clone(),
                least_first: true,
            }),
        );
        apply(
            s,
            Action::Ranking(RankingAction::SetRoundClosed {
                id: round.clone(),
                closed: true,
            }),
        );
        if let Some(r) = s.rounds.last_mut() {
            r.illustrative = true;
        }
    }
    apply(
        s,
        Action::Ranking(RankingAction::ChooseProblems {
            round: format!("{id}-r2"),
            method: Method::Borda,
            problems: tiers(&PLENARY_BALLOT[..3]).concat(),
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_is_marked_and_named() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        assert!(s.info.example);
        assert!(s.summary().example);
        assert_eq!(s.info.town, "Velenje");
        assert_eq!(s.info.content_lang, ContentLang::Sl);
        assert_eq!(s.id, "ex1");
    }

    #[test]
    fn example_holds_table_1_and_its_ten_problems() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        let summary = s.assessment_summary();
        let counts: Vec<(usize, usize)> = summary
            .iter()
            .map(|d| (d.strengths.len(), d.weaknesses.len()))
            .collect();
        assert_eq!(counts, vec![(4, 2), (4, 2), (3, 2), (4, 4)]);
        let problems: Vec<&str> = s.live_problems().map(|p| p.text.as_str()).collect();
        assert_eq!(problems.len(), 10);
        assert!(problems
            .contains(&"bipolarno in ranljivo gospodarstvo: odvisnost od dveh večjih podjetij"));
        assert!(problems.contains(&"zaprtost in neintegriranost albanske skupnosti"));
        assert!(s
            .live_problems()
            .all(|p| p.from_card.is_some() && p.domain.is_some()));
        assert!(s.unlinked_key_weaknesses().is_empty());
        assert_eq!(s.progress(), crate::Progress::Solutions);
        let verdict = s.verdict.as_ref().map(|v| v.text.as_str()).unwrap_or("");
        assert!(
            verdict.contains("Nekoliko slabše je stanje z vidika prilagodljivosti in prožnosti")
        );
        let pairs = s.live_rounds().next().map(|r| r.voters);
        assert_eq!(
            pairs,
            Some(Voters::Groups),
            "the paper's pairs vote as pairs"
        );
    }
}

#[cfg(test)]
mod inventory_tests {
    use super::*;
    use crate::innovations::{period_of, what_worked, WhatWorked};

    #[test]
    fn example_holds_table_2_periods_and_an_illustrative_deep_dive() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        assert_eq!(s.live_innovations().count(), 21);
        assert_eq!(s.live_periods().count(), 4);
        let named = |name: &str| s.live_innovations().find(|i| i.name == name).unwrap();
        let period = |name: &str| period_of(named(name), &s.periods).map(|p| p.name.as_str());
        assert_eq!(
            period("udarniško delo"),
            Some("socializem in izgradnja mesta")
        );
        assert_eq!(
            period("ekološko gibanje konec 80. let"),
            Some("okoljska kriza 80. let")
        );
        assert_eq!(
            period("mladinski klub eMCe Plac"),
            Some("tranzicija po osamosvojitvi")
        );
        assert_eq!(period("Mestna blagajna"), Some("po gospodarski krizi 2008"));
        assert_eq!(period("brezplačni prostori za društva"), None);
        assert_eq!(
            named("spletni portal za pobude meščanov Sooblikujmo Velenje").types,
            vec![InnovationType::Service, InnovationType::Product]
        );
        assert_eq!(
            period("Pikin festival"),
            Some("socializem in izgradnja mesta")
        );
        assert!(s
            .live_innovations()
            .all(|i| i.origin == Origin::NotReported));
        // The keys to success are the series', not an invented deep dive's.
        assert_eq!(s.live_deep_dives().count(), 0);
        let WhatWorked { factors, lessons } = what_worked(&s.deep_dives, &s.innovations);
        assert!(factors.is_empty() && lessons.is_empty());
        let keys = s.keys_to_success();
        assert_eq!(keys.len(), 5);
        assert_eq!(keys[4].factor, SuccessFactor::Cohesion);
        assert!(keys[4].note.contains("družbena kohezivnost"));
    }

    #[test]
    fn example_has_12_to_17_illustrative_participants_a_workshop_from_every_sector() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        for w in 0..3 {
            let came: Vec<_> = s.live_participants().filter(|p| p.attended[w]).collect();
            assert!((12..=17).contains(&came.len()), "workshop {}", w + 1);
            for sector in Sector::ALL {
                let n = came.iter().filter(|p| p.sector == Some(sector)).count();
                assert!(n * 4 >= came.len() - 3, "{sector:?} at workshop {}", w + 1);
            }
        }
        // Every card and problem of the paper's has an English gloss.
        assert!(s.live_problems().all(|p| gloss(&p.text).is_some()));
        assert!(s.live_cards().all(|c| gloss(&c.text).is_some()));
        assert_eq!(gloss("kaj drugega"), None);
        // Workshop 2's first round was voted in pairs: 16 people, 8 ballots.
        assert_eq!(ATTENDANCE[1], 2 * PAIR_BALLOTS.len());
        // Workshop 3: three groups, each on one chosen problem.
        assert_eq!(s.workshop3_groups(), 3);
        let groups: Vec<_> = s.live_worksheets().map(|w| w.group).collect();
        assert_eq!(groups, [Some(0), Some(1), Some(2)]);
    }

    #[test]
    fn a_practice_round_is_opened_once_and_again_after_it_closes() {
        let stamp = Stamp {
            now: 3,
            device: "d".into(),
        };
        let mut s = velenje("ex1", &stamp);
        let (id, open) = practice_round(&s, "v1");
        assert_eq!(id, "v1");
        s.apply(&open.expect("a new round"), &stamp).unwrap();
        let round = s.live_rounds().find(|r| r.meta.id == "v1").unwrap();
        assert_eq!(round.problems.len(), 10);
        assert_eq!(round.voters, Voters::Individuals);
        assert_eq!(
            practice_round(&s, "v2"),
            ("v1".to_string(), None),
            "reused while open"
        );
        s.apply(
            &Action::Ranking(RankingAction::SetRoundClosed {
                id: "v1".into(),
                closed: true,
            }),
            &stamp,
        )
        .unwrap();
        assert_eq!(
            practice_round(&s, "v2").0,
            "v2",
            "a closed one is not reused"
        );
    }

    #[test]
    fn example_holds_workshop_3_as_the_paper_reports_it() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        let chosen = &s.chosen_problems().expect("chosen problems").problems;
        let sheets: Vec<_> = s.live_worksheets().collect();
        assert_eq!(
            sheets.iter().map(|w| &w.problem).collect::<Vec<_>>(),
            chosen.iter().collect::<Vec<_>>()
        );
        let titles: Vec<Vec<&str>> = sheets
            .iter()
            .map(|w| {
                s.ideas_of(&w.meta.id)
                    .iter()
                    .map(|i| i.text.title.as_str())
                    .collect()
            })
            .collect();
        assert_eq!(
            titles,
            vec![
                vec!["Ribogojnica na območju jezer"],
                vec!["Krepitev in profesionalizacija nevladnega sektorja"],
                vec!["Mentorska shema"]
            ]
        );
        assert!(sheets[1].core.contains("po zaprtju premogovnika"));
        assert!(sheets[1]
            .consequences
            .contains("revščina, socialna izključenost, kriminal"));
        let fish = s.ideas_of(&sheets[0].meta.id)[0];
        assert!(fish.text.alternatives.contains("turizma"));
        assert!(fish.text.beneficiaries.contains("80"));
        assert!(s
            .live_ideas()
            .all(|i| i.status == crate::solutions::IdeaStatus::Concept && !i.picked));
        // The NGO sector and the mentoring scheme build on social capital: strengths and the
        // volunteering innovation, each resolving to its record.
        for i in s.live_ideas().skip(1) {
            let linked: Vec<&str> = i
                .text
                .builds_on
                .iter()
                .filter_map(|b| s.basis_text(b).map(|(t, _)| t))
                .collect();
            assert_eq!(
                linked,
                vec![
                    "pomoč ranljivim skupinam",
                    "temeljne vrednote: medsebojna pomoč, solidarnost, družbena enakost, strpnost",
                    "razvito prostovoljstvo (MC Udarnik)"
                ]
            );
        }
    }
}

//! The built-in Velenje example (../shared/METHOD.md): the case the method comes from, so that a
//! facilitator can see a finished series before running their own. Each workshop's data joins it
//! as the feature that records it lands; what the paper does not report is not invented.

use crate::assessment::{Domain, Origin, Polarity};
use crate::meta::Stamp;
use crate::session::{Action, ContentLang, Session};

/// Title of the example session (its content is in Slovene, like the paper).
pub const VELENJE_TITLE: &str = "Velenje: družbene inovacije (primer)";

/// The paper's table 1: key strengths (+) and weaknesses (−) per domain, in its own words.
const TABLE_1: [(Domain, Polarity, &str); 25] = {
    use Domain::*;
    use Polarity::*;
    [
        (Amenities, Strength, "raznovrstnost in kakovost izobraževalnih ustanov do visokošolske ravni, vključno z izobraževanjem odraslih"),
        (Amenities, Strength, "vseprisotna podpora kulturnemu dogajanju"),
        (Amenities, Strength, "kakovostni javni in skupnostni prostori"),
        (Amenities, Strength, "pomoč ranljivim skupinam"),
        (Amenities, Weakness, "razvoj visokega šolstva v fragmentih"),
        (Amenities, Weakness, "prometni sistem temelji na avtomobilu namesto na hoji, kolesarjenju in javnem prevozu"),
        (SocialCultural, Strength, "povezanost skupnosti, medkulturno sodelovanje"),
        (SocialCultural, Strength, "temeljne vrednote: medsebojna pomoč, solidarnost, družbena enakost, strpnost"),
        (SocialCultural, Strength, "močna lokalna identiteta in občutek pripadnosti kraju"),
        (SocialCultural, Strength, "visoka kakovost življenja v kraju (kakovost bivanja, varnost)"),
        (SocialCultural, Weakness, "naraščajoča nestrpnost do »neavtohtonega« prebivalstva"),
        (SocialCultural, Weakness, "zaprtost in neintegriranost albanske skupnosti"),
        (VoiceInfluence, Strength, "visoka stopnja zaupanja in sodelovanja med občino, gospodarstvom in civilno družbo"),
        (VoiceInfluence, Strength, "vzpostavljeni mehanizmi za sodelovanje in podajanje pobud in predlogov občanov"),
        (VoiceInfluence, Strength, "razvite oblike participacije kot dediščina kolektivne družbene zavesti in identitete"),
        (VoiceInfluence, Weakness, "(pre)velika vloga strankarske pripadnosti pri odločevalskih procesih"),
        (VoiceInfluence, Weakness, "zmanjševanje vpliva lokalne skupnosti na razvoj kraja zaradi zmanjševanja družbene odgovornosti podjetij"),
        (Adaptability, Strength, "ustvarjalnost in inovativnost (mladih), dovzetnost za nove tehnologije"),
        (Adaptability, Strength, "zagotovljen prostor za morebitno prostorsko širitev (stanovanja, gospodarstvo)"),
        (Adaptability, Strength, "nastajanje novih, manjših in raznolikih podjetij"),
        (Adaptability, Strength, "velik potencial turizma v luči diverzifikacije gospodarstva"),
        (Adaptability, Weakness, "bipolarno in ranljivo gospodarstvo: odvisnost od dveh večjih podjetij"),
        (Adaptability, Weakness, "nejasna prihodnost po zaprtju premogovnika"),
        (Adaptability, Weakness, "izseljevanje izobraženih mladih"),
        (Adaptability, Weakness, "»knapovska mentaliteta« (zaprtost, klientelizem, strah pred inteligenco)"),
    ]
};

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
    for (n, (domain, polarity, text)) in TABLE_1.iter().enumerate() {
        let card = format!("{id}-c{}", n + 1);
        apply(
            &mut s,
            Action::AddCard {
                id: card.clone(),
                domain: *domain,
                polarity: *polarity,
                text: text.to_string(),
                origin: Origin::ResearchTeam,
                evidence: Vec::new(),
            },
        );
        apply(
            &mut s,
            Action::ResolveCard {
                card: card.clone(),
                accept: true,
            },
        );
        apply(
            &mut s,
            Action::SetKey {
                card: card.clone(),
                key: true,
            },
        );
        if *polarity == Polarity::Weakness {
            weaknesses.push(card);
        }
    }
    apply(
        &mut s,
        Action::SetVerdict {
            text: "Visoka družbena trajnostnost; najšibkejši sklop je prilagodljivost in prožnost."
                .into(),
        },
    );
    let problems = weaknesses
        .into_iter()
        .enumerate()
        .map(|(n, card)| (format!("{id}-p{}", n + 1), card))
        .collect();
    apply(&mut s, Action::WeaknessesToProblems { problems });
    s
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
        assert_eq!(s.progress(), crate::Progress::Assessment);
    }
}

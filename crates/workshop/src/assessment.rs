//! Workshop 1: the social sustainability assessment (the Social Sustainability Framework's four
//! domains, after Woodcraft et al. 2011), its strength and weakness cards, and the development
//! problems that the key weaknesses become.

use serde::{Deserialize, Serialize};

use crate::meta::Meta;

/// The four domains of the Social Sustainability Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    /// Amenities and social infrastructure.
    Amenities,
    /// Social and cultural life.
    SocialCultural,
    /// Voice and influence.
    VoiceInfluence,
    /// Adaptability and resilience.
    Adaptability,
}

impl Domain {
    /// All four, in the framework's order.
    pub const ALL: [Domain; 4] = [
        Domain::Amenities,
        Domain::SocialCultural,
        Domain::VoiceInfluence,
        Domain::Adaptability,
    ];
}

/// A strength (+) or a weakness (−).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Something the town does well.
    Strength,
    /// Something the town does badly.
    Weakness,
}

/// Where the research team's draft found a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Long or short interviews.
    Interviews,
    /// Statistics.
    Statistics,
    /// Literature.
    Literature,
}

/// Who proposed a card or wrote a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "by", content = "group")]
pub enum Origin {
    /// The research team's draft, prepared before the workshop.
    ResearchTeam,
    /// A group of the workshop (1-based).
    Group(u8),
    /// The plenary.
    Plenary,
    /// Not reported: the source says the research team brought some and the participants the
    /// rest, without saying which (the Velenje paper's table 2).
    NotReported,
}

/// Where a card stands in the plenary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardStatus {
    /// Proposed, not yet decided.
    #[default]
    Proposed,
    /// Accepted by the plenary.
    Accepted,
    /// Rejected by the plenary.
    Rejected,
}

/// A comment on a card (a challenge is a comment that flags the card for the plenary).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Stable id.
    pub id: String,
    /// Who wrote it.
    pub origin: Origin,
    /// The comment.
    pub text: String,
    /// True when the comment challenged the card.
    #[serde(default)]
    pub challenge: bool,
    /// When it was written, on the session's clock: comments show in this order (then by id),
    /// and two tablets' comments on one card interleave the same way on every copy.
    #[serde(default)]
    pub created: i64,
}

/// A strength or weakness card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// Its domain.
    pub domain: Domain,
    /// Strength or weakness.
    pub polarity: Polarity,
    /// The wording.
    pub text: String,
    /// Who proposed it.
    pub origin: Origin,
    /// The research team's evidence for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Comments and challenges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// Flagged for the plenary by a challenge, until resolved.
    #[serde(default)]
    pub challenged: bool,
    /// The plenary's decision.
    #[serde(default)]
    pub status: CardStatus,
    /// Marked as a key strength or weakness of its domain.
    #[serde(default)]
    pub key: bool,
    /// Origins of duplicates merged into this card (their provenance is kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<Origin>,
    /// On a merged duplicate's tombstone: the card it was merged into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
}

/// A domain's overall rating on a five-step scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainRating {
    /// Bookkeeping; the id is `rating-<domain>`.
    pub meta: Meta,
    /// The domain.
    pub domain: Domain,
    /// 1 (very weak) to 5 (very strong).
    pub rating: u8,
    /// Why, in a sentence or two.
    #[serde(default)]
    pub justification: String,
}

/// A development problem that workshop 2 ranks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// The wording (editable; starts as the weakness's).
    pub text: String,
    /// The domain of the weakness it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
    /// The weakness card it came from, if any (problems can also be typed directly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_card: Option<String>,
}

/// The overall verdict of the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Bookkeeping; the id is `verdict`.
    pub meta: Meta,
    /// The verdict.
    pub text: String,
}

use crate::limits::{MAX_CARD, MAX_CARDS, MAX_COMMENT};
use crate::meta::{is_valid_id, Stamp};
use crate::session::{clean_text, ActionError, Session, TextField};

/// One domain's row of the summary table (the paper's table 1).
#[derive(Debug, Clone, PartialEq)]
pub struct DomainSummary<'a> {
    /// The domain.
    pub domain: Domain,
    /// Its key strengths.
    pub strengths: Vec<&'a Card>,
    /// Its key weaknesses.
    pub weaknesses: Vec<&'a Card>,
    /// Its rating, if given.
    pub rating: Option<&'a DomainRating>,
}

impl Session {
    /// The live (not removed, not merged) cards.
    pub fn live_cards(&self) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(|c| !c.meta.deleted)
    }

    /// The live problems, in order.
    pub fn live_problems(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.meta.deleted)
    }

    /// The summary table: per domain, the key strengths and weaknesses (rejected cards never
    /// count) and the rating.
    pub fn assessment_summary(&self) -> Vec<DomainSummary<'_>> {
        Domain::ALL
            .iter()
            .map(|&domain| {
                let key = |polarity| {
                    self.live_cards()
                        .filter(|c| {
                            c.domain == domain
                                && c.polarity == polarity
                                && c.key
                                && c.status != CardStatus::Rejected
                        })
                        .collect()
                };
                DomainSummary {
                    domain,
                    strengths: key(Polarity::Strength),
                    weaknesses: key(Polarity::Weakness),
                    rating: self
                        .ratings
                        .iter()
                        .find(|r| r.domain == domain && !r.meta.deleted),
                }
            })
            .collect()
    }

    /// Key weaknesses that have not yet become problems, in the summary's order.
    pub fn unlinked_key_weaknesses(&self) -> Vec<&Card> {
        self.assessment_summary()
            .into_iter()
            .flat_map(|d| d.weaknesses)
            .filter(|c| {
                !self
                    .live_problems()
                    .any(|p| p.from_card.as_deref() == Some(c.meta.id.as_str()))
            })
            .collect()
    }

    fn fresh(&self, id: &str) -> Result<(), ActionError> {
        if is_valid_id(id) && !self.id_taken(id) {
            Ok(())
        } else {
            Err(ActionError::BadId)
        }
    }

    fn card_mut(&mut self, id: &str) -> Result<&mut Card, ActionError> {
        self.cards
            .iter_mut()
            .find(|c| c.meta.id == id && !c.meta.deleted)
            .ok_or(ActionError::UnknownCard)
    }

    fn problem_mut(&mut self, id: &str) -> Result<&mut Problem, ActionError> {
        self.problems
            .iter_mut()
            .find(|p| p.meta.id == id && !p.meta.deleted)
            .ok_or(ActionError::UnknownProblem)
    }

    pub(crate) fn apply_assessment(
        &mut self,
        action: &AssessmentAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        match action {
            AssessmentAction::AddCard {
                id,
                domain,
                polarity,
                text,
                origin,
                evidence,
            } => {
                let text = clean_text(text, TextField::Card, MAX_CARD, true)?;
                self.fresh(id)?;
                if self.cards.len() >= MAX_CARDS {
                    return Err(ActionError::TooManyCards);
                }
                self.cards.push(Card {
                    meta: Meta::new(id.clone(), stamp),
                    domain: *domain,
                    polarity: *polarity,
                    text,
                    origin: *origin,
                    evidence: evidence.clone(),
                    comments: Vec::new(),
                    challenged: false,
                    status: CardStatus::Proposed,
                    key: false,
                    merged_from: Vec::new(),
                    merged_into: None,
                });
            }
            AssessmentAction::EditCard { id, text, evidence } => {
                let text = clean_text(text, TextField::Card, MAX_CARD, true)?;
                let card = self.card_mut(id)?;
                if card.text != text || card.evidence != *evidence {
                    card.text = text;
                    card.evidence = evidence.clone();
                    card.meta.touch(stamp);
                }
            }
            AssessmentAction::RemoveCard { id } => {
                let card = self.card_mut(id)?;
                card.meta.deleted = true;
                card.key = false;
                card.meta.touch(stamp);
            }
            AssessmentAction::CommentCard {
                card,
                comment_id,
                origin,
                text,
                challenge,
            } => {
                let text = clean_text(text, TextField::Comment, MAX_COMMENT, true)?;
                self.fresh(comment_id)?;
                let c = self.card_mut(card)?;
                c.comments.push(Comment {
                    id: comment_id.clone(),
                    origin: *origin,
                    text,
                    challenge: *challenge,
                    created: stamp.now,
                });
                c.challenged |= *challenge;
                c.meta.touch(stamp);
            }
            AssessmentAction::ResolveCard { card, accept } => {
                let c = self.card_mut(card)?;
                c.status = if *accept {
                    CardStatus::Accepted
                } else {
                    CardStatus::Rejected
                };
                c.challenged = false;
                if !*accept {
                    c.key = false;
                }
                c.meta.touch(stamp);
            }
            AssessmentAction::MergeCards { keep, other, text } => {
                let text = clean_text(text, TextField::Card, MAX_CARD, true)?;
                if keep == other {
                    return Err(ActionError::CannotMerge);
                }
                let dup = self.card_mut(other)?.clone();
                let kept = self.card_mut(keep)?;
                if kept.domain != dup.domain || kept.polarity != dup.polarity {
                    return Err(ActionError::CannotMerge);
                }
                kept.text = text;
                kept.merged_from.push(dup.origin);
                kept.merged_from.extend(dup.merged_from.iter().copied());
                kept.comments.extend(dup.comments.iter().cloned());
                kept.comments
                    .sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
                kept.evidence.extend(
                    dup.evidence
                        .iter()
                        .filter(|e| !kept.evidence.contains(e))
                        .copied()
                        .collect::<Vec<_>>(),
                );
                kept.key |= dup.key;
                kept.challenged |= dup.challenged;
                kept.meta.touch(stamp);
                let d = self.card_mut(other)?;
                d.meta.deleted = true;
                d.key = false;
                // The comments moved to the kept card; an id lives in one place only.
                d.comments.clear();
                d.merged_into = Some(keep.clone());
                d.meta.touch(stamp);
            }
            AssessmentAction::SetKey { card, key } => {
                let c = self.card_mut(card)?;
                if c.status == CardStatus::Rejected && *key {
                    return Err(ActionError::CannotMerge);
                }
                if c.key != *key {
                    c.key = *key;
                    c.meta.touch(stamp);
                }
            }
            AssessmentAction::RateDomain {
                domain,
                rating,
                justification,
            } => {
                let justification =
                    clean_text(justification, TextField::Justification, MAX_COMMENT, false)?;
                if rating.is_some_and(|r| !crate::limits::RATINGS.contains(&r)) {
                    return Err(ActionError::BadRating);
                }
                match (
                    self.ratings.iter_mut().find(|r| r.domain == *domain),
                    rating,
                ) {
                    (Some(r), Some(v)) => {
                        (r.rating, r.justification, r.meta.deleted) = (*v, justification, false);
                        r.meta.touch(stamp);
                    }
                    (Some(r), None) => {
                        r.meta.deleted = true;
                        r.meta.touch(stamp);
                    }
                    (None, Some(v)) => self.ratings.push(DomainRating {
                        meta: Meta::new(format!("rating-{}", *domain as u8 + 1), stamp),
                        domain: *domain,
                        rating: *v,
                        justification,
                    }),
                    (None, None) => {}
                }
            }
            AssessmentAction::SetVerdict { text } => {
                let text = clean_text(text, TextField::Verdict, MAX_COMMENT, false)?;
                match &mut self.verdict {
                    Some(v) => {
                        v.text = text;
                        v.meta.deleted = false;
                        v.meta.touch(stamp);
                    }
                    None => {
                        self.verdict = Some(Verdict {
                            meta: Meta::new("verdict", stamp),
                            text,
                        })
                    }
                }
            }
            AssessmentAction::WeaknessesToProblems { problems } => {
                let eligible: Vec<String> = self
                    .unlinked_key_weaknesses()
                    .iter()
                    .map(|c| c.meta.id.clone())
                    .collect();
                let mut seen = Vec::new();
                let mut new = Vec::with_capacity(problems.len());
                for (id, card) in problems {
                    if !eligible.contains(card) || seen.contains(card) {
                        return Err(ActionError::NotAKeyWeakness);
                    }
                    self.fresh(id)?;
                    if new.iter().any(|p: &Problem| &p.meta.id == id) {
                        return Err(ActionError::BadId);
                    }
                    seen.push(card.clone());
                    let c = self
                        .live_cards()
                        .find(|c| &c.meta.id == card)
                        .expect("eligible cards are live");
                    new.push(Problem {
                        meta: Meta::nth(id.clone(), stamp, new.len()),
                        text: c.text.clone(),
                        domain: Some(c.domain),
                        from_card: Some(card.clone()),
                    });
                }
                if self.problems.len() + new.len() > MAX_CARDS {
                    return Err(ActionError::TooManyCards);
                }
                self.problems.extend(new);
            }
            AssessmentAction::AddProblem { id, text } => {
                let text = clean_text(text, TextField::Problem, MAX_CARD, true)?;
                self.fresh(id)?;
                if self.problems.len() >= MAX_CARDS {
                    return Err(ActionError::TooManyCards);
                }
                self.problems.push(Problem {
                    meta: Meta::new(id.clone(), stamp),
                    text,
                    domain: None,
                    from_card: None,
                });
            }
            AssessmentAction::EditProblem { id, text } => {
                let text = clean_text(text, TextField::Problem, MAX_CARD, true)?;
                let p = self.problem_mut(id)?;
                if p.text != text {
                    p.text = text;
                    p.meta.touch(stamp);
                }
            }
            AssessmentAction::RemoveProblem { id } => {
                let p = self.problem_mut(id)?;
                p.meta.deleted = true;
                p.meta.touch(stamp);
            }
        }
        Ok(())
    }
}

/// Every change to workshop 1: strength and weakness cards, ratings, the verdict, development problems; the step's own handler applies it, and the
/// compiler checks that it handles every one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AssessmentAction {
    /// Adds a strength or weakness card to a domain.
    AddCard {
        /// A fresh id.
        id: String,
        /// The domain.
        domain: Domain,
        /// Strength or weakness.
        polarity: Polarity,
        /// The wording.
        text: String,
        /// Who proposes it.
        origin: Origin,
        /// The research team's evidence.
        #[serde(default)]
        evidence: Vec<Evidence>,
    },
    /// Rewords a card or changes its evidence.
    EditCard {
        /// Which card.
        id: String,
        /// New wording.
        text: String,
        /// New evidence.
        evidence: Vec<Evidence>,
    },
    /// Removes a card (a tombstone stays).
    RemoveCard {
        /// Which card.
        id: String,
    },
    /// Comments on a card; a challenge also flags it for the plenary.
    CommentCard {
        /// Which card.
        card: String,
        /// A fresh id for the comment.
        comment_id: String,
        /// Who comments.
        origin: Origin,
        /// The comment.
        text: String,
        /// Whether it challenges the card.
        challenge: bool,
    },
    /// The plenary accepts or rejects a card (and clears its challenge flag).
    ResolveCard {
        /// Which card.
        card: String,
        /// Accept or reject.
        accept: bool,
    },
    /// Merges a duplicate into another card of the same domain and polarity, with the wording
    /// chosen; the kept card records the duplicate's provenance and comments.
    MergeCards {
        /// The card that stays.
        keep: String,
        /// The duplicate.
        other: String,
        /// The wording chosen.
        text: String,
    },
    /// Marks a card as a key strength or weakness of its domain, or unmarks it.
    SetKey {
        /// Which card.
        card: String,
        /// Key or not.
        key: bool,
    },
    /// Rates a domain on the five-step scale (`None` clears the rating).
    RateDomain {
        /// The domain.
        domain: Domain,
        /// 1 to 5, or none.
        rating: Option<u8>,
        /// Why.
        justification: String,
    },
    /// Sets the assessment's overall verdict.
    SetVerdict {
        /// The verdict.
        text: String,
    },
    /// Turns key weaknesses into development problems: pairs of (new problem id, weakness card id).
    WeaknessesToProblems {
        /// The problems to create.
        problems: Vec<(String, String)>,
    },
    /// Adds a problem typed directly.
    AddProblem {
        /// A fresh id.
        id: String,
        /// The wording.
        text: String,
    },
    /// Rewords a problem.
    EditProblem {
        /// Which problem.
        id: String,
        /// New wording.
        text: String,
    },
    /// Removes a problem (a tombstone stays).
    RemoveProblem {
        /// Which problem.
        id: String,
    },
}

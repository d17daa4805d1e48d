//! Workshop 2, part B: ranking the development problems in rounds. A round says who casts ballots
//! (each participant, each group or pair, or the plenary as one), which problems are in it and
//! which aggregation method the room sees first. A cast ballot is never changed: a correction is
//! a new ballot that names the one it supersedes, so the history stays and a merge of two
//! tablets' files never has to reconcile an edited ballot.

use ranking::Method;
use serde::{Deserialize, Serialize};

use crate::limits::{MAX_BALLOTS, MAX_NAME, MAX_ROUNDS, MAX_ROUND_PROBLEMS};
use crate::meta::{is_valid_id, Meta, Stamp};
use crate::participants::Sector;
use crate::session::{clean_text, ActionError, Session, TextField};

/// Who casts the ballots of a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Voters {
    /// Each participant (or anyone the facilitator names) casts their own ballot.
    Individuals,
    /// Each group or pair of workshop 2's groups casts one ballot.
    Groups,
    /// The whole room agrees on one ballot.
    Plenary,
}

/// One ranking round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// 1, 2, 3… in the order rounds were opened.
    pub number: u32,
    /// Its name ("pairs", "plenary", …).
    pub name: String,
    /// Who casts ballots.
    pub voters: Voters,
    /// The problems ranked, by id, in the order the ballot shows them first.
    pub problems: Vec<String>,
    /// The method the results show first.
    pub method: Method,
    /// A closed round takes no more ballots.
    #[serde(default)]
    pub closed: bool,
    /// True for the example's illustrative rounds.
    #[serde(default)]
    pub illustrative: bool,
    /// The ballot lists problems from the least important at the top to the most important at
    /// the bottom, as the Velenje participants ranked. Only the screen changes: a cast ballot
    /// is stored most important first either way.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub least_first: bool,
    /// The results stay hidden on the facilitator's screen and the projector until revealed, so
    /// the room is not swayed while it votes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub results_hidden: bool,
}

/// Who cast a ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Voter {
    /// A participant of the session.
    Participant {
        /// The participant's id.
        id: String,
    },
    /// A group (or pair) of workshop 2, by its index.
    Group {
        /// 0-based index into workshop 2's groups.
        index: usize,
    },
    /// The plenary.
    Plenary,
    /// Someone named on the spot (a session without a participants list, a guest).
    Named {
        /// Name or pseudonym.
        name: String,
    },
}

/// A cast ballot. Its content never changes; a correction supersedes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CastBallot {
    /// Bookkeeping for merging (`changed` is when it was cast or superseded).
    pub meta: Meta,
    /// When it was cast, in milliseconds since the Unix epoch.
    pub cast: i64,
    /// The round.
    pub round: String,
    /// Who cast it.
    pub voter: Voter,
    /// Problem ids in tiers, most important first; problems in one tier are equally important;
    /// problems not listed are unranked.
    pub tiers: Vec<Vec<String>>,
    /// Typed in by the facilitator from a paper ballot.
    #[serde(default)]
    pub scribe: bool,
    /// The ballot this one corrects (the same voter's previous ballot in the round).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
}

/// The problems chosen for workshop 3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chosen {
    /// Bookkeeping for merging.
    pub meta: Meta,
    /// The round whose result they come from.
    pub round: String,
    /// The method whose order was used.
    pub method: Method,
    /// The problems, most important first.
    pub problems: Vec<String>,
}

/// How many problems workshop 3 takes by default.
pub const DEFAULT_CHOSEN: usize = 3;

impl Voter {
    /// True when both name the same voter (named voters match by name, ignoring case).
    pub fn same(&self, other: &Voter) -> bool {
        self.key() == other.key()
    }

    /// The voter's identity as [`Voter::same`] compares it: a named voter's name in lower case
    /// with runs of spaces as one and none at the ends (a paper ballot's "Gost" and "  GOST "
    /// are one voter, as are "Ana Novak" and "ana  novak").
    pub fn key(&self) -> String {
        match self {
            Voter::Participant { id } => format!("p:{id}"),
            Voter::Group { index } => format!("g:{index}"),
            Voter::Plenary => "plenary".into(),
            Voter::Named { name } => {
                let words: Vec<&str> = name.split_whitespace().collect();
                format!("n:{}", words.join(" ").to_lowercase())
            }
        }
    }
}

impl Session {
    /// The live rounds, in the order they were opened.
    pub fn live_rounds(&self) -> impl Iterator<Item = &Round> {
        self.rounds.iter().filter(|r| !r.meta.deleted)
    }

    /// A live round by id.
    pub fn round(&self, id: &str) -> Option<&Round> {
        self.live_rounds().find(|r| r.meta.id == id)
    }

    /// The ballots of a round that count, in the order they were cast: of each voter's
    /// ballots the last one cast. One voter, one counted ballot, even when two tablets each
    /// corrected the same ballot (the earlier correction stays in the history).
    pub fn current_ballots<'a>(&'a self, round: &'a str) -> impl Iterator<Item = &'a CastBallot> {
        let in_round = move |b: &&CastBallot| b.round == round;
        let order = |b: &CastBallot| (b.cast, b.meta.created, b.meta.id.clone());
        let mut last: std::collections::HashMap<String, &CastBallot> = Default::default();
        for b in self.ballots.iter().filter(in_round) {
            let slot = last.entry(b.voter.key()).or_insert(b);
            if order(b) > order(slot) {
                *slot = b;
            }
        }
        self.ballots.iter().filter(in_round).filter(move |b| {
            last.get(&b.voter.key())
                .is_some_and(|l| std::ptr::eq(*l, *b))
        })
    }

    /// The ballots of a round that no other ballot names as the one it corrects. Normally one
    /// per voter; two for a voter whose ballot was corrected on two tablets.
    pub fn uncorrected_ballots<'a>(
        &'a self,
        round: &'a str,
    ) -> impl Iterator<Item = &'a CastBallot> {
        let in_round = move |b: &&CastBallot| b.round == round;
        let superseded: std::collections::HashSet<&str> = self
            .ballots
            .iter()
            .filter(in_round)
            .filter_map(|b| b.supersedes.as_deref())
            .collect();
        self.ballots
            .iter()
            .filter(in_round)
            .filter(move |b| !superseded.contains(b.meta.id.as_str()))
    }

    /// The ballot of a round that a correction by `voter` would supersede.
    pub fn current_ballot_of<'a>(
        &'a self,
        round: &'a str,
        voter: &Voter,
    ) -> Option<&'a CastBallot> {
        self.current_ballots(round).find(|b| b.voter.same(voter))
    }

    /// Every ballot a voter cast in a round, oldest first (the last one counts).
    pub fn ballot_history<'a>(&'a self, round: &str, voter: &Voter) -> Vec<&'a CastBallot> {
        self.ballots
            .iter()
            .filter(|b| b.round == round && b.voter.same(voter))
            .collect()
    }

    /// The participants who may vote individually in workshop 2: its attendees, or every live
    /// participant when nobody's attendance at workshop 2 is marked.
    pub fn workshop2_voters(&self) -> Vec<&crate::participants::Participant> {
        let attendees: Vec<_> = self.live_participants().filter(|p| p.attended[1]).collect();
        if attendees.is_empty() {
            self.live_participants().collect()
        } else {
            attendees
        }
    }

    /// Who a round expects ballots from: workshop 2's voters (see [`Session::workshop2_voters`]),
    /// its groups, or the plenary. Anyone else can still vote under a name in a round of
    /// individuals or groups.
    pub fn expected_voters(&self, round: &Round) -> Vec<Voter> {
        match round.voters {
            Voters::Individuals => self
                .workshop2_voters()
                .iter()
                .map(|p| Voter::Participant {
                    id: p.meta.id.clone(),
                })
                .collect(),
            Voters::Groups => (0..self.workshop2_groups().len())
                .map(|index| Voter::Group { index })
                .collect(),
            Voters::Plenary => vec![Voter::Plenary],
        }
    }

    /// A problem's wording by id (a removed problem keeps its wording in its tombstone, so old
    /// rounds still read); empty for an unknown id.
    pub fn problem_text(&self, id: &str) -> &str {
        self.problems
            .iter()
            .find(|p| p.meta.id == id)
            .map_or("", |p| p.text.as_str())
    }

    /// Workshop 2's groups (or pairs), as lists of participant ids.
    pub fn workshop2_groups(&self) -> &[Vec<String>] {
        self.groups
            .iter()
            .find(|g| g.workshop == 2 && !g.meta.deleted)
            .map_or(&[], |g| g.groups.as_slice())
    }

    /// The sector of an individual ballot's voter, when the voter is a participant who attended
    /// workshop 2 and has a sector: only such ballots count in the per-sector consensus.
    pub fn ballot_sector(&self, ballot: &CastBallot) -> Option<Sector> {
        match &ballot.voter {
            Voter::Participant { id } => self
                .live_participants()
                .find(|p| &p.meta.id == id && p.attended[1])
                .and_then(|p| p.sector),
            _ => None,
        }
    }

    fn round_mut(&mut self, id: &str) -> Result<&mut Round, ActionError> {
        self.rounds
            .iter_mut()
            .find(|r| r.meta.id == id && !r.meta.deleted)
            .ok_or(ActionError::UnknownRound)
    }

    fn check_voter(&self, round: &Round, voter: &Voter) -> Result<Voter, ActionError> {
        let ok = match (round.voters, voter) {
            (Voters::Individuals, Voter::Participant { id }) => {
                self.live_participants().any(|p| &p.meta.id == id)
            }
            (Voters::Groups, Voter::Group { index }) => *index < self.workshop2_groups().len(),
            (Voters::Plenary, Voter::Plenary) => true,
            (Voters::Individuals | Voters::Groups, Voter::Named { name }) => {
                let name = clean_text(name, TextField::Name, MAX_NAME, true)
                    .map_err(|_| ActionError::BadVoter)?;
                return Ok(Voter::Named { name });
            }
            _ => false,
        };
        if ok {
            Ok(voter.clone())
        } else {
            Err(ActionError::BadVoter)
        }
    }

    pub(crate) fn apply_ranking(
        &mut self,
        action: &RankingAction,
        stamp: &Stamp,
    ) -> Result<(), ActionError> {
        match action {
            RankingAction::OpenRound {
                id,
                name,
                voters,
                problems,
                method,
            } => {
                let name = clean_text(name, TextField::RoundName, MAX_NAME, true)?;
                if !is_valid_id(id) || self.id_taken(id) {
                    return Err(ActionError::BadId);
                }
                if self.rounds.len() >= MAX_ROUNDS {
                    return Err(ActionError::TooManyRounds);
                }
                check_problem_list(self, problems)?;
                let number = self.rounds.iter().map(|r| r.number).max().unwrap_or(0) + 1;
                self.rounds.push(Round {
                    meta: Meta::new(id.clone(), stamp),
                    number,
                    name,
                    voters: *voters,
                    problems: problems.clone(),
                    method: *method,
                    closed: false,
                    illustrative: false,
                    least_first: false,
                    results_hidden: false,
                });
            }
            RankingAction::RenameRound { id, name } => {
                let name = clean_text(name, TextField::RoundName, MAX_NAME, true)?;
                let r = self.round_mut(id)?;
                if r.name != name {
                    r.name = name;
                    r.meta.touch(stamp);
                }
            }
            RankingAction::SetRoundMethod { id, method } => {
                let r = self.round_mut(id)?;
                if r.method != *method {
                    r.method = *method;
                    r.meta.touch(stamp);
                }
            }
            RankingAction::SetRoundClosed { id, closed } => {
                let r = self.round_mut(id)?;
                if r.closed != *closed {
                    r.closed = *closed;
                    r.meta.touch(stamp);
                }
            }
            RankingAction::SetResultsHidden { id, hidden } => {
                let r = self.round_mut(id)?;
                if r.results_hidden != *hidden {
                    r.results_hidden = *hidden;
                    r.meta.touch(stamp);
                }
            }
            RankingAction::SetRoundDirection { id, least_first } => {
                let r = self.round_mut(id)?;
                if r.least_first != *least_first {
                    r.least_first = *least_first;
                    r.meta.touch(stamp);
                }
            }
            RankingAction::RemoveRound { id } => {
                let r = self.round_mut(id)?;
                r.meta.deleted = true;
                r.meta.touch(stamp);
                if let Some(c) = &mut self.chosen {
                    if &c.round == id && !c.meta.deleted {
                        c.meta.deleted = true;
                        c.meta.touch(stamp);
                    }
                }
            }
            RankingAction::CastBallot {
                id,
                round,
                voter,
                tiers,
                scribe,
            } => {
                let r = self.round(round).ok_or(ActionError::UnknownRound)?;
                if r.closed {
                    return Err(ActionError::RoundClosed);
                }
                if !is_valid_id(id) || self.id_taken(id) {
                    return Err(ActionError::BadId);
                }
                if self.ballots.len() >= MAX_BALLOTS {
                    return Err(ActionError::TooManyBallots);
                }
                let voter = self.check_voter(r, voter)?;
                check_tiers(&r.problems, tiers)?;
                let supersedes = self
                    .current_ballot_of(round, &voter)
                    .map(|b| b.meta.id.clone());
                self.ballots.push(CastBallot {
                    meta: Meta::new(id.clone(), stamp),
                    cast: stamp.now,
                    round: round.clone(),
                    voter,
                    tiers: tiers.clone(),
                    scribe: *scribe,
                    supersedes,
                });
            }
            RankingAction::ChooseProblems {
                round,
                method,
                problems,
            } => {
                let r = self.round(round).ok_or(ActionError::UnknownRound)?;
                if problems.is_empty()
                    || problems.iter().any(|p| !r.problems.contains(p))
                    || (1..problems.len()).any(|i| problems[..i].contains(&problems[i]))
                {
                    return Err(ActionError::UnknownProblem);
                }
                let chosen = Chosen {
                    meta: Meta::new("chosen", stamp),
                    round: round.clone(),
                    method: *method,
                    problems: problems.clone(),
                };
                match &mut self.chosen {
                    Some(c) => {
                        let meta = c.meta.clone();
                        *c = Chosen { meta, ..chosen };
                        c.meta.deleted = false;
                        c.meta.touch(stamp);
                    }
                    None => self.chosen = Some(chosen),
                }
            }
        }
        Ok(())
    }

    /// The problems chosen for workshop 3, unless their choice was withdrawn.
    pub fn chosen_problems(&self) -> Option<&Chosen> {
        self.chosen.as_ref().filter(|c| !c.meta.deleted)
    }
}

/// A round's problems: two to [`MAX_ROUND_PROBLEMS`], each live and listed once.
fn check_problem_list(s: &Session, problems: &[String]) -> Result<(), ActionError> {
    if problems.len() < 2 {
        return Err(ActionError::TooFewProblems);
    }
    if problems.len() > MAX_ROUND_PROBLEMS {
        return Err(ActionError::TooManyProblems);
    }
    for (i, p) in problems.iter().enumerate() {
        if !s.live_problems().any(|q| &q.meta.id == p) || problems[..i].contains(p) {
            return Err(ActionError::UnknownProblem);
        }
    }
    Ok(())
}

/// A ballot's tiers: only the round's problems, each once, no empty tier, at least one ranked.
/// Linear in the ballot's length: at most the round's problems are looked at, each once.
pub(crate) fn check_tiers(problems: &[String], tiers: &[Vec<String>]) -> Result<(), ActionError> {
    let mut unseen: std::collections::HashSet<&str> = problems.iter().map(String::as_str).collect();
    let mut ranked = false;
    for tier in tiers {
        if tier.is_empty() {
            return Err(ActionError::BadBallot);
        }
        for p in tier {
            if !unseen.remove(p.as_str()) {
                return Err(ActionError::BadBallot);
            }
            ranked = true;
        }
    }
    if !ranked {
        return Err(ActionError::EmptyBallot);
    }
    Ok(())
}

/// A paper ballot: the places written beside each problem (problem id, what was written; 1 is the
/// most important, the same number is a tie, blank is not ranked) as tiers, or the index of the
/// first place that is not a number from 1 to the number of problems.
pub fn tiers_from_places(places: &[(String, String)]) -> Result<Vec<Vec<String>>, usize> {
    let n = places.len();
    let mut numbered: Vec<(usize, String)> = Vec::new();
    for (i, (id, value)) in places.iter().enumerate() {
        let v = value.trim();
        if v.is_empty() {
            continue;
        }
        match v.parse::<usize>() {
            Ok(p) if (1..=n).contains(&p) => numbered.push((p, id.clone())),
            _ => return Err(i),
        }
    }
    numbered.sort_by_key(|(p, _)| *p);
    let mut tiers: Vec<Vec<String>> = Vec::new();
    let mut last = 0;
    for (p, id) in numbered {
        match tiers.last_mut() {
            Some(t) if p == last => t.push(id),
            _ => tiers.push(vec![id]),
        }
        last = p;
    }
    Ok(tiers)
}

/// Every change to workshop 2, part B: ranking rounds, ballots and the problems chosen for workshop 3; the step's own handler applies it, and the
/// compiler checks that it handles every one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RankingAction {
    /// Opens a ranking round.
    OpenRound {
        /// A fresh id.
        id: String,
        /// Its name.
        name: String,
        /// Who casts ballots.
        voters: Voters,
        /// The problems in it, by id (at least two).
        problems: Vec<String>,
        /// The method shown first.
        method: ranking::Method,
    },
    /// Renames a round.
    RenameRound {
        /// Which round.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Changes the method a round's results show first.
    SetRoundMethod {
        /// Which round.
        id: String,
        /// The method.
        method: ranking::Method,
    },
    /// Closes a round (no more ballots) or reopens it.
    SetRoundClosed {
        /// Which round.
        id: String,
        /// Closed or open.
        closed: bool,
    },
    /// Hides the round's results until the facilitator reveals them, or reveals them.
    SetResultsHidden {
        /// Which round.
        id: String,
        /// Hidden or shown.
        hidden: bool,
    },
    /// Sets which way the round's ballot screen lists the problems.
    SetRoundDirection {
        /// Which round.
        id: String,
        /// Least important at the top (the paper's way) rather than most important.
        least_first: bool,
    },
    /// Removes a round (a tombstone stays; its ballots stay in the history).
    RemoveRound {
        /// Which round.
        id: String,
    },
    /// Casts a ballot; a voter's earlier ballot in the round is superseded by it.
    CastBallot {
        /// A fresh id.
        id: String,
        /// The round.
        round: String,
        /// Who votes.
        voter: Voter,
        /// Problem ids in tiers, most important first; unlisted ones are unranked.
        tiers: Vec<Vec<String>>,
        /// Typed in by the facilitator from paper.
        #[serde(default)]
        scribe: bool,
    },
    /// Confirms the problems workshop 3 works on.
    ChooseProblems {
        /// The round whose result they come from.
        round: String,
        /// The method whose order was used.
        method: ranking::Method,
        /// The problems, most important first.
        problems: Vec<String>,
    },
}

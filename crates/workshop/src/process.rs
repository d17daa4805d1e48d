//! Where a series stands and what comes next, read from the data: each part of the process is
//! not started, in progress or done, and one next action names what the facilitator does now.
//! The interface words them; nothing here is stored.

use crate::session::Session;

/// A part of the process, in the method's order: the app's steps (its routes name them too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Part {
    /// The session's description and file.
    #[default]
    Overview,
    /// Who takes part.
    Participants,
    /// Workshop 1's assessment.
    Assessment,
    /// Workshop 2's inventory of innovations.
    Innovations,
    /// Workshop 2's ranking.
    Ranking,
    /// Workshop 3's worksheets and ideas.
    Solutions,
    /// The report.
    Report,
}

impl Part {
    /// Every part, in order.
    pub const ALL: [Part; 7] = [
        Part::Overview,
        Part::Participants,
        Part::Assessment,
        Part::Innovations,
        Part::Ranking,
        Part::Solutions,
        Part::Report,
    ];
}

/// How far a part has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Nothing recorded yet.
    NotStarted,
    /// Started.
    InProgress,
    /// Done (the next part can build on it).
    Done,
}

/// The one thing to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Add the participants.
    AddParticipants,
    /// Mark who came to a workshop.
    MarkAttendance,
    /// Add strengths and weaknesses to the four domains.
    AddCards,
    /// Mark the key strengths and weaknesses.
    MarkKeys,
    /// Turn the key weaknesses into development problems.
    MakeProblems,
    /// List the town's social innovations.
    ListInnovations,
    /// Study a few innovations in depth.
    StudyInnovations,
    /// Open the first ranking round.
    OpenRound,
    /// Collect the ballots of the open round.
    CollectBallots,
    /// Choose the problems for workshop 3.
    ChooseProblems,
    /// Start the worksheets for the chosen problems.
    StartWorksheets,
    /// Develop ideas on every worksheet.
    DevelopIdeas,
    /// Rate the ideas in the plenary and pick those to take forward.
    PickIdeas,
    /// Put the report together.
    WriteReport,
}

impl Next {
    /// The part where the action is done.
    pub fn part(self) -> Part {
        match self {
            Next::AddParticipants | Next::MarkAttendance => Part::Participants,
            Next::AddCards | Next::MarkKeys | Next::MakeProblems => Part::Assessment,
            Next::ListInnovations | Next::StudyInnovations => Part::Innovations,
            Next::OpenRound | Next::CollectBallots | Next::ChooseProblems => Part::Ranking,
            Next::StartWorksheets | Next::DevelopIdeas | Next::PickIdeas => Part::Solutions,
            Next::WriteReport => Part::Report,
        }
    }
}

impl Session {
    /// What each part still lacks, as the next action there (`None`: done).
    fn missing(&self, part: Part) -> Option<Next> {
        match part {
            Part::Overview => None,
            Part::Participants => {
                if self.live_participants().next().is_none() {
                    Some(Next::AddParticipants)
                } else if !self.live_participants().any(|p| p.attended.contains(&true)) {
                    Some(Next::MarkAttendance)
                } else {
                    None
                }
            }
            Part::Assessment => {
                if self.live_cards().next().is_none() {
                    Some(Next::AddCards)
                } else if !self.live_cards().any(|c| c.key) {
                    Some(Next::MarkKeys)
                } else if self.live_problems().next().is_none()
                    || !self.unlinked_key_weaknesses().is_empty()
                {
                    Some(Next::MakeProblems)
                } else {
                    None
                }
            }
            Part::Innovations => {
                if self.live_innovations().next().is_none() {
                    Some(Next::ListInnovations)
                } else if self.live_deep_dives().next().is_none()
                    && self.keys_to_success().is_empty()
                {
                    Some(Next::StudyInnovations)
                } else {
                    None
                }
            }
            Part::Ranking => {
                if self.live_rounds().next().is_none() {
                    Some(Next::OpenRound)
                } else if !self
                    .live_rounds()
                    .any(|r| self.current_ballots(&r.meta.id).next().is_some())
                {
                    Some(Next::CollectBallots)
                } else if self.chosen_problems().is_none() {
                    Some(Next::ChooseProblems)
                } else {
                    None
                }
            }
            Part::Solutions => {
                let sheets: Vec<_> = self.live_worksheets().collect();
                if sheets.is_empty() {
                    Some(Next::StartWorksheets)
                } else if sheets.iter().any(|w| self.ideas_of(&w.meta.id).is_empty()) {
                    Some(Next::DevelopIdeas)
                } else if !self.live_ideas().any(|i| i.picked) {
                    Some(Next::PickIdeas)
                } else {
                    None
                }
            }
            Part::Report => Some(Next::WriteReport),
        }
    }

    /// How far a part has got.
    pub fn state(&self, part: Part) -> State {
        let started = match part {
            Part::Overview => true,
            Part::Participants => self.live_participants().next().is_some(),
            Part::Assessment => self.live_cards().next().is_some(),
            Part::Innovations => self.live_innovations().next().is_some(),
            Part::Ranking => self.live_rounds().next().is_some(),
            Part::Solutions => self.live_worksheets().next().is_some(),
            Part::Report => self
                .report_settings
                .as_ref()
                .is_some_and(|r| !r.meta.deleted),
        };
        match (started, self.missing(part)) {
            (_, None) => State::Done,
            (true, Some(_)) => State::InProgress,
            (false, Some(_)) => State::NotStarted,
        }
    }

    /// The next action: what the first part that is not done lacks. A session whose later
    /// parts already hold data (typed in after the workshops, or a file from elsewhere) is led
    /// on from the furthest part with data rather than sent back to the first gap.
    pub fn next_action(&self) -> Next {
        let furthest = Part::ALL
            .into_iter()
            .filter(|p| *p != Part::Report && self.state(*p) != State::NotStarted)
            .max()
            .unwrap_or(Part::Overview);
        Part::ALL
            .into_iter()
            .filter(|p| *p >= furthest)
            .find_map(|p| self.missing(p))
            .unwrap_or(Next::WriteReport)
    }
}

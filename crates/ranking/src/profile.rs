//! Ballots and profiles, validated once so that every method can trust them.

use std::collections::HashMap;

/// One ballot (or several identical ones): tiers of candidate indices, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// How many voters cast this ballot; at least 1.
    pub count: u64,
    /// Tiers, best first; candidates in a tier are tied. Unlisted candidates are unranked.
    pub tiers: Vec<Vec<usize>>,
}

/// What is wrong with a profile. Ballot and tier numbers are 1-based, as people count them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// There are no candidates.
    NoCandidates,
    /// A candidate's name is empty.
    EmptyName {
        /// 1-based position in the candidate list.
        position: usize,
    },
    /// Two candidates share a name.
    DuplicateCandidate {
        /// The name.
        name: String,
    },
    /// A ballot names a candidate that is not in the list.
    UnknownCandidate {
        /// 1-based ballot number.
        ballot: usize,
        /// The name (or index, for index-based ballots).
        name: String,
    },
    /// A ballot lists a candidate twice.
    ListedTwice {
        /// 1-based ballot number.
        ballot: usize,
        /// The candidate's name.
        name: String,
    },
    /// A ballot's count is zero, negative or not a whole number.
    BadCount {
        /// 1-based ballot number.
        ballot: usize,
        /// The count as given.
        count: String,
    },
    /// A ballot has a tier with no candidates.
    EmptyTier {
        /// 1-based ballot number.
        ballot: usize,
        /// 1-based tier number.
        tier: usize,
    },
    /// More candidates than [`MAX_CANDIDATES`].
    TooManyCandidates {
        /// How many there are.
        count: usize,
    },
    /// More ballot lines than [`MAX_BALLOTS`].
    TooManyBallots {
        /// How many there are.
        count: usize,
    },
    /// The counts add up to more than [`MAX_VOTERS`].
    TooManyVoters,
}

/// Most candidates a profile may have: every method and the agreement figures together finish
/// in about a second at this size (random ballots, natively), and the pairwise table stays
/// 2 MB. A workshop ranks 10–20 problems.
pub const MAX_CANDIDATES: usize = 500;
/// Most ballot lines a profile may have (identical ballots can share a line with a count).
pub const MAX_BALLOTS: usize = 100_000;
/// Most voters in all (the sum of the counts), 2⁴⁰: every total the methods add up (pairwise
/// wins, Borda points, Kendall distances) then stays exact, in `u64` and in `f64` alike.
pub const MAX_VOTERS: u64 = 1 << 40;

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::NoCandidates => write!(f, "there are no candidates"),
            ProfileError::EmptyName { position } => {
                write!(f, "candidate {position} has an empty name")
            }
            ProfileError::DuplicateCandidate { name } => {
                write!(f, "candidate \"{name}\" is listed twice")
            }
            ProfileError::UnknownCandidate { ballot, name } => {
                write!(
                    f,
                    "ballot {ballot} names \"{name}\", which is not a candidate"
                )
            }
            ProfileError::ListedTwice { ballot, name } => {
                write!(f, "ballot {ballot} lists \"{name}\" twice")
            }
            ProfileError::BadCount { ballot, count } => {
                write!(f, "ballot {ballot} has count {count}; a count must be a whole number of at least 1")
            }
            ProfileError::EmptyTier { ballot, tier } => {
                write!(f, "ballot {ballot} has an empty tier {tier}")
            }
            ProfileError::TooManyCandidates { count } => write!(
                f,
                "there are {count} candidates, more than the limit of {MAX_CANDIDATES}"
            ),
            ProfileError::TooManyBallots { count } => write!(
                f,
                "there are {count} ballots, more than the limit of {MAX_BALLOTS} (identical ballots can share one with a count)"
            ),
            ProfileError::TooManyVoters => write!(
                f,
                "the counts add up to more than the limit of {MAX_VOTERS} voters"
            ),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Candidates and the ballots cast over them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    candidates: Vec<String>,
    ballots: Vec<Ballot>,
}

impl Profile {
    /// A profile from candidate names and index-based ballots, validated.
    pub fn new(candidates: Vec<String>, ballots: Vec<Ballot>) -> Result<Profile, ProfileError> {
        check_candidates(&candidates)?;
        if ballots.len() > MAX_BALLOTS {
            return Err(ProfileError::TooManyBallots {
                count: ballots.len(),
            });
        }
        let n = candidates.len();
        let mut voters: u64 = 0;
        for (b, ballot) in ballots.iter().enumerate() {
            if ballot.count == 0 {
                return Err(ProfileError::BadCount {
                    ballot: b + 1,
                    count: "0".into(),
                });
            }
            voters = voters
                .checked_add(ballot.count)
                .filter(|v| *v <= MAX_VOTERS)
                .ok_or(ProfileError::TooManyVoters)?;
            let mut seen = vec![false; n];
            for (t, tier) in ballot.tiers.iter().enumerate() {
                if tier.is_empty() {
                    return Err(ProfileError::EmptyTier {
                        ballot: b + 1,
                        tier: t + 1,
                    });
                }
                for &c in tier {
                    if c >= n {
                        return Err(ProfileError::UnknownCandidate {
                            ballot: b + 1,
                            name: format!("#{}", c + 1),
                        });
                    }
                    if std::mem::replace(&mut seen[c], true) {
                        return Err(ProfileError::ListedTwice {
                            ballot: b + 1,
                            name: candidates[c].clone(),
                        });
                    }
                }
            }
        }
        Ok(Profile {
            candidates,
            ballots,
        })
    }

    /// A profile from names: `ballots` pairs a count with tiers of candidate names. Counts come
    /// as `f64` because that is what JavaScript and JSON give; they must be whole and positive.
    pub fn from_names(
        candidates: Vec<String>,
        ballots: &[(f64, Vec<Vec<String>>)],
    ) -> Result<Profile, ProfileError> {
        check_candidates(&candidates)?;
        if ballots.len() > MAX_BALLOTS {
            return Err(ProfileError::TooManyBallots {
                count: ballots.len(),
            });
        }
        let index: HashMap<&str, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let mut out = Vec::with_capacity(ballots.len());
        for (b, (count, tiers)) in ballots.iter().enumerate() {
            let count = whole_count(b, *count)?;
            let mut mapped = Vec::with_capacity(tiers.len());
            for tier in tiers {
                let mut t = Vec::with_capacity(tier.len());
                for name in tier {
                    let &c =
                        index
                            .get(name.as_str())
                            .ok_or_else(|| ProfileError::UnknownCandidate {
                                ballot: b + 1,
                                name: name.clone(),
                            })?;
                    t.push(c);
                }
                mapped.push(t);
            }
            out.push(Ballot {
                count,
                tiers: mapped,
            });
        }
        Profile::new(candidates, out)
    }

    /// The candidates' names, in input order (which is also Ranked Pairs' tie-break order).
    pub fn candidates(&self) -> &[String] {
        &self.candidates
    }

    /// The ballots.
    pub fn ballots(&self) -> &[Ballot] {
        &self.ballots
    }

    /// Number of candidates.
    pub fn n(&self) -> usize {
        self.candidates.len()
    }

    /// Number of voters (the ballots' counts added up).
    pub fn voters(&self) -> u64 {
        self.ballots.iter().map(|b| b.count).sum()
    }

    /// Each candidate's tier on a ballot, 0 for the top tier; unranked candidates get the number
    /// of tiers (one tier below the last).
    pub fn tier_of(&self, ballot: &Ballot) -> Vec<usize> {
        let mut tier = vec![ballot.tiers.len(); self.n()];
        for (t, members) in ballot.tiers.iter().enumerate() {
            for &c in members {
                tier[c] = t;
            }
        }
        tier
    }

    /// Each candidate's rank on a ballot, 1 for the best, with tied candidates (unranked ones
    /// included) sharing the mean of the places they span ("mid-ranks").
    pub fn mid_ranks(&self, ballot: &Ballot) -> Vec<f64> {
        let n = self.n();
        let mut ranks = vec![0.0; n];
        let mut start = 0usize;
        let mut ranked = vec![false; n];
        for tier in &ballot.tiers {
            let mid = start as f64 + (tier.len() as f64 + 1.0) / 2.0;
            for &c in tier {
                ranks[c] = mid;
                ranked[c] = true;
            }
            start += tier.len();
        }
        let mid = start as f64 + ((n - start) as f64 + 1.0) / 2.0;
        for c in 0..n {
            if !ranked[c] {
                ranks[c] = mid;
            }
        }
        ranks
    }

    /// Every ballot's mid-ranks, computed once: `table[ballot][candidate]`.
    pub fn mid_rank_table(&self) -> Vec<Vec<f64>> {
        self.ballots.iter().map(|b| self.mid_ranks(b)).collect()
    }

    /// The sizes of a ballot's groups of tied candidates (unranked ones form one group).
    pub fn tie_groups(&self, ballot: &Ballot) -> Vec<usize> {
        let ranked: usize = ballot.tiers.iter().map(Vec::len).sum();
        let mut groups: Vec<usize> = ballot.tiers.iter().map(Vec::len).collect();
        if ranked < self.n() {
            groups.push(self.n() - ranked);
        }
        groups
    }
}

/// A count given as a number (JavaScript and JSON have no integers): whole, at least 1 and at
/// most [`MAX_VOTERS`]; `ballot` is 0-based.
pub fn whole_count(ballot: usize, count: f64) -> Result<u64, ProfileError> {
    if count.is_finite() && count >= 1.0 && count.fract() == 0.0 && count <= MAX_VOTERS as f64 {
        Ok(count as u64)
    } else {
        Err(ProfileError::BadCount {
            ballot: ballot + 1,
            count: count.to_string(),
        })
    }
}

fn check_candidates(candidates: &[String]) -> Result<(), ProfileError> {
    if candidates.is_empty() {
        return Err(ProfileError::NoCandidates);
    }
    if candidates.len() > MAX_CANDIDATES {
        return Err(ProfileError::TooManyCandidates {
            count: candidates.len(),
        });
    }
    let mut seen = std::collections::HashSet::new();
    for (i, c) in candidates.iter().enumerate() {
        if c.trim().is_empty() {
            return Err(ProfileError::EmptyName { position: i + 1 });
        }
        if !seen.insert(c.as_str()) {
            return Err(ProfileError::DuplicateCandidate { name: c.clone() });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn tiers(v: &[&[&str]]) -> Vec<Vec<String>> {
        v.iter().map(|t| names(t)).collect()
    }

    #[test]
    fn validation_names_what_is_wrong() {
        let c = names(&["A", "B", "C"]);
        assert_eq!(
            Profile::from_names(vec![], &[]),
            Err(ProfileError::NoCandidates)
        );
        assert_eq!(
            Profile::from_names(names(&["A", "A"]), &[]),
            Err(ProfileError::DuplicateCandidate { name: "A".into() })
        );
        assert_eq!(
            Profile::from_names(names(&["A", " "]), &[]),
            Err(ProfileError::EmptyName { position: 2 })
        );
        let e = Profile::from_names(
            c.clone(),
            &[(1.0, tiers(&[&["A"]])), (2.0, tiers(&[&["D"]]))],
        );
        assert_eq!(
            e,
            Err(ProfileError::UnknownCandidate {
                ballot: 2,
                name: "D".into()
            })
        );
        let e = Profile::from_names(c.clone(), &[(1.0, tiers(&[&["A"], &["B", "A"]]))]);
        assert_eq!(
            e,
            Err(ProfileError::ListedTwice {
                ballot: 1,
                name: "A".into()
            })
        );
        for bad in [0.0, -1.0, 1.5, f64::NAN] {
            let e = Profile::from_names(c.clone(), &[(bad, tiers(&[&["A"]]))]).unwrap_err();
            assert!(
                matches!(e, ProfileError::BadCount { ballot: 1, .. }),
                "{bad}"
            );
        }
        let e = Profile::from_names(c.clone(), &[(1.0, vec![vec![], names(&["A"])])]);
        assert_eq!(e, Err(ProfileError::EmptyTier { ballot: 1, tier: 1 }));
        assert_eq!(e.unwrap_err().to_string(), "ballot 1 has an empty tier 1");
    }

    #[test]
    fn unranked_candidates_tie_below_the_ranked() {
        let p = Profile::from_names(
            names(&["A", "B", "C", "D"]),
            &[(1.0, tiers(&[&["B"], &["A", "D"]]))],
        )
        .unwrap();
        let b = &p.ballots()[0];
        assert_eq!(p.mid_ranks(b), vec![2.5, 1.0, 4.0, 2.5]);
        assert_eq!(p.tier_of(b), vec![1, 0, 2, 1]);
        assert_eq!(p.tie_groups(b), vec![1, 2, 1]);
        let p =
            Profile::from_names(names(&["A", "B", "C", "D"]), &[(3.0, tiers(&[&["C"]]))]).unwrap();
        assert_eq!(p.mid_ranks(&p.ballots()[0]), vec![3.0, 3.0, 1.0, 3.0]);
        assert_eq!(p.voters(), 3);
    }
}

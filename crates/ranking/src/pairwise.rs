//! The pairwise matrix: how many voters rank one candidate strictly above another. Copeland,
//! Schulze, Ranked Pairs, Kemeny and the Condorcet checks all start from it.

use crate::profile::Profile;

/// `wins(a, b)`: the weighted number of ballots ranking `a` strictly above `b` (an unranked
/// candidate is below every ranked one; two unranked candidates are tied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairwise {
    n: usize,
    wins: Vec<u64>,
    voters: u64,
}

impl Pairwise {
    /// Counts every pair on every ballot: O(ballots × n²), branch-free in the inner loop.
    pub fn new(profile: &Profile) -> Pairwise {
        let n = profile.n();
        let mut wins = vec![0u64; n * n];
        let mut tier = vec![0usize; n];
        for ballot in profile.ballots() {
            tier.fill(ballot.tiers.len());
            for (t, members) in ballot.tiers.iter().enumerate() {
                for &c in members {
                    tier[c] = t;
                }
            }
            for (a, row) in wins.chunks_exact_mut(n).enumerate() {
                let ta = tier[a];
                for (cell, &tb) in row.iter_mut().zip(&tier) {
                    *cell += ballot.count * u64::from(ta < tb);
                }
            }
        }
        Pairwise {
            n,
            wins,
            voters: profile.voters(),
        }
    }

    /// Number of candidates.
    pub fn n(&self) -> usize {
        self.n
    }

    /// The (weighted) number of voters.
    pub fn voters(&self) -> u64 {
        self.voters
    }

    /// Voters ranking `a` strictly above `b`.
    pub fn wins(&self, a: usize, b: usize) -> u64 {
        self.wins[a * self.n + b]
    }

    /// Voters who tie `a` and `b`.
    pub fn ties(&self, a: usize, b: usize) -> u64 {
        self.voters - self.wins(a, b) - self.wins(b, a)
    }

    /// `wins(a, b) - wins(b, a)`.
    pub fn margin(&self, a: usize, b: usize) -> i64 {
        self.wins(a, b) as i64 - self.wins(b, a) as i64
    }

    /// True when a strict majority of the voters who separate `a` and `b` prefer `a`.
    pub fn beats(&self, a: usize, b: usize) -> bool {
        self.wins(a, b) > self.wins(b, a)
    }

    /// The candidate who beats every other one head to head, if any.
    pub fn condorcet_winner(&self) -> Option<usize> {
        (0..self.n).find(|&a| (0..self.n).all(|b| a == b || self.beats(a, b)))
    }

    /// The candidate who loses to every other one head to head, if any.
    pub fn condorcet_loser(&self) -> Option<usize> {
        (0..self.n).find(|&a| (0..self.n).all(|b| a == b || self.beats(b, a)))
    }
}

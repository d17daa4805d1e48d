//! A ballot being filled in on the ranking widget, and every move the widget offers, as plain
//! data: the widget only renders it and turns taps, drags and keys into these moves.

use serde::{Deserialize, Serialize};

/// A ballot being filled in: the ranked problems in order (each with "same as the one above"),
/// then those not ranked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Draft {
    /// Ranked problem ids, most important first, each with its tie to the one above.
    pub ranked: Vec<(String, bool)>,
    /// Problem ids not ranked.
    pub unranked: Vec<String>,
}

/// Where a dragged card would land.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// Before the ranked card at this index (the length means at the end).
    At(usize),
    /// Back among the unranked.
    Unranked,
}

impl Draft {
    /// Every problem unranked, in the round's order.
    pub fn new(problems: &[String]) -> Draft {
        Draft {
            ranked: Vec::new(),
            unranked: problems.to_vec(),
        }
    }

    /// The ballot's tiers.
    pub fn tiers(&self) -> Vec<Vec<String>> {
        let mut tiers: Vec<Vec<String>> = Vec::new();
        for (id, tied) in &self.ranked {
            match tiers.last_mut() {
                Some(t) if *tied => t.push(id.clone()),
                _ => tiers.push(vec![id.clone()]),
            }
        }
        tiers
    }

    /// 1-based place of each ranked position (tied cards share the place of their group's first).
    pub fn places(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.ranked.len());
        for (i, (_, tied)) in self.ranked.iter().enumerate() {
            let p = if *tied && i > 0 { out[i - 1] } else { i + 1 };
            out.push(p);
        }
        out
    }

    fn normalise(&mut self) {
        if let Some(first) = self.ranked.first_mut() {
            first.1 = false;
        }
    }

    fn take(&mut self, id: &str) -> Option<bool> {
        if let Some(i) = self.ranked.iter().position(|(p, _)| p == id) {
            let (_, tied) = self.ranked.remove(i);
            // The card below keeps its tie only if it was tied to this one's group as well.
            if i < self.ranked.len() && !tied && self.ranked[i].1 {
                self.ranked[i].1 = false;
            }
            return Some(tied);
        }
        if let Some(i) = self.unranked.iter().position(|p| p == id) {
            self.unranked.remove(i);
            return Some(false);
        }
        None
    }

    /// Moves a problem to a ranked index (counted after taking it out) or back to the unranked.
    pub(super) fn place(&mut self, id: &str, target: Target) {
        if self.take(id).is_none() {
            return;
        }
        match target {
            Target::At(i) => {
                let i = i.min(self.ranked.len());
                self.ranked.insert(i, (id.to_string(), false));
            }
            Target::Unranked => self.unranked.push(id.to_string()),
        }
        self.normalise();
    }

    pub(super) fn index(&self, id: &str) -> Option<usize> {
        self.ranked.iter().position(|(p, _)| p == id)
    }

    /// Moves a ranked card one place up (`-1`) or down (`+1`).
    pub fn step(&mut self, id: &str, delta: isize) {
        if let Some(i) = self.index(id) {
            let j = i as isize + delta;
            if j >= 0 && (j as usize) < self.ranked.len() {
                self.place(id, Target::At(j as usize));
            }
        }
    }

    /// Moves a card to the top or the bottom of the ranking.
    pub fn to_end(&mut self, id: &str, top: bool) {
        let end = if top { 0 } else { usize::MAX };
        self.place(id, Target::At(end));
    }

    /// Ranks an unranked card at the bottom.
    pub fn rank(&mut self, id: &str) {
        self.place(id, Target::At(usize::MAX));
    }

    /// Leaves a card unranked.
    pub fn unrank(&mut self, id: &str) {
        self.place(id, Target::Unranked);
    }

    /// Makes a ranked card equally important as the one above it, or separates it again.
    pub fn toggle_tie(&mut self, id: &str) {
        if let Some(i) = self.index(id).filter(|&i| i > 0) {
            self.ranked[i].1 = !self.ranked[i].1;
        }
    }
}

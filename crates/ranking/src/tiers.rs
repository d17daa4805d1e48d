//! A consensus order as tiers, best first, stored flat: the members in order and where each tier
//! ends. A strict order (every tier one candidate, what Kemeny and most Ranked Pairs results are)
//! needs one allocation instead of one per candidate, which is much of a fast method's time.

use std::fmt;
use std::ops::Index;

/// Candidates in tiers, best first; a tier holds candidates the method cannot separate.
#[derive(Clone, Default)]
pub struct Tiers {
    /// Every candidate, tier after tier.
    members: Vec<usize>,
    /// Where each tier ends in `members`; empty when every tier has one candidate.
    ends: Vec<usize>,
}

impl Tiers {
    /// A strict order: each candidate a tier of its own.
    pub fn strict(order: Vec<usize>) -> Tiers {
        Tiers {
            members: order,
            ends: Vec::new(),
        }
    }

    /// Appends a tier (an empty one is left out).
    pub fn push(&mut self, tier: &[usize]) {
        if tier.is_empty() {
            return;
        }
        if self.ends.is_empty() {
            self.ends = (1..=self.members.len()).collect();
        }
        self.members.extend_from_slice(tier);
        self.ends.push(self.members.len());
    }

    /// The number of tiers.
    pub fn len(&self) -> usize {
        if self.ends.is_empty() {
            self.members.len()
        } else {
            self.ends.len()
        }
    }

    /// True when there is no tier.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Tier `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&[usize]> {
        if self.ends.is_empty() {
            return self.members.get(i..i + 1);
        }
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.members[start..end])
    }

    /// The last tier, if any.
    pub fn last(&self) -> Option<&[usize]> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// The tiers in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            tiers: self,
            front: 0,
            back: self.len(),
        }
    }

    /// Every candidate, best first (tied ones in the order their tier lists them).
    pub fn members(&self) -> &[usize] {
        &self.members
    }

    /// Every candidate, best first, as a new list.
    pub fn concat(&self) -> Vec<usize> {
        self.members.clone()
    }

    /// The tiers as lists.
    pub fn to_vecs(&self) -> Vec<Vec<usize>> {
        self.iter().map(<[usize]>::to_vec).collect()
    }
}

impl Index<usize> for Tiers {
    type Output = [usize];

    fn index(&self, i: usize) -> &[usize] {
        match self.get(i) {
            Some(tier) => tier,
            None => panic!("tier {i} of {}", self.len()),
        }
    }
}

/// The tiers of a [`Tiers`], best first.
pub struct Iter<'a> {
    tiers: &'a Tiers,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a [usize];

    fn next(&mut self) -> Option<&'a [usize]> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.tiers.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.tiers.get(self.back)
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Tiers {
    type Item = &'a [usize];
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl From<Vec<Vec<usize>>> for Tiers {
    fn from(tiers: Vec<Vec<usize>>) -> Tiers {
        let mut out = Tiers::default();
        for t in &tiers {
            out.push(t);
        }
        out
    }
}

impl PartialEq for Tiers {
    fn eq(&self, other: &Tiers) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Tiers {}

impl PartialEq<Vec<Vec<usize>>> for Tiers {
    fn eq(&self, other: &Vec<Vec<usize>>) -> bool {
        self.iter().eq(other.iter().map(Vec::as_slice))
    }
}

impl fmt::Debug for Tiers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_mixed_orders_read_alike() {
        let strict = Tiers::strict(vec![2, 0, 1]);
        assert_eq!(strict.len(), 3);
        assert_eq!(&strict[1], &[0]);
        assert_eq!(strict, vec![vec![2], vec![0], vec![1]]);
        assert_eq!(strict.last(), Some(&[1][..]));
        let mut mixed = Tiers::strict(vec![2]);
        mixed.push(&[0, 1]);
        mixed.push(&[]);
        assert_eq!(mixed.len(), 2);
        assert_eq!(mixed.to_vecs(), vec![vec![2], vec![0, 1]]);
        assert_eq!(mixed.members(), &[2, 0, 1]);
        assert_ne!(mixed, strict);
        assert_eq!(Tiers::from(vec![vec![2], vec![0, 1]]), mixed);
        assert_eq!(Tiers::from(vec![vec![2], vec![0], vec![1]]), strict);
        assert_eq!(format!("{mixed:?}"), "[[2], [0, 1]]");
        assert_eq!((&mixed).into_iter().next_back(), Some(&[0, 1][..]));
        assert_eq!(mixed.iter().len(), 2);
        assert!(Tiers::default().is_empty() && Tiers::default().last().is_none());
        assert_eq!(mixed.get(2), None);
    }
}

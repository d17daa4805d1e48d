//! PrefLib files (N. Mattei and T. Walsh, "PrefLib: A Library for Preferences", ADT 2013;
//! format of www.preflib.org since 2022): `.soc` (strict, complete), `.soi` (strict, incomplete),
//! `.toc` (ties, complete) and `.toi` (ties, incomplete).
//!
//! ```text
//! # FILE NAME: 00004-00000001.soc
//! # DATA TYPE: soc
//! # NUMBER ALTERNATIVES: 3
//! # NUMBER VOTERS: 5
//! # NUMBER UNIQUE ORDERS: 2
//! # ALTERNATIVE NAME 1: Memphis
//! # ALTERNATIVE NAME 2: Nashville
//! # ALTERNATIVE NAME 3: Chattanooga
//! 3: 1,2,3
//! 2: 2,{1,3}
//! ```
//!
//! Each data line is `count: order`, alternatives numbered from 1 and tied ones in braces. The
//! older format (a first line with the number of alternatives, then `i,name` lines, a
//! `voters,sum,unique` line and `count,order` lines) is read too.

use crate::profile::{Ballot, Profile, ProfileError, MAX_BALLOTS, MAX_CANDIDATES};

/// What is wrong with a PrefLib file; `line` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreflibError {
    /// The line where reading stopped (0 when the problem is the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for PreflibError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for PreflibError {}

fn err(line: usize, message: impl Into<String>) -> PreflibError {
    PreflibError {
        line,
        message: message.into(),
    }
}

/// Parses `1,{2,3},4` into tiers of 0-based indices.
fn parse_order(text: &str, n: usize, line: usize) -> Result<Vec<Vec<usize>>, PreflibError> {
    let mut tiers = Vec::new();
    let mut chars = text.trim().chars().peekable();
    let number = |s: &str| -> Result<usize, PreflibError> {
        let s = s.trim();
        let v: usize = s
            .parse()
            .map_err(|_| err(line, format!("\"{s}\" is not an alternative number")))?;
        if v == 0 || v > n {
            return Err(err(line, format!("alternative {v} is outside 1..{n}")));
        }
        Ok(v - 1)
    };
    while chars.peek().is_some() {
        if chars.peek() == Some(&'{') {
            chars.next();
            let mut inner = String::new();
            loop {
                match chars.next() {
                    Some('}') => break,
                    Some(c) => inner.push(c),
                    None => return Err(err(line, "a '{' is never closed")),
                }
            }
            let tier = if inner.trim().is_empty() {
                Vec::new()
            } else {
                inner
                    .split(',')
                    .map(number)
                    .collect::<Result<Vec<_>, _>>()?
            };
            tiers.push(tier);
        } else {
            let item: String = chars.by_ref().take_while(|&c| c != ',').collect();
            if !item.trim().is_empty() {
                tiers.push(vec![number(&item)?]);
            }
            continue;
        }
        // After a closing brace: skip spaces and one comma.
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek() == Some(&',') {
            chars.next();
        }
    }
    Ok(tiers)
}

fn to_profile(names: Vec<String>, ballots: Vec<(Ballot, usize)>) -> Result<Profile, PreflibError> {
    let lines: Vec<usize> = ballots.iter().map(|b| b.1).collect();
    Profile::new(names, ballots.into_iter().map(|b| b.0).collect()).map_err(|e| {
        let line = match &e {
            ProfileError::UnknownCandidate { ballot, .. }
            | ProfileError::ListedTwice { ballot, .. }
            | ProfileError::BadCount { ballot, .. }
            | ProfileError::EmptyTier { ballot, .. } => lines[ballot - 1],
            _ => 0,
        };
        let message = e.to_string();
        err(
            line,
            message
                .split_once("; ")
                .map_or(message.clone(), |(m, _)| m.to_string()),
        )
    })
}

/// A file's number of alternatives, refused before anything is allocated for them when it is
/// over the profile's limit.
fn alternatives(n: usize, line: usize) -> Result<usize, PreflibError> {
    if n > MAX_CANDIDATES {
        return Err(err(
            line,
            format!("{n} alternatives are more than the limit of {MAX_CANDIDATES}"),
        ));
    }
    Ok(n)
}

/// Stops reading at the first ballot line over the profile's limit.
fn too_many<T>(ballots: &[T], line: usize) -> Result<(), PreflibError> {
    if ballots.len() >= MAX_BALLOTS {
        return Err(err(
            line,
            format!("more than the limit of {MAX_BALLOTS} ballot lines"),
        ));
    }
    Ok(())
}

/// Reads a PrefLib file (either format).
pub fn read(text: &str) -> Result<Profile, PreflibError> {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .ok_or_else(|| err(0, "the file is empty"))?;
    if first.starts_with('#') {
        read_current(text)
    } else {
        read_legacy(text)
    }
}

fn read_current(text: &str) -> Result<Profile, PreflibError> {
    let mut n: Option<usize> = None;
    let mut names: Vec<(usize, String)> = Vec::new();
    let mut declared_voters: Option<(u64, usize)> = None;
    let mut ballots = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() {
            continue;
        }
        if let Some(meta) = l.strip_prefix('#') {
            let Some((key, value)) = meta
                .trim_start()
                .split_once(": ")
                .or_else(|| meta.trim_start().strip_suffix(':').map(|k| (k, "")))
            else {
                continue;
            };
            let key = key.trim();
            if key == "NUMBER ALTERNATIVES" {
                let count = value
                    .trim()
                    .parse()
                    .map_err(|_| err(line, "NUMBER ALTERNATIVES is not a number"))?;
                n = Some(alternatives(count, line)?);
            } else if key == "NUMBER VOTERS" {
                let v = value
                    .trim()
                    .parse()
                    .map_err(|_| err(line, "NUMBER VOTERS is not a number"))?;
                declared_voters = Some((v, line));
            } else if let Some(k) = key.strip_prefix("ALTERNATIVE NAME ") {
                let k: usize = k
                    .trim()
                    .parse()
                    .map_err(|_| err(line, "bad ALTERNATIVE NAME number"))?;
                names.push((k, value.to_string()));
            }
            continue;
        }
        let n = n.ok_or_else(|| err(line, "data comes before # NUMBER ALTERNATIVES"))?;
        let (count, order) = l
            .split_once(':')
            .ok_or_else(|| err(line, "expected \"count: order\""))?;
        let count: u64 = count
            .trim()
            .parse()
            .map_err(|_| err(line, format!("\"{}\" is not a count", count.trim())))?;
        too_many(&ballots, line)?;
        ballots.push((
            Ballot {
                count,
                tiers: parse_order(order, n, line)?,
            },
            line,
        ));
    }
    let n = n.ok_or_else(|| err(0, "the file has no # NUMBER ALTERNATIVES line"))?;
    let mut list: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    for (k, name) in names {
        if k == 0 || k > n {
            return Err(err(0, format!("ALTERNATIVE NAME {k} is outside 1..{n}")));
        }
        list[k - 1] = name;
    }
    let profile = to_profile(list, ballots)?;
    if let Some((declared, line)) = declared_voters {
        if declared != profile.voters() {
            return Err(err(
                line,
                format!(
                    "NUMBER VOTERS says {declared}, but the counts add up to {}",
                    profile.voters()
                ),
            ));
        }
    }
    Ok(profile)
}

fn read_legacy(text: &str) -> Result<Profile, PreflibError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let (i, first) = lines.next().ok_or_else(|| err(0, "the file is empty"))?;
    let n: usize = first
        .trim()
        .parse()
        .map_err(|_| err(i + 1, "expected the number of alternatives"))?;
    let n = alternatives(n, i + 1)?;
    let mut names = Vec::with_capacity(n);
    for k in 1..=n {
        let (i, l) = lines
            .next()
            .ok_or_else(|| err(0, "the list of alternatives is cut short"))?;
        let (num, name) = l
            .split_once(',')
            .ok_or_else(|| err(i + 1, "expected \"number,name\""))?;
        if num.trim().parse::<usize>().ok() != Some(k) {
            return Err(err(i + 1, format!("expected alternative {k}")));
        }
        names.push(name.trim().to_string());
    }
    let (i, totals) = lines
        .next()
        .ok_or_else(|| err(0, "the voters line is missing"))?;
    let declared: u64 = totals
        .split(',')
        .next()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| err(i + 1, "expected \"voters,sum,unique\""))?;
    let mut ballots = Vec::new();
    for (i, l) in lines {
        let (count, order) = l
            .split_once(',')
            .ok_or_else(|| err(i + 1, "expected \"count,order\""))?;
        let count: u64 = count
            .trim()
            .parse()
            .map_err(|_| err(i + 1, format!("\"{}\" is not a count", count.trim())))?;
        too_many(&ballots, i + 1)?;
        ballots.push((
            Ballot {
                count,
                tiers: parse_order(order, n, i + 1)?,
            },
            i + 1,
        ));
    }
    let profile = to_profile(names, ballots)?;
    if declared != profile.voters() {
        return Err(err(
            i + 1,
            format!(
                "the file says {declared} voters, but the counts add up to {}",
                profile.voters()
            ),
        ));
    }
    Ok(profile)
}

/// The PrefLib data type a profile needs: `soc`, `soi`, `toc` or `toi`.
pub fn data_type(profile: &Profile) -> &'static str {
    let ties = profile
        .ballots()
        .iter()
        .any(|b| b.tiers.iter().any(|t| t.len() > 1));
    let complete = profile
        .ballots()
        .iter()
        .all(|b| b.tiers.iter().map(Vec::len).sum::<usize>() == profile.n());
    match (ties, complete) {
        (false, true) => "soc",
        (false, false) => "soi",
        (true, true) => "toc",
        (true, false) => "toi",
    }
}

/// Writes a profile as a PrefLib file of the narrowest data type that holds it. Ballots are
/// written in their order, so reading the file back gives the same profile. Names with line
/// breaks cannot be written.
pub fn write(profile: &Profile, title: &str) -> Result<String, PreflibError> {
    if let Some(name) = profile
        .candidates()
        .iter()
        .find(|c| c.contains(['\n', '\r']))
    {
        return Err(err(0, format!("the name {name:?} contains a line break")));
    }
    let kind = data_type(profile);
    let unique: std::collections::HashSet<&Vec<Vec<usize>>> =
        profile.ballots().iter().map(|b| &b.tiers).collect();
    let mut out = String::new();
    let title = title.replace(['\n', '\r'], " ");
    out.push_str(&format!(
        "# FILE NAME: delavnica.{kind}\n# TITLE: {title}\n# DESCRIPTION: \n# DATA TYPE: {kind}\n"
    ));
    out.push_str("# MODIFICATION TYPE: original\n# RELATES TO: \n# RELATED FILES: \n");
    out.push_str("# PUBLICATION DATE: \n# MODIFICATION DATE: \n");
    out.push_str(&format!(
        "# NUMBER ALTERNATIVES: {}\n# NUMBER VOTERS: {}\n# NUMBER UNIQUE ORDERS: {}\n",
        profile.n(),
        profile.voters(),
        unique.len()
    ));
    for (i, name) in profile.candidates().iter().enumerate() {
        out.push_str(&format!("# ALTERNATIVE NAME {}: {name}\n", i + 1));
    }
    for ballot in profile.ballots() {
        let tiers: Vec<String> = ballot
            .tiers
            .iter()
            .map(|t| {
                let items: Vec<String> = t.iter().map(|c| (c + 1).to_string()).collect();
                if t.len() == 1 {
                    items[0].clone()
                } else {
                    format!("{{{}}}", items.join(","))
                }
            })
            .collect();
        out.push_str(&format!("{}: {}\n", ballot.count, tiers.join(",")));
    }
    Ok(out)
}

//! The map of problems to ideas (the paper's figure 6), laid out here so that the figure on
//! screen, in print and in a downloaded SVG is one drawing, and its rules (every word shown,
//! nothing overlapping) are tested natively: problems on the left, each problem's ideas in the
//! middle with an arrow from the problem to each, and, optionally, what the ideas build on at
//! the right. Texts are wrapped at word boundaries; a word longer than a line is broken with a
//! hyphen, never cut.

use crate::innovations::SuccessFactor;
use crate::session::Session;
use crate::solutions::Basis;

/// Height of a text line, in pixels (font size 13).
pub const LINE: i32 = 17;
/// Space between a box's edge and its text.
pub const PAD: i32 = 9;
/// A generous average width of a character of a 13 px sans-serif font, in tenths of a pixel:
/// lines are wrapped at the box's width divided by it, so that they fit in any common font.
const CHAR_TENTHS: i32 = 78;
const PROBLEM_W: i32 = 220;
const IDEA_W: i32 = 240;
const BASIS_W: i32 = 210;
const MARGIN: i32 = 16;
const ARROW_GAP: i32 = 70;
const GAP: i32 = 12;
const BLOCK_GAP: i32 = 28;

/// One box of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapNode {
    /// The record it shows (worksheet, idea) or a key for a basis.
    pub key: String,
    /// Its text, wrapped.
    pub lines: Vec<String>,
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width.
    pub w: i32,
    /// Height.
    pub h: i32,
    /// A link to a record since removed (shown as such).
    pub removed: bool,
    /// An idea the plenary picked.
    pub picked: bool,
}

impl MapNode {
    /// The middle of its left edge.
    pub fn left(&self) -> (i32, i32) {
        (self.x, self.y + self.h / 2)
    }
    /// The middle of its right edge.
    pub fn right(&self) -> (i32, i32) {
        (self.x + self.w, self.y + self.h / 2)
    }
}

/// The laid-out map.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProblemMap {
    /// Total width.
    pub width: i32,
    /// Total height.
    pub height: i32,
    /// One box per worksheet: its core, or its problem's wording.
    pub problems: Vec<MapNode>,
    /// One box per idea.
    pub ideas: Vec<MapNode>,
    /// What the ideas build on, each once, in the order first named.
    pub bases: Vec<MapNode>,
    /// Arrows: (problem, idea), by index.
    pub arrows: Vec<(usize, usize)>,
    /// Lines: (idea, basis), by index.
    pub links: Vec<(usize, usize)>,
}

/// The most characters a line of a box `width` pixels wide holds.
pub fn line_chars(width: i32) -> usize {
    (((width - 2 * PAD) * 10) / CHAR_TENTHS).max(4) as usize
}

/// Wraps `text` into lines of at most `max` characters at spaces; a longer word is broken with
/// a hyphen at the end of each part but the last.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest = word.split_off(max - 1);
            lines.push(word.iter().collect::<String>() + "-");
            word = rest;
        }
        let word: String = word.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn node(key: String, text: &str, x: i32, w: i32) -> MapNode {
    let lines = wrap(text, line_chars(w));
    let h = lines.len() as i32 * LINE + 2 * PAD;
    MapNode {
        key,
        lines,
        x,
        y: 0,
        w,
        h,
        removed: false,
        picked: false,
    }
}

/// Lays out the map of the session's live worksheets and ideas; with `bases`, also what the
/// ideas build on (`factor` names a success factor in the content language; `removed` is added
/// to a removed record's text).
pub fn problem_map(
    s: &Session,
    bases: bool,
    factor: &dyn Fn(&SuccessFactor) -> String,
    removed: &str,
) -> ProblemMap {
    let idea_x = MARGIN + PROBLEM_W + ARROW_GAP;
    let basis_x = idea_x + IDEA_W + ARROW_GAP;
    let mut map = ProblemMap::default();
    let mut y = MARGIN;
    let mut basis_keys: Vec<Basis> = Vec::new();
    for w in s.live_worksheets() {
        let text = if w.core.is_empty() {
            s.problem_text(&w.problem)
        } else {
            w.core.as_str()
        };
        let mut problem = node(w.meta.id.clone(), text, MARGIN, PROBLEM_W);
        let ideas = s.ideas_of(&w.meta.id);
        let mut stack = y;
        let p = map.problems.len();
        for idea in &ideas {
            let mut n = node(idea.meta.id.clone(), &idea.text.title, idea_x, IDEA_W);
            n.picked = idea.picked;
            n.y = stack;
            stack += n.h + GAP;
            map.arrows.push((p, map.ideas.len()));
            if bases {
                for b in &idea.text.builds_on {
                    let at = match basis_keys.iter().position(|k| k == b) {
                        Some(at) => at,
                        None => {
                            basis_keys.push(b.clone());
                            basis_keys.len() - 1
                        }
                    };
                    map.links.push((map.ideas.len(), at));
                }
            }
            map.ideas.push(n);
        }
        let ideas_h = (stack - GAP - y).max(0);
        let block = ideas_h.max(problem.h);
        problem.y = y + (block - problem.h) / 2;
        // Ideas shorter than their problem are centred on it.
        let shift = (block - ideas_h) / 2;
        let first = map.ideas.len() - ideas.len();
        for n in map.ideas.iter_mut().skip(first) {
            n.y += shift;
        }
        map.problems.push(problem);
        y += block + BLOCK_GAP;
    }
    let mut by = MARGIN;
    for (k, b) in basis_keys.iter().enumerate() {
        let (text, gone) = match s.basis_text(b) {
            Some((t, gone)) => (t.to_string(), gone),
            None => match b {
                Basis::Factor(f) => (factor(f), false),
                _ => (String::new(), true),
            },
        };
        let text = if gone {
            format!("{text} ({removed})")
        } else {
            text
        };
        let mut n = node(format!("basis-{k}"), &text, basis_x, BASIS_W);
        n.removed = gone;
        n.y = by;
        by += n.h + GAP;
        map.bases.push(n);
    }
    map.width = if map.bases.is_empty() {
        idea_x + IDEA_W + MARGIN
    } else {
        basis_x + BASIS_W + MARGIN
    };
    map.height = (y - BLOCK_GAP + MARGIN)
        .max(by - GAP + MARGIN)
        .max(2 * MARGIN);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_character_and_breaks_long_words_with_a_hyphen() {
        assert_eq!(
            wrap("Krepitev in profesionalizacija nevladnega sektorja", 20),
            ["Krepitev in", "profesionalizacija", "nevladnega sektorja"]
        );
        assert_eq!(
            wrap("nadpovprečnoizobraženih", 10),
            ["nadpovpre-", "čnoizobra-", "ženih"]
        );
        assert_eq!(wrap("", 10), [""]);
        for max in 4..30 {
            let text = "Možni socialni problemi po zaprtju premogovnika in dolgotrajnobrezposelni";
            let lines = wrap(text, max);
            assert!(lines.iter().all(|l| l.chars().count() <= max), "{max}");
            let joined: String = lines
                .iter()
                .map(|l| l.trim_end_matches('-'))
                .collect::<Vec<_>>()
                .concat();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }
}

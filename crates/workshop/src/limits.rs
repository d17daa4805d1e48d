//! Sensible limits on what a session holds. They keep a mailed file small, keep a typo (a pasted
//! novel in a title field) from filling the device's storage, and are checked both when the user
//! types and when a file is read.

/// Largest session file accepted for import, in bytes. A full three-workshop session with
/// 17 participants is a few tens of kilobytes; 5 MB leaves room for years of use.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Longest session title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest town name, in characters.
pub const MAX_TOWN: usize = 120;
/// Longest record id, in characters.
pub const MAX_ID: usize = 64;
/// Longest name of a device ("Group 3's tablet"), in characters.
pub const MAX_DEVICE_NAME: usize = 60;
/// Most devices a session remembers having seen changes from (a workshop has a few dozen).
pub const MAX_DEVICES: usize = 1000;
/// Longest participant name or pseudonym, in characters.
pub const MAX_NAME: usize = 80;
/// Longest organisation name, in characters.
pub const MAX_ORGANISATION: usize = 120;
/// Longest custom sector name, in characters.
pub const MAX_SECTOR_NAME: usize = 40;
/// Most participants a session holds (tombstones included): a workshop series has a few dozen.
pub const MAX_PARTICIPANTS: usize = 500;
/// Most groups a workshop can be split into.
pub const MAX_GROUPS: usize = 50;
/// Longest card or problem wording, in characters.
pub const MAX_CARD: usize = 300;
/// Longest comment, justification or verdict, in characters.
pub const MAX_COMMENT: usize = 1000;
/// Most cards (or problems) a session holds, tombstones included.
pub const MAX_CARDS: usize = 2000;
/// Most ranking rounds a session holds, tombstones included.
pub const MAX_ROUNDS: usize = 50;
/// The years an innovation or a period may name.
pub const MIN_YEAR: i32 = 1000;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 2200;
/// A domain's rating, on the five-step scale.
pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;
/// Longest period name, in characters.
pub const MAX_PERIOD_NAME: usize = 80;
/// Longest name of an "other" success factor, in characters.
pub const MAX_FACTOR_NAME: usize = 80;
/// Most success factors one deep dive notes (the six listed and named others).
pub const MAX_FACTORS: usize = 50;
/// Most deep dives the inventory can be set to allow (the method studies 4).
pub const MAX_DEEP_DIVE_LIMIT: u8 = 20;
/// Most ballots a session holds, superseded ones included.
pub const MAX_BALLOTS: usize = 5000;
/// Most problems one ranking round holds. A workshop ranks 10–20; at 50 every method, the
/// agreement figures and exact Kemeny on each Condorcet component of up to 20 answer within a
/// frame or two (see `make bench`), so the results screen never freezes.
pub const MAX_ROUND_PROBLEMS: usize = 50;
/// The latest time a record may carry, in milliseconds since the Unix epoch: the end of the year
/// 9999. Far below 2⁵³, so every time survives a trip through JavaScript and the clock can
/// always move a change one millisecond later.
pub const MAX_TIME: i64 = 253_402_300_799_999;
/// The largest integer every JSON reader (JavaScript's included) keeps exactly: 2⁵³ − 1.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;
/// Most worksheets a session holds (tombstones included): workshop 3 works on a few problems.
pub const MAX_WORKSHEETS: usize = 200;
/// Most ideas a session holds (tombstones included).
pub const MAX_IDEAS: usize = 500;
/// Most links to what a worksheet or an idea builds on.
pub const MAX_LINKS: usize = 50;

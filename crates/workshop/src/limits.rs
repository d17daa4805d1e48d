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

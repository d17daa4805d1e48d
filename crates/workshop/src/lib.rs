//! The workshop domain, pure: a session and the actions that change it, the session file format
//! with its validation and migrations, and the Velenje example.
//!
//! Nothing here knows about the browser, a clock or a random generator: time, the device id and
//! new record ids arrive as parameters, so every state change is a plain function that native
//! tests cover and that autosave, undo and merge can reason about.

pub mod assessment;
pub mod csv;
pub mod example;
pub mod export;
pub mod file;
pub mod innovations;
pub mod limits;
mod locate;
pub mod map;
pub mod merge;
pub mod meta;
pub mod participants;
pub mod pending;
pub mod process;
pub mod record;
pub mod report;
pub mod results;
pub mod rounds;
pub mod rules;
pub mod session;
pub mod solutions;
pub mod undo;

pub use file::{FileError, SessionFile, FORMAT, VERSION};
pub use meta::{is_valid_id, Meta, Stamp};
pub use session::{Action, ActionError, Progress, Session, SessionInfo, SessionSummary};

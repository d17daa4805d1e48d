//! The only place that touches the browser: storage, files, sharing, the clock, ids and events.
//! Small and boring on purpose: it converts between the domain and the browser and reports
//! failures as typed errors the UI can show.

pub mod env;
pub mod events;
pub mod files;
pub mod platform;
pub mod storage;

//! The screens: one folder per step of the method, plus shared widgets.

pub mod assessment;
pub mod home;
pub mod innovations;
pub mod lazy;
pub mod merge;
pub mod participants;
pub mod present;
pub mod ranking;
pub mod report;
pub mod session;
pub mod solutions;
pub mod widgets;

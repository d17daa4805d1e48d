//! Small components shared by every screen. They take props and callbacks only.

mod confirm_dialog;
mod header;
mod lang_switch;
mod modal;
mod notice;
mod paste_box;
mod scroll_box;
mod wrap_text;

pub use confirm_dialog::ConfirmDialog;
pub use header::AppHeader;
pub use lang_switch::LangSwitch;
pub use modal::{on_click, Modal};
pub use notice::{Notice, NoticeKind, UNDO_MS};
pub use paste_box::PasteBox;
pub use scroll_box::ScrollBox;
pub use wrap_text::WrapText;

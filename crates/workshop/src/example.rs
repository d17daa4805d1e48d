//! The built-in Velenje example (../shared/METHOD.md): the case the method comes from, so that a
//! facilitator can see a finished series before running their own. Each workshop's data joins it
//! as the feature that records it lands.

use crate::meta::Stamp;
use crate::session::{ContentLang, Session};

/// Title of the example session (its content is in Slovene, like the paper).
pub const VELENJE_TITLE: &str = "Velenje: družbene inovacije (primer)";

/// A new session pre-filled with the Velenje case, marked as the example so that its illustrative
/// parts are labelled on screen. The paper dates the workshops only to between November 2018 and
/// April 2019, so the date stays empty rather than invented.
pub fn velenje(id: &str, stamp: &Stamp) -> Session {
    let mut s = Session::new(id, VELENJE_TITLE, "Velenje", "", ContentLang::Sl, stamp)
        .expect("the example's description is valid");
    s.info.example = true;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_is_marked_and_named() {
        let s = velenje(
            "ex1",
            &Stamp {
                now: 3,
                device: "d".into(),
            },
        );
        assert!(s.info.example);
        assert!(s.summary().example);
        assert_eq!(s.info.town, "Velenje");
        assert_eq!(s.info.content_lang, ContentLang::Sl);
        assert_eq!(s.id, "ex1");
    }
}

//! What every record carries so that files from several tablets can later merge without losing or
//! resurrecting anything: a stable id, the device that last changed it, when, and a tombstone flag.

use serde::{Deserialize, Serialize};

use crate::limits::MAX_ID;

/// Who changes the session and when. The UI takes both from the browser and passes them in, so
/// the domain stays free of clocks and device look-ups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Milliseconds since the Unix epoch.
    pub now: i64,
    /// The id of this device (see [`is_valid_id`]).
    pub device: String,
}

/// Bookkeeping shared by every record; merge compares `changed` and breaks ties by `device`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Stable random id, unique within the session.
    pub id: String,
    /// The device that made the last change.
    pub device: String,
    /// When the record last changed, in milliseconds since the Unix epoch.
    pub changed: i64,
    /// A deleted record stays as a tombstone so that a merge cannot bring it back.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
    /// When the record was made, on the session's clock: the order every copy shows records in
    /// (by `created`, then `id`), whatever order the copies were merged in. Records made by one
    /// action get consecutive milliseconds, so a pasted list keeps its order. Files before
    /// version 4 get their records' positions here.
    #[serde(default)]
    pub created: i64,
}

/// When and on which device a part of a record that merges on its own last changed (a
/// participant's attendance, which the door keeps while another tablet corrects the name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Version {
    /// Milliseconds since the Unix epoch, on the session's clock.
    pub changed: i64,
    /// The device that made the change.
    pub device: String,
}

impl Version {
    /// A change made now on the stamp's device.
    pub fn at(stamp: &Stamp) -> Self {
        Version {
            changed: stamp.now,
            device: stamp.device.clone(),
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Meta {
    /// A fresh record made now on the stamp's device.
    pub fn new(id: impl Into<String>, stamp: &Stamp) -> Self {
        Meta::nth(id, stamp, 0)
    }

    /// The `n`-th of several records made by one action: made `n` milliseconds after the stamp,
    /// so that the records keep the order they were given in on every copy.
    pub fn nth(id: impl Into<String>, stamp: &Stamp, n: usize) -> Self {
        let at = stamp.now.saturating_add(n as i64);
        Meta {
            id: id.into(),
            device: stamp.device.clone(),
            changed: at,
            deleted: false,
            created: at,
        }
    }

    /// The key that decides which of two versions of a record is newer: the later change, and
    /// for changes in the same millisecond the device id (a tie every copy breaks the same way).
    pub fn version_key(&self) -> (i64, &str) {
        (self.changed, &self.device)
    }

    /// The key of the order every copy shows records in.
    pub fn order_key(&self) -> (i64, &str) {
        (self.created, &self.id)
    }

    /// Records a change made now on the stamp's device.
    pub fn touch(&mut self, stamp: &Stamp) {
        self.device = stamp.device.clone();
        self.changed = stamp.now;
    }
}

/// The ids the app gives the records a session has at most one of (per workshop or domain):
/// `verdict`, `chosen`, `participant-settings`, `inventory-settings`, `groups-N` and `rating-N`.
/// No other record may take one, or writing that record would make a second record with its id.
pub fn is_reserved_id(id: &str) -> bool {
    let numbered = |prefix: &str| {
        id.strip_prefix(prefix)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    matches!(
        id,
        "verdict" | "chosen" | "participant-settings" | "inventory-settings" | "report-settings"
    ) || numbered("groups-")
        || numbered("rating-")
}

/// Ids are short tokens of ASCII letters, digits, `-` and `_`: safe in storage keys, file names
/// and URLs, and cheap to compare.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_safe_tokens() {
        assert!(is_valid_id("a1-B_2"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("has space"));
        assert!(!is_valid_id("ščž"));
        assert!(!is_valid_id(&"x".repeat(MAX_ID + 1)));
        assert!(is_valid_id(&"x".repeat(MAX_ID)));
    }

    #[test]
    fn touch_records_device_and_time() {
        let mut m = Meta::new(
            "r1",
            &Stamp {
                now: 5,
                device: "d1".into(),
            },
        );
        m.touch(&Stamp {
            now: 9,
            device: "d2".into(),
        });
        assert_eq!((m.changed, m.device.as_str()), (9, "d2"));
        assert!(!m.deleted);
    }
}

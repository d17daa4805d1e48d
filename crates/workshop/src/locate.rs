//! Where in a JSON document a typed read fails — found on the error path only.
//!
//! `serde_path_to_error` wraps every deserialiser to track the path, which costs code for every
//! record type (it had become the largest single item of the app's bundle). Instead, when reading
//! fails, the document is cut down and read again until the culprit shows, one level at a time:
//!
//! - in an array, halves are tried on their own (a typed read fails on an element whatever its
//!   neighbours), so the first failing element is found in reads of n/2 + n/4 + … elements, and
//!   the array is then cut to that one element;
//! - in an object, the shortest prefix of its keys (in the order the reader visits them) that
//!   still fails shows the culprit key; the siblings before it, which read fine, are emptied
//!   where an empty value still reproduces the error, so that deeper reads stay small.
//!
//! Every read borrows the working copy (no clone per try), so locating costs a few times the
//! document's size, not its size times the number of tries.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// One step of a path.
enum Step {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(mut v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    for step in path {
        v = match (v, step) {
            (Value::Object(m), Step::Key(k)) => m.get_mut(k)?,
            // The working copy keeps only the culprit of an array, at index 0.
            (Value::Array(a), Step::Index(_)) => a.get_mut(0)?,
            _ => return None,
        };
    }
    Some(v)
}

/// The dotted path (`session.participants[3].name`) at which reading `doc` as `T` fails with
/// `error` (the message of that failure), and, for a "missing field" error, that field's name.
pub(crate) fn locate<T: DeserializeOwned>(doc: &Value, error: &str) -> (String, Option<String>) {
    let reproduces = |candidate: &Value| {
        T::deserialize(candidate)
            .err()
            .is_some_and(|e| e.to_string() == error)
    };
    let missing = error
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next())
        .map(str::to_string);
    let mut work = doc.clone();
    let mut path: Vec<Step> = Vec::new();
    while let Some(node) = node_mut(&mut work, &path) {
        let step = match std::mem::take(node) {
            Value::Array(items) => {
                let Some((index, culprit)) = narrow_array(&mut work, &path, items, &reproduces)
                else {
                    break;
                };
                set(&mut work, &path, Value::Array(vec![culprit]));
                Step::Index(index)
            }
            Value::Object(map) => {
                // A missing field: is this very object the one that lacks it? Adding the field
                // changes the error if so.
                if let Some(field) = missing.as_ref().filter(|f| !map.contains_key(*f)) {
                    let mut with = map.clone();
                    with.insert(field.clone(), Value::Null);
                    set(&mut work, &path, Value::Object(with));
                    if !reproduces(&work) {
                        break;
                    }
                }
                let Some(key) = narrow_object(&mut work, &path, map, &reproduces) else {
                    break;
                };
                Step::Key(key)
            }
            scalar => {
                set(&mut work, &path, scalar);
                break;
            }
        };
        path.push(step);
    }
    let mut text = String::new();
    for step in &path {
        match step {
            Step::Key(k) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(k);
            }
            Step::Index(i) => text.push_str(&format!("[{i}]")),
        }
    }
    (text, missing)
}

fn set(work: &mut Value, path: &[Step], value: Value) {
    if let Some(node) = node_mut(work, path) {
        *node = value;
    }
}

/// The first element of `items` that fails on its own, with its index; `None` (and the array
/// put back) when the failure is the array's own or needs several elements together.
fn narrow_array(
    work: &mut Value,
    path: &[Step],
    items: Vec<Value>,
    reproduces: &dyn Fn(&Value) -> bool,
) -> Option<(usize, Value)> {
    let mut test = |range: std::ops::Range<usize>| {
        set(work, path, Value::Array(items[range].to_vec()));
        reproduces(work)
    };
    let (mut lo, mut hi) = (0, items.len());
    // Failing without any element, the array itself is the culprit (a list where a number
    // belongs).
    if hi == 0 || test(0..0) {
        set(work, path, Value::Array(items));
        return None;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if test(lo..mid) {
            hi = mid;
        } else if test(mid..hi) {
            lo = mid;
        } else {
            break;
        }
    }
    if hi - lo == 1 && test(lo..hi) {
        let culprit = items.into_iter().nth(lo)?;
        Some((lo, culprit))
    } else {
        set(work, path, Value::Array(items));
        None
    }
}

/// The key whose value the error is in: the last key of the shortest prefix that still fails.
/// The object is left cut to that prefix, with earlier values emptied where they can be.
fn narrow_object(
    work: &mut Value,
    path: &[Step],
    map: Map<String, Value>,
    reproduces: &dyn Fn(&Value) -> bool,
) -> Option<String> {
    let entries: Vec<(String, Value)> = map.into_iter().collect();
    let prefix = |work: &mut Value, k: usize, entries: &[(String, Value)]| {
        set(work, path, entries[..k].iter().cloned().collect());
        reproduces(work)
    };
    let (mut lo, mut hi) = (0, entries.len());
    if hi == 0 || !prefix(work, hi, &entries) {
        set(work, path, Value::Object(entries.into_iter().collect()));
        return None;
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if prefix(work, mid, &entries) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let mut kept: Vec<(String, Value)> = entries.into_iter().take(lo).collect();
    if lo == 0 {
        set(work, path, Value::Object(kept.into_iter().collect()));
        return None;
    }
    // The siblings before the culprit read fine; an empty list or map in their place usually
    // does too, and makes every later read cheaper.
    for i in 0..lo - 1 {
        let empty = match &kept[i].1 {
            Value::Array(a) if !a.is_empty() => Value::Array(Vec::new()),
            Value::Object(m) if !m.is_empty() => Value::Object(Map::new()),
            _ => continue,
        };
        let old = std::mem::replace(&mut kept[i].1, empty);
        if !prefix(work, lo, &kept) {
            kept[i].1 = old;
        }
    }
    let key = kept[lo - 1].0.clone();
    set(work, path, Value::Object(kept.into_iter().collect()));
    Some(key)
}

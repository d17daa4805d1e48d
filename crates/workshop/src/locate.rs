//! Where in a JSON document a typed read fails — found on the error path only.
//!
//! `serde_path_to_error` wraps every deserialiser to track the path, which costs code for every
//! record type (it had become the largest single item of the app's bundle). Instead, when reading
//! fails, the document is cut down and read again: at each level the object (keys, in the order
//! the reader visits them) or array is cut to its shortest prefix that still fails with the same
//! message, which shows the culprit child; then the search goes one level down. Binary search
//! keeps it to a few dozen re-reads even for large files.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// One step of a path.
enum Step {
    Key(String),
    Index(usize),
}

fn child_mut<'a>(v: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match (v, step) {
        (Value::Object(m), Step::Key(k)) => m.get_mut(k),
        (Value::Array(a), Step::Index(i)) => a.get_mut(*i),
        _ => None,
    }
}

fn node_mut<'a>(mut v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    for step in path {
        v = child_mut(v, step)?;
    }
    Some(v)
}

/// `v` cut to its first `n` children.
fn truncated(v: &Value, n: usize) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .take(n)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().take(n).cloned().collect()),
        other => other.clone(),
    }
}

fn len(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    }
}

/// The dotted path (`session.participants[3].name`) at which reading `doc` as `T` fails with
/// `error` (the message of that failure), and, for a "missing field" error, that field's name.
pub(crate) fn locate<T: DeserializeOwned>(doc: &Value, error: &str) -> (String, Option<String>) {
    let reproduces = |candidate: &Value| {
        serde_json::from_value::<T>(candidate.clone())
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
        let node_copy = node.clone();
        // A missing field: is this very object the one that lacks it? Adding the field changes
        // the error if so.
        if let (Some(field), Value::Object(m)) = (&missing, &node_copy) {
            if !m.contains_key(field) {
                let mut with = node_copy.clone();
                with.as_object_mut()
                    .expect("an object")
                    .insert(field.clone(), Value::Null);
                let mut candidate = work.clone();
                *node_mut(&mut candidate, &path).expect("the node exists") = with;
                if !reproduces(&candidate) {
                    break;
                }
            }
        }
        let n = len(&node_copy);
        if n == 0 {
            break;
        }
        // The shortest prefix that still reproduces the error: the culprit is its last child.
        let try_prefix = |k: usize| {
            let mut candidate = work.clone();
            *node_mut(&mut candidate, &path).expect("the node exists") = truncated(&node_copy, k);
            reproduces(&candidate)
        };
        if !try_prefix(n) {
            break;
        }
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if try_prefix(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if lo == 0 {
            break;
        }
        let step = match &node_copy {
            Value::Object(m) => Step::Key(m.keys().nth(lo - 1).expect("a key").clone()),
            _ => Step::Index(lo - 1),
        };
        *node_mut(&mut work, &path).expect("the node exists") = truncated(&node_copy, lo);
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

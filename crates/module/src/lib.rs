//! `pkg/`: an ES module over the pure crates, for any web page or Node script: aggregate rankings,
//! read and write PrefLib files, read Delavnica session files, with no UI.
//!
//! Every export validates its input and throws a JavaScript `Error` whose message says exactly
//! what is wrong (and where, as a path such as `ballots[2].count`).

pub mod ranking_api;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use workshop::SessionFile;

/// Reads a JavaScript value through its JSON text: `JSON.stringify` escapes a lone surrogate,
/// which the JSON reader then refuses (rather than altering the name), and one string crossing
/// the boundary costs far less than a call per value.
fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    // An oversized list is refused before it is copied into the module's memory.
    for (field, limit) in [
        ("candidates", ranking::profile::MAX_CANDIDATES),
        ("ballots", ranking::profile::MAX_BALLOTS),
    ] {
        let list = js_sys::Reflect::get(&value, &field.into()).unwrap_or(JsValue::UNDEFINED);
        if let Some(list) = list.dyn_ref::<js_sys::Array>() {
            if list.length() as usize > limit {
                return Err(JsError::new(&format!(
                    "invalid {what}: {field} has {} items, more than the limit of {limit}",
                    list.length()
                )));
            }
        }
    }
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| JsError::new(&format!("invalid {what}: expected an object")))?;
    read_json(&text, what).map_err(|e| JsError::new(&e))
}

/// [`from_js`]'s reading, testable natively: the value, or a message naming the path.
pub fn read_json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, String> {
    // The quick reader first; only a refused text is read again to name the path.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        // JSON.stringify writes a lone surrogate as an escape the reader refuses, with one of
        // these messages (no other escape it writes is refused).
        let escape = ["surrogate", "hex escape", "code point"];
        let inner = if escape.iter().any(|m| inner.to_string().contains(m)) {
            "a text is not valid Unicode (it has a lone surrogate)".to_string()
        } else {
            // The reader's messages end with a place in a text the caller never saw.
            let text = inner.to_string();
            text.rsplit_once(" at line ")
                .map_or(text.clone(), |(m, _)| m.to_string())
        };
        if path == "." {
            format!("invalid {what}: {inner}")
        } else {
            format!("invalid {what} at {path}: {inner}")
        }
    })
}

/// Writes a result through its JSON text: `JSON.parse` makes every key an own property, so a
/// candidate named `__proto__` or `constructor` stays a name like any other.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or_else(|| JsError::new("internal error: could not build the result"))
}

/// Aggregates ballots with one method and measures agreement. See README.md for the shapes of
/// `input` and of the result.
#[wasm_bindgen]
pub fn aggregate(input: JsValue) -> Result<JsValue, JsError> {
    let input = from_js(input, "input")?;
    ranking_api::aggregate_with(input, |out| to_js(out)).map_err(|e| JsError::new(&e))?
}

/// Runs every method once on the same ballots (conversion and agreement computed once):
/// `{ results: { method: result }, condorcet_winner, condorcet_loser, pairwise, agreement }`.
#[wasm_bindgen(js_name = aggregateAll)]
pub fn aggregate_all(input: JsValue) -> Result<JsValue, JsError> {
    let input = from_js(input, "input")?;
    ranking_api::aggregate_all_with(input, |out| to_js(out)).map_err(|e| JsError::new(&e))?
}

/// A profile converted and checked once, for many calls: `new Profile({ candidates, ballots })`
/// (names, as `aggregate` reads them) or `Profile.fromTiers(candidates, tiers, counts)` (numbers).
/// Its methods answer by candidate index, except `aggregate`, which answers as `aggregate()`.
/// See README.md ("The Profile class").
#[wasm_bindgen(js_name = Profile)]
pub struct JsProfile(ranking_api::Handle);

/// Reads `{ schulze }` from a call's optional options, without a JSON round trip.
fn options(value: &JsValue) -> Result<Option<ranking_api::Options>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let schulze = js_sys::Reflect::get(value, &"schulze".into())
        .map_err(|_| JsError::new("invalid options: expected an object"))?;
    if schulze.is_undefined() {
        return Ok(Some(ranking_api::Options::default()));
    }
    match schulze.as_string() {
        Some(s) => Ok(Some(ranking_api::Options { schulze: Some(s) })),
        None => Err(JsError::new(
            "invalid options at schulze: expected a string",
        )),
    }
}

thread_local! {
    /// Property names and method names as JavaScript strings, each made once: making a string
    /// decodes UTF-8 in JavaScript, which costs more than the rest of a small result.
    static NAMES: std::cell::RefCell<std::collections::HashMap<&'static str, JsValue>> =
        Default::default();
}

/// `name` as a JavaScript string, made once.
fn name(name: &'static str) -> JsValue {
    NAMES.with(|names| {
        names
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| JsValue::from_str(name))
            .clone()
    })
}

/// Sets one property of a result object (a handful of calls, where a JSON text would cost a
/// parse of every number).
fn set(object: &js_sys::Object, key: &'static str, value: impl Into<JsValue>) {
    // Setting a property on a plain object made here cannot throw.
    let _ = js_sys::Reflect::set(object, &name(key), &value.into());
}

/// One method's result by index as a JavaScript object with typed arrays.
fn flat_to_js(flat: ranking_api::Flat) -> js_sys::Object {
    let out = js_sys::Object::new();
    set(&out, "method", name(flat.method.name()));
    if let ranking::Method::Schulze(variant) = flat.method {
        set(&out, "schulze", name(variant.name()));
    }
    set(&out, "order", js_sys::Int32Array::from(&flat.order[..]));
    set(&out, "tier", js_sys::Int32Array::from(&flat.tier[..]));
    set(&out, "scores", js_sys::Float64Array::from(&flat.scores[..]));
    set(&out, "exact", flat.exact);
    if let Some(k) = flat.kemeny {
        let kemeny = js_sys::Object::new();
        set(&kemeny, "distance", k.distance);
        set(&kemeny, "optimal_count", k.optimal_count.map(|c| c as f64));
        set(&out, "kemeny", kemeny);
    }
    if let Some((locked, skipped)) = flat.pairs {
        let pairs = js_sys::Object::new();
        set(&pairs, "locked", js_sys::Int32Array::from(&locked[..]));
        set(&pairs, "skipped", js_sys::Int32Array::from(&skipped[..]));
        set(&out, "ranked_pairs", pairs);
    }
    out
}

/// A plain array's values as numbers (`None` where a value is not one).
fn array(value: &JsValue, what: &str, typed: &str) -> Result<Vec<Option<f64>>, JsError> {
    value
        .dyn_ref::<js_sys::Array>()
        .map(|list| list.iter().map(|v| v.as_f64()).collect())
        .ok_or_else(|| JsError::new(&format!("{what} must be an {typed} or an array of numbers")))
}

#[wasm_bindgen(js_class = Profile)]
impl JsProfile {
    /// From `{ candidates, ballots }` with names, checked as `aggregate` checks its input.
    #[wasm_bindgen(constructor)]
    pub fn new(input: JsValue) -> Result<JsProfile, JsError> {
        let input = from_js(input, "profile")?;
        ranking_api::Handle::new(input)
            .map(JsProfile)
            .map_err(|e| JsError::new(&e))
    }

    /// From numbers: `tiers` (an `Int32Array` or array) holds, ballot after ballot, each
    /// candidate's tier (0 first, equal numbers tie, −1 unranked); `counts` each ballot's count
    /// (omitted: one voter each).
    #[wasm_bindgen(js_name = fromTiers)]
    pub fn from_tiers(
        candidates: Vec<String>,
        tiers: JsValue,
        counts: JsValue,
    ) -> Result<JsProfile, JsError> {
        let error = |e: String| JsError::new(&e);
        // Typed arrays are copied as they are; a plain array is read value by value, so that a
        // text or a fraction is refused by name rather than turned into a number.
        let tiers = match tiers.dyn_ref::<js_sys::Int32Array>() {
            Some(typed) => typed.to_vec(),
            None => ranking_api::whole_numbers("tiers", &array(&tiers, "tiers", "Int32Array")?)
                .map_err(error)?,
        };
        let counts = if counts.is_undefined() || counts.is_null() {
            Vec::new()
        } else {
            match counts.dyn_ref::<js_sys::Float64Array>() {
                Some(typed) => typed.to_vec(),
                None => {
                    ranking_api::plain_numbers("counts", &array(&counts, "counts", "Float64Array")?)
                        .map_err(error)?
                }
            }
        };
        ranking_api::Handle::from_tiers(candidates, &tiers, &counts)
            .map(JsProfile)
            .map_err(error)
    }

    /// The candidates' names; index `i` in a result is `candidates[i]`.
    #[wasm_bindgen(getter)]
    pub fn candidates(&self) -> Vec<String> {
        self.0.candidates().to_vec()
    }

    /// The number of voters.
    #[wasm_bindgen(getter)]
    pub fn voters(&self) -> f64 {
        self.0.voters() as f64
    }

    /// The pairwise matrix as a `Float64Array`, row by row: `[a * n + b]` is how many voters
    /// rank `a` above `b`.
    pub fn pairwise(&self) -> Vec<f64> {
        self.0.pairwise()
    }

    /// One method's result by index, in typed arrays: `{ method, order, tier, scores, exact,
    /// kemeny?, ranked_pairs? }` (see README.md).
    pub fn run(&self, method: &str, options: JsValue) -> Result<JsValue, JsError> {
        let options = self::options(&options)?;
        let flat = self
            .0
            .run(method, options.as_ref())
            .map_err(|e| JsError::new(&e))?;
        Ok(flat_to_js(flat).into())
    }

    /// Every method, the Condorcet winner and loser and the agreement, by index:
    /// `{ results: { method: result }, condorcet_winner, condorcet_loser, agreement }`.
    #[wasm_bindgen(js_name = runAll)]
    pub fn run_all(&self, options: JsValue) -> Result<JsValue, JsError> {
        let options = self::options(&options)?;
        let results = js_sys::Object::new();
        for flat in self
            .0
            .run_all(options.as_ref())
            .map_err(|e| JsError::new(&e))?
        {
            let method = flat.method.name();
            set(&results, method, flat_to_js(flat));
        }
        let out = js_sys::Object::new();
        set(&out, "results", results);
        let (winner, loser) = self.0.condorcet();
        set(&out, "condorcet_winner", winner.map(|c| c as u32));
        set(&out, "condorcet_loser", loser.map(|c| c as u32));
        set(&out, "agreement", self.agreement());
        Ok(out.into())
    }

    /// The agreement figures: `{ kendall_w, kendall_w_corrected, chi2, df, p_value,
    /// mean_distance, spread }`, `spread` a `Float64Array` of min, q1, median, q3, max for each
    /// candidate in turn.
    pub fn agreement(&self) -> js_sys::Object {
        let a = self.0.agreement();
        let out = js_sys::Object::new();
        set(&out, "kendall_w", a.kendall_w);
        set(&out, "kendall_w_corrected", a.kendall_w_corrected);
        set(&out, "chi2", a.chi2);
        set(&out, "df", a.df as u32);
        set(&out, "p_value", a.p_value);
        set(&out, "mean_distance", a.mean_distance);
        set(
            &out,
            "spread",
            js_sys::Float64Array::from(&ranking_api::flat_spread(&a)[..]),
        );
        out
    }

    /// What `aggregate({ candidates, ballots, method, options })` answers, by name.
    pub fn aggregate(&self, method: &str, options: JsValue) -> Result<JsValue, JsError> {
        let options = self::options(&options)?;
        self.0
            .aggregate(method, options.as_ref(), |out| to_js(out))
            .map_err(|e| JsError::new(&e))?
    }
}

/// For benchmarks: times the engine alone inside WebAssembly (no conversion), each method, the
/// agreement figures and everything together, in milliseconds per run (median of `runs`),
/// with the host's `performance.now()`.
#[wasm_bindgen]
pub fn benchmark(input: JsValue, runs: usize) -> Result<JsValue, JsError> {
    let input = from_js(input, "input")?;
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .map_err(|_| JsError::new("this host has no performance clock"))?;
    let now_fn: js_sys::Function = js_sys::Reflect::get(&performance, &"now".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| JsError::new("this host has no performance.now()"))?;
    let now = || {
        now_fn
            .call0(&performance)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let times = ranking_api::benchmark(input, runs, now).map_err(|e| JsError::new(&e))?;
    let map: std::collections::BTreeMap<String, f64> = times.into_iter().collect();
    to_js(&map)
}

/// Reads a PrefLib file (.soc, .soi, .toc, .toi) into `{ candidates, ballots }`.
#[wasm_bindgen(js_name = parsePreflib)]
pub fn parse_preflib(text: &str) -> Result<JsValue, JsError> {
    to_js(&ranking_api::parse_preflib(text).map_err(|e| JsError::new(&e))?)
}

/// Writes `{ candidates, ballots }` as a PrefLib file of the narrowest data type that holds it.
#[wasm_bindgen(js_name = writePreflib)]
pub fn write_preflib(profile: JsValue, title: Option<String>) -> Result<String, JsError> {
    let profile = from_js(profile, "profile")?;
    ranking_api::write_preflib(profile, title.as_deref().unwrap_or(""))
        .map_err(|e| JsError::new(&e))
}

/// Kendall distance between two consensus orders given as tiers of names (`[["A"], ["B", "C"]]`),
/// over the names in both: `{ distance, normalized, pairs }`.
#[wasm_bindgen(js_name = orderDistance)]
pub fn order_distance(a: JsValue, b: JsValue) -> Result<JsValue, JsError> {
    let a = from_js(a, "first order")?;
    let b = from_js(b, "second order")?;
    to_js(&ranking_api::distance(a, b).map_err(|e| JsError::new(&e))?)
}

/// The session file format version this module writes and the newest it reads.
#[wasm_bindgen(js_name = formatVersion)]
pub fn format_version() -> u32 {
    workshop::VERSION as u32
}

/// Reads a session file's text, validates it, migrates an older version and returns the file as
/// a plain object (`{ format, version, app, exported_at, device, session }`).
#[wasm_bindgen(js_name = readSessionFile)]
pub fn read_session_file(text: &str) -> Result<JsValue, JsError> {
    let file = read(text).map_err(|e| JsError::new(&e))?;
    js_sys::JSON::parse(&file)
        .map_err(|_| JsError::new("internal error: could not build the result"))
}

/// The validation behind [`read_session_file`], testable natively: the file again as compact JSON
/// in the current version, or the error's message.
pub fn read(text: &str) -> Result<String, String> {
    SessionFile::parse(text)
        .map(|f| f.to_compact_json())
        .map_err(|e| format!("invalid session file: {e}"))
}

/// Merges two session files of the same session (see README's "Merging"): `{ text, report }`,
/// `text` being the merged file in the current version. Throws for an invalid file or for copies
/// of two different sessions.
#[wasm_bindgen(js_name = mergeSessionFiles)]
pub fn merge_session_files(a: &str, b: &str) -> Result<JsValue, JsError> {
    let (text, report) = merge(a, b).map_err(|e| JsError::new(&e))?;
    to_js(&serde_json::json!({ "text": text, "report": report }))
}

/// The merge behind [`merge_session_files`], testable natively. The merged file is written as
/// of the later of the two files (time and device), so that merging in either order gives the
/// same text.
pub fn merge(a: &str, b: &str) -> Result<(String, serde_json::Value), String> {
    let a = SessionFile::parse(a).map_err(|e| format!("invalid first session file: {e}"))?;
    let b = SessionFile::parse(b).map_err(|e| format!("invalid second session file: {e}"))?;
    let later = if (a.exported_at, &a.device) >= (b.exported_at, &b.device) {
        &a
    } else {
        &b
    };
    let (session, report) = workshop::merge::merge(&a.session, &b.session, later.exported_at)
        .map_err(|e| format!("cannot merge: {e}"))?;
    let mut out = SessionFile::new(session, &later.device, later.exported_at);
    out.device_name = later.device_name.clone();
    out.check()
        .map_err(|e| format!("internal error: the merged file is invalid: {e}"))?;
    let report = serde_json::to_value(&report).map_err(|e| format!("internal error: {e}"))?;
    Ok((out.to_json(), report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_reports_what_is_wrong() {
        assert_eq!(
            read("{}").unwrap_err(),
            "invalid session file: the file is JSON but not a Delavnica session file"
        );
        let v0 = r#"{"format":"delavnica-session","version":0,"session":{"id":"a","title":"T","created":1,"device":"d"}}"#;
        let out = read(v0).unwrap();
        assert!(out.contains(r#""version":6"#), "{out}");
    }

    fn file(id: &str, device: &str, card: &str, now: i64) -> String {
        let st = workshop::Stamp {
            now,
            device: device.into(),
        };
        let mut s = workshop::Session::new(
            id,
            "Velenje",
            "",
            "",
            workshop::session::ContentLang::Sl,
            &st,
        )
        .unwrap();
        let add =
            workshop::Action::Assessment(workshop::assessment::AssessmentAction::AddProblem {
                id: format!("{device}-1"),
                text: card.into(),
            });
        s.apply(&add, &st).unwrap();
        SessionFile::new(s, device, now).to_json()
    }

    #[test]
    fn merge_joins_two_copies_and_refuses_strangers() {
        let a = file("s1", "tab1", "prvi", 1_000);
        let mut b: serde_json::Value =
            serde_json::from_str(&file("s1", "tab2", "drugi", 2_000)).unwrap();
        b["session"]["created"] = 1_000.into();
        let b = b.to_string();
        let (text, report) = merge(&a, &b).unwrap();
        let back = SessionFile::parse(&text).unwrap();
        assert_eq!(back.session.live_problems().count(), 2);
        assert_eq!(report["counts"]["problem"]["added"], 1);
        assert_eq!(merge(&b, &a).unwrap().0, text, "either order, one file");
        assert_eq!(
            merge(&a, &file("s2", "tab2", "x", 5)).unwrap_err(),
            "cannot merge: the two files are copies of different sessions"
        );
        assert!(merge(&a, "{")
            .unwrap_err()
            .starts_with("invalid second session file:"));
    }

    #[test]
    fn javascript_values_are_read_through_json_with_paths() {
        let e = read_json::<ranking_api::ProfileIo>(
            r#"{"candidates":["A","\ud800"],"ballots":[]}"#,
            "profile",
        )
        .unwrap_err();
        assert_eq!(
            e,
            "invalid profile at candidates[1]: a text is not valid Unicode (it has a lone surrogate)"
        );
        let e = read_json::<ranking_api::ProfileIo>(
            r#"{"candidates":["A"],"ballots":[{"count":"2","ranking":[]}]}"#,
            "profile",
        )
        .unwrap_err();
        assert!(
            e.starts_with("invalid profile at ballots[0].count: invalid type: string"),
            "{e}"
        );
        assert!(!e.contains("line 1"), "{e}");
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(read_json::<ranking_api::ProfileIo>(&deep, "profile").is_err());
    }
}

//! `pkg/`: an ES module over the pure crates, for any web page or Node script that wants to read
//! Delavnica session files (and, once the ranking issue lands, aggregate rankings) without the UI.
//!
//! Every export validates its input and throws a JavaScript `Error` whose message says exactly
//! what is wrong.

use wasm_bindgen::prelude::*;
use workshop::SessionFile;

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
        assert!(out.contains(r#""version":1"#), "{out}");
    }
}

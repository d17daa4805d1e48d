//! The file adapter in a real browser: names, reading picked files, the oversize guard.
#![cfg(target_arch = "wasm32")]

use delavnica::browser::files::{self, ReadError};
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use workshop::limits::MAX_FILE_BYTES;
use workshop::FileError;

wasm_bindgen_test_configure!(run_in_browser);

fn file(name: &str, text: &str) -> web_sys::File {
    web_sys::File::new_with_str_sequence(&Array::of1(&JsValue::from_str(text)), name).unwrap()
}

#[wasm_bindgen_test]
fn file_names_are_safe_everywhere() {
    assert_eq!(
        files::file_name("Velenje 2019"),
        "Velenje 2019.delavnica.json"
    );
    assert_eq!(files::file_name("a/b: c?"), "a-b- c-.delavnica.json");
    assert_eq!(files::file_name("  ...  "), "delavnica.delavnica.json");
    assert_eq!(
        files::file_name("Šoštanj – č"),
        "Šoštanj – č.delavnica.json"
    );
    assert_eq!(
        files::file_name(&"x".repeat(300)).len(),
        80 + ".delavnica.json".len()
    );
}

#[wasm_bindgen_test]
async fn a_picked_file_is_read_as_text() {
    let text = "{\"format\":\"delavnica-session\"} čšž";
    assert_eq!(
        files::read_text(&file("s.delavnica.json", text)).await,
        Ok(text.to_string())
    );
}

#[wasm_bindgen_test]
async fn an_oversized_file_is_refused_before_reading() {
    let big = " ".repeat(MAX_FILE_BYTES + 10);
    assert_eq!(
        files::read_text(&file("big.json", &big)).await,
        Err(ReadError::Invalid(FileError::TooLarge {
            bytes: MAX_FILE_BYTES + 10,
            limit: MAX_FILE_BYTES
        }))
    );
}

#[wasm_bindgen_test]
fn mailto_links_are_encoded() {
    let link = files::mailto("Seja: Velenje & co", "Vrstica 1\nč");
    assert_eq!(
        link,
        "mailto:?subject=Seja%3A%20Velenje%20%26%20co&body=Vrstica%201%0A%C4%8D"
    );
}

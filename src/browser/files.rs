//! Session files in and out of the browser: download, the system share sheet, reading a picked
//! or dropped file.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use workshop::limits::MAX_FILE_BYTES;
use workshop::FileError;

/// The MIME type of session files.
const MIME: &str = "application/json";

/// Why a picked file could not be turned into text.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Too large to be a session file; refused before reading it into memory.
    Invalid(FileError),
    /// The browser could not read it.
    Unreadable,
}

/// A title as a file name's stem, with characters that file systems or mail programs refuse
/// replaced.
pub fn file_stem(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let cleaned: String = cleaned.trim().trim_matches('.').chars().take(80).collect();
    if cleaned.trim().is_empty() {
        "delavnica".to_string()
    } else {
        cleaned.trim().to_string()
    }
}

/// `<title>.delavnica.json`: the session file's name.
pub fn file_name(title: &str) -> String {
    format!("{}.delavnica.json", file_stem(title))
}

fn make_file(name: &str, text: &str) -> Result<web_sys::File, JsValue> {
    make_typed_file(name, text, MIME)
}

fn make_typed_file(name: &str, text: &str, mime: &str) -> Result<web_sys::File, JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)
}

/// Saves a session file's `text` as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    download_as(name, text, MIME)
}

/// Saves `text` of type `mime` (a figure, say) as a download named `name`.
pub fn download_as(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let file = make_typed_file(name, text, mime)?;
    let url = web_sys::Url::create_object_url_with_blob(&file)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "")?;
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoking at once can cancel the download in some browsers; a later revoke is harmless.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

fn share_data(name: &str, text: &str, title: &str) -> Result<Object, JsValue> {
    let data = Object::new();
    let file: JsValue = make_file(name, text)?.into();
    Reflect::set(&data, &"files".into(), &Array::of1(&file))?;
    Reflect::set(&data, &"title".into(), &title.into())?;
    Ok(data)
}

/// Whether this browser can hand a file to the system share sheet (tablets and phones; most
/// desktop browsers cannot).
pub fn can_share_files() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(can) = Reflect::get(&navigator, &"canShare".into()) else {
        return false;
    };
    let Some(can) = can.dyn_ref::<Function>() else {
        return false;
    };
    let Ok(data) = share_data("x.delavnica.json", "{}", "x") else {
        return false;
    };
    can.call1(&navigator, &data)
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

/// Outcome of sharing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareOutcome {
    /// Handed to the share sheet.
    Shared,
    /// The user closed the share sheet.
    Cancelled,
    /// Sharing failed; the caller falls back to a download.
    Failed,
}

/// Hands the file to the system share sheet, from where it can go by e-mail.
pub async fn share(name: &str, text: &str, title: &str) -> ShareOutcome {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return ShareOutcome::Failed;
    };
    let Ok(data) = share_data(name, text, title) else {
        return ShareOutcome::Failed;
    };
    let Some(share) = Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return ShareOutcome::Failed;
    };
    let Ok(promise) = share.call1(&navigator, &data) else {
        return ShareOutcome::Failed;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => ShareOutcome::Shared,
        Err(e)
            if e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "AbortError") =>
        {
            ShareOutcome::Cancelled
        }
        Err(_) => ShareOutcome::Failed,
    }
}

/// A `mailto:` link with subject and body filled in (attachments cannot be added by a link).
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        js_sys::encode_uri_component(subject),
        js_sys::encode_uri_component(body)
    )
}

/// Reads a picked or dropped file as text, refusing an oversized one before reading it.
pub async fn read_text(file: &web_sys::File) -> Result<String, ReadError> {
    let bytes = file.size() as usize;
    if bytes > MAX_FILE_BYTES {
        return Err(ReadError::Invalid(FileError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        }));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}

/// The report's document (the element `selector` names) as one self-contained HTML file: the
/// styles inside, figures as inline SVG, no scripts and no controls, so it opens in any browser,
/// in Word or in LibreOffice without a network.
pub fn standalone_html(selector: &str, title: &str, lang: &str, css: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let copy: web_sys::Element = document
        .query_selector(selector)
        .ok()??
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()?;
    let controls = copy.query_selector_all("button, .no-print, script").ok()?;
    for i in 0..controls.length() {
        if let Some(node) = controls.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    Some(format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{css}</style></head><body>{}</body></html>\n",
        escape(lang),
        escape(title),
        copy.outer_html()
    ))
}

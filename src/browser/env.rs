//! Time, ids and the device's identity: what the pure domain takes as parameters.

use workshop::Stamp;

use super::storage;

/// Milliseconds since the Unix epoch.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// A random id of 20 lowercase hex digits (80 bits) from the browser's cryptographic generator,
/// so ids made on different tablets never collide in practice.
pub fn new_id() -> String {
    let mut bytes = [0u8; 10];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// This device's id: made once and kept in local storage. When storage is unavailable the page
/// gets a fresh id for its lifetime, which is still unique.
pub fn device_id() -> String {
    thread_local! {
        static DEVICE: String = storage::device_id().unwrap_or_else(|_| new_id());
    }
    DEVICE.with(Clone::clone)
}

/// The session file to send: written now by this device, with the device's readable name.
pub fn session_file(session: &workshop::Session) -> workshop::SessionFile {
    let mut file = workshop::SessionFile::new(session.clone(), &device_id(), now());
    file.device_name = storage::device_name();
    file
}

/// Who is changing the session, and when.
pub fn stamp() -> Stamp {
    Stamp {
        now: now(),
        device: device_id(),
    }
}

/// A date and time in the interface language, for "last changed" lines.
pub fn format_time(ms: i64, lang_tag: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_string(lang_tag, &options).into()
}

/// A `YYYY-MM-DD` date in the interface language.
pub fn format_date(iso: &str, lang_tag: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&format!("{iso}T12:00:00")));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string(lang_tag, &options).into()
}

//! The merge preview: what each incoming file of a session brings, its conflicts side by side,
//! and what the merge sorted out, before anything is saved. Merge is the preselected choice;
//! Replace and Keep both stay for a single file; Cancel leaves storage as it was.

mod conflict;

use std::collections::HashMap;

use web_sys::HtmlElement;
use workshop::merge::{merge, Conflict, MergeReport};
use workshop::{Session, SessionFile};
use yew::prelude::*;

use crate::browser::{env, storage};
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::widgets::{on_click, Modal};
use conflict::ConflictRow;

/// Files of one session waiting to be merged into a copy of it.
#[derive(Clone, PartialEq)]
pub struct PendingMerge {
    /// The incoming files, in the order they were picked.
    pub files: Vec<SessionFile>,
    /// The copy they merge into: the saved session, or the first file's when the session is new
    /// on this device.
    pub local: Session,
    /// True when `local` is saved on this device (then Replace and Keep both are offered too).
    pub saved: bool,
    /// The saved copy's revision, so that a change made meanwhile in another tab is not
    /// overwritten.
    pub revision: u64,
}

/// One file's part of the preview.
#[derive(Clone, PartialEq)]
pub struct FilePreview {
    /// Who wrote the file, for a person.
    pub from: String,
    /// When it was written.
    pub at: i64,
    /// What it brings.
    pub report: MergeReport,
}

/// The merged session and each file's part, merging the files one after another (the result
/// does not depend on that order).
pub fn preview(p: &PendingMerge, now: i64) -> (Session, Vec<FilePreview>) {
    let mut merged = p.local.clone();
    let mut parts = Vec::new();
    for f in &p.files {
        let Ok((next, report)) = merge(&merged, &f.session, now) else {
            continue;
        };
        merged = next;
        parts.push(FilePreview {
            from: f.device.clone(),
            at: f.exported_at,
            report,
        });
    }
    (merged, parts)
}

/// Readable names of the devices involved: this one, and each file's writer.
fn device_names(lang: Lang, files: &[SessionFile]) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = files
        .iter()
        .filter(|f| !f.device_name.is_empty())
        .map(|f| (f.device.clone(), f.device_name.clone()))
        .collect();
    let own = storage::device_name();
    let own = if own.is_empty() {
        lang.t(T::ThisDevice).to_string()
    } else {
        own
    };
    names.insert(env::device_id(), own);
    names
}

/// Props of [`MergePreview`].
#[derive(Properties, PartialEq)]
pub struct MergePreviewProps {
    /// What waits to be merged.
    pub pending: PendingMerge,
    /// Merge, with "use the other" chosen for the conflicts marked true (in preview order).
    pub on_merge: Callback<Vec<bool>>,
    /// Replace the saved session with the (single) file's.
    pub on_replace: Callback<()>,
    /// Keep both: the file's session comes in under a new id.
    pub on_keep_both: Callback<()>,
    /// Leave everything as it was.
    pub on_cancel: Callback<()>,
}

/// The preview dialog.
#[component(MergePreview)]
pub fn merge_preview(props: &MergePreviewProps) -> Html {
    let lang = use_lang();
    let parts = use_memo(props.pending.clone(), |p| preview(p, env::now()).1);
    let names = use_memo(props.pending.files.clone(), |f| device_names(lang, f));
    let conflicts: Vec<&Conflict> = parts.iter().flat_map(|p| &p.report.conflicts).collect();
    let choices = use_state(|| vec![false; conflicts.len()]);
    let merge_ref = use_node_ref();
    {
        let merge_ref = merge_ref.clone();
        use_effect_with((), move |_| {
            if let Some(el) = merge_ref.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let name = |device: &str| {
        names
            .get(device)
            .cloned()
            .unwrap_or_else(|| i18n::unnamed_device(lang, device))
    };
    let time = |ms: i64| env::format_time(ms, lang.tag());
    let emit = on_click;
    let on_merge = {
        let (cb, choices) = (props.on_merge.clone(), choices.clone());
        Callback::from(move |_: MouseEvent| cb.emit((*choices).clone()))
    };
    let mut index = 0;
    let files = parts.iter().map(|part| {
        let counts = part.report.counts.iter().map(|(kind, c)| {
            html! { <li>{ i18n::merge_counts(lang, *kind, c.added, c.changed, c.removed) }</li> }
        });
        let rows = part.report.conflicts.iter().map(|c| {
            let i = index;
            index += 1;
            let on_choose = {
                let choices = choices.clone();
                Callback::from(move |other: bool| {
                    let mut next = (*choices).clone();
                    if let Some(slot) = next.get_mut(i) {
                        *slot = other;
                    }
                    choices.set(next);
                })
            };
            html! {
                <ConflictRow index={i} conflict={c.clone()} use_other={choices.get(i).copied().unwrap_or(false)}
                    kept_by={i18n::version_by(lang, &name(&c.kept_version.1), &time(c.kept_version.0))}
                    other_by={i18n::version_by(lang, &name(&c.other_version.1), &time(c.other_version.0))}
                    {on_choose} />
            }
        }).collect::<Html>();
        let future = part.report.future.first().map(|f| {
            html! { <p class="notice error">{ i18n::merge_future(lang, part.report.future.len(), &name(&f.device)) }</p> }
        });
        html! {
            <section class="merge-file" data-testid="merge-file">
                <h3>{ i18n::merge_from(lang, &name(&part.from), &time(part.at)) }</h3>
                if part.report.counts.is_empty() {
                    <p>{ lang.t(T::NothingNew) }</p>
                } else {
                    <ul class="merge-counts">{ for counts }</ul>
                }
                if !part.report.conflicts.is_empty() {
                    <p><strong>{ i18n::merge_conflicts(lang, part.report.conflicts.len()) }</strong></p>
                    { rows }
                }
                if !part.report.repairs.is_empty() {
                    <h4>{ lang.t(T::RepairsHeading) }</h4>
                    <ul>{ for part.report.repairs.iter().map(|r| html! { <li>{ i18n::repair_text(lang, r) }</li> }) }</ul>
                }
                { future }
            </section>
        }
    }).collect::<Html>();
    let p = &props.pending;
    let single = p.saved && p.files.len() == 1;
    html! {
        <Modal labelled_by="merge-title" class="merge-dialog" on_cancel={props.on_cancel.clone()}>
                <h2 id="merge-title">{ i18n::merge_title(lang, &p.local.info.title) }</h2>
                <p>{ lang.t(T::Intro) }</p>
                { files }
                <div class="dialog-actions">
                    <button type="button" class="button secondary" onclick={emit(&props.on_cancel)}>{ lang.t(T::Cancel) }</button>
                    if single {
                        <button type="button" class="button secondary" onclick={emit(&props.on_keep_both)}>{ lang.t(T::ImportKeepBoth) }</button>
                        <button type="button" class="button secondary danger-text" onclick={emit(&props.on_replace)}>{ lang.t(T::ImportReplace) }</button>
                    }
                    <button type="button" class="button" ref={merge_ref} data-testid="merge-confirm" onclick={on_merge}>{ lang.t(T::MergeFiles) }</button>
                </div>
        </Modal>
    }
}

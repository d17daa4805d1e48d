//! The steps as lazily loaded parts (src/ui/lazy.rs): each step's screens are fetched the first
//! time the step is opened, so the session page itself stays small.

use yew::prelude::*;

use crate::browser::events::Timeout;
use crate::route::Step;
use crate::ui::assessment::AssessmentStep;
use crate::ui::innovations::InnovationsStep;
use crate::ui::lazy::{split, Lazy, Load, Loading};
use crate::ui::participants::ParticipantsStep;
use crate::ui::ranking::ballot::{BallotScreen, BallotScreenState};
use crate::ui::ranking::RankingStep;
use crate::ui::report::ReportStep;
use crate::ui::solutions::SolutionsStep;

split!(participants => fn participants_view() -> Html { html! { <ParticipantsStep /> } });
split!(assessment => fn assessment_view() -> Html { html! { <AssessmentStep /> } });
split!(innovations => fn innovations_view() -> Html { html! { <InnovationsStep /> } });
split!(ranking => fn ranking_view(on_vote: Callback<String>) -> Html { html! { <RankingStep {on_vote} /> } });
split!(solutions => fn solutions_view() -> Html { html! { <SolutionsStep /> } });
split!(report => fn report_view() -> Html { html! { <ReportStep /> } });

split!(participants => fn warm_participants() -> () {});
split!(assessment => fn warm_assessment() -> () {});
split!(innovations => fn warm_innovations() -> () {});
split!(ranking => fn warm_ranking() -> () {});
split!(solutions => fn warm_solutions() -> () {});
split!(report => fn warm_report() -> () {});

/// Fetches and readies one step's part (nothing for the overview, which is the session page).
pub async fn warm(step: Step) {
    let _ = match step {
        Step::Overview => Ok(()),
        Step::Participants => warm_participants().await,
        Step::Assessment => warm_assessment().await,
        Step::Innovations => warm_innovations().await,
        Step::Ranking => warm_ranking().await,
        Step::Solutions => warm_solutions().await,
        Step::Report => warm_report().await,
    };
}

/// A moment after the session page shows, the steps' parts are fetched and readied in the
/// background, one after another, so that moving between steps during a workshop never waits
/// (the service worker has them on the device already; this compiles them). Dropping the timer
/// (leaving the session first) cancels it.
pub fn warm_later() -> Timeout {
    Timeout::new(1500, || {
        wasm_bindgen_futures::spawn_local(async {
            // A part that fails here is fetched again when its step is opened.
            for step in Step::ALL {
                warm(step).await;
            }
        })
    })
}

fn load_participants(_: ()) -> Loading {
    Box::pin(participants_view())
}
fn load_assessment(_: ()) -> Loading {
    Box::pin(assessment_view())
}
fn load_innovations(_: ()) -> Loading {
    Box::pin(innovations_view())
}
fn load_ranking(on_vote: Callback<String>) -> Loading {
    Box::pin(ranking_view(on_vote))
}
fn load_solutions(_: ()) -> Loading {
    Box::pin(solutions_view())
}
fn load_report(_: ()) -> Loading {
    Box::pin(report_view())
}

/// A step other than the overview, from its part. `on_vote` is the ranking step's.
pub fn step_view(step: Step, on_vote: Callback<String>) -> Html {
    let plain = |part: &'static str, load: Load<()>| {
        html! { <Lazy<()> key={part} {part} {load} args={()} /> }
    };
    match step {
        Step::Overview => Html::default(),
        Step::Participants => plain("participants", load_participants),
        Step::Assessment => plain("assessment", load_assessment),
        Step::Innovations => plain("innovations", load_innovations),
        Step::Ranking => html! {
            <Lazy<Callback<String>> key="ranking" part="ranking" load={load_ranking as Load<_>} args={on_vote} />
        },
        Step::Solutions => plain("solutions", load_solutions),
        Step::Report => plain("report", load_report),
    }
}

/// What the ballot screen needs (it replaces the whole page, from the ranking's part).
#[derive(Clone, PartialEq)]
pub struct BallotArgs {
    /// The screen's state.
    pub state: BallotScreenState,
    /// Moves the screen on.
    pub on_state: Callback<BallotScreenState>,
    /// Back to the facilitator's view.
    pub on_exit: Callback<()>,
    /// A storage problem.
    pub save_error: Option<AttrValue>,
}

split!(ranking => fn ballot_view(a: BallotArgs) -> Html {
    html! { <BallotScreen state={a.state} on_state={a.on_state} on_exit={a.on_exit} save_error={a.save_error} /> }
});

fn load_ballot(a: BallotArgs) -> Loading {
    Box::pin(ballot_view(a))
}

/// The ballot screen, from the ranking's part.
pub fn ballot(args: BallotArgs) -> Html {
    html! { <Lazy<BallotArgs> part="ballot" load={load_ballot as Load<_>} {args} /> }
}

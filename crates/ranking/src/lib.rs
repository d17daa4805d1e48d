//! The ranking engine: ballots and profiles, aggregation methods, agreement, PrefLib files.
//!
//! Pure Rust with no web, clock or randomness dependencies, so every method is tested and
//! benchmarked natively and runs unchanged in the browser. Candidates are indices into the
//! profile's list of names; a ballot is an ordered list of tiers (best first), candidates within
//! a tier are tied, and candidates a ballot does not list are unranked and tied below every ranked
//! one.
//!
//! Every method returns the full consensus order as tiers, the scores it used and, where the
//! method has more to say (Kemeny's distance and number of optimal orders, the pairs Ranked Pairs
//! locked), that too, so the app can explain each result in its own words.

pub mod agreement;
pub mod methods;
pub mod pairwise;
pub mod preflib;
pub mod profile;
pub mod stats;
pub mod tiers;

pub use agreement::{agreement, order_distance, Agreement, OrderDistance, Spread};
pub use methods::{aggregate, Method, Outcome, SchulzeVariant};
pub use pairwise::Pairwise;
pub use profile::{Ballot, Profile, ProfileError};
pub use tiers::Tiers;

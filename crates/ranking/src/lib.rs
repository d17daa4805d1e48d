//! The ranking engine: ballots, profiles, aggregation methods and agreement.
//!
//! Pure Rust with no web, clock or randomness dependencies, so every method can be tested and
//! benchmarked natively. The methods themselves arrive with the ranking issue; this crate exists
//! now so that the workspace, the `pkg/` module and the build already have their final shape.

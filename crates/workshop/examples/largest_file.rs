//! Writes the largest session file the app accepts to standard output (for the end-to-end test
//! that imports it and watches the page stay responsive).

#[path = "../tests/common/largest.rs"]
mod largest;

fn main() {
    print!("{}", largest::largest().1);
}

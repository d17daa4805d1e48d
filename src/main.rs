//! The app's entry point for Trunk.

fn main() {
    delavnica::start();
}

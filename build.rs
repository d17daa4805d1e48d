//! With the `split` feature, the wasm binary keeps its relocations (`--emit-relocs`): what
//! `wasm-split-cli` needs to cut it into lazily loaded parts (tools/split.mjs). Only the final
//! link of the binary changes, so no dependency is rebuilt for it.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}

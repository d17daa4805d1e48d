//! Reading and writing the session file, the work done on every save and every import.
//! Prints figures (median of several runs); nothing passes or fails on time.

use std::hint::black_box;
use std::time::Instant;

use workshop::session::ContentLang;

#[path = "../tests/common/largest.rs"]
mod largest;
use workshop::{Action, Session, SessionFile, Stamp};

fn median_micros(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let stamp = Stamp {
        now: 1_764_412_800_000,
        device: "bench-device".into(),
    };
    let mut session = Session::new(
        "bench-session",
        "Velenje",
        "Velenje",
        "2019-04-01",
        ContentLang::Sl,
        &stamp,
    )
    .expect("valid session");
    let file = SessionFile::new(session.clone(), "bench-device", stamp.now);
    let text = file.to_json();
    let compact = file.to_compact_json();
    const N: usize = 1000;
    let report = |what: &str, micros: f64| {
        println!("{what:<40} {:>9.2} µs per operation", micros / N as f64)
    };
    report(
        "SessionFile::to_json (pretty)",
        median_micros(15, || {
            for _ in 0..N {
                black_box(file.to_json());
            }
        }),
    );
    report(
        "SessionFile::parse (validate)",
        median_micros(15, || {
            for _ in 0..N {
                black_box(SessionFile::parse(black_box(&text)).expect("valid"));
            }
        }),
    );
    report(
        "SessionFile::parse (compact)",
        median_micros(15, || {
            for _ in 0..N {
                black_box(SessionFile::parse(black_box(&compact)).expect("valid"));
            }
        }),
    );
    report(
        "Session::apply (rename)",
        median_micros(15, || {
            for i in 0..N {
                let title = if i % 2 == 0 { "Velenje A" } else { "Velenje B" };
                session
                    .apply(
                        &Action::Rename {
                            title: title.into(),
                        },
                        &stamp,
                    )
                    .expect("valid");
            }
        }),
    );
    println!(
        "file size: {} bytes pretty, {} bytes compact",
        text.len(),
        compact.len()
    );

    // Issue 11: the largest file the reader accepts (every list at its limit at once), read
    // whole as on every open and import, and the heaviest round's results.
    let (big, big_text) = largest::largest();
    let millis = median_micros(5, || {
        black_box(SessionFile::parse(black_box(&big_text)).expect("valid"));
    }) / 1000.0;
    println!(
        "SessionFile::parse (largest valid file, {:.1} MB) {millis:>9.1} ms",
        big_text.len() as f64 / 1e6
    );
    let round = big.round("r0").expect("the largest file's first round");
    let millis = median_micros(5, || {
        black_box(workshop::results::round_results(&big, round));
    }) / 1000.0;
    println!("round_results (50 problems, 500 counted ballots) {millis:>9.1} ms");
}

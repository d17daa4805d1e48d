//! Criterion benchmarks of the native engine on the profiles of `make bench`
//! (tools/bench/profiles.mjs writes them; BENCH_PROFILES names the file): the pairwise matrix,
//! each method and the agreement figures from it, and "all" (everything from the ballots). They
//! report; they never fail on time.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::Duration;

    use std::hint::black_box;

    use criterion::Criterion;
    use ranking::methods::aggregate;
    use ranking::{agreement, Method, Pairwise, Profile};

    fn load() -> Vec<(String, Profile)> {
        let path = std::env::var("BENCH_PROFILES")
            .unwrap_or_else(|_| "../../target/bench/profiles.json".into());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e} (run `make bench`, which generates it first)"));
        let json: serde_json::Value = serde_json::from_str(&text).expect("profiles are JSON");
        let mut out = Vec::new();
        for (name, p) in json.as_object().expect("an object of profiles") {
            let candidates: Vec<String> = p["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect();
            let ballots: Vec<(f64, Vec<Vec<String>>)> = p["ballots"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| {
                    let tiers = b["ranking"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|t| {
                            t.as_array()
                                .unwrap()
                                .iter()
                                .map(|c| c.as_str().unwrap().to_string())
                                .collect()
                        })
                        .collect();
                    (b["count"].as_f64().unwrap(), tiers)
                })
                .collect();
            out.push((
                name.clone(),
                Profile::from_names(candidates, &ballots).expect("valid profile"),
            ));
        }
        out
    }

    pub fn run() {
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .sample_size(10)
            .configure_from_args();
        for (name, profile) in load() {
            let mut group = c.benchmark_group(&name);
            group.bench_function("pairwise", |b| {
                b.iter(|| Pairwise::new(black_box(&profile)))
            });
            // Methods and agreement from the pairwise matrix, as pref_voting's methods start from
            // the margins its Profile computed when it was built.
            let pw = Pairwise::new(&profile);
            for m in Method::ALL {
                group.bench_function(m.name(), |b| {
                    b.iter(|| aggregate(black_box(&profile), black_box(&pw), m))
                });
            }
            group.bench_function("agreement", |b| {
                b.iter(|| agreement(black_box(&profile), black_box(&pw)))
            });
            group.bench_function("all", |b| {
                b.iter(|| {
                    let pw = Pairwise::new(black_box(&profile));
                    let outs: Vec<_> = Method::ALL
                        .iter()
                        .map(|&m| aggregate(&profile, &pw, m))
                        .collect();
                    (outs, agreement(&profile, &pw))
                })
            });
            group.finish();
        }
        c.final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}

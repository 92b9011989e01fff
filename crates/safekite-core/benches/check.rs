//! Checker benchmark: generates 100, 1,000 and 10,000 synthetic lessons (copies of the sample
//! lesson under new ids, with their words in both locales and their pictures), then times
//! (a) parsing and checking each lesson on its own and (b) the whole project check (locales,
//! pictures, narration, index). Prints a Markdown table for docs/benchmarks.md.
//!
//! Run: `cargo bench -p safekite-core --bench check` (add `-- 100 1000` to choose sizes).

use safekite_core::check::{CheckOptions, check_lesson, check_project};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Builds a project with `n` lessons in a fresh temporary folder.
fn generate(n: usize) -> PathBuf {
    let root = std::env::temp_dir().join(format!("safekite-bench-{n}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let repo = repo();
    let lesson = std::fs::read_to_string(repo.join("lessons/3-6/prize-popup.lesson.ron")).unwrap();
    let words: Vec<(String, String)> = ["en", "vi"]
        .iter()
        .map(|l| {
            (
                l.to_string(),
                std::fs::read_to_string(repo.join(format!("locales/{l}/prize-popup.ftl"))).unwrap(),
            )
        })
        .collect();
    for l in ["en", "vi"] {
        let ui = std::fs::read_to_string(repo.join(format!("locales/{l}/ui.ftl"))).unwrap();
        write(&root.join(format!("locales/{l}/ui.ftl")), &ui);
    }
    let parsed = safekite_core::load::parse_lesson(&lesson).unwrap();
    for (kind, name) in parsed.pictures() {
        write(&root.join("assets").join(kind.asset_path(name)), "");
    }
    let mut index = Vec::new();
    for i in 0..n {
        let id = format!("synthetic-{i:05}");
        write(
            &root.join(format!("lessons/3-6/{id}.lesson.ron")),
            &lesson
                .replace("\"prize-popup-", &format!("\"{id}-"))
                .replace("id: \"prize-popup\"", &format!("id: \"{id}\"")),
        );
        for (l, text) in &words {
            write(
                &root.join(format!("locales/{l}/{id}.ftl")),
                &text.replace("prize-popup-", &format!("{id}-")),
            );
        }
        index.push(format!("3-6/{id}.lesson.ron"));
    }
    let idx = safekite_core::model::LessonIndex { lessons: index };
    write(&root.join("lessons/index.ron"), &idx.to_ron());
    root
}

/// Peak resident memory of this process so far, in MiB (Linux).
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    / 1024.0
            })
        })
        .unwrap_or(0.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100, 1_000, 10_000]
    } else {
        sizes
    };
    println!(
        "| lessons | nodes | parse + check each lesson | whole project check | per lesson | peak memory |"
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let root = generate(n);
        // (a) Each lesson on its own, from text already read.
        let texts: Vec<(String, String)> = (0..n)
            .map(|i| {
                let f = format!("lessons/3-6/synthetic-{i:05}.lesson.ron");
                let t = std::fs::read_to_string(root.join(&f)).unwrap();
                (f, t)
            })
            .collect();
        let t = Instant::now();
        let mut nodes = 0;
        for (f, text) in &texts {
            let c = check_lesson(f, text);
            nodes += c.lesson.map_or(0, |l| l.nodes.len());
        }
        let each = t.elapsed();
        let per_lesson = safekite_core::load::parse_lesson(
            &std::fs::read_to_string(repo().join("lessons/3-6/prize-popup.lesson.ron")).unwrap(),
        )
        .unwrap()
        .nodes
        .len();
        assert_eq!(nodes, n * per_lesson);
        // (b) The whole project, from disk, as `safekite check lessons` does it.
        let t = Instant::now();
        let report = check_project(
            &[root.join("lessons")],
            &CheckOptions {
                root: Some(root.clone()),
                ..Default::default()
            },
        );
        let whole = t.elapsed();
        assert_eq!(report.lessons, n);
        assert_eq!(
            report.errors(),
            0,
            "{:?}",
            report.diagnostics.iter().find(|d| d.is_error())
        );
        println!(
            "| {n} | {nodes} | {:.3} s | {:.3} s | {:.3} ms | {:.0} MiB |",
            each.as_secs_f64(),
            whole.as_secs_f64(),
            whole.as_secs_f64() * 1000.0 / n as f64,
            peak_rss_mib()
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}

//! Checker benchmark: generates 100, 1,000 and 10,000 synthetic lessons (copies of the sample
//! lesson under new ids, with their words in both locales and their pictures), then times
//! (a) parsing and checking each lesson on its own and (b) the whole project check (locales,
//! pictures, narration, index). Prints a Markdown table for docs/benchmarks.md.
//!
//! Run: `cargo bench -p safekite-core --bench check` (add `-- 100 1000` to choose sizes).
//!
//! `-- worst` instead measures the worst cases of one file, each size in its own process (so
//! its peak memory is its own): a lesson whose every node leads to a missing node, the same
//! lesson on one line (rendered as `safekite check` prints it), a lesson with a wrong turn at
//! every choice, and a word file with a message per line. Time and memory must grow linearly.

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("worst") => return worst_cases(),
        Some("worst-one") => return worst_one(&args[1], args[2].parse().unwrap()),
        _ => {}
    }
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

/// Lesson text: the sample's header and `n` nodes of the given kind.
fn synthetic_lesson(kind: &str, n: usize) -> String {
    let mut nodes = String::new();
    for i in 0..n {
        let node = match kind {
            // Every node leads to a node that does not exist.
            "broken" | "one-line" => format!(
                "Say(id: \"n{i}\", speaker: \"narrator\", line: \"m\", next: \"gone-{i}\"),\n"
            ),
            // A chain of choices, each with a wrong turn through a long shared detour.
            _ => format!(
                "Choice(id: \"n{i}\", prompt: \"p\", options: [Option(line: \"o\", icon: \"i\", safety: Unsafe, next: \"detour-0\"), Option(line: \"o\", icon: \"i\", safety: TellAdult, next: \"n{}\")]),\nSay(id: \"detour-{i}\", speaker: \"narrator\", line: \"m\", next: \"detour-{}\"),\n",
                i + 1,
                i + 1
            ),
        };
        nodes.push_str(&node);
    }
    if kind == "wrong-turns" {
        nodes.push_str(&format!(
            "TellAdult(id: \"n{n}\", adult: \"mum\", prompt: \"p\", child_can_say: [\"c\"], answer: \"a\", next: \"end\"),\nSay(id: \"detour-{n}\", speaker: \"narrator\", line: \"m\", next: \"n0\"),\nEnd(id: \"end\", outcome: Good, line: \"e\"),\n"
        ));
    }
    let text = format!(
        "Lesson(format: 1, id: \"worst\", band: \"3-6\", topic: \"prize-popup\", title: \"t\", objective: \"o\", behaviour: \"b\", characters: [\"mai\", \"mum\"], adult: \"mum\", place: \"living-room\", start: \"n0\", nodes: [\n{nodes}], parent_tip: \"t\", conversation_starter: \"s\", sticker: Sticker(picture: \"gift-star\", name: \"s\"))\n"
    );
    if kind == "one-line" {
        text.replace('\n', " ")
    } else {
        text
    }
}

/// Every worst case at growing sizes, each in its own process; prints a Markdown table.
fn worst_cases() {
    println!("| case | size | input | check (wall) | check (CPU) | output | peak memory |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let exe = std::env::current_exe().unwrap();
    for kind in ["broken", "one-line", "wrong-turns", "words"] {
        for n in [2_000, 4_000, 8_000, 16_000] {
            let out = std::process::Command::new(&exe)
                .args(["worst-one", kind, &n.to_string()])
                .output()
                .unwrap();
            print!("{}", String::from_utf8_lossy(&out.stdout));
        }
    }
}

/// One worst case of size `n`: time to check (and render, as `safekite check` prints it).
fn worst_one(kind: &str, n: usize) {
    let cpu_before = cpu_seconds();
    let (input, took, output) = if kind == "words" {
        let text: String = (0..n)
            .map(|i| format!("message-{i} = Words {{ $name }} number {i}\n"))
            .collect();
        let root =
            std::env::temp_dir().join(format!("safekite-bench-words-{n}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for l in ["en", "vi"] {
            write(&root.join(format!("locales/{l}/ui.ftl")), &text);
        }
        write(&root.join("lessons/index.ron"), "(lessons: [])");
        let t = Instant::now();
        let report = check_project(
            &[root.join("lessons")],
            &CheckOptions {
                root: Some(root.clone()),
                ..Default::default()
            },
        );
        let rendered = safekite_core::cli::render_report(&report);
        let took = t.elapsed();
        let _ = std::fs::remove_dir_all(&root);
        (text.len() * 2, took, rendered.len())
    } else {
        let text = synthetic_lesson(kind, n);
        let t = Instant::now();
        let checked = check_lesson("lessons/3-6/worst.lesson.ron", &text);
        if std::env::var_os("SAFEKITE_BENCH_DEBUG").is_some() {
            eprintln!(
                "{} diagnostics: {:?}",
                checked.diagnostics.len(),
                checked.diagnostics.first()
            );
        }
        let report = safekite_core::check::Report {
            sources: [("lessons/3-6/worst.lesson.ron".to_string(), text.clone())].into(),
            diagnostics: checked.diagnostics,
            ..Default::default()
        };
        let rendered = safekite_core::cli::render_report(&report);
        let took = t.elapsed();
        (text.len(), took, rendered.len())
    };
    let cpu = cpu_seconds() - cpu_before;
    println!(
        "| {kind} | {n} | {} KiB | {:.3} s | {cpu:.2} s | {} KiB | {:.0} MiB |",
        input / 1024,
        took.as_secs_f64(),
        output / 1024,
        peak_rss_mib()
    );
}

/// CPU time (user + system) of this process so far, in seconds (Linux; 10 ms steps).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime and stime are 12th and 13th.
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

//! In-process fuzzing of everything that reads a file: the lesson checker and runner, word
//! (Fluent) files, progress loading and the lesson index. Inputs are random bytes, truncated and
//! mutated real files, structure-aware generated ones, deep nesting and huge files, from a fixed
//! seed. Any panic fails the test (a stack overflow aborts it); progress must also survive a
//! save and reload unchanged. It prints inputs per second and every input that took over 1 s.
//!
//! `SAFEKITE_FUZZ_INPUTS` (default 20,000) and `SAFEKITE_FUZZ_SEED` choose the run;
//! `scripts/fuzz` runs a million in release mode.

mod common;

use fastrand::Rng;
use safekite_core::check::check_lesson;
use safekite_core::model::LessonIndex;
use safekite_core::progress::{Loaded, MemoryStore, load, save};
use safekite_core::runner::LessonRun;
use safekite_core::words::{Words, guard_fluent};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How many inputs were lessons without errors, played by the runner.
static LESSONS_PLAYED: AtomicU64 = AtomicU64::new(0);

/// What is fed the input.
#[derive(Clone, Copy, Debug)]
enum Target {
    Lesson,
    Words,
    Progress,
    Index,
}

const TARGETS: [Target; 4] = [
    Target::Lesson,
    Target::Words,
    Target::Progress,
    Target::Index,
];

/// How the input was made.
#[derive(Clone, Copy, Debug)]
enum Strategy {
    Random,
    Truncated,
    Mutated,
    Generated,
    DeepNesting,
    Huge,
}

/// Real files of each kind, to truncate and mutate.
struct Seeds {
    lessons: Vec<String>,
    words: Vec<String>,
    progress: Vec<String>,
    index: Vec<String>,
}

fn seeds() -> Seeds {
    let repo = common::repo();
    let mut lessons = Vec::new();
    for band in ["3-6", "6-10", "11-15"] {
        if let Ok(entries) = std::fs::read_dir(repo.join("lessons").join(band)) {
            for e in entries.flatten() {
                lessons.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    lessons.push(common::fixture(common::SAMPLE));
    let words = ["ui.ftl", "prize-popup.ftl"]
        .iter()
        .flat_map(|f| ["en", "vi"].map(|l| common::fixture(&format!("locales/{l}/{f}"))))
        .collect();
    let v1 = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.ron"),
    )
    .unwrap();
    Seeds {
        lessons,
        words,
        progress: vec![v1],
        index: vec![std::fs::read_to_string(repo.join("lessons/index.ron")).unwrap()],
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

#[test]
fn no_input_makes_a_reader_panic_or_hang() {
    let inputs = env_number("SAFEKITE_FUZZ_INPUTS", 20_000);
    let mut rng = Rng::with_seed(env_number("SAFEKITE_FUZZ_SEED", 0x5afe_c17e));
    // In the test command huge inputs stay moderate; the script (release) goes past the limits.
    let huge_max = env_number("SAFEKITE_FUZZ_HUGE_BYTES", 300_000) as usize;
    let seeds = seeds();
    let mut failures = Vec::new();
    let mut slow = Vec::new();
    let started = Instant::now();
    for i in 0..inputs {
        let target = TARGETS[i as usize % TARGETS.len()];
        let strategy = pick_strategy(&mut rng);
        let input = make_input(&mut rng, target, strategy, &seeds, huge_max);
        let t = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| feed(target, &input, &mut rng)));
        let took = t.elapsed();
        if took > Duration::from_secs(1) {
            slow.push(format!(
                "input {i} ({target:?}, {strategy:?}, {} bytes): {took:?}",
                input.len()
            ));
        }
        let failure = match result {
            Ok(Ok(())) => continue,
            Ok(Err(e)) => e,
            Err(_) => "panicked".to_string(),
        };
        let kept = keep_input(i, &input);
        failures.push(format!(
            "input {i} ({target:?}, {strategy:?}): {failure}; kept at {kept}"
        ));
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz: {inputs} inputs in {secs:.1} s ({:.0} inputs/s), {} failure(s), {} input(s) over 1 s, {} lessons played by the runner",
        inputs as f64 / secs,
        failures.len(),
        slow.len(),
        LESSONS_PLAYED.load(Ordering::Relaxed)
    );
    for s in &slow {
        println!("fuzz: slow: {s}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

fn pick_strategy(rng: &mut Rng) -> Strategy {
    match rng.u32(0..100) {
        0..15 => Strategy::Random,
        15..35 => Strategy::Truncated,
        35..70 => Strategy::Mutated,
        70..90 => Strategy::Generated,
        90..99 => Strategy::DeepNesting,
        _ => Strategy::Huge,
    }
}

/// Keeps a failing input in the temporary folder, to reproduce it.
fn keep_input(i: u64, input: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("safekite-fuzz-failure-{i}"));
    let _ = std::fs::write(&path, input);
    path.display().to_string()
}

fn make_input(
    rng: &mut Rng,
    target: Target,
    strategy: Strategy,
    seeds: &Seeds,
    huge_max: usize,
) -> Vec<u8> {
    let pool = match target {
        Target::Lesson => &seeds.lessons,
        Target::Words => &seeds.words,
        Target::Progress => &seeds.progress,
        Target::Index => &seeds.index,
    };
    let seed = pool[rng.usize(0..pool.len())].as_bytes();
    match strategy {
        Strategy::Random => (0..rng.usize(0..2_000)).map(|_| rng.u8(..)).collect(),
        Strategy::Truncated => seed[..rng.usize(0..=seed.len())].to_vec(),
        Strategy::Mutated => mutate(rng, seed),
        Strategy::Generated => generate(rng, target).into_bytes(),
        Strategy::DeepNesting => deep_nesting(rng, seed),
        Strategy::Huge => huge(rng, seed, huge_max),
    }
}

/// Tokens that matter to RON and Fluent, for mutations.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "=",
    "->",
    "*[",
    "$",
    "-",
    "#",
    "\n",
    "\n  ",
    "\\",
    "Some(",
    "None",
    "next: \"x\"",
    "id: \"a\"",
    "format: 2",
    "format: 1",
    "-1",
    "4294967296",
    "1e400",
    "NaN",
    "\u{0}",
    "\u{202e}",
    "👨‍👩‍👧‍👦",
    "e\u{301}",
    "{ $x }",
    "{ -t }",
    "End(id: \"e\", outcome: Good)",
    "../../",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..rng.usize(1..20) {
        let at = rng.usize(0..=out.len());
        match rng.u8(0..5) {
            0 if at < out.len() => out[at] = rng.u8(..),
            1 => {
                let token = TOKENS[rng.usize(0..TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            2 => {
                let end = (at + rng.usize(0..64)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.usize(0..256)).min(out.len());
                let chunk = out[at..end].to_vec();
                out.splice(at..at, chunk);
            }
            _ => out.insert(at.min(out.len()), rng.u8(32..127)),
        }
    }
    out
}

fn deep_nesting(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let opener = [
        "{",
        "(",
        "[",
        "Some(",
        "{ F(",
        "{ $n -> *[a] ",
        "\"",
        "Say(",
    ][rng.usize(0..8)];
    let depth = [20, 200, 2_000, 20_000, 100_000][rng.usize(0..5)];
    let at = rng.usize(0..=seed.len());
    let mut out = seed[..at].to_vec();
    out.extend(opener.repeat(depth).into_bytes());
    if rng.bool() {
        let closer: String = opener
            .chars()
            .rev()
            .filter_map(|c| match c {
                '{' => Some('}'),
                '(' => Some(')'),
                '[' => Some(']'),
                _ => None,
            })
            .collect();
        out.extend(closer.repeat(depth).into_bytes());
    }
    out.extend_from_slice(&seed[at..]);
    out
}

fn huge(rng: &mut Rng, seed: &[u8], max: usize) -> Vec<u8> {
    let size = rng.usize(max / 4..=max.max(4));
    match rng.u8(0..3) {
        0 => seed.iter().copied().cycle().take(size).collect(),
        // One enormous line: a string, or a list.
        1 => {
            let mut out = b"\"".to_vec();
            out.extend(std::iter::repeat_n(b'a', size));
            out
        }
        _ => {
            let mut out = seed.to_vec();
            out.extend(std::iter::repeat_n(b'x', size));
            out
        }
    }
}

/// A random but well-formed file of the target's kind.
fn generate(rng: &mut Rng, target: Target) -> String {
    match target {
        Target::Lesson => generate_lesson(rng),
        Target::Words => generate_words(rng),
        Target::Progress => generate_progress(rng),
        Target::Index => {
            let n = rng.usize(0..30);
            let entries: Vec<String> = (0..n)
                .map(|i| format!("\"{}/l{i}.lesson.ron\"", ["3-6", "x", "../.."][i % 3]))
                .collect();
            format!("(lessons: [{}])", entries.join(", "))
        }
    }
}

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(0..items.len())]
}

/// The fields every lesson has around its nodes.
fn lesson_text(start: &str, nodes: &[String]) -> String {
    format!(
        "Lesson(format: 1, id: \"gen\", band: \"3-6\", topic: \"prize-popup\", title: \"t\", objective: \"o\", behaviour: \"b\", characters: [\"mai\", \"mum\"], adult: \"mum\", place: \"living-room\", start: \"{start}\", nodes: [{}], parent_tip: \"t\", conversation_starter: \"s\", sticker: Sticker(picture: \"gift-star\", name: \"s\"))",
        nodes.join(",\n")
    )
}

/// A sound lesson of random length: lines, then a choice with a wrong turn that comes back, a
/// way through a grown-up to a good end, and safe ways to good ends.
fn generate_story(rng: &mut Rng) -> String {
    let mut nodes = Vec::new();
    let lines = rng.usize(0..30);
    for i in 0..lines {
        let next = if i + 1 < lines {
            format!("l{}", i + 1)
        } else {
            "choice".to_string()
        };
        nodes.push(format!(
            "Say(id: \"l{i}\", speaker: \"mai\", line: \"m{i}\", next: \"{next}\")"
        ));
    }
    let mut options = vec![
        "Option(line: \"o1\", icon: \"i\", safety: Unsafe, next: \"oops\")".to_string(),
        "Option(line: \"o2\", icon: \"i\", safety: TellAdult, next: \"tell\")".to_string(),
    ];
    for j in 0..rng.usize(0..3) {
        options.push(format!(
            "Option(line: \"s{j}\", icon: \"i\", safety: Safe, next: \"good\")"
        ));
    }
    rng.shuffle(&mut options);
    nodes.push(format!(
        "Choice(id: \"choice\", prompt: \"p\", options: [{}])",
        options.join(", ")
    ));
    nodes.push(
        "Say(id: \"oops\", speaker: \"narrator\", line: \"w\", next: \"choice\")".to_string(),
    );
    let says: Vec<String> = (0..rng.usize(1..4)).map(|k| format!("\"c{k}\"")).collect();
    nodes.push(format!(
        "TellAdult(id: \"tell\", adult: \"mum\", prompt: \"t\", child_can_say: [{}], answer: \"a\", next: \"good\")",
        says.join(", ")
    ));
    nodes.push("End(id: \"good\", outcome: Good, line: \"e\")".to_string());
    let start = if lines > 0 { "l0" } else { "choice" };
    lesson_text(start, &nodes)
}

fn generate_lesson(rng: &mut Rng) -> String {
    if rng.bool() {
        return generate_story(rng);
    }
    let n = rng.usize(1..60);
    let id = |rng: &mut Rng| format!("n{}", rng.usize(0..n + 2));
    let mut nodes = Vec::new();
    for i in 0..n {
        let node = match rng.u8(0..5) {
            0 => format!(
                "Say(id: \"n{i}\", speaker: \"{}\", line: \"m{i}\", next: \"{}\")",
                pick(rng, &["narrator", "mai", "mum", "nobody"]),
                id(rng)
            ),
            1 => {
                let options: Vec<String> = (0..rng.usize(0..6))
                    .map(|j| {
                        format!(
                            "Option(line: \"o{i}-{j}\", icon: \"i\", safety: {}, next: \"{}\")",
                            pick(rng, &["Safe", "Unsafe", "TellAdult"]),
                            id(rng)
                        )
                    })
                    .collect();
                format!(
                    "Choice(id: \"n{i}\", prompt: \"p{i}\", options: [{}])",
                    options.join(", ")
                )
            }
            2 => format!(
                "TellAdult(id: \"n{i}\", adult: \"{}\", prompt: \"t{i}\", child_can_say: [\"c{i}\"], answer: \"a{i}\", next: \"{}\")",
                pick(rng, &["mum", "mai", "dad"]),
                id(rng)
            ),
            _ => format!(
                "End(id: \"n{i}\", outcome: {}, line: \"e{i}\")",
                pick(rng, &["Good", "TryAgain"])
            ),
        };
        nodes.push(node);
    }
    let start = id(rng);
    lesson_text(&start, &nodes)
}

fn generate_words(rng: &mut Rng) -> String {
    let mut out = String::new();
    for i in 0..rng.usize(0..40) {
        let value = match rng.u8(0..5) {
            0 => "Hello".to_string(),
            1 => "Hi { $name }!".to_string(),
            2 => "{ $n ->\n    [one] one\n   *[other] { $n } things\n}".to_string(),
            3 => format!("{{ msg-{} }}", rng.usize(0..40)),
            _ => format!("{{ -term-{} }} {}", rng.usize(0..3), "{ \"{\" }"),
        };
        out.push_str(&format!("msg-{i} = {value}\n"));
        if rng.u8(0..4) == 0 {
            out.push_str(&format!("-term-{i} = T\n    .attr = A\n"));
        }
    }
    out
}

fn generate_progress(rng: &mut Rng) -> String {
    let profiles: Vec<String> = (0..rng.usize(0..50))
        .map(|_| {
            format!(
                "(id: {}, avatar: \"{}\", nickname: \"{}\", band: \"{}\", stickers: {{\"{}\": \"gift-star\"}})",
                rng.u32(0..5),
                pick(rng, &["fox", "owl", "../../x", ""]),
                pick(rng, &["", "Mai", "\u{202e}x", "\u{200b}", "👨‍👩‍👧‍👦🇻🇳"]),
                pick(rng, &["3-6", "6-10", "11-15"]),
                pick(rng, &["prize-popup", "../a", ""]),
            )
        })
        .collect();
    let next = if rng.bool() {
        format!(", next_profile_id: {}", rng.u32(..))
    } else {
        String::new()
    };
    format!(
        "(format: {}, settings: (locale: \"{}\", voice_volume: {}, music_volume: 0.5, effects_volume: 0.8, captions: true), profiles: [{}]{next})",
        rng.u32(0..4),
        pick(rng, &["vi", "en", "xx"]),
        pick(rng, &["1.0", "-3.0", "7e30", "0.5"]),
        profiles.join(", ")
    )
}

/// Gives the input to its reader. `Err` for a broken property (a panic is caught outside).
fn feed(target: Target, input: &[u8], rng: &mut Rng) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    match target {
        Target::Lesson => feed_lesson(&text, rng),
        Target::Words => feed_words(&text),
        Target::Progress => feed_progress(input),
        Target::Index => {
            let _ = LessonIndex::parse(&text);
            Ok(())
        }
    }
}

fn feed_lesson(text: &str, rng: &mut Rng) -> Result<(), String> {
    // Named after its own id and band, so that a mutated lesson that is still sound is played.
    let file = safekite_core::load::parse_lesson(text).map_or_else(
        |_| "lessons/3-6/gen.lesson.ron".to_string(),
        |l| format!("lessons/{}/{}.lesson.ron", l.band, l.id),
    );
    let checked = check_lesson(&file, text);
    for d in checked.diagnostics.iter().take(20) {
        let _ = d.render(Some(text));
    }
    let Some(lesson) = checked.lesson else {
        return Ok(());
    };
    let Ok((mut run, _)) = LessonRun::start(Arc::new(lesson)) else {
        return Ok(());
    };
    LESSONS_PLAYED.fetch_add(1, Ordering::Relaxed);
    for _ in 0..200 {
        if run.outcome().is_some() {
            break;
        }
        let _ = match rng.u8(0..6) {
            0 => run.choose(rng.usize(0..5)),
            1 => run.say_to_adult(rng.usize(0..4)),
            2 => Ok(run.tell_grown_up()),
            _ => run.advance(),
        };
    }
    Ok(())
}

fn feed_words(text: &str) -> Result<(), String> {
    let mut words = Words::new();
    let _ = words.add_file("en", "fuzz.ftl", text);
    let (safe, _) = guard_fluent(text);
    let resource = match fluent_syntax::parser::parse(safe.as_ref()) {
        Ok(r) | Err((r, _)) => r,
    };
    for entry in resource.body.iter().take(200) {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let _ = words.get_with("vi", m.id.name, &[("n", 3.into()), ("name", "Mai".into())]);
        }
    }
    Ok(())
}

/// Progress loads without panicking, and what it loads saves and reloads unchanged.
fn feed_progress(input: &[u8]) -> Result<(), String> {
    let mut store = MemoryStore {
        main: Some(input.to_vec()),
        backup: None,
        quarantined: Vec::new(),
    };
    let progress = load(&mut store).progress();
    save(&mut store, &progress).map_err(|e| e.to_string())?;
    match load(&mut store) {
        Loaded::Main(again) if again == progress => Ok(()),
        other => Err(format!(
            "saved progress did not reload unchanged: {:?}",
            other.problem()
        )),
    }
}

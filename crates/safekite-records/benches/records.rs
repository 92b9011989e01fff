//! The records' benchmark (`cargo bench -p safekite-records`): a 1,000-pupil school's year
//! (30 classes, 3 sessions per term, 20,000 child plays). Times the yearly report (from the
//! export's text to the HTML and CSV), the record log's append with an fsync per statement,
//! and the merge of the 30 classes' files, against the budgets (2 s, 1 ms, 2 s).

use safekite_core::words::Words;
use safekite_records::files::{export_json, merge, read_statements, write_export};
use safekite_records::generate::{SchoolSpec, generate};
use safekite_records::log::{FileStore, RecordLog};
use safekite_records::render::{Writer, add_report_words, csv, html};
use safekite_records::report::{ReportOptions, figures};
use safekite_records::xapi::Statement;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

const RUNS: usize = 3;

/// Time this thread has run on a CPU (Linux's schedstat), so the figures can be read apart
/// from the machine's load; zero where it is not available.
fn cpu_time() -> Duration {
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// The median wall time and the median CPU time of `RUNS` runs of `f`. What `f` returns is
/// dropped after the clock stops: the command-line tool ends its process without freeing a
/// year's statements one by one.
fn median<T>(mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..RUNS {
        let (start, start_cpu) = (Instant::now(), cpu_time());
        let out = std::hint::black_box(f());
        wall.push(start.elapsed());
        cpu.push(cpu_time() - start_cpu);
        drop(out);
    }
    wall.sort();
    cpu.sort();
    (wall[RUNS / 2], cpu[RUNS / 2])
}

fn verdict(took: Duration, budget: Duration) -> &'static str {
    if took <= budget {
        "within budget"
    } else {
        "OVER BUDGET"
    }
}

fn report(statements: &[Statement]) -> usize {
    let time = time::Date::from_calendar_date(2026, time::Month::June, 30).unwrap();
    let options = ReportOptions::school_year("Trường Tiểu học Kim Đồng", 2025, time);
    let f = figures(statements, &options);
    let mut words = Words::new();
    add_report_words(&mut words);
    let titles = BTreeMap::new();
    let w = Writer {
        words: &words,
        lesson_titles: &titles,
        lang: "vi",
    };
    html(&f, &w).len() + csv(&f, &w).len()
}

/// The disk's own cost: one byte appended and `fdatasync`ed, per call.
fn bench_fsync(dir: &Path) -> Duration {
    use std::io::Write;
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("fsync.bin"))
        .unwrap();
    let start = Instant::now();
    for _ in 0..500 {
        f.write_all(b"x").unwrap();
        f.sync_data().unwrap();
    }
    start.elapsed() / 500
}

fn bench_append(dir: &Path, statements: &[Statement]) -> (Duration, Duration) {
    let path = dir.join("records.jsonl");
    let mut log = RecordLog::open(FileStore::new(&path)).unwrap();
    let n = statements.len().min(2000);
    let (start, start_cpu) = (Instant::now(), cpu_time());
    for s in &statements[..n] {
        log.append(s.clone()).unwrap();
    }
    (
        start.elapsed() / n as u32,
        (cpu_time() - start_cpu) / n as u32,
    )
}

/// What `safekite-records merge` does: read and check every file, merge, write the export
/// through a buffer. Returns the statements (freed after the clock stops).
fn bench_merge(dir: &Path, files: &[std::path::PathBuf]) -> Vec<Statement> {
    let lists: Vec<_> = files
        .iter()
        .map(|f| read_statements(&fs::read_to_string(f).unwrap()).unwrap())
        .collect();
    let all = merge(lists);
    let file = fs::File::create(dir.join("merged.json")).unwrap();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    write_export(&all, &mut out).unwrap();
    std::io::Write::flush(&mut out).unwrap();
    all
}

fn main() {
    let spec = SchoolSpec::school();
    let school = generate(&spec);
    let export = export_json(&school.statements);
    println!(
        "school: {} pupils, {} classes, {} sessions per term, {} child plays: {} statements, {:.1} MB export",
        spec.pupils,
        spec.classes,
        spec.sessions_per_term,
        spec.child_plays,
        school.statements.len(),
        export.len() as f64 / 1e6
    );
    let (read, read_cpu) = median(|| read_statements(&export).unwrap());
    let statements = read_statements(&export).unwrap();
    let (made, made_cpu) = median(|| report(&statements));
    let two = Duration::from_secs(2);
    println!(
        "report, reading the export (parse + validate): {read:.2?} wall, {read_cpu:.2?} CPU, median of {RUNS}"
    );
    println!(
        "report, figures + HTML + CSV from the statements: {made:.2?} wall, {made_cpu:.2?} CPU ({}, budget 2 s)",
        verdict(made, two)
    );
    let (all, all_cpu) = (read + made, read_cpu + made_cpu);
    println!(
        "report, from the file's text to HTML + CSV: {all:.2?} wall, {all_cpu:.2?} CPU ({}, budget 2 s)",
        verdict(all, two)
    );
    println!(
        "load average while measuring: {}",
        fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .trim()
    );

    // The data folder's disk: a folder in the build's target directory, not /tmp (often RAM).
    let base = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let dir = Path::new(&base).join("bench-records");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let (per, per_cpu) = bench_append(&dir, &school.statements);
    let disk = bench_fsync(&dir);
    println!(
        "append with fsync, on disk: {per:.2?} wall, {per_cpu:.2?} CPU per statement over 2,000 ({}, budget 1 ms); the disk's bare fdatasync of one byte: {disk:.2?}",
        verdict(per, Duration::from_millis(1))
    );
    let shm = Path::new("/dev/shm/safekite-bench-records");
    if fs::create_dir_all(shm).is_ok() {
        let (per, per_cpu) = bench_append(shm, &school.statements);
        println!(
            "append with fsync, in memory (/dev/shm: SafeKite's own cost): {per:.2?} wall, {per_cpu:.2?} CPU per statement"
        );
        let _ = fs::remove_dir_all(shm);
    }

    let files: Vec<_> = school
        .by_class()
        .iter()
        .enumerate()
        .map(|(i, list)| {
            let path = dir.join(format!("class-{i:02}.json"));
            fs::write(&path, export_json(list)).unwrap();
            path
        })
        .collect();
    let (took, took_cpu) = median(|| bench_merge(&dir, &files));
    println!(
        "merge of {} files (read + validate + dedup + write): {took:.2?} wall, {took_cpu:.2?} CPU, median of {RUNS} ({}, budget 2 s)",
        files.len(),
        verdict(took, two)
    );
    let _ = fs::remove_dir_all(&dir);
}

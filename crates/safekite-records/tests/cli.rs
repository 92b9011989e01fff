//! The `safekite-records` tool: clear errors with file, line and column; merge deduplicates by
//! statement id; report writes the HTML (with its fonts) and the CSV.

use std::fs;
use std::path::Path;
use std::process::Command;

fn tool(args: &[&str], dir: &Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_safekite-records"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

fn repo() -> String {
    format!("{}/../..", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn validate_names_the_file_line_and_column_of_a_bad_statement() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(
        tool(
            &["generate", "--small", "--class", "1", "--out", "one.json"],
            d
        )
        .0
    );
    let text = fs::read_to_string(d.join("one.json")).unwrap();
    let bad = text.replacen("http://adlnet.gov/expapi/verbs/launched", "launched", 1);
    let line = bad
        .lines()
        .position(|l| l.contains("\"id\":\"launched\""))
        .unwrap()
        + 1;
    fs::write(d.join("bad.json"), bad).unwrap();
    let (ok, _, err) = tool(&["validate", "one.json", "bad.json"], d);
    assert!(!ok);
    assert!(
        err.contains(&format!(
            "bad.json:{line}:1: not a valid xAPI 1.0.3 statement: verb.id"
        )),
        "{err}"
    );
    let (ok, out, _) = tool(&["validate", "one.json"], d);
    assert!(ok && out.contains("valid xAPI 1.0.3"), "{out}");
}

#[test]
fn merge_keeps_one_copy_of_each_statement() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    tool(
        &["generate", "--small", "--class", "0", "--out", "a.json"],
        d,
    );
    tool(
        &["generate", "--small", "--class", "1", "--out", "b.json"],
        d,
    );
    let count = |f: &str| {
        fs::read_to_string(d.join(f))
            .unwrap()
            .matches("\"verb\"")
            .count()
    };
    let (ok, _, err) = tool(
        &["merge", "a.json", "b.json", "a.json", "--out", "all.json"],
        d,
    );
    assert!(ok, "{err}");
    assert_eq!(count("all.json"), count("a.json") + count("b.json"));
}

#[test]
fn report_writes_html_with_its_fonts_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    tool(&["generate", "--small", "--out", "school.json"], d);
    let root = repo();
    let args = [
        "report",
        "school.json",
        "--year",
        "2025-2026",
        "--lang",
        "vi",
        "--out",
        "out",
        "--school",
        "Trường Tiểu học Kim Đồng",
        "--made-on",
        "2026-06-30",
        "--content",
        &root,
    ];
    let (ok, _, err) = tool(&args, d);
    assert!(ok, "{err}");
    let page = fs::read_to_string(d.join("out/report-vi.html")).unwrap();
    assert!(page.contains("Chuyển tiếp ảnh của người khác"));
    assert!(d.join("out/fonts/NotoSans-Regular.ttf").exists());
    assert!(
        fs::read_to_string(d.join("out/report-vi.csv"))
            .unwrap()
            .starts_with("section,key,")
    );
    let (ok, _, err) = tool(
        &["report", "school.json", "--year", "2025/26", "--out", "x"],
        d,
    );
    assert!(!ok && err.contains("not a school year"), "{err}");
}

//! The direction of dependencies inside `src/`: each module (a folder of `src/`) may use only
//! modules of a lower layer. The layers are read from the `text` block under "Dependency
//! direction" in docs/ARCHITECTURE.md, so the document and this test cannot drift apart. The test
//! reads every `crate::x` path (`use crate::x::...`, `use crate::{x, y::z}`, `crate::x::f()`) in
//! the game's sources and fails on an edge against the direction, and on a module no layer
//! names.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Each module's layer (0 = lowest), from the block in docs/ARCHITECTURE.md: one line per layer,
/// highest first, `name: module module ...`.
fn layers_from_doc(doc: &str) -> BTreeMap<String, usize> {
    let section = doc
        .split("## Dependency direction")
        .nth(1)
        .expect("docs/ARCHITECTURE.md has a `## Dependency direction` section");
    let block = section
        .split("```text")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("the section has a ```text block of layers");
    let lines: Vec<&str> = block.lines().filter(|l| l.contains(':')).collect();
    let mut layers = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let rank = lines.len() - 1 - i;
        let modules = line.split_once(':').unwrap().1;
        for m in modules.split_whitespace() {
            assert!(
                layers.insert(m.to_string(), rank).is_none(),
                "{m} is in two layers"
            );
        }
    }
    layers
}

/// The module a file of `src/` belongs to (`src/x/...` or `src/x.rs`); `None` for the crate's
/// root files (`lib.rs`, `main.rs`) and the extra binaries, which may use everything.
fn module_of(relative: &Path) -> Option<String> {
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [file] if file == "lib.rs" || file == "main.rs" => None,
        [dir, ..] if dir == "bin" => None,
        [file] => Some(file.trim_end_matches(".rs").to_string()),
        [dir, ..] => Some(dir.clone()),
        [] => None,
    }
}

/// The modules a source text names through `crate::`, with the line of each use. A group
/// (`crate::{a, b::c, d::{e, f}}`) may run over several lines: the first name of each item.
fn crate_uses(source: &str) -> Vec<(usize, String)> {
    // Comments (doc comments included) are not code.
    let code: String = source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let line_at = |i: usize| code[..i].matches('\n').count() + 1;
    let name_at = |i: usize| -> String { code[i..].chars().take_while(|c| is_ident(*c)).collect() };
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        if code[..at]
            .chars()
            .last()
            .is_some_and(|c| is_ident(c) || c == '$')
        {
            continue;
        }
        let start = at + "crate::".len();
        if !code[start..].starts_with('{') {
            let name = name_at(start);
            if !name.is_empty() {
                found.push((line_at(start), name));
            }
            continue;
        }
        let (mut depth, mut item_start) = (0, true);
        for (i, c) in code[start + 1..].char_indices() {
            let i = start + 1 + i;
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => item_start = true,
                c if item_start && is_ident(c) => {
                    found.push((line_at(i), name_at(i)));
                    item_start = false;
                }
                _ => {}
            }
        }
    }
    found
}

/// Every edge against the direction (or from or to a module no layer names), one line each.
fn wrong_edges(files: &[(PathBuf, String)], layers: &BTreeMap<String, usize>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (relative, source) in files {
        let Some(from) = module_of(relative) else {
            continue;
        };
        let Some(&from_rank) = layers.get(&from) else {
            wrong.push(format!(
                "src/{}: module `{from}` is in no layer of docs/ARCHITECTURE.md",
                relative.display()
            ));
            continue;
        };
        for (line, to) in crate_uses(source) {
            if to == from {
                continue;
            }
            match layers.get(&to) {
                None => wrong.push(format!(
                    "src/{}:{line}: `{from}` uses `{to}`, which is in no layer",
                    relative.display()
                )),
                Some(&to_rank) if to_rank >= from_rank => wrong.push(format!(
                    "src/{}:{line}: `{from}` (layer {from_rank}) uses `{to}` (layer {to_rank}): \
                     a module may use only modules of a lower layer",
                    relative.display()
                )),
                Some(_) => {}
            }
        }
    }
    wrong
}

/// Every `.rs` file under `dir`, with its path relative to `root` and its text.
fn sources(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.strip_prefix(root).unwrap().to_path_buf(), text));
        }
    }
}

fn doc_layers() -> BTreeMap<String, usize> {
    layers_from_doc(&std::fs::read_to_string(repo().join("docs/ARCHITECTURE.md")).unwrap())
}

#[test]
fn modules_of_src_use_only_lower_layers() {
    let src = repo().join("src");
    let mut files = Vec::new();
    sources(&src, &src, &mut files);
    assert!(
        files.len() > 20,
        "the game's sources were not found in {}",
        src.display()
    );
    let wrong = wrong_edges(&files, &doc_layers());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_layer_names_a_module_of_src() {
    let src = repo().join("src");
    for module in doc_layers().keys() {
        assert!(
            src.join(module).is_dir() || src.join(format!("{module}.rs")).is_file(),
            "docs/ARCHITECTURE.md names `{module}`, which is not a module of src/"
        );
    }
}

#[test]
fn an_edge_against_the_direction_is_found_with_its_line() {
    let layers = doc_layers();
    let files = vec![
        (
            PathBuf::from("theme/mod.rs"),
            "//! Colours.\nuse bevy::prelude::*;\nuse crate::screens::Screen;\n".to_string(),
        ),
        (
            PathBuf::from("narration/mod.rs"),
            "use crate::{progress::ProgressRes, lesson_player::ActiveRun};\n".to_string(),
        ),
        (
            PathBuf::from("content/mod.rs"),
            "fn f() { let _ = crate::locale::CurrentLocale::default(); }\n".to_string(),
        ),
        (
            PathBuf::from("screens/title.rs"),
            "// crate::tour is only named in a comment\nuse crate::theme;\n".to_string(),
        ),
        (
            PathBuf::from("art/mod.rs"),
            "use crate::{\n    theme,\n    device::spawn_device,\n};\n".to_string(),
        ),
    ];
    let wrong = wrong_edges(&files, &layers);
    assert_eq!(wrong.len(), 4, "{wrong:#?}");
    assert!(
        wrong[0].starts_with("src/theme/mod.rs:3: `theme`"),
        "{}",
        wrong[0]
    );
    assert!(wrong[0].contains("uses `screens`"), "{}", wrong[0]);
    assert!(
        wrong[1].starts_with("src/narration/mod.rs:1: `narration`"),
        "{}",
        wrong[1]
    );
    assert!(wrong[1].contains("uses `lesson_player`"), "{}", wrong[1]);
    assert!(
        wrong[2].starts_with("src/content/mod.rs:1: `content`"),
        "{}",
        wrong[2]
    );
    assert!(wrong[2].contains("uses `locale`"), "{}", wrong[2]);
    assert!(
        wrong[3].starts_with("src/art/mod.rs:3: `art`"),
        "{}",
        wrong[3]
    );
    assert!(wrong[3].contains("uses `device`"), "{}", wrong[3]);
}

#[test]
fn a_module_in_no_layer_is_found() {
    let files = vec![(
        PathBuf::from("classroom/mod.rs"),
        "use crate::theme;\n".to_string(),
    )];
    let wrong = wrong_edges(&files, &doc_layers());
    assert_eq!(
        wrong,
        vec!["src/classroom/mod.rs: module `classroom` is in no layer of docs/ARCHITECTURE.md"]
    );
}

//! Where the game's content is, natively: the folder that holds `assets/`, `lessons/` and
//! `locales/` side by side (the repository, or an unpacked bundle).
//!
//! Looked for in this order; the first folder holding all three wins:
//! 1. `--content DIR` on the command line; when given, only there;
//! 2. else `SAFEKITE_CONTENT_DIR`; when set, only there;
//! 3. else, in turn: the executable's folder, its parent folders up to 3 levels (so
//!    `target/debug/safekite` in the repository finds the repository), the developers'
//!    variables `BEVY_ASSET_ROOT` and `CARGO_MANIFEST_DIR` (what Bevy used before; the repo's
//!    scripts set the first), and the current folder.
//!
//! When none holds them, the game shows where it looked ([`ContentNotFound`]) instead of an
//! empty map.

use std::path::{Path, PathBuf};

/// The folders a content folder holds.
pub const CONTENT_FOLDERS: [&str; 3] = ["assets", "lessons", "locales"];

/// The environment variable naming the content folder.
pub const CONTENT_ENV: &str = "SAFEKITE_CONTENT_DIR";

/// How many of the executable's parent folders are looked in.
pub const PARENT_LEVELS: usize = 3;

/// What the lookup is told: the command line, the environment, where the program is.
#[derive(Debug, Default, Clone)]
pub struct ContentSearch {
    /// `--content DIR`.
    pub flag: Option<PathBuf>,
    /// `SAFEKITE_CONTENT_DIR`.
    pub env: Option<PathBuf>,
    /// The running executable (a file).
    pub exe: Option<PathBuf>,
    /// `BEVY_ASSET_ROOT`, `CARGO_MANIFEST_DIR` when set (developers' runs).
    pub dev: Vec<PathBuf>,
    /// The current folder.
    pub cwd: Option<PathBuf>,
}

/// No folder looked in holds the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentNotFound {
    /// Every folder looked in, in order.
    pub looked_in: Vec<PathBuf>,
}

impl ContentSearch {
    /// The search for this process: `flag` from the command line, the rest from the
    /// environment. An empty variable counts as unset.
    pub fn from_process(flag: Option<PathBuf>) -> Self {
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        ContentSearch {
            flag,
            env: var(CONTENT_ENV),
            exe: std::env::current_exe().ok(),
            dev: ["BEVY_ASSET_ROOT", "CARGO_MANIFEST_DIR"]
                .iter()
                .filter_map(|name| var(name))
                .collect(),
            cwd: std::env::current_dir().ok(),
        }
    }

    /// The folders to look in, in order, made absolute (relative ones against the current
    /// folder), each once.
    pub fn candidates(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = Vec::new();
        if let Some(dir) = self.flag.as_ref().or(self.env.as_ref()) {
            out.push(dir.clone());
        } else {
            if let Some(exe_dir) = self.exe.as_deref().and_then(Path::parent) {
                out.extend(
                    exe_dir
                        .ancestors()
                        .take(PARENT_LEVELS + 1)
                        .map(Path::to_path_buf),
                );
            }
            out.extend(self.dev.iter().cloned());
            out.extend(self.cwd.iter().cloned());
        }
        let mut seen: Vec<PathBuf> = Vec::new();
        for dir in out {
            let dir = self.absolute(dir);
            if !seen.contains(&dir) {
                seen.push(dir);
            }
        }
        seen
    }

    /// The first candidate holding the content, or every folder looked in.
    pub fn find(&self) -> Result<PathBuf, ContentNotFound> {
        let candidates = self.candidates();
        match candidates.iter().find(|dir| has_content(dir)) {
            Some(dir) => Ok(dir.clone()),
            None => Err(ContentNotFound {
                looked_in: candidates,
            }),
        }
    }

    fn absolute(&self, dir: PathBuf) -> PathBuf {
        if dir.is_absolute() {
            return dir;
        }
        match &self.cwd {
            Some(cwd) => cwd.join(dir),
            None => std::path::absolute(&dir).unwrap_or(dir),
        }
    }
}

/// Whether `dir` holds `assets/`, `lessons/` and `locales/`.
pub fn has_content(dir: &Path) -> bool {
    CONTENT_FOLDERS.iter().all(|name| dir.join(name).is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A fresh temporary folder.
    fn temp(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("safekite-content-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn fill(dir: &Path) -> PathBuf {
        for name in CONTENT_FOLDERS {
            fs::create_dir_all(dir.join(name)).unwrap();
        }
        dir.to_path_buf()
    }

    #[test]
    fn the_flag_wins_then_the_variable_then_the_executable() {
        let root = temp("order");
        let flag = fill(&root.join("flag"));
        let env = fill(&root.join("env"));
        let bundle = fill(&root.join("bundle"));
        let cwd = fill(&root.join("cwd"));
        let mut search = ContentSearch {
            flag: Some(flag.clone()),
            env: Some(env.clone()),
            exe: Some(bundle.join("safekite")),
            dev: vec![],
            cwd: Some(cwd.clone()),
        };
        assert_eq!(search.find(), Ok(flag));
        search.flag = None;
        assert_eq!(search.find(), Ok(env));
        search.env = None;
        assert_eq!(search.find(), Ok(bundle.clone()));
        // Without content next to the program, the current folder.
        search.exe = Some(root.join("elsewhere/safekite"));
        assert_eq!(search.find(), Ok(cwd));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_parent_up_to_three_levels_is_found_but_not_a_fourth() {
        let root = temp("parents");
        let repo = fill(&root.join("repo"));
        let deep = repo.join("target/x86_64-unknown-linux-gnu/debug");
        let search = |exe: PathBuf| ContentSearch {
            exe: Some(exe),
            ..ContentSearch::default()
        };
        // target/debug/safekite and target/<triple>/debug/safekite find the repository.
        assert_eq!(
            search(repo.join("target/debug/safekite")).find(),
            Ok(repo.clone())
        );
        assert_eq!(search(deep.join("safekite")).find(), Ok(repo.clone()));
        // One level more is not looked in.
        let err = search(deep.join("deps/safekite")).find().unwrap_err();
        assert_eq!(
            err.looked_in,
            vec![
                deep.join("deps"),
                deep.clone(),
                repo.join("target/x86_64-unknown-linux-gnu"),
                repo.join("target"),
            ]
        );
        // The developers' variables come after the program's folders, before the current one.
        let mut s = search(root.join("bin/safekite"));
        s.dev = vec![repo.clone()];
        s.cwd = Some(root.join("cwd"));
        assert_eq!(s.find(), Ok(repo));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_named_folder_is_the_only_one_looked_in() {
        let root = temp("named");
        let bundle = fill(&root.join("bundle"));
        let search = ContentSearch {
            flag: Some(root.join("wrong")),
            exe: Some(bundle.join("safekite")),
            cwd: Some(bundle.clone()),
            ..ContentSearch::default()
        };
        let err = search.find().unwrap_err();
        assert_eq!(err.looked_in, vec![root.join("wrong")]);
        // A relative folder is taken from the current one.
        let search = ContentSearch {
            env: Some(PathBuf::from("bundle")),
            cwd: Some(root.clone()),
            ..ContentSearch::default()
        };
        assert_eq!(search.find(), Ok(bundle));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_folder_missing_one_of_the_three_is_not_content_and_every_place_is_listed() {
        let root = temp("missing");
        let bundle = fill(&root.join("bundle"));
        fs::remove_dir_all(bundle.join("locales")).unwrap();
        let search = ContentSearch {
            exe: Some(bundle.join("safekite")),
            cwd: Some(bundle.clone()),
            ..ContentSearch::default()
        };
        let err = search.find().unwrap_err();
        // The program's folder and its parents, each once (the current folder is one of them).
        let mut expected: Vec<PathBuf> =
            bundle.ancestors().take(4).map(Path::to_path_buf).collect();
        expected.dedup();
        assert_eq!(err.looked_in, expected);
        fs::remove_dir_all(&root).unwrap();
    }
}

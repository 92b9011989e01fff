//! Saving survives `kill -9` at any moment: a child process (this test binary, running
//! `saver_child`) saves progress in a loop, counting its saves in the player's nickname (`save
//! N`, so the file keeps its size however long the test runs) with a sticker per save modulo 50,
//! and says which save was confirmed; it is killed at random moments. After each kill the
//! main copy must load (it is replaced in one step, so the backup is never needed) with the last
//! confirmed save or a later one.
//!
//! `SAFEKITE_KILLS` (default 200) chooses how many kills; `scripts/kill-test` runs 2,000.

use safekite_core::model::Band;
use safekite_core::progress::{FileStore, Loaded, Progress, load, save};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

const CHILD_DIR: &str = "SAFEKITE_KILL_CHILD_DIR";

/// The child: loads, then saves forever, printing `saved N` after each save returns.
#[test]
fn saver_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return; // Only runs when the kill test starts it.
    };
    let mut store = FileStore::new(PathBuf::from(dir));
    let mut progress = load(&mut store).progress();
    if progress.profiles.is_empty() {
        progress.add_profile("fox", "Saver", Band::Kids).unwrap();
    }
    let id = progress.profiles[0].id;
    let mut n = saves(&progress);
    let mut out = std::io::stdout().lock();
    loop {
        n += 1;
        let profile = progress.profile_mut(id).unwrap();
        profile.nickname = format!("save {n}");
        profile.finish_lesson(&format!("lesson-{}", n % 50), Some("gift-star"));
        save(&mut store, &progress).unwrap();
        writeln!(out, "saved {n}").unwrap();
        out.flush().unwrap();
    }
}

/// Figures of a run.
#[derive(Debug, Default)]
struct Tally {
    kills: u64,
    from_main: u64,
    confirmed: usize,
}

#[test]
fn saving_survives_kill_9_at_random_moments() {
    let kills: u64 = std::env::var("SAFEKITE_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = std::env::temp_dir().join(format!("safekite-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut rng = fastrand::Rng::with_seed(0x6b11);
    let mut tally = Tally::default();
    for _ in 0..kills {
        let confirmed = run_and_kill(&dir, &mut rng).max(tally.confirmed);
        let loaded = load(&mut FileStore::new(&dir));
        let saved = saves(&loaded.progress());
        assert!(
            saved >= confirmed,
            "kill {}: save {saved} loaded, save {confirmed} confirmed ({:?})",
            tally.kills,
            loaded.problem()
        );
        // The main copy is replaced in one step, so it always loads; the backup is never needed.
        match loaded {
            Loaded::Main(_) => tally.from_main += 1,
            other => panic!(
                "kill {}: the main copy did not load: {:?}",
                tally.kills,
                other.problem()
            ),
        }
        tally.kills += 1;
        tally.confirmed = saved;
    }
    println!(
        "kill test: {} kills, 0 lost, {} loaded from the main copy, {} saves made",
        tally.kills, tally.from_main, tally.confirmed
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The number of the save this progress holds (0 before the first).
fn saves(p: &Progress) -> usize {
    p.profiles
        .first()
        .and_then(|p| p.nickname.strip_prefix("save ")?.parse().ok())
        .unwrap_or(0)
}

/// Starts the child, kills it at a random moment after its first confirmed save, and returns
/// the last save it confirmed.
fn run_and_kill(dir: &PathBuf, rng: &mut fastrand::Rng) -> usize {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "saver_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut confirmed = 0;
    // Wait for the first save, so every kill lands inside the saving loop.
    for line in lines.by_ref() {
        if let Some(n) = line.unwrap().strip_prefix("saved ") {
            confirmed = n.parse().unwrap();
            break;
        }
    }
    std::thread::sleep(Duration::from_micros(rng.u64(0..20_000)));
    child.kill().unwrap();
    child.wait().unwrap();
    for line in lines.map_while(Result::ok) {
        if let Some(n) = line.strip_prefix("saved ") {
            confirmed = n.parse().unwrap();
        }
    }
    confirmed
}

//! Whether the operating system asks for less movement, asked once on a first start (a grown-up
//! can change "less movement" in the settings afterwards). Windows: its "show animations"
//! setting (`SPI_GETCLIENTAREAANIMATION`). Linux: GNOME's `enable-animations`, read through
//! `gsettings` (other desktops are not asked). Builds with the test hook (the tests, the tour)
//! never ask: what they show must not depend on the desktop of the machine they run on.

/// Whether the system asks for less movement (false when it cannot be asked).
pub(super) fn system_asks_for_less_movement() -> bool {
    if cfg!(feature = "test-hook") {
        return false;
    }
    asks()
}

#[cfg(windows)]
fn asks() -> bool {
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        SPI_GETCLIENTAREAANIMATION, SystemParametersInfoW,
    };
    let mut animations: i32 = 1;
    // SAFETY: the call writes one BOOL into `animations`, which lives through the call.
    let answered = unsafe {
        SystemParametersInfoW(
            SPI_GETCLIENTAREAANIMATION,
            0,
            (&mut animations as *mut i32).cast(),
            0,
        )
    };
    answered != 0 && animations == 0
}

#[cfg(not(windows))]
fn asks() -> bool {
    let answer = std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.interface", "enable-animations"])
        .stderr(std::process::Stdio::null())
        .output();
    answer.is_ok_and(|out| out.status.success() && gnome_animations_off(&out.stdout))
}

/// GNOME's answer ("false" when the user turned animations off).
#[cfg(not(windows))]
fn gnome_animations_off(answer: &[u8]) -> bool {
    String::from_utf8_lossy(answer).trim() == "false"
}

#[cfg(all(test, not(windows)))]
mod tests {
    use super::gnome_animations_off;

    #[test]
    fn gnome_turned_animations_off_means_less_movement() {
        assert!(gnome_animations_off(b"false\n"));
        assert!(!gnome_animations_off(b"true\n"));
        assert!(!gnome_animations_off(b""));
    }
}

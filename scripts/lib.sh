# Shared set-up for SafeKite's scripts: installs what is missing on Debian/Ubuntu, once.
# Source it from a script: `source "$(dirname "$0")/lib.sh"`.

# Runs a command as root (directly when already root, else through sudo).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages given that are not installed yet.
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> installing: ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# Makes sure each command is on PATH. Each argument is `command:package` (or just `name` when the
# command and the Debian package share it); only the packages of commands that are missing are
# installed. A command that came from somewhere else (the system image, nvm, pyenv, a hand
# install) is used as it is, and its Debian package is never asked for: installing Debian's
# `npm` over an npm that came with Node.js fails with "held broken packages". Returns 1 when a
# command is still missing afterwards (the caller decides whether that ends the script).
ensure_commands() {
    local missing=() spec
    for spec in "$@"; do
        command -v "${spec%%:*}" >/dev/null 2>&1 || missing+=("${spec#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    ensure_packages "${missing[@]}" || true
    for spec in "$@"; do
        command -v "${spec%%:*}" >/dev/null 2>&1 || { echo "==> missing command: ${spec%%:*}" >&2; return 1; }
    done
}

# What a native build of the game needs: pkg-config (a command), and the libraries it finds
# (their pkg-config names, then the Debian packages that hold them).
NATIVE_LIBS=(alsa wayland-client xkbcommon)
NATIVE_PACKAGES=(libasound2-dev libwayland-dev libxkbcommon-dev)
ensure_native() {
    ensure_commands pkg-config || return 1
    pkg-config --exists "${NATIVE_LIBS[@]}" || ensure_packages "${NATIVE_PACKAGES[@]}"
}

# A real window without a display or GPU, and screenshots of it: Xvfb (commands) and Mesa's
# software drivers (libraries, so Debian's packages).
WINDOW_COMMANDS=(xvfb-run:xvfb xauth)
WINDOW_PACKAGES=(mesa-vulkan-drivers libgl1-mesa-dri)
ensure_window() {
    ensure_commands "${WINDOW_COMMANDS[@]}" || return 1
    ensure_packages "${WINDOW_PACKAGES[@]}"
}

# Finds a Chromium for headless printing and the browser tests and exports CHROMIUM (the
# Node tests launch it too): $CHROMIUM when it is set, else the first of chromium,
# chromium-browser, google-chrome-stable or google-chrome on PATH, else Debian's chromium.
ensure_chromium() {
    local c
    if [ -n "${CHROMIUM:-}" ]; then
        CHROMIUM=$(command -v "$CHROMIUM") || { echo "==> CHROMIUM is set but not a command" >&2; return 1; }
        export CHROMIUM
        return 0
    fi
    for c in chromium chromium-browser google-chrome-stable google-chrome; do
        if command -v "$c" >/dev/null 2>&1; then
            CHROMIUM=$(command -v "$c")
            export CHROMIUM
            return 0
        fi
    done
    ensure_commands chromium || return 1
    CHROMIUM=$(command -v chromium)
    export CHROMIUM
}

# Makes sure cargo, rustfmt and clippy are there (rustup is assumed, as the README says).
ensure_rust() {
    if ! command -v cargo >/dev/null; then
        if [ -x "$HOME/.cargo/bin/cargo" ]; then
            export PATH="$HOME/.cargo/bin:$PATH"
        else
            echo "error: SafeKite needs Rust: install rustup from rustup.rs first" >&2
            exit 1
        fi
    fi
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
    rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# Builds go to a target folder outside the checkout, kept between runs when it exists.
use_shared_target_dir() {
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/safekite/target}"
    mkdir -p "$CARGO_TARGET_DIR"
}

# Builds the content checker (safekite-core's `safekite-check`) in a target folder of its own,
# so checking a lesson never waits behind a game build in the shared folder, and sets CHECKER
# to it. cargo's progress is shown (what it compiles, and "Blocking waiting for file lock" when
# another cargo holds the folder); only its closing "Finished" line is left out.
build_checker() {
    local target="${SAFEKITE_TOOLS_TARGET:-$HOME/.cache/safekite/tools-target}"
    CARGO_TARGET_DIR="$target" cargo build --locked -p safekite-core --bin safekite-check 2>&1 \
        | { grep -v -E '^ +Finished ' || true; } >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] || return 1
    CHECKER="$target/debug/safekite-check"
}

# Prints a step's name and how long it took.
step() {
    local name="$1"
    shift
    echo
    echo "==> $name"
    local start=$SECONDS
    "$@"
    echo "==> $name: done in $((SECONDS - start)) s"
}

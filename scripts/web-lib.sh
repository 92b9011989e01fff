# The browser build's steps after compiling, shared by scripts/web-build and
# scripts/web-release-test (which runs them on every CI run, so a broken release path turns the
# test command red without a 20-minute release compile). Source after lib.sh, with ROOT, CACHE
# and TOOLS set.

BINARYEN_VERSION=132.0.0
WASM_OPT_FLAGS=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)

# Installs wasm-bindgen-cli at the version Cargo.lock uses (into $TOOLS) and sets WB.
install_wasm_bindgen() {
    local version
    version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
    WB="$TOOLS/bin/wasm-bindgen"
    if ! { [ -x "$WB" ] && "$WB" --version | grep -q " $version\$"; }; then
        echo "==> installing wasm-bindgen-cli $version"
        cargo install wasm-bindgen-cli --version "$version" --root "$TOOLS" --force
    fi
}

# Sets WASM_OPT to binaryen's wasm-opt from npm (Debian's binaryen is too old for the wasm
# features Rust emits today), installing it first. Node.js and npm are used wherever they came
# from; only when they are missing are Debian's packages installed. Returns 1, with a note,
# when it cannot be had: the size pass is optional.
install_wasm_opt() {
    WASM_OPT="$TOOLS/npm/node_modules/.bin/wasm-opt"
    [ -x "$WASM_OPT" ] && return 0
    WASM_OPT=
    if ! ensure_commands node:nodejs npm:npm; then
        echo "==> note: no Node.js/npm to install binaryen's wasm-opt: no size pass" >&2
        return 1
    fi
    mkdir -p "$TOOLS/npm"
    if ! (cd "$TOOLS/npm" && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"); then
        echo "==> note: npm could not install binaryen $BINARYEN_VERSION: no size pass" >&2
        return 1
    fi
    WASM_OPT="$TOOLS/npm/node_modules/.bin/wasm-opt"
}

# The size pass on module $1, in place. When wasm-opt fails the module is kept as it was, with
# a note: a failed optional step never ends the build.
size_pass() {
    local wasm="$1"
    echo "==> wasm-opt -Oz ($(basename "$wasm"))"
    # Node's default heap is too small for a module the game's size.
    if NODE_OPTIONS=--max-old-space-size=8192 "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" -o "$wasm.opt" "$wasm"; then
        mv "$wasm.opt" "$wasm"
    else
        rm -f "$wasm.opt"
        echo "==> note: wasm-opt failed on $(basename "$wasm"): kept without the size pass" >&2
    fi
}

# wasm-bindgen for module $1 (a .wasm file) into folder $2, then the size pass when WASM_OPT
# is set.
finish_wasm() {
    local wasm="$1" out="$2" name
    name=$(basename "$wasm" .wasm)
    "$WB" --target web --no-typescript --remove-name-section --out-dir "$out" --out-name "$name" "$wasm"
    if [ -n "${WASM_OPT:-}" ]; then size_pass "$out/${name}_bg.wasm"; fi
}

# Compressed copies (.gz and .br) of the large files in folder $1 (the wasm, the js, the fonts),
# for servers that send them as they are, and for the page, which fetches the .gz copy and
# inflates it itself when the server compresses nothing. $2 is `best` (gzip -9, brotli -q 11:
# minutes on the game's wasm) or `quick` (gzip -6, brotli -q 5: for the test build).
compress_copies() {
    local dist="$1" gz=-9 br=11 f
    [ "$2" = quick ] && gz=-6 br=5
    while IFS= read -r -d '' f; do
        gzip "$gz" -n -c "$f" > "$f.gz"
        brotli -q "$br" -c "$f" > "$f.br"
    done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.ttf' -o -name '*.otf' \) -size +8k -print0)
}

# The page, the content and the manifest the service worker caches from, into $1 (which
# already holds pkg/safekite_bg.wasm and pkg/safekite.js).
lay_out_dist() {
    local dist="$1"
    cp "$ROOT"/web/{index.html,app.js,sw.js,style.css,restart-audio-context.js,recorder.js,recorder-worklet.js,text-input.js,manifest.webmanifest} "$dist/"
    cp -r "$ROOT/web/vendor" "$dist/"
    cp "$ROOT/web/htaccess" "$dist/.htaccess"
    mkdir -p "$dist/assets"
    cp -r "$ROOT/lessons" "$ROOT/locales" "$dist/"
    local d
    for d in art voice fonts; do
        [ -d "$ROOT/assets/$d" ] && cp -r "$ROOT/assets/$d" "$dist/assets/"
    done
    rm -f "$dist/assets/voice/manifest.tsv"
    (cd "$ROOT" && build_checker && "$CHECKER" --list-assets) > "$dist/.lesson-assets.tsv"
    compress_copies "$dist" "${COMPRESSION:-best}"
    python3 "$ROOT/scripts/web-manifest.py" "$dist"
}

# One line of sizes (raw, gzip, brotli) for file $1: its compressed copies' when it has them
# (their levels: see compress_copies), else gzip -9 and brotli -q 11 made here.
size_line() {
    local f="$1" raw gz br
    raw=$(stat -c %s "$f")
    if [ -f "$f.gz" ]; then gz=$(stat -c %s "$f.gz"); else gz=$(gzip -9 -c "$f" | wc -c); fi
    if [ -f "$f.br" ]; then br=$(stat -c %s "$f.br"); else br=$(brotli -q 11 -c "$f" | wc -c); fi
    printf '%-28s raw %10d  gzip %10d  brotli %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
}

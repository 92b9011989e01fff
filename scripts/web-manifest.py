#!/usr/bin/env python3
"""Writes dist/asset-manifest.json (what the service worker caches: the shell, then the
lessons' files) and stamps sw.js with a version made from every file's hash.

    scripts/web-manifest.py DIST

Called by lay_out_dist in scripts/web-lib.sh, with DIST holding .lesson-assets.tsv from
`safekite-check --list-assets` (removed here)."""
import hashlib, json, os, sys
dist = sys.argv[1]
lesson_files = set()
with open(os.path.join(dist, ".lesson-assets.tsv"), encoding="utf-8") as f:
    for line in f:
        _, path = line.rstrip("\n").split("\t", 1)
        lesson_files.add(path)
os.remove(os.path.join(dist, ".lesson-assets.tsv"))
everything = []
for base, _, files in os.walk(dist):
    for name in files:
        rel = os.path.relpath(os.path.join(base, name), dist).replace(os.sep, "/")
        if rel not in ("sw.js", "asset-manifest.json"):
            everything.append(rel)
everything.sort()
digest = hashlib.sha256()
for rel in everything:
    with open(os.path.join(dist, rel), "rb") as f:
        digest.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
version = digest.hexdigest()[:16]
# The game's wasm is kept by the page itself (plain or gzip, whichever it downloaded), and the
# compressed copies are for servers and the page: neither belongs in the service worker's list.
# vendor/ holds the grown-ups' recorder's encoder: fetched when the recorder page opens (and
# kept by the service worker then), never downloaded for a child's visit.
WASM = "pkg/safekite_bg.wasm"
for_the_shell = lambda p: (p != WASM and not p.endswith((".gz", ".br")) and not p.startswith(".")
                           and not p.startswith("vendor/"))
shell = [p for p in everything if p not in lesson_files and for_the_shell(p)]
lessons = [p for p in everything if p in lesson_files]
gz = os.path.join(dist, WASM + ".gz")
manifest = {
    "version": version,
    "wasm_bytes": os.path.getsize(os.path.join(dist, WASM)),
    "wasm_gz_bytes": os.path.getsize(gz) if os.path.exists(gz) else 0,
    "shell": shell,
    "lessons": lessons,
}
with open(os.path.join(dist, "asset-manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, indent=1)
sw = os.path.join(dist, "sw.js")
with open(sw, encoding="utf-8") as f:
    text = f.read()
with open(sw, "w", encoding="utf-8") as f:
    f.write(text.replace("__SAFEKITE_VERSION__", version))
print(f"==> dist/: {len(shell)} shell files, {len(lessons)} lesson files, version {version}")

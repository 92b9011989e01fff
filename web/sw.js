// SafeKite's service worker: after the first visit, SafeKite starts and plays offline.
// The app shell is cached when the worker installs (without the game's wasm: the page keeps the
// copy it downloaded, plain or gzip, in the same cache, so the game is downloaded once); every lesson's pictures and voices are then
// fetched in the background (the game itself loads them per lesson). Everything is same-origin;
// nothing is ever fetched from anywhere else. The build writes VERSION and the file lists into
// asset-manifest.json; this file's VERSION line is stamped by scripts/web-build.
const VERSION = "__SAFEKITE_VERSION__";
const CACHE = "safekite-" + VERSION;

async function manifest() {
  const r = await fetch("asset-manifest.json", { cache: "no-store" });
  return r.json();
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const m = await manifest();
    const cache = await caches.open(CACHE);
    await cache.addAll(["./", "asset-manifest.json", ...m.shell]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("safekite-") && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
    // Lessons' pictures and voices: in the background, a few at a time.
    const m = await manifest();
    const cache = await caches.open(CACHE);
    const todo = [...m.lessons];
    const worker = async () => {
      for (let url = todo.shift(); url; url = todo.shift()) {
        if (await cache.match(url)) continue;
        try {
          const r = await fetch(url);
          if (r.ok) await cache.put(url, r);
        } catch (e) { /* offline now: it will be fetched when played */ }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    try {
      const r = await fetch(req);
      if (r.ok && r.type === "basic") cache.put(req, r.clone());
      return r;
    } catch (e) {
      if (req.mode === "navigate") {
        const shell = await cache.match("./");
        if (shell) return shell;
      }
      return new Response("", { status: 504, statusText: "offline" });
    }
  })());
});

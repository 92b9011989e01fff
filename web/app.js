// Starts SafeKite in the browser: shows a real loading bar while the game downloads, then a big
// "tap to start" (which also unlocks sound), then runs the game in the canvas. Registers the
// service worker that keeps SafeKite working offline, and asks the browser to keep its storage.
import init from "./pkg/safekite.js";

const $ = (id) => document.getElementById(id);
const stage = (s) => { document.body.dataset.stage = s; };

function showError(vi, en) {
  $("error").innerHTML = "";
  for (const [lang, text] of [["vi", vi], ["en", en]]) {
    const p = document.createElement("span");
    p.lang = lang;
    p.textContent = text;
    p.style.display = "block";
    $("error").append(p);
  }
  $("error").hidden = false;
  stage("error");
}

function setProgress(fraction) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  $("progress-fill").style.width = pct + "%";
  $("progress").setAttribute("aria-valuenow", String(pct));
}

async function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  try {
    await navigator.serviceWorker.register("sw.js", { scope: "./" });
  } catch (e) {
    console.warn("safekite: offline support unavailable:", e);
  }
}

async function keepStorage() {
  if (navigator.storage && navigator.storage.persist) {
    try {
      const persisted = await navigator.storage.persist();
      console.info("safekite: persistent storage " + (persisted ? "granted" : "not granted"));
    } catch (e) {
      console.warn("safekite: could not ask for persistent storage:", e);
    }
  }
}

/// Downloads `url`, reporting progress against `expectedBytes` when the server gives no length.
async function download(url, expectedBytes) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || expectedBytes || 0;
  if (!response.body || !total) {
    const buf = await response.arrayBuffer();
    setProgress(1);
    return buf;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    setProgress(received / total);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
  setProgress(1);
  return bytes.buffer;
}

const WASM = "pkg/safekite_bg.wasm";
const WASM_GZ = WASM + ".gz";

/// Whether the server compresses the wasm by itself (it sends a Content-Encoding). A plain
/// static server does not: the page then fetches the gzip copy and inflates it here, so the
/// download is the compressed size on every host. Offline, the HEAD fails: then whichever copy
/// the last visit kept is used.
async function serverCompresses() {
  try {
    const head = await fetch(WASM, { method: "HEAD", cache: "no-store" });
    return head.ok ? Boolean(head.headers.get("content-encoding")) : true;
  } catch (e) {
    return true;
  }
}

/// Inflates gzip bytes (a server that sent the .gz with its own Content-Encoding has already
/// inflated them: those start with wasm's magic number and are returned as they are).
async function gunzip(buf) {
  const head = new Uint8Array(buf, 0, 2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return buf;
  const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/// Keeps the bytes as downloaded in the offline cache (the service worker serves them from
/// there next time), so the first visit downloads the game once, not again for the cache.
async function keepForOffline(info, url, buf) {
  if (!("caches" in self) || !info.version) return;
  try {
    const cache = await caches.open("safekite-" + info.version);
    await cache.put(url, new Response(buf, { headers: { "Content-Type": "application/wasm" } }));
  } catch (e) {
    console.warn("safekite: could not keep the game for offline use:", e);
  }
}

/// The game's wasm module: the gzip copy inflated here when the server does not compress,
/// else the plain module (which the server compresses, or the offline cache holds).
async function downloadGame(info) {
  const useGzip = "DecompressionStream" in self && info.wasm_gz_bytes && !(await serverCompresses());
  const tries = useGzip ? [[WASM_GZ, info.wasm_gz_bytes], [WASM, info.wasm_bytes]]
    : [[WASM, info.wasm_bytes], [WASM_GZ, info.wasm_gz_bytes]];
  let lastError;
  for (const [url, bytes] of tries) {
    if (url === WASM_GZ && !("DecompressionStream" in self)) continue;
    try {
      const buf = await download(url, bytes);
      keepForOffline(info, url, buf);
      console.info(`safekite: game downloaded from ${url} (${buf.byteLength} bytes)`);
      return url === WASM_GZ ? await gunzip(buf) : buf;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

async function main() {
  stage("loading");
  registerServiceWorker();
  keepStorage();
  let info = {};
  try {
    info = await (await fetch("asset-manifest.json")).json();
  } catch (e) {
    console.warn("safekite: no asset manifest:", e);
  }
  let wasm;
  try {
    wasm = await downloadGame(info);
  } catch (e) {
    console.error("safekite: download failed:", e);
    showError("Chưa tải được SafeKite. Hãy kiểm tra mạng rồi tải lại trang nhé.",
              "SafeKite could not load. Check the connection and reload the page.");
    return;
  }
  $("status").hidden = true;
  $("progress").hidden = true;
  $("start").hidden = false;
  stage("ready");
  $("start").focus();
  $("start").addEventListener("click", async () => {
    if (window.safekiteResumeAudio) window.safekiteResumeAudio();
    $("safekite").hidden = false;
    stage("playing");
    $("safekite").focus();
    // The grown-ups' recordings are read first: the game asks for them as it starts.
    if (window.safekiteRecorder) await window.safekiteRecorder.loadKept();
    try {
      await init({ module_or_path: wasm });
    } catch (e) {
      // winit leaves its start-up function by throwing; that is not an error.
      if (!String(e).includes("Using exceptions for control flow")) {
        console.error("safekite: the game stopped:", e);
        showError("Ôi, SafeKite gặp trục trặc. Hãy tải lại trang nhé.",
                  "Oops, SafeKite hit a problem. Please reload the page.");
      }
    }
  }, { once: true });
}

main();

// The browser's side of the grown-ups' recorder (src/recorder/browser.rs calls these):
// - the microphone: getUserMedia, asked only when the grown-up presses Record, its samples
//   tapped with an AudioWorklet (recorder-worklet.js), so a take is the microphone's own samples
//   (a MediaRecorder would give Opus in WebM, lossy, which the game cannot play);
// - the OGG Vorbis encoder (vendor/wasm-media-encoders: libvorbis in WebAssembly), fetched when
//   the recorder page opens;
// - the recordings kept in IndexedDB (too large for localStorage), read before the game starts;
// - voice pack files picked with the browser's file button, held until the game takes them.
// Errors are said as short words the game turns into sentences ("not-allowed", "no-microphone").
(() => {
  const ENCODER_JS = "vendor/wasm-media-encoders/WasmMediaEncoder.min.js";
  const ENCODER_WASM = "vendor/wasm-media-encoders/ogg.wasm";
  const DB_NAME = "safekite";
  const FILES = "files";
  const RECORDINGS = "recordings/voice-pack.zip";
  const SERIAL = 0x5afe4b17; // the native encoder's stream serial: the same take, the same bytes

  let take = null;
  let encoder = null;
  let encoderLoading = null;
  let kept = null;
  let saveProblem = null;
  const picked = [];

  /** The encoder, loaded once (its script, then its wasm). */
  function loadEncoder() {
    if (encoderLoading) return encoderLoading;
    encoderLoading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = ENCODER_JS;
      script.onload = resolve;
      script.onerror = () => reject(new Error(ENCODER_JS + " did not load"));
      document.head.append(script);
    })
      .then(() => self.WasmMediaEncoder.createEncoder("audio/ogg", ENCODER_WASM))
      .then((e) => { encoder = e; })
      .catch((e) => { encoderLoading = null; console.warn("safekite: the encoder:", e); });
    return encoderLoading;
  }

  /** A short word for why the microphone could not be used. */
  function why(e) {
    switch (e && e.name) {
      case "NotAllowedError": case "SecurityError": return "not-allowed";
      case "NotFoundError": case "OverconstrainedError": return "no-microphone";
      case "NotReadableError": return "busy";
      default: return String((e && e.message) || e);
    }
  }

  /** Opens the microphone for take `t` and taps it; says why not in `t.error`. */
  async function open(t) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, autoGainControl: false, noiseSuppression: false },
      });
      if (t.ended) { stream.getTracks().forEach((track) => track.stop()); return; }
      const context = new AudioContext();
      await context.audioWorklet.addModule("recorder-worklet.js");
      const tap = new AudioWorkletNode(context, "safekite-tap", { numberOfOutputs: 0 });
      tap.port.onmessage = (m) => {
        t.blocks.push(m.data);
        t.level = 20 * Math.log10(Math.sqrt(m.data.reduce((a, s) => a + s * s, 0) / m.data.length));
      };
      context.createMediaStreamSource(stream).connect(tap);
      await context.resume();
      Object.assign(t, { stream, context, rate: context.sampleRate, state: "recording" });
      if (t.ended) close(t);
    } catch (e) {
      t.state = "failed";
      t.error = why(e);
      console.warn("safekite: the microphone:", e);
    }
  }

  function close(t) {
    if (t.stream) t.stream.getTracks().forEach((track) => track.stop());
    if (t.context) t.context.close();
  }

  function joined(blocks) {
    const all = new Float32Array(blocks.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of blocks) { all.set(b, at); at += b.length; }
    return all;
  }

  /** The recordings database (one store of files by name). */
  function database() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(FILES);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  function request(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }

  self.safekiteRecorder = {
    /** Whether this page may ask for a microphone at all (https, or this computer). */
    available() {
      return Boolean(self.isSecureContext && navigator.mediaDevices && self.AudioWorkletNode);
    },
    /** Begins a take: asks for the microphone (the browser asks the grown-up the first time). */
    start() {
      if (take) return;
      take = { state: "asking", blocks: [], ended: false };
      loadEncoder();
      open(take);
    },
    /** Why the take being made cannot go on, if it cannot. */
    problem() {
      return take && take.state === "failed" ? take.error : null;
    },
    /** How loud the microphone is now, in dBFS, while recording (else null). */
    level() {
      if (!take || take.state !== "recording") return null;
      return Number.isFinite(take.level) ? take.level : -120; // silence, or nothing heard yet
    },
    /** Ends the take: `{ samples, rate }`, or `{ error }`. */
    stop() {
      const t = take;
      take = null;
      if (!t) return { error: "not recording" };
      t.ended = true;
      if (t.state === "failed") return { error: t.error };
      if (t.state !== "recording") return { error: "still-asking" };
      close(t);
      return { samples: joined(t.blocks), rate: t.rate };
    },
    /** Starts fetching the encoder (the recorder page opened). */
    prepare() {
      loadEncoder();
    },
    /** A mono take at `rate` as OGG Vorbis of quality `quality` (-1 to 10). */
    encodeOgg(samples, rate, quality) {
      if (!encoder) throw new Error("the encoder is still loading: press Stop again in a moment");
      encoder.configure({ channels: 1, sampleRate: rate, vbrQuality: quality, oggSerialNo: SERIAL });
      const parts = [];
      for (let at = 0; at < samples.length; at += 4096) {
        parts.push(encoder.encode([samples.subarray(at, at + 4096)]).slice());
      }
      parts.push(encoder.finalize().slice());
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) { out.set(p, at); at += p.length; }
      return out;
    },
    /** Reads the kept recordings (before the game starts: the game reads them at once). */
    async loadKept() {
      try {
        const db = await database();
        const bytes = await request(db.transaction(FILES).objectStore(FILES).get(RECORDINGS));
        kept = bytes instanceof Uint8Array ? bytes : null;
      } catch (e) {
        console.warn("safekite: the recordings could not be read:", e);
      }
    },
    /** The kept recordings' voice pack, or null. */
    kept() {
      return kept;
    },
    /** Keeps the recordings (a voice pack's bytes); a failure is told by saveProblem(). */
    save(bytes) {
      kept = bytes.slice();
      const copy = kept;
      database()
        .then((db) => request(db.transaction(FILES, "readwrite").objectStore(FILES).put(copy, RECORDINGS)))
        .catch((e) => { saveProblem = String((e && e.message) || e); console.error("safekite: the recordings were not kept:", e); });
    },
    /** Why the last save failed (once), or null. */
    saveProblem() {
      const p = saveProblem;
      saveProblem = null;
      return p;
    },
    /** Opens the browser's file button for a voice pack (no larger than `maxBytes`). */
    pickPack(maxBytes) {
      const input = document.createElement("input");
      input.type = "file";
      input.accept = ".zip,application/zip";
      input.onchange = async () => {
        const file = input.files && input.files[0];
        if (!file) return;
        if (file.size > maxBytes) { picked.push({ name: file.name, error: "too-big" }); return; }
        picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      };
      input.click();
    },
    /** The next picked pack, `{ name, bytes }` or `{ name, error }`, or null. */
    takePicked() {
      return picked.shift() || null;
    },
  };
})();

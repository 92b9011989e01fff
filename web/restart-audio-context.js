// Browsers keep sound off until the first tap. bevy_audio makes its AudioContext when the game
// starts and does not retry, so every AudioContext created on this page is remembered and
// resumed on the next user gesture.
(function () {
  const contexts = new Set();
  for (const name of ["AudioContext", "webkitAudioContext"]) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = new Proxy(Original, {
      construct(target, args) {
        const ctx = new target(...args);
        contexts.add(ctx);
        return ctx;
      },
    });
  }
  const resumeAll = () => {
    for (const ctx of contexts) {
      if (ctx.state === "suspended") ctx.resume().catch(() => {});
    }
  };
  for (const ev of ["pointerdown", "touchend", "keydown", "click"]) {
    document.addEventListener(ev, resumeAll, { capture: true });
  }
  window.safekiteResumeAudio = resumeAll;
})();

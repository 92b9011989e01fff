// Typing into the grown-ups' text fields with a composing keyboard (Vietnamese Telex on macOS,
// Linux, ChromeOS and Windows' own keyboard; Chinese, Japanese...). The game draws its text fields
// on the canvas, which is not editable, so a composing keyboard has nowhere to compose and its
// letters were lost ("Cô" became "C"). While a text field is being edited (the game calls
// `editing(true, x, y)`), a hidden <input> under the field's cursor takes the focus: letters and
// a composing keyboard's finished text are typed there, other keys are noted, and the game takes
// them all in order (`take()`). Phones keep their own (bevy_egui's) input.
(() => {
  const phone = /Android|iPhone|iPad|iPod|webOS|BlackBerry/.test(navigator.userAgent);
  let input = null;
  let on = false;
  // What was typed, in order: { text } or { key, pressed, ctrl, shift, alt, meta }.
  let queue = [];

  function canvas() {
    return document.getElementById("safekite");
  }

  /** Hands what the input holds to the game, and empties it. */
  function take() {
    if (input.value) queue.push({ text: input.value });
    input.value = "";
  }

  /** A key that types nothing (Backspace, arrows, Enter, shortcuts) goes to the game as a key,
   *  in order with the text; a letter is typed into the input, and a composing keyboard's keys
   *  are left to it. Copy, cut and paste keep their default (the game takes them from there). */
  function key(e) {
    if (e.isComposing || e.key === "Process" || e.keyCode === 229) return;
    const shortcut = e.ctrlKey || e.metaKey;
    if (e.key.length === 1 && !shortcut) return;
    if (shortcut && ["c", "v", "x"].includes(e.key.toLowerCase())) return;
    queue.push({ key: e.key, pressed: e.type === "keydown", ctrl: e.ctrlKey, shift: e.shiftKey, alt: e.altKey, meta: e.metaKey });
    e.preventDefault();
  }

  function make() {
    input = document.createElement("input");
    input.type = "text";
    input.id = "safekite-text-input";
    input.autocomplete = "off";
    input.setAttribute("aria-hidden", "true");
    input.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;";
    input.addEventListener("keydown", key);
    input.addEventListener("keyup", key);
    input.addEventListener("compositionend", take);
    input.addEventListener("input", (e) => {
      if (e.inputType === "insertFromPaste") { input.value = ""; return; } // the game pastes
      if (!e.isComposing) take();
    });
    document.body.append(input);
  }

  self.safekiteTextInput = {
    /** The game says whether a text field is being edited, and where its cursor is. */
    editing(now, x, y) {
      if (phone) return;
      if (!input) make();
      if (now) {
        input.style.left = `${Math.round(x)}px`;
        input.style.top = `${Math.round(y)}px`;
        if (document.activeElement !== input) input.focus({ preventScroll: true });
      } else if (on && document.activeElement === input) {
        take();
        canvas().focus({ preventScroll: true });
      }
      on = now;
    },
    /** What was typed since the game last asked, in order. */
    take() {
      const q = queue;
      queue = [];
      return q;
    },
  };
})();

//! The grown-ups' gate: what stands between a child and the settings, the classroom and the
//! records. A grown-up presses and holds a button for [`HOLD_SECONDS`], then either types a
//! number that is written in words ("hai mươi tư" → 24, chosen at random, in the current
//! language: a pre-reader cannot read it), or, when a teacher has set one, the PIN. The PIN is
//! kept as a salted PBKDF2-SHA256 hash ([`PinLock`]), never in clear. A wrong answer sends the
//! gate back to the hold with a new number, so random taps almost never open it.
//!
//! This is the gate's logic only; the game draws it and feeds it presses, time and digits.

use pbkdf2::pbkdf2_hmac_array;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// How long the button is held before the question appears.
pub const HOLD_SECONDS: f32 = 3.0;

/// The shortest and longest PIN a teacher can set.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// PBKDF2 rounds for a PIN: enough that a copied progress file does not give the PIN away at
/// a glance, few enough for a slow tablet (and the browser build) to check it at once.
const PIN_ROUNDS: u32 = 20_000;

/// Where the gate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateStep {
    /// Waiting for the button to be held for [`HOLD_SECONDS`].
    Hold,
    /// Asking for the number written in words, or for the PIN.
    Answer,
    /// Open: the grown-ups' area may be shown.
    Open,
}

/// What the answer step asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Type this number, shown in words.
    Number(u32),
    /// Type the teacher's PIN.
    Pin,
}

/// The gate's state. Feed it with [`Gate::press`], [`Gate::release`], [`Gate::tick`],
/// [`Gate::digit`], [`Gate::erase`] and [`Gate::submit`].
#[derive(Clone, Debug)]
pub struct Gate {
    step: GateStep,
    pressed: bool,
    held: f32,
    typed: String,
    number: u32,
    pin: Option<PinLock>,
    /// How many wrong answers were given since the gate was made.
    pub wrong_answers: u32,
}

impl Gate {
    /// A closed gate. `random` picks the number to ask for (any value: it is reduced here);
    /// with a `pin`, the PIN is asked instead.
    pub fn new(random: u64, pin: Option<PinLock>) -> Self {
        Gate {
            step: GateStep::Hold,
            pressed: false,
            held: 0.0,
            typed: String::new(),
            number: number_from_random(random),
            pin,
            wrong_answers: 0,
        }
    }

    pub fn step(&self) -> GateStep {
        self.step
    }

    /// What the answer step asks for.
    pub fn ask(&self) -> Ask {
        if self.pin.is_some() {
            Ask::Pin
        } else {
            Ask::Number(self.number)
        }
    }

    /// The digits typed so far.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// How far the hold has come, 0.0 to 1.0.
    pub fn hold_progress(&self) -> f32 {
        (self.held / HOLD_SECONDS).clamp(0.0, 1.0)
    }

    /// The hold button went down.
    pub fn press(&mut self) {
        if self.step == GateStep::Hold {
            self.pressed = true;
            self.held = 0.0;
        }
    }

    /// The hold button came up (or the finger slid off it): the hold starts again.
    pub fn release(&mut self) {
        self.pressed = false;
        if self.step == GateStep::Hold {
            self.held = 0.0;
        }
    }

    /// Time passed; a button held long enough moves the gate to the question.
    pub fn tick(&mut self, seconds: f32) {
        if self.step == GateStep::Hold && self.pressed {
            self.held += seconds.max(0.0);
            if self.held >= HOLD_SECONDS {
                self.step = GateStep::Answer;
                self.pressed = false;
                self.typed.clear();
            }
        }
    }

    /// A digit key (0-9); others are ignored, as is typing past the longest answer.
    pub fn digit(&mut self, d: u8) {
        if self.step == GateStep::Answer && d <= 9 && self.typed.len() < *PIN_DIGITS.end() {
            self.typed.push(char::from(b'0' + d));
        }
    }

    /// Removes the last digit typed.
    pub fn erase(&mut self) {
        if self.step == GateStep::Answer {
            self.typed.pop();
        }
    }

    /// Checks what was typed: right, the gate opens; wrong, it goes back to the hold with a
    /// new number (drawn from `random`). Returns whether it opened.
    pub fn submit(&mut self, random: u64) -> bool {
        if self.step != GateStep::Answer {
            return false;
        }
        let right = match &self.pin {
            Some(lock) => lock.verify(&self.typed),
            None => self.typed == self.number.to_string(),
        };
        self.typed.clear();
        if right {
            self.step = GateStep::Open;
        } else {
            self.wrong_answers += 1;
            self.step = GateStep::Hold;
            self.held = 0.0;
            self.number = number_from_random(random);
        }
        right
    }
}

/// A number from 21 to 99 that is not a multiple of ten: always two words or more.
fn number_from_random(random: u64) -> u32 {
    let choices: Vec<u32> = (21..100).filter(|n| n % 10 != 0).collect();
    choices[(random % choices.len() as u64) as usize]
}

/// A number from 0 to 99 in words, in `locale` (`vi` as written in the North, else English).
pub fn number_in_words(n: u32, locale: &str) -> String {
    if locale == "vi" {
        vietnamese_number(n)
    } else {
        english_number(n)
    }
}

fn vietnamese_number(n: u32) -> String {
    const UNITS: [&str; 10] = [
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
    ];
    let (tens, unit) = (n / 10 % 10, (n % 10) as usize);
    match (tens, unit) {
        (0, u) => UNITS[u].to_string(),
        (1, 0) => "mười".to_string(),
        (1, 5) => "mười lăm".to_string(),
        (1, u) => format!("mười {}", UNITS[u]),
        (t, 0) => format!("{} mươi", UNITS[t as usize]),
        (t, u) => {
            let last = match u {
                1 => "mốt",
                4 => "tư",
                5 => "lăm",
                u => UNITS[u],
            };
            format!("{} mươi {last}", UNITS[t as usize])
        }
    }
}

fn english_number(n: u32) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let n = n % 100;
    match n {
        0..20 => SMALL[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
    }
}

/// A PIN kept as a salted hash: `salt` and `hash` in hexadecimal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinLock {
    pub salt: String,
    pub hash: String,
}

/// Why a PIN cannot be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    /// Fewer or more digits than [`PIN_DIGITS`].
    Length,
    /// Something other than the digits 0-9.
    NotDigits,
}

impl PinLock {
    /// Locks `pin` with a fresh `salt` (16 random bytes from the caller).
    pub fn new(pin: &str, salt: [u8; 16]) -> Result<Self, PinError> {
        if !pin.chars().all(|c| c.is_ascii_digit()) {
            return Err(PinError::NotDigits);
        }
        if !PIN_DIGITS.contains(&pin.len()) {
            return Err(PinError::Length);
        }
        let salt = to_hex(&salt);
        let hash = to_hex(&derive(pin, &salt));
        Ok(PinLock { salt, hash })
    }

    /// Whether `pin` is the PIN that was locked.
    pub fn verify(&self, pin: &str) -> bool {
        to_hex(&derive(pin, &self.salt)) == self.hash
    }
}

fn derive(pin: &str, salt_hex: &str) -> [u8; 32] {
    pbkdf2_hmac_array::<Sha256, 32>(pin.as_bytes(), salt_hex.as_bytes(), PIN_ROUNDS)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_by_answering(gate: &mut Gate, answer: &str) -> bool {
        gate.press();
        gate.tick(1.5);
        gate.tick(1.6);
        for d in answer.bytes() {
            gate.digit(d - b'0');
        }
        gate.submit(7)
    }

    #[test]
    fn vietnamese_numbers_are_written_as_a_northern_teacher_writes_them() {
        let cases = [
            (21, "hai mươi mốt"),
            (24, "hai mươi tư"),
            (25, "hai mươi lăm"),
            (15, "mười lăm"),
            (11, "mười một"),
            (30, "ba mươi"),
            (97, "chín mươi bảy"),
            (7, "bảy"),
        ];
        for (n, words) in cases {
            assert_eq!(number_in_words(n, "vi"), words, "{n}");
        }
    }

    #[test]
    fn english_numbers() {
        assert_eq!(number_in_words(47, "en"), "forty-seven");
        assert_eq!(number_in_words(13, "en"), "thirteen");
        assert_eq!(number_in_words(80, "en"), "eighty");
    }

    #[test]
    fn asked_numbers_are_two_words_from_21_to_99() {
        for r in 0..500u64 {
            let Ask::Number(n) = Gate::new(r * 7919, None).ask() else {
                panic!("no PIN set, a number is asked");
            };
            assert!((21..100).contains(&n) && n % 10 != 0, "{n}");
        }
    }

    #[test]
    fn holding_three_seconds_then_the_right_number_opens() {
        let mut gate = Gate::new(5, None);
        let Ask::Number(n) = gate.ask() else { panic!() };
        assert!(open_by_answering(&mut gate, &n.to_string()));
        assert_eq!(gate.step(), GateStep::Open);
    }

    #[test]
    fn letting_go_early_starts_the_hold_again() {
        let mut gate = Gate::new(5, None);
        gate.press();
        gate.tick(2.9);
        gate.release();
        gate.press();
        gate.tick(0.2);
        assert_eq!(gate.step(), GateStep::Hold);
        gate.tick(2.9);
        assert_eq!(gate.step(), GateStep::Answer);
    }

    #[test]
    fn a_wrong_answer_goes_back_to_the_hold_with_a_new_number() {
        let mut gate = Gate::new(5, None);
        let Ask::Number(n) = gate.ask() else { panic!() };
        assert!(!open_by_answering(&mut gate, &(n + 1).to_string()));
        assert_eq!(gate.step(), GateStep::Hold);
        assert_eq!(gate.wrong_answers, 1);
        assert_ne!(gate.ask(), Ask::Number(n));
    }

    #[test]
    fn a_pin_is_stored_salted_never_in_clear_and_opens_the_gate() {
        let lock = PinLock::new("2468", [9; 16]).unwrap();
        assert!(!lock.hash.contains("2468") && !lock.salt.contains("2468"));
        let other_salt = PinLock::new("2468", [1; 16]).unwrap();
        assert_ne!(lock.hash, other_salt.hash, "the salt changes the hash");
        assert!(lock.verify("2468") && !lock.verify("2469"));
        let mut gate = Gate::new(5, Some(lock.clone()));
        assert_eq!(gate.ask(), Ask::Pin);
        let Ask::Pin = gate.ask() else { panic!() };
        let mut wrong = gate.clone();
        assert!(!open_by_answering(&mut wrong, "1234"));
        assert!(open_by_answering(&mut gate, "2468"));
    }

    #[test]
    fn a_pin_must_be_four_to_eight_digits() {
        assert_eq!(PinLock::new("123", [0; 16]), Err(PinError::Length));
        assert_eq!(PinLock::new("123456789", [0; 16]), Err(PinError::Length));
        assert_eq!(PinLock::new("12a4", [0; 16]), Err(PinError::NotDigits));
    }

    /// What a child's random tapping does to the gate: taps on the hold button, the digit
    /// keys, "erase", "OK" or elsewhere, each held for a random time (mostly short, sometimes
    /// long: a child may lean on the screen).
    fn random_tapping(seed: u64, taps: usize) -> bool {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut gate = Gate::new(rng.u64(..), None);
        for _ in 0..taps {
            let seconds = if rng.u8(..10) == 0 {
                rng.f32() * 6.0
            } else {
                rng.f32() * 0.8
            };
            match rng.u8(..14) {
                0 => {
                    gate.press();
                    gate.tick(seconds);
                    gate.release();
                }
                d @ 1..=10 => gate.digit(d - 1),
                11 => gate.erase(),
                12 => {
                    gate.submit(rng.u64(..));
                }
                _ => gate.tick(seconds),
            }
            if gate.step() == GateStep::Open {
                return true;
            }
        }
        false
    }

    #[test]
    fn random_tapping_opens_the_gate_in_under_one_run_in_a_hundred() {
        let runs = 10_000;
        let opened = (0..runs).filter(|&seed| random_tapping(seed, 60)).count();
        assert!(
            opened * 100 < runs as usize,
            "random tapping opened the gate in {opened} of {runs} runs"
        );
    }
}

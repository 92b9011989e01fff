//! Where takes come from: [`Capture`], behind the [`Microphone`] resource. Natively the real one
//! ([`SystemMicrophone`]) records the system's default input device with cpal on a thread of its
//! own (a cpal stream may not move between threads); tests put a [`WavFile`] in its place, which
//! "records" a WAV file. In the browser it is `super::browser::BrowserMicrophone`. Without an
//! input device the page says so instead of failing.

use bevy::prelude::*;

/// What one take captured: interleaved samples, how many channels, the sample rate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Captured {
    pub samples: Vec<f32>,
    pub channels: u16,
    pub rate: u32,
}

/// Why nothing could be captured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptureError {
    /// No microphone on this device (or none the system lets SafeKite use).
    NoMicrophone,
    /// The browser was not allowed to use the microphone.
    NotAllowed,
    /// The browser is still asking the grown-up whether SafeKite may use the microphone.
    StillAsking,
    /// The browser allows a microphone only on an https page (or on this computer).
    NeedsSecurePage,
    /// Anything else, said as the system said it.
    Failed(String),
}

/// A source of takes: [`Capture::start`] begins a take, [`Capture::stop`] ends it.
pub trait Capture: Send + Sync {
    /// Whether there is something to record from.
    fn available(&self) -> bool;
    /// Why there is nothing to record from, when [`Capture::available`] says so.
    fn why_unavailable(&self) -> CaptureError {
        CaptureError::NoMicrophone
    }
    fn start(&mut self) -> Result<(), CaptureError>;
    /// Why the take being made cannot go on (the browser was refused the microphone after the
    /// take began), if it cannot.
    fn problem(&mut self) -> Option<CaptureError> {
        None
    }
    fn stop(&mut self) -> Result<Captured, CaptureError>;
    /// How loud the microphone is now, in dBFS (the last tenth of a second), while recording.
    fn level(&self) -> Option<f32> {
        None
    }
}

/// The level of the last tenth of a second of interleaved `samples`, in dBFS.
pub fn recent_level(samples: &[f32], channels: u16, rate: u32) -> Option<f32> {
    let n = (rate as usize / 10) * usize::from(channels.max(1));
    let recent = &samples[samples.len().saturating_sub(n)..];
    if recent.is_empty() {
        return None;
    }
    let rms = (recent.iter().map(|s| s * s).sum::<f32>() / recent.len() as f32).sqrt();
    Some(safekite_core::recording::dbfs(rms))
}

/// The source of takes the recorder uses.
#[derive(Resource)]
pub struct Microphone(pub Box<dyn Capture>);

impl Default for Microphone {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Microphone(Box::new(SystemMicrophone::default()))
        }
        #[cfg(target_arch = "wasm32")]
        {
            Microphone(Box::new(super::browser::BrowserMicrophone))
        }
    }
}

/// Nothing to record from (tests of the page without a microphone).
pub struct NoCapture;

impl Capture for NoCapture {
    fn available(&self) -> bool {
        false
    }
    fn start(&mut self) -> Result<(), CaptureError> {
        Err(CaptureError::NoMicrophone)
    }
    fn stop(&mut self) -> Result<Captured, CaptureError> {
        Err(CaptureError::NoMicrophone)
    }
}

/// A WAV file as the microphone: every take is the file (tests, and trying the recorder on a
/// device without one).
#[cfg(not(target_arch = "wasm32"))]
pub struct WavFile(pub std::path::PathBuf);

#[cfg(not(target_arch = "wasm32"))]
impl Capture for WavFile {
    fn available(&self) -> bool {
        self.0.is_file()
    }
    fn start(&mut self) -> Result<(), CaptureError> {
        Ok(())
    }
    fn stop(&mut self) -> Result<Captured, CaptureError> {
        read_wav(&self.0).map_err(|e| CaptureError::Failed(format!("{}: {e}", self.0.display())))
    }
}

/// The samples of a WAV file, as floats from -1 to 1.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_wav(path: &std::path::Path) -> Result<Captured, hound::Error> {
    let mut reader = hound::WavReader::open(path)?;
    let spec = reader.spec();
    let samples = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<Vec<_>, _>>()?,
        hound::SampleFormat::Int => {
            let full = (1i64 << (spec.bits_per_sample - 1)) as f32;
            let ints = reader.samples::<i32>().collect::<Result<Vec<_>, _>>()?;
            ints.into_iter().map(|s| s as f32 / full).collect()
        }
    };
    Ok(Captured {
        samples,
        channels: spec.channels,
        rate: spec.sample_rate,
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub use system::SystemMicrophone;

#[cfg(not(target_arch = "wasm32"))]
mod system {
    use super::{Capture, CaptureError, Captured};
    use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
    use std::sync::mpsc;
    use std::sync::{Arc, Mutex};

    /// The system's default input device, through cpal.
    #[derive(Default)]
    pub struct SystemMicrophone {
        take: Option<Take>,
    }

    /// A take being recorded: the samples so far, and the way to tell the thread to stop.
    struct Take {
        samples: Arc<Mutex<Vec<f32>>>,
        format: (u16, u32),
        stop: mpsc::Sender<()>,
        thread: std::thread::JoinHandle<()>,
    }

    impl Capture for SystemMicrophone {
        fn available(&self) -> bool {
            cpal::default_host().default_input_device().is_some()
        }

        fn start(&mut self) -> Result<(), CaptureError> {
            if self.take.is_some() {
                return Ok(());
            }
            let samples = Arc::new(Mutex::new(Vec::new()));
            let (stop, stopped) = mpsc::channel();
            let (ready, is_ready) = mpsc::channel();
            let kept = samples.clone();
            let thread = std::thread::spawn(move || record(kept, stopped, ready));
            let format = is_ready
                .recv()
                .map_err(|e| CaptureError::Failed(e.to_string()))??;
            self.take = Some(Take {
                samples,
                format,
                stop,
                thread,
            });
            Ok(())
        }

        fn level(&self) -> Option<f32> {
            let take = self.take.as_ref()?;
            let samples = take.samples.lock().ok()?;
            super::recent_level(&samples, take.format.0, take.format.1)
        }

        fn stop(&mut self) -> Result<Captured, CaptureError> {
            let take = self
                .take
                .take()
                .ok_or(CaptureError::Failed("not recording".into()))?;
            let _ = take.stop.send(());
            let _ = take.thread.join();
            let samples =
                std::mem::take(&mut *take.samples.lock().unwrap_or_else(|e| e.into_inner()));
            Ok(Captured {
                samples,
                channels: take.format.0,
                rate: take.format.1,
            })
        }
    }

    type Ready = mpsc::Sender<Result<(u16, u32), CaptureError>>;

    /// The recording thread: opens the default input, says its format (or why not), and keeps
    /// the stream until told to stop.
    fn record(samples: Arc<Mutex<Vec<f32>>>, stop: mpsc::Receiver<()>, ready: Ready) {
        match open(samples) {
            Ok((stream, format)) => {
                let _ = ready.send(Ok(format));
                let _ = stop.recv();
                drop(stream);
            }
            Err(e) => {
                let _ = ready.send(Err(e));
            }
        }
    }

    fn open(samples: Arc<Mutex<Vec<f32>>>) -> Result<(cpal::Stream, (u16, u32)), CaptureError> {
        let fail = |e: &dyn std::fmt::Display| CaptureError::Failed(e.to_string());
        let device = cpal::default_host()
            .default_input_device()
            .ok_or(CaptureError::NoMicrophone)?;
        let config = device.default_input_config().map_err(|e| fail(&e))?;
        let format = (config.channels(), config.sample_rate());
        let stream_config: cpal::StreamConfig = config.clone().into();
        let stream = match config.sample_format() {
            cpal::SampleFormat::F32 => build::<f32>(&device, &stream_config, samples),
            cpal::SampleFormat::I16 => build::<i16>(&device, &stream_config, samples),
            cpal::SampleFormat::U16 => build::<u16>(&device, &stream_config, samples),
            cpal::SampleFormat::I32 => build::<i32>(&device, &stream_config, samples),
            other => return Err(CaptureError::Failed(format!("sample format {other:?}"))),
        }
        .map_err(|e| fail(&e))?;
        stream.play().map_err(|e| fail(&e))?;
        Ok((stream, format))
    }

    fn build<T>(
        device: &cpal::Device,
        config: &cpal::StreamConfig,
        samples: Arc<Mutex<Vec<f32>>>,
    ) -> Result<cpal::Stream, cpal::BuildStreamError>
    where
        T: cpal::SizedSample,
        f32: cpal::FromSample<T>,
    {
        device.build_input_stream(
            config,
            move |data: &[T], _: &cpal::InputCallbackInfo| {
                if let Ok(mut all) = samples.lock() {
                    all.extend(data.iter().map(|s| cpal::Sample::to_sample::<f32>(*s)));
                }
            },
            |e| bevy::log::warn!("the microphone: {e}"),
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::recent_level;

    #[test]
    fn the_level_is_the_last_tenth_of_a_second() {
        // 1 s of silence, then 0.1 s of a full square wave at half scale: -6 dBFS, stereo.
        let mut samples = vec![0.0; 2 * 16_000];
        samples.extend(std::iter::repeat_n(0.5, 2 * 1_600));
        let db = recent_level(&samples, 2, 16_000).unwrap();
        assert!((db + 6.02).abs() < 0.01, "{db}");
        assert_eq!(
            recent_level(&samples[..2 * 16_000], 2, 16_000),
            Some(f32::NEG_INFINITY)
        );
        assert_eq!(recent_level(&[], 1, 16_000), None);
    }
}

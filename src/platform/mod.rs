//! Platform differences: in the browser, progress lives in the page's local storage (the same
//! bytes as the native file), with a backup copy, and a full storage is reported, not fatal.

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::BrowserStore;

//! Only when building for Windows: puts SafeKite's icon (packaging/windows/safekite.ico, made from
//! the web app icon assets/art/web/icon-512.png) and its name and version into `safekite.exe`, with
//! the resource compiler of the toolchain (mingw-w64's `windres` when cross-building from Linux).
//! For every other target it does nothing, so the Linux and browser builds are not slowed.
//! The icon was made with ImageMagick:
//! `convert assets/art/web/icon-512.png -define icon:auto-resize=256,48,32,16 packaging/windows/safekite.ico`

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/safekite.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("packaging/windows/safekite.ico")
        .set("ProductName", "SafeKite")
        .set("FileDescription", "SafeKite")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(e) = res.compile_for("safekite") {
        panic!("could not put the icon into safekite.exe (is mingw-w64's windres installed?): {e}");
    }
}

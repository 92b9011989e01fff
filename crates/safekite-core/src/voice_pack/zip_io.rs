//! A voice pack's zip: written deterministically, read with every size bounded before it is
//! read. A pack zipped again by a file manager (its entries inside a folder, a `__MACOSX/`
//! folder, `.DS_Store` files) still reads.

use super::{
    MANIFEST, MAX_MANIFEST_BYTES, MAX_PACK_BYTES, MAX_TAKE_BYTES, PackError, Take, VoicePack,
    is_ogg, manifest,
};
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

fn zip_err(e: impl std::fmt::Display) -> PackError {
    PackError::new("zip", format!("not a readable zip file: {e}"))
}

/// The zip of the manifest (deflated) and the takes (stored: OGG is compressed already).
pub(super) fn write(manifest: &str, takes: &[&Take]) -> Result<Vec<u8>, PackError> {
    let options = |method| {
        SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644)
    };
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let mut add = |name: &str, method, bytes: &[u8]| -> Result<(), PackError> {
        zip.start_file(name, options(method)).map_err(zip_err)?;
        zip.write_all(bytes).map_err(zip_err)
    };
    add(MANIFEST, CompressionMethod::Deflated, manifest.as_bytes())?;
    for t in takes {
        add(&t.file_name(), CompressionMethod::Stored, &t.ogg)?;
    }
    Ok(zip.finish().map_err(zip_err)?.into_inner())
}

/// Reads and checks a pack.
pub(super) fn read(bytes: &[u8]) -> Result<VoicePack, PackError> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        let msg = format!("over {} MiB: not read", MAX_PACK_BYTES >> 20);
        return Err(PackError::new("zip", msg));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(zip_err)?;
    let names = entry_names(&zip)?;
    let prefix = manifest_prefix(&names)?;
    let text = read_manifest(&mut zip, &format!("{prefix}{MANIFEST}"))?;
    let rows = manifest::parse(&text)?;
    let mut total = 0u64;
    let mut pack = VoicePack {
        manifest: text,
        ..VoicePack::default()
    };
    for (mut take, line) in rows {
        let name = format!("{prefix}{}", take.file_name());
        if !names.contains(&name) {
            let msg = format!("`{}` is listed but not in the zip", take.file_name());
            return Err(PackError::new(MANIFEST, msg).at(line, 1));
        }
        take.ogg = read_entry(&mut zip, &name, MAX_TAKE_BYTES)?;
        total += take.ogg.len() as u64;
        check_take_audio(&take, total)?;
        pack.takes.push(take);
        pack.lines.push(line);
    }
    unlisted(&names, &prefix, &pack)?;
    Ok(pack)
}

/// The audio of a take is OGG, and the takes so far are within the pack's bound.
fn check_take_audio(take: &Take, total: u64) -> Result<(), PackError> {
    if !is_ogg(&take.ogg) {
        return Err(PackError::new(take.file_name(), "not an OGG file"));
    }
    if total > MAX_PACK_BYTES {
        let msg = format!("the takes come to over {} MiB", MAX_PACK_BYTES >> 20);
        return Err(PackError::new(take.file_name(), msg));
    }
    Ok(())
}

/// Every entry's name (directories and a file manager's extras left out).
fn entry_names(zip: &Archive) -> Result<Vec<String>, PackError> {
    let mut out = Vec::new();
    for name in zip.file_names() {
        let name = name.map_err(zip_err)?;
        let base = name.rsplit('/').next().unwrap_or("");
        if name.ends_with('/') || name.starts_with("__MACOSX/") || base == ".DS_Store" {
            continue;
        }
        out.push(name.into_owned());
    }
    out.sort();
    Ok(out)
}

/// The folder the manifest is in inside the zip (`""` at the top, as SafeKite writes it).
fn manifest_prefix(names: &[String]) -> Result<String, PackError> {
    let found = names
        .iter()
        .filter_map(|n| n.strip_suffix(MANIFEST))
        .filter(|p| p.is_empty() || p.ends_with('/'))
        .min_by_key(|p| p.len());
    match found {
        Some(p) => Ok(p.to_string()),
        None => Err(PackError::new(
            "zip",
            format!("no `{MANIFEST}` in it: not a SafeKite voice pack"),
        )),
    }
}

fn read_manifest(zip: &mut Archive, name: &str) -> Result<String, PackError> {
    let bytes = read_entry(zip, name, MAX_MANIFEST_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let good = std::str::from_utf8(good).unwrap_or("");
        let line = good.matches('\n').count() + 1;
        let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        PackError::new(MANIFEST, "not UTF-8 text").at(line, col)
    })
}

/// An entry's bytes, at most `limit` (its stated size is checked first, then what it inflates to).
fn read_entry(zip: &mut Archive, name: &str, limit: u64) -> Result<Vec<u8>, PackError> {
    let place = |msg: String| PackError::new(name, msg);
    let mut f = zip
        .by_name(name)
        .map_err(|e| place(format!("cannot read it: {e}")))?;
    if f.size() > limit {
        return Err(place(format!("over {} MiB: not read", limit >> 20)));
    }
    let mut out = Vec::new();
    (&mut f)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| place(format!("cannot read it: {e}")))?;
    if out.len() as u64 > limit {
        return Err(place(format!("over {} MiB: not read", limit >> 20)));
    }
    Ok(out)
}

/// Every entry is the manifest or a take it lists.
fn unlisted(names: &[String], prefix: &str, pack: &VoicePack) -> Result<(), PackError> {
    let listed: std::collections::HashSet<String> = pack
        .takes
        .iter()
        .map(|t| format!("{prefix}{}", t.file_name()))
        .chain([format!("{prefix}{MANIFEST}")])
        .collect();
    match names.iter().find(|n| !listed.contains(*n)) {
        Some(n) => Err(PackError::new(
            n.as_str(),
            format!("not listed in `{MANIFEST}`: a take needs its line and words there"),
        )),
        None => Ok(()),
    }
}

//! Made-up addresses only ([`codes::REAL_ADDRESS`]): a web address shown to a child may be
//! typed in, so every address in a lesson is one that can never belong to anyone: a domain
//! reserved for examples by RFC 2606 and RFC 6761 (`example`, `example.com`, `example.org`,
//! `example.net`, or the `.example`, `.test`, `.invalid` and `.localhost` endings), or no domain
//! at all. A link's `link` and a web page's `address` are addresses through and through: any
//! domain in them must be made up. Every other line the child sees is searched for what is
//! plainly an address (`https://…`, `www.…`, `someone@…`, or a common ending such as `.com` or
//! `.vn`). Lines for grown-ups only (the objective, the tip, a discussion prompt) may name a
//! real helpline's site, and are not searched.

use super::Project;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::words::LOCALES;
use std::collections::{BTreeMap, HashSet};

/// Endings of real domains that are plainly addresses in running text.
const REAL_ENDINGS: &[&str] = &[
    "com", "net", "org", "vn", "io", "me", "app", "xyz", "info", "biz", "co", "gg", "ly", "tv",
    "link", "top", "site", "online", "click", "shop", "store", "club", "live", "fun", "edu", "gov",
    "us", "uk", "cn", "ru", "jp", "kr", "fb",
];

/// Top-level domains reserved for made-up names.
const RESERVED_TLDS: &[&str] = &["example", "test", "invalid", "localhost"];

/// Second-level domains reserved for examples (with anything under them).
const RESERVED_DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];

/// Fields a grown-up reads, never the child: not searched.
fn for_grown_ups(path: &str) -> bool {
    matches!(
        path,
        "objective" | "behaviour" | "parent_tip" | "conversation_starter"
    ) || path.contains(".discuss[")
}

/// Every message the lessons show the child, in every locale: its addresses made up.
pub(crate) fn made_up(p: &mut Project) {
    // Each message once: an address (a `link` or `address` field) if any use is one.
    let mut is_address: BTreeMap<MessageId, bool> = BTreeMap::new();
    for (_, lesson, _) in &p.lessons {
        for m in lesson.messages() {
            if for_grown_ups(&m.path) {
                continue;
            }
            let last = m.path.rsplit('.').next().unwrap_or(&m.path);
            let address = matches!(last, "link" | "address");
            *is_address.entry(m.id).or_default() |= address;
        }
    }
    for (li, _) in LOCALES.iter().enumerate() {
        for (id, &address) in &is_address {
            let Some(def) = p.defs[li].get(id) else {
                continue;
            };
            let mut seen = HashSet::new();
            for host in hosts(&def.text, address) {
                if is_made_up(&host) || !seen.insert(host.clone()) {
                    continue;
                }
                let source = p.report.sources.get(&def.file).map(String::as_str);
                let (line, col) = source
                    .and_then(|s| find_in_message(s, def.line, &host))
                    .unwrap_or((def.line, def.col));
                p.diags.push(
                    Diagnostic::error(
                        codes::REAL_ADDRESS,
                        &def.file,
                        format!(
                            "`{id}` shows `{host}`, which looks like a real address: a child could type it in, and it could belong to anyone"
                        ),
                    )
                    .at(line, col, host.chars().count())
                    .hint(format!(
                        "use a made-up address such as `{}` (endings `.example`, `.test`, `.invalid`, `.localhost`, or `example.com`, `.org`, `.net`, are never anyone's)",
                        suggestion(&host)
                    )),
                );
            }
        }
    }
}

/// The domains in `text`: every one in an address field (`all`), else only those that are
/// plainly addresses.
pub fn hosts(text: &str, all: bool) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let token = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = token.to_lowercase();
        let (scheme, rest) = match lower.split_once("://") {
            Some((_, rest)) => (true, rest),
            None => (false, lower.as_str()),
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let (email, host_port) = match authority.rsplit_once('@') {
            Some((_, h)) => (true, h),
            None => (false, authority),
        };
        let host = host_port.split(':').next().unwrap_or("");
        let labels: Vec<&str> = host.split('.').collect();
        let well_formed = labels.len() >= 2
            && labels
                .iter()
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
        if !well_formed {
            continue;
        }
        let last = labels[labels.len() - 1];
        let ip = labels.len() == 4 && labels.iter().all(|l| l.parse::<u8>().is_ok());
        if !ip && !last.chars().any(char::is_alphabetic) {
            continue;
        }
        let plain = scheme
            || email
            || ip
            || labels[0] == "www"
            || REAL_ENDINGS.contains(&last)
            || RESERVED_TLDS.contains(&last);
        if all || plain {
            out.push(host.to_string());
        }
    }
    out
}

/// A domain that can never belong to anyone.
pub fn is_made_up(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_lowercase();
    let last = host.rsplit('.').next().unwrap_or(&host);
    RESERVED_TLDS.contains(&last)
        || RESERVED_DOMAINS
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// The host with its real endings (and a leading `www.`) replaced by `.example`.
fn suggestion(host: &str) -> String {
    let mut labels: Vec<&str> = host.split('.').collect();
    if labels.first() == Some(&"www") && labels.len() > 2 {
        labels.remove(0);
    }
    while labels.len() > 1
        && labels
            .last()
            .is_some_and(|l| REAL_ENDINGS.contains(l) || l.len() <= 3)
    {
        labels.pop();
    }
    if labels.iter().all(|l| l.parse::<u8>().is_ok()) {
        return "bao-hiem-free.example".to_string();
    }
    format!("{}.example", labels.join("."))
}

/// Where `host` is written in the message defined at `def_line` (its first line and the
/// indented lines that continue it), ignoring case: 1-based line and column.
fn find_in_message(source: &str, def_line: usize, host: &str) -> Option<(usize, usize)> {
    for (n, line) in source.lines().enumerate().skip(def_line.saturating_sub(1)) {
        if n + 1 > def_line && !line.is_empty() && !line.starts_with(' ') {
            break;
        }
        let lower = line.to_lowercase();
        // Lowercasing can change byte lengths; find the column in characters.
        if let Some(at) = lower.find(host) {
            return Some((n + 1, lower[..at].chars().count() + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_domains_are_made_up() {
        for h in [
            "bluenet.example",
            "zalo-login.example",
            "a.b.test",
            "x.invalid",
            "my.localhost",
            "example.com",
            "login.example.org",
            "example.net",
        ] {
            assert!(is_made_up(h), "{h}");
        }
        for h in [
            "zalo.vn",
            "example.co",
            "examples.com",
            "bluenet.xyz",
            "1.2.3.4",
        ] {
            assert!(!is_made_up(h), "{h}");
        }
    }

    #[test]
    fn addresses_are_found_in_text() {
        assert_eq!(
            hosts("Go to https://Free-Gems.com/claim now!", false),
            ["free-gems.com"]
        );
        assert_eq!(
            hosts("www.bluenet.example.", false),
            ["www.bluenet.example"]
        );
        assert_eq!(
            hosts("mail me: mai@truong.edu.vn", false),
            ["truong.edu.vn"]
        );
        assert!(hosts("Cost 3.5 dollars, e.g. v.v. Mr.Smith", false).is_empty());
        assert!(hosts("bluenet-verify dot example", true).is_empty());
        // In an address field every domain counts, whatever its ending.
        assert_eq!(hosts("bluenet.verify-now", true), ["bluenet.verify-now"]);
        assert!(hosts("bluenet.verify-now", false).is_empty());
        assert_eq!(hosts("http://192.168.1.1/login", true), ["192.168.1.1"]);
    }

    #[test]
    fn a_suggestion_keeps_the_name() {
        assert_eq!(suggestion("bao-hiem-free.com.vn"), "bao-hiem-free.example");
        assert_eq!(suggestion("www.zalo-login.vn"), "zalo-login.example");
        assert_eq!(suggestion("1.2.3.4"), "bao-hiem-free.example");
    }
}

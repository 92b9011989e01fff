//! `push` and `pull`: the xAPI statements resource of a school's own Learning Record Store
//! (such as Ralph), with HTTP basic authentication and the `X-Experience-API-Version` header.

use crate::{Failure, Options, read_file, write};
use base64::Engine;
use safekite_records::files::{export_json, merge, statement_from_json};
use safekite_records::xapi::{Statement, XAPI_VERSION};
use std::time::Duration;
use ureq::Agent;

/// Statements sent per request, unless `--batch N` says otherwise.
const BATCH: usize = 500;

struct Lrs {
    agent: Agent,
    endpoint: String,
    auth: Option<String>,
}

impl Lrs {
    fn new(o: &Options) -> Result<Lrs, Failure> {
        let url = o.one("lrs").ok_or_else(|| {
            Failure("error: --lrs URL is required (the LRS's xAPI endpoint)".into())
        })?;
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(Failure(format!(
                "error: --lrs {url:?} must start with http:// or https://"
            )));
        }
        let endpoint = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
        let password = o
            .one("password")
            .map(str::to_string)
            .or_else(|| std::env::var("SAFEKITE_LRS_PASSWORD").ok());
        let auth = o.one("user").map(|user| {
            let pair = format!("{user}:{}", password.unwrap_or_default());
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        });
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        Ok(Lrs {
            agent,
            endpoint,
            auth,
        })
    }

    fn origin(&self) -> &str {
        let after_scheme = self.endpoint.find("://").map_or(0, |i| i + 3);
        let end = self.endpoint[after_scheme..]
            .find('/')
            .map_or(self.endpoint.len(), |i| after_scheme + i);
        &self.endpoint[..end]
    }

    fn post(&self, body: &str) -> Result<(u16, String), Failure> {
        let url = format!("{}statements", self.endpoint);
        let mut req = self
            .agent
            .post(&url)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Content-Type", "application/json");
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req
            .send(body)
            .map_err(|e| Failure(format!("error: {url}: {e}")))?;
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        Ok((resp.status().as_u16(), text))
    }

    fn get(&self, url: &str) -> Result<String, Failure> {
        let mut req = self
            .agent
            .get(url)
            .header("X-Experience-API-Version", XAPI_VERSION);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req
            .call()
            .map_err(|e| Failure(format!("error: {url}: {e}")))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(512 << 20)
            .read_to_string()
            .map_err(|e| Failure(format!("error: {url}: {e}")))?;
        if status != 200 {
            return Err(Failure(format!(
                "error: {url}: the LRS answered {status}: {text}"
            )));
        }
        Ok(text)
    }
}

fn failed(status: u16, text: &str) -> Failure {
    let hint = match status {
        401 | 403 => " (check --user and --password)",
        404 => " (--lrs must be the xAPI endpoint, such as http://host:8100/xAPI/)",
        _ => "",
    };
    Failure(format!("error: the LRS answered {status}{hint}: {text}"))
}

/// Sends one batch; on a conflict (some ids already stored) sends them one by one and counts
/// those already there.
fn send(lrs: &Lrs, batch: &[Statement]) -> Result<(usize, usize), Failure> {
    let body = serde_json::to_string(batch)?;
    let (status, text) = lrs.post(&body)?;
    match status {
        200 | 204 => Ok((batch.len(), 0)),
        409 => {
            let (mut sent, mut already) = (0, 0);
            for s in batch {
                let (status, text) = lrs.post(&serde_json::to_string(s)?)?;
                match status {
                    200 | 204 => sent += 1,
                    409 => already += 1,
                    _ => return Err(failed(status, &text)),
                }
            }
            Ok((sent, already))
        }
        _ => Err(failed(status, &text)),
    }
}

/// `push FILE --lrs URL`.
pub(crate) fn push(o: &Options) -> Result<(), Failure> {
    let lrs = Lrs::new(o)?;
    let [file] = o.files.as_slice() else {
        return Err(Failure(
            "error: push takes one FILE (merge several first)".into(),
        ));
    };
    let statements = read_file(file)?;
    let size = match o.one("batch") {
        None => BATCH,
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| Failure(format!("error: --batch {n:?} is not a positive number")))?,
    };
    let (mut sent, mut already) = (0, 0);
    for batch in statements.chunks(size) {
        let (s, a) = send(&lrs, batch)?;
        sent += s;
        already += a;
    }
    println!(
        "{}: {sent} statements sent to {}, {already} were already there",
        file.display(),
        lrs.endpoint
    );
    Ok(())
}

/// `pull --lrs URL --out FILE`: every statement, page by page (following `more`).
pub(crate) fn pull(o: &Options) -> Result<(), Failure> {
    let lrs = Lrs::new(o)?;
    let out = o
        .out
        .as_deref()
        .ok_or_else(|| Failure("error: --out FILE is required".into()))?;
    let mut url = format!("{}statements?limit={BATCH}", lrs.endpoint);
    let mut all = Vec::new();
    loop {
        let text = lrs.get(&url)?;
        let page: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Failure(format!("error: {url}: the LRS's answer is not JSON: {e}")))?;
        let statements = page["statements"].as_array().cloned().unwrap_or_default();
        for (i, s) in statements.iter().enumerate() {
            let statement = statement_from_json(&s.to_string(), 1, 1)
                .map_err(|e| Failure(format!("error: {url}: statement {i}: {}", e.message)))?;
            all.push(statement);
        }
        match page["more"].as_str() {
            Some(more) if !more.is_empty() && !statements.is_empty() => {
                url = if more.starts_with('/') {
                    format!("{}{more}", lrs.origin())
                } else {
                    more.to_string()
                };
            }
            _ => break,
        }
    }
    let all = merge(vec![all]);
    write(out, &export_json(&all))?;
    println!(
        "{}: {} statements from {}",
        out.display(),
        all.len(),
        lrs.endpoint
    );
    Ok(())
}

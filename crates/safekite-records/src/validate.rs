//! Validation of a statement against xAPI 1.0.3: required properties, no unknown properties,
//! IRIs, UUIDs, the timestamp, actors' identifiers, and the shape of result and context.
//! SafeKite also requires `id` (xAPI recommends it; merging deduplicates by it).

use serde_json::{Map, Value};

/// One problem, with the JSON path where it is (`actor.account.homePage`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        let o = v.as_object();
        if o.is_none() {
            self.fail(path, "must be a JSON object");
        }
        o
    }

    fn only(&mut self, o: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in o.keys() {
            if !allowed.contains(&key.as_str()) {
                self.fail(&join(path, key), "is not an xAPI 1.0.3 property here");
            }
        }
    }

    fn iri(&mut self, v: Option<&Value>, path: &str, required: bool) {
        match v {
            None if required => self.fail(path, "is required"),
            None => {}
            Some(Value::String(s)) if is_iri(s) => {}
            Some(_) => self.fail(path, "must be an absolute IRI (scheme:...)"),
        }
    }

    fn uuid(&mut self, v: Option<&Value>, path: &str, required: bool) {
        match v {
            None if required => self.fail(path, "is required"),
            None => {}
            Some(Value::String(s)) if uuid::Uuid::parse_str(s).is_ok() => {}
            Some(_) => self.fail(path, "must be a UUID"),
        }
    }

    fn kind(&mut self, v: Option<&Value>, path: &str, want: fn(&Value) -> bool, what: &str) {
        if let Some(v) = v
            && !want(v)
        {
            self.fail(path, format!("must be {what}"));
        }
    }

    fn language_map(&mut self, v: Option<&Value>, path: &str) {
        let Some(v) = v else { return };
        let Some(o) = self.object(v, path) else {
            return;
        };
        for (tag, text) in o {
            if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                self.fail(&join(path, tag), "is not a language tag");
            }
            if !text.is_string() {
                self.fail(&join(path, tag), "must be a string");
            }
        }
    }

    fn extensions(&mut self, v: Option<&Value>, path: &str) {
        let Some(v) = v else { return };
        let Some(o) = self.object(v, path) else {
            return;
        };
        for key in o.keys() {
            if !is_iri(key) {
                self.fail(&join(path, key), "extension keys must be IRIs");
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// True for an absolute IRI (RFC 3987).
pub fn is_iri(s: &str) -> bool {
    plain_iri(s) || iri_string::types::IriStr::new(s).is_ok()
}

/// The quick yes for the IRIs statements are made of: `scheme://` followed only by letters,
/// digits, `-._~` and `/` (an authority of unreserved characters, then a path of segments of
/// them), which RFC 3987 always accepts. Anything else is left to the full parser.
fn plain_iri(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(colon) = b.iter().position(|&c| c == b':') else {
        return false;
    };
    let (scheme, rest) = (&b[..colon], &b[colon + 1..]);
    scheme.first().is_some_and(u8::is_ascii_alphabetic)
        && scheme
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        && rest.starts_with(b"//")
        && rest[2..].iter().all(|&c| PLAIN[usize::from(c)])
}

/// The bytes [`plain_iri`] accepts after `scheme://`: letters, digits, `-._~` and `/`.
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/');
        c += 1;
    }
    table
};

/// True for an RFC 3339 timestamp (xAPI's ISO 8601 profile).
pub fn is_timestamp(s: &str) -> bool {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).is_ok()
}

const STATEMENT_KEYS: &[&str] = &[
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];

/// Every problem with `statement` under xAPI 1.0.3 (empty when it is valid).
pub fn validate(statement: &Value) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let Some(o) = c.object(statement, "statement") else {
        return c.problems;
    };
    c.only(o, "", STATEMENT_KEYS);
    c.uuid(o.get("id"), "id", true);
    match o.get("actor") {
        Some(a) => actor(&mut c, a, "actor"),
        None => c.fail("actor", "is required"),
    }
    match o.get("verb") {
        Some(v) => verb(&mut c, v),
        None => c.fail("verb", "is required"),
    }
    match o.get("object") {
        Some(v) => object(&mut c, v, "object"),
        None => c.fail("object", "is required"),
    }
    if let Some(r) = o.get("result") {
        result(&mut c, r);
    }
    if let Some(x) = o.get("context") {
        context(&mut c, x);
    }
    for key in ["timestamp", "stored"] {
        match o.get(key) {
            Some(Value::String(s)) if is_timestamp(s) => {}
            Some(_) => c.fail(key, "must be an RFC 3339 timestamp with a time zone"),
            None if key == "timestamp" => c.fail(key, "is required by SafeKite"),
            None => {}
        }
    }
    if let Some(a) = o.get("authority") {
        actor(&mut c, a, "authority");
    }
    match o.get("version") {
        Some(Value::String(v)) if v.starts_with("1.0") => {}
        Some(_) => c.fail("version", "must be a 1.0.x version"),
        None => {}
    }
    c.problems
}

fn actor(c: &mut Checker, v: &Value, path: &str) {
    let Some(o) = c.object(v, path) else { return };
    let group = match o.get("objectType").and_then(Value::as_str) {
        None | Some("Agent") => false,
        Some("Group") => true,
        Some(_) => {
            c.fail(&join(path, "objectType"), "must be Agent or Group");
            return;
        }
    };
    let mut keys = vec![
        "objectType",
        "name",
        "mbox",
        "mbox_sha1sum",
        "openid",
        "account",
    ];
    if group {
        keys.push("member");
    }
    c.only(o, path, &keys);
    c.kind(
        o.get("name"),
        &join(path, "name"),
        Value::is_string,
        "a string",
    );
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| o.contains_key(**k))
        .count();
    if ifis > 1 {
        c.fail(
            path,
            "must have exactly one identifier (mbox, mbox_sha1sum, openid or account)",
        );
    }
    if ifis == 0 && !(group && o.get("member").is_some()) {
        c.fail(
            path,
            "needs an identifier (mbox, mbox_sha1sum, openid or account)",
        );
    }
    if let Some(m) = o.get("mbox")
        && !m.as_str().is_some_and(|s| s.starts_with("mailto:"))
    {
        c.fail(&join(path, "mbox"), "must be a mailto: IRI");
    }
    c.iri(o.get("openid"), &join(path, "openid"), false);
    if let Some(a) = o.get("account") {
        account(c, a, &join(path, "account"));
    }
    if let Some(members) = o.get("member") {
        let p = join(path, "member");
        match members.as_array() {
            Some(list) => {
                for (i, m) in list.iter().enumerate() {
                    actor(c, m, &format!("{p}[{i}]"));
                }
            }
            None => c.fail(&p, "must be an array of agents"),
        }
    }
}

fn account(c: &mut Checker, v: &Value, path: &str) {
    let Some(o) = c.object(v, path) else { return };
    c.only(o, path, &["homePage", "name"]);
    c.iri(o.get("homePage"), &join(path, "homePage"), true);
    match o.get("name") {
        Some(Value::String(s)) if !s.is_empty() => {}
        Some(_) => c.fail(&join(path, "name"), "must be a non-empty string"),
        None => c.fail(&join(path, "name"), "is required"),
    }
}

fn verb(c: &mut Checker, v: &Value) {
    let Some(o) = c.object(v, "verb") else { return };
    c.only(o, "verb", &["id", "display"]);
    c.iri(o.get("id"), "verb.id", true);
    c.language_map(o.get("display"), "verb.display");
}

fn object(c: &mut Checker, v: &Value, path: &str) {
    let Some(o) = c.object(v, path) else { return };
    match o.get("objectType").and_then(Value::as_str) {
        None | Some("Activity") => activity(c, o, path),
        Some("Agent" | "Group") => actor(c, v, path),
        Some("StatementRef") => {
            c.only(o, path, &["objectType", "id"]);
            c.uuid(o.get("id"), &join(path, "id"), true);
        }
        Some("SubStatement") => {}
        Some(_) => c.fail(&join(path, "objectType"), "is not an xAPI object type"),
    }
}

fn activity(c: &mut Checker, o: &Map<String, Value>, path: &str) {
    c.only(o, path, &["objectType", "id", "definition"]);
    c.iri(o.get("id"), &join(path, "id"), true);
    let Some(d) = o.get("definition") else { return };
    let p = join(path, "definition");
    let Some(def) = c.object(d, &p) else { return };
    let keys = [
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
    ];
    c.only(def, &p, &keys);
    c.language_map(def.get("name"), &join(&p, "name"));
    c.language_map(def.get("description"), &join(&p, "description"));
    c.iri(def.get("type"), &join(&p, "type"), false);
    c.iri(def.get("moreInfo"), &join(&p, "moreInfo"), false);
    c.extensions(def.get("extensions"), &join(&p, "extensions"));
}

fn result(c: &mut Checker, v: &Value) {
    let Some(o) = c.object(v, "result") else {
        return;
    };
    c.only(
        o,
        "result",
        &[
            "score",
            "success",
            "completion",
            "response",
            "duration",
            "extensions",
        ],
    );
    c.kind(
        o.get("success"),
        "result.success",
        Value::is_boolean,
        "true or false",
    );
    c.kind(
        o.get("completion"),
        "result.completion",
        Value::is_boolean,
        "true or false",
    );
    c.kind(
        o.get("response"),
        "result.response",
        Value::is_string,
        "a string",
    );
    let duration = |v: &Value| {
        v.as_str()
            .is_some_and(|s| s.starts_with('P') && s.len() > 1)
    };
    c.kind(
        o.get("duration"),
        "result.duration",
        duration,
        "an ISO 8601 duration",
    );
    c.extensions(o.get("extensions"), "result.extensions");
    if let Some(s) = o.get("score") {
        score(c, s);
    }
}

fn score(c: &mut Checker, v: &Value) {
    let Some(o) = c.object(v, "result.score") else {
        return;
    };
    c.only(o, "result.score", &["scaled", "raw", "min", "max"]);
    for key in ["scaled", "raw", "min", "max"] {
        c.kind(
            o.get(key),
            &format!("result.score.{key}"),
            Value::is_number,
            "a number",
        );
    }
    if let Some(s) = o.get("scaled").and_then(Value::as_f64)
        && !(-1.0..=1.0).contains(&s)
    {
        c.fail("result.score.scaled", "must be between -1 and 1");
    }
    let num = |k: &str| o.get(k).and_then(Value::as_f64);
    if let (Some(raw), Some(min)) = (num("raw"), num("min"))
        && raw < min
    {
        c.fail("result.score.raw", "must not be below min");
    }
    if let (Some(raw), Some(max)) = (num("raw"), num("max"))
        && raw > max
    {
        c.fail("result.score.raw", "must not be above max");
    }
}

fn context(c: &mut Checker, v: &Value) {
    let Some(o) = c.object(v, "context") else {
        return;
    };
    let keys = [
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    ];
    c.only(o, "context", &keys);
    c.uuid(o.get("registration"), "context.registration", false);
    for key in ["revision", "platform", "language"] {
        c.kind(
            o.get(key),
            &format!("context.{key}"),
            Value::is_string,
            "a string",
        );
    }
    if let Some(i) = o.get("instructor") {
        actor(c, i, "context.instructor");
    }
    c.extensions(o.get("extensions"), "context.extensions");
    if let Some(ca) = o.get("contextActivities") {
        context_activities(c, ca);
    }
}

fn context_activities(c: &mut Checker, v: &Value) {
    let path = "context.contextActivities";
    let Some(o) = c.object(v, path) else { return };
    c.only(o, path, &["parent", "grouping", "category", "other"]);
    for (key, value) in o {
        let p = join(path, key);
        let list: Vec<&Value> = match value {
            Value::Array(a) => a.iter().collect(),
            single => vec![single],
        };
        for (i, a) in list.into_iter().enumerate() {
            let item = format!("{p}[{i}]");
            if let Some(ao) = c.object(a, &item) {
                activity(c, ao, &item);
            }
        }
    }
}

/// True for a language tag as [`Checker::language_map`] accepts it.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
}

/// True when a language map is what [`Checker::language_map`] accepts (nothing allocated).
fn language_map_ok(v: Option<&Value>) -> bool {
    v.is_none_or(|v| {
        v.as_object()
            .is_some_and(|o| o.iter().all(|(t, x)| is_language_tag(t) && x.is_string()))
    })
}

/// True when an optional IRI is what [`Checker::iri`] accepts.
fn iri_ok(v: Option<&Value>) -> bool {
    v.is_none_or(|v| v.as_str().is_some_and(is_iri))
}

/// True when extensions are what [`Checker::extensions`] accepts.
fn extensions_ok(v: Option<&Value>) -> bool {
    v.is_none_or(|v| v.as_object().is_some_and(|o| o.keys().all(|k| is_iri(k))))
}

/// True when an activity's definition is what [`activity`] accepts.
fn definition_ok(d: &Value) -> bool {
    const KEYS: &[&str] = &[
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
    ];
    let Some(def) = d.as_object() else {
        return false;
    };
    def.keys().all(|k| KEYS.contains(&k.as_str()))
        && language_map_ok(def.get("name"))
        && language_map_ok(def.get("description"))
        && iri_ok(def.get("type"))
        && iri_ok(def.get("moreInfo"))
        && extensions_ok(def.get("extensions"))
}

/// True when an activity object is what [`activity`] accepts.
fn activity_ok(o: &Map<String, Value>) -> bool {
    o.keys()
        .all(|k| matches!(k.as_str(), "objectType" | "id" | "definition"))
        && o.get("id").is_some_and(|id| iri_ok(Some(id)))
        && o.get("definition").is_none_or(definition_ok)
}

/// True when context activities are what [`context_activities`] accepts.
fn context_activities_ok(v: &Value) -> bool {
    let Some(o) = v.as_object() else {
        return false;
    };
    let item_ok = |a: &Value| a.as_object().is_some_and(activity_ok);
    o.iter().all(|(key, value)| {
        matches!(key.as_str(), "parent" | "grouping" | "category" | "other")
            && match value {
                Value::Array(list) => list.iter().all(item_ok),
                single => item_ok(single),
            }
    })
}

/// The quick check of a statement already read into SafeKite's shape (read with unknown
/// properties refused): true when [`validate`] would find nothing. Anything this does not
/// accept is checked again by [`validate`], which says what is wrong. Nothing is allocated
/// for a statement SafeKite wrote.
pub(crate) fn quick_valid(s: &crate::xapi::Statement) -> bool {
    let actor_ok = matches!(
        s.actor.object_type.as_deref(),
        None | Some("Agent" | "Group")
    ) && s
        .actor
        .account
        .as_ref()
        .is_some_and(|a| is_iri(&a.home_page) && !a.name.is_empty());
    let keys_ok = |m: &Map<String, Value>| m.keys().all(|k| is_iri(k));
    let verb_ok = is_iri(&s.verb.id) && s.verb.display.keys().all(|t| is_language_tag(t));
    let object_ok = matches!(s.object.object_type.as_deref(), None | Some("Activity"))
        && is_iri(&s.object.id)
        && s.object.definition.as_ref().is_none_or(definition_ok);
    let result_ok = s.result.as_ref().is_none_or(|r| keys_ok(&r.extensions));
    let context_ok = s.context.as_ref().is_none_or(|x| {
        x.context_activities
            .as_ref()
            .is_none_or(context_activities_ok)
            && keys_ok(&x.extensions)
    });
    let authority_ok = s.authority.as_ref().is_none_or(|a| {
        let mut c = Checker {
            problems: Vec::new(),
        };
        actor(&mut c, a, "authority");
        c.problems.is_empty()
    });
    let times_ok = is_timestamp(&s.timestamp) && s.stored.as_deref().is_none_or(is_timestamp);
    let version_ok = s.version.as_deref().is_none_or(|v| v.starts_with("1.0"));
    actor_ok
        && verb_ok
        && object_ok
        && result_ok
        && context_ok
        && authority_ok
        && times_ok
        && version_ok
        && s.attachments.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_iri_check_says_yes_only_where_the_full_parser_does() {
        let samples = [
            "https://safekite.example/xapi/extensions/lesson",
            "http://adlnet.gov/expapi/verbs/answered",
            "a://",
            "a:///",
            "a://..",
            "a://-/~/./../x_y",
            "a+b-c.d://host//double//slash/",
            "urn:x",
            "1http://x",
            "://x",
            "http://ex ample/",
            "http://exa%mple/",
            "http://[::1]/",
            "http:/x",
            "",
            "x",
        ];
        for s in samples {
            if plain_iri(s) {
                assert!(
                    iri_string::types::IriStr::new(s).is_ok(),
                    "{s:?} passed the quick check only"
                );
            }
        }
        assert!(plain_iri("https://safekite.example/xapi/extensions/lesson"));
        assert!(!plain_iri("http://ex ample/"));
    }
}

//! The three kinds of string id a lesson is woven from, each its own type so the compiler stops
//! one from being passed where another is expected: a [`MessageId`] names a Fluent message (and
//! its narration file), a [`NodeId`] names a node of a lesson's graph, a [`CastId`] names a
//! character of the recurring cast (or the narrator).
//!
//! Each is a `String` underneath and (de)serialises as a plain string, so lesson files and saved
//! runs read and write exactly as before. None of them dereferences to `str`: code that needs
//! the bare text (a Fluent lookup, a file name) says so with `as_str()`.

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;

/// Defines a string id newtype with its constructors, comparisons with `str` and display.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id with this text.
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The id's text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// So a map keyed by this id can be looked up with a `&str`.
        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

string_id! {
    /// A Fluent message id: a line, a prompt, a title, a button's label. The same id names the
    /// narration file `assets/voice/<locale>/<id>.ogg`.
    MessageId
}

string_id! {
    /// The id of a node in a lesson's graph: a lesson's `start`, a node's `id`, every `next`.
    NodeId
}

string_id! {
    /// The id of a character of the recurring cast ([`crate::cast::CAST`]), or
    /// [`crate::model::NARRATOR`]: a speaker, a lesson's grown-up, its `characters`.
    CastId
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn an_id_reads_and_writes_as_a_plain_string() {
        let id: NodeId = ron::from_str("\"start\"").unwrap();
        assert_eq!(id, NodeId::new("start"));
        assert_eq!(ron::to_string(&id).unwrap(), "\"start\"");
    }

    #[test]
    fn an_id_compares_with_its_text_and_is_found_by_it() {
        let id = MessageId::from("hello");
        assert_eq!(id, "hello");
        assert_eq!(id.as_str(), "hello");
        assert_eq!(id.to_string(), "hello");
        let map = HashMap::from([(CastId::from("mum"), 1)]);
        assert_eq!(map.get("mum"), Some(&1));
    }
}

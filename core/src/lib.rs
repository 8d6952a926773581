//! Error catalogs the compiler checks.
//!
//! A cloud API answers failures with a *code* such as `BIZ_TOPIC_NOT_FOUND`.
//! The people who meet that code want to know what it means (the *symptom*)
//! and what to do about it (the *solution*). `error-catalog` lets you declare
//! those three things once, on an enum, and derives everything else from the
//! declaration: code lookup, `Display`, `Error`, `FromStr`, a table in the
//! rustdoc, and a Markdown export.
//!
//! # Declaring a catalog
//!
//! ```
//! use error_catalog::{error_catalog, CatalogError, ErrorCatalog};
//!
//! /// Errors of the billing service.
//! #[error_catalog(name = "billing", prefix = "BILLING_", status = 400)]
//! #[derive(Debug, Clone, PartialEq, Eq)]
//! pub enum BillingError {
//!     // code derived from the variant: prefix + SCREAMING_SNAKE_CASE
//!     #[entry(symptom = "Quota of {limit} requests exceeded ({used} used)",
//!             solution = "Wait for the next billing period or raise the quota",
//!             status = 429)]
//!     QuotaExceeded { used: u64, limit: u64 },
//!
//!     // an explicit code overrides the derived one; tuple fields are {0}, {1}, ...
//!     #[entry(code = "BILLING_ACCOUNT_FROZEN",
//!             symptom = "Account {0} is frozen",
//!             solution = "Contact the account owner")]
//!     Frozen(String),
//!
//!     #[entry(symptom = "The service is in maintenance", solution = "Retry later")]
//!     InMaintenance,
//! }
//!
//! let error = BillingError::QuotaExceeded { used: 1200, limit: 1000 };
//! assert_eq!(error.code(), "BILLING_QUOTA_EXCEEDED");
//! assert_eq!(error.symptom(), "Quota of 1000 requests exceeded (1200 used)");
//! assert_eq!(error.status(), Some(429));
//! assert_eq!(
//!     error.to_string(),
//!     "BILLING_QUOTA_EXCEEDED: Quota of 1000 requests exceeded (1200 used)"
//! );
//!
//! // A code received from the wire becomes the typed value again.
//! let parsed: BillingError = "BILLING_IN_MAINTENANCE".parse().unwrap();
//! assert_eq!(parsed, BillingError::InMaintenance);
//! assert_eq!(parsed.status(), Some(400)); // the enum's default
//!
//! // Every entry, in declaration order, with its templates as written.
//! let codes: Vec<&str> = BillingError::entries().iter().map(|e| e.code()).collect();
//! assert_eq!(
//!     codes,
//!     ["BILLING_QUOTA_EXCEEDED", "BILLING_ACCOUNT_FROZEN", "BILLING_IN_MAINTENANCE"]
//! );
//! ```
//!
//! See [`error_catalog`](macro@error_catalog) for every option the attribute
//! takes, the rule that derives codes from variant names, and what the
//! compiler checks.
//!
//! # The ONS catalogs
//!
//! With the default feature `ons`, the module [`ons`] holds the error codes of
//! Alibaba Cloud Message Queue (formerly ONS), verbatim from its public tables:
//!
//! ```
//! # #[cfg(feature = "ons")] {
//! use error_catalog::{ons::OnsError, CatalogError, ErrorCatalog};
//!
//! let error: OnsError = "BIZ_TOPIC_NOT_FOUND".parse().unwrap();
//! assert_eq!(error.symptom(), "Topic is not found");
//! assert_eq!(error.solution(), "Check if the Topic input is valid or if it was created");
//! assert!(OnsError::lookup("BIZ_TOPIC_NOT_FUOND").is_none());
//! # }
//! ```
//!
//! # The two traits
//!
//! [`CatalogError`] is what one error value says about itself; it is object
//! safe, so `&dyn CatalogError` works across catalogs. [`ErrorCatalog`] is the
//! catalog as a whole: its name, its [`Entry`] table and lookups by code.
//!
//! # Reusing catalogs
//!
//! A service embeds the catalogs of the APIs it calls with
//! `#[entry(transparent)]`, and keeps codes nobody declared with a catch-all,
//! `#[entry(other, ...)]`:
//!
//! ```
//! # #[cfg(feature = "ons")] {
//! use error_catalog::{error_catalog, ons::OnsError, CatalogError, ErrorCatalog};
//!
//! /// Errors of the orders service.
//! #[error_catalog(prefix = "ORDERS_")]
//! #[derive(Debug, PartialEq)]
//! enum OrdersError {
//!     #[entry(symptom = "Order {0} is unknown", solution = "Check the order id")]
//!     NoSuchOrder(u64),
//!     // Every code of the MQ Open API, with its texts: code, symptom,
//!     // solution, status, entry, Display and source come from the inner value.
//!     #[entry(transparent)]
//!     Mq(OnsError),
//!     // Any other code: FromStr keeps it here instead of failing.
//!     #[entry(other, symptom = "Unrecognized error code {0}", solution = "Report the code")]
//!     Unknown(String),
//! }
//!
//! assert_eq!(OrdersError::entries().len(), 1 + 17); // spliced in at compile time
//! assert_eq!("BIZ_NO_MESSAGE".parse(), Ok(OrdersError::Mq(OnsError::BizNoMessage)));
//! assert_eq!("BRAND_NEW".parse(), Ok(OrdersError::Unknown("BRAND_NEW".into())));
//! assert_eq!(OrdersError::from(OnsError::BizTopicNotFound).code(), "BIZ_TOPIC_NOT_FOUND");
//! # }
//! ```
//!
//! A code the service declares that an embedded catalog also has, or a code
//! two embedded catalogs share, fails the build, naming the shared codes.
//! When the overlap is meant, `#[entry(transparent, fallback)]` lets the
//! embedded catalog's shared codes resolve to the other entries, and leaves
//! its copies of them out of `ENTRIES`. The ONS catalogs are such a pair
//! (every MQTT code is an Open API code too), and their tables give no HTTP
//! status: `status` beside `transparent` gives one to the inner entries
//! that have none.
//!
//! ```
//! # #[cfg(feature = "ons")] {
//! use error_catalog::ons::{MqttError, OnsError};
//! use error_catalog::{error_catalog, CatalogError, ErrorCatalog};
//!
//! #[error_catalog(prefix = "BROKER_")]
//! #[derive(Debug)]
//! enum BrokerError {
//!     #[entry(symptom = "The broker is read-only", solution = "Retry later", status = 503)]
//!     ReadOnly,
//!     #[entry(transparent, status = 502)]
//!     Mq(OnsError),
//!     #[entry(transparent, fallback, status = 502)]
//!     Mqtt(MqttError),
//! }
//!
//! assert_eq!(BrokerError::entries().len(), 1 + 17); // MQTT's codes are all Open API's
//! assert_eq!(BrokerError::lookup("BIZ_NO_MESSAGE").unwrap().catalog(), OnsError::NAME);
//! assert_eq!(BrokerError::from(MqttError::BizNoMessage).status(), Some(502));
//! # }
//! ```
//!
//! # Codes from the wire
//!
//! A code that arrives in a response is parsed with `FromStr`, or received
//! with [`ErrorCatalog::receive`], which never fails and loses nothing: a
//! [`Received`] is the value, or the entry of a known code whose variant
//! carries data (which a code alone cannot give), or the unknown code as
//! it came. `FromStr` gives the last two as a [`ParseCodeError`], whose
//! [`entry`](ParseCodeError::entry) tells them apart; a catalog with a
//! catch-all keeps unknown codes in it instead.
//!
//! ```
//! # #[cfg(feature = "ons")] {
//! use error_catalog::{error_catalog, ons::OnsError, CatalogError, ErrorCatalog, Received};
//!
//! #[error_catalog(prefix = "ORDERS_")]
//! #[derive(Debug, PartialEq)]
//! enum OrdersError {
//!     #[entry(symptom = "Order {0} is unknown", solution = "Check the order id", status = 404)]
//!     NoSuchOrder(u64),
//!     #[entry(transparent)]
//!     Mq(OnsError),
//! }
//!
//! assert_eq!(OrdersError::receive("BIZ_NO_MESSAGE"), Received::Known(OrdersError::Mq(OnsError::BizNoMessage)));
//! let known = OrdersError::receive("ORDERS_NO_SUCH_ORDER");
//! assert_eq!(known.status(), Some(404));
//! assert_eq!(known.to_string(), "ORDERS_NO_SUCH_ORDER: Order … is unknown");
//! assert_eq!(OrdersError::receive("NEW"), Received::Unknown("NEW".into()));
//!
//! let error = "ORDERS_NO_SUCH_ORDER".parse::<OrdersError>().unwrap_err();
//! assert_eq!(error.entry().map(|entry| entry.variant()), Some("NoSuchOrder"));
//! # }
//! ```
//!
//! # Codes checked at compile time
//!
//! [`code!`] turns a code literal into a `&'static str` once the compiler has
//! checked that the catalog has it; a typo fails the build with the nearest
//! code as a suggestion. It works in `const` items, so, through one, in
//! `match` patterns too:
//!
//! ```
//! # #[cfg(feature = "ons")] {
//! use error_catalog::{code, ons::OnsError};
//!
//! const TOPIC_NOT_FOUND: &str = code!(OnsError, "BIZ_TOPIC_NOT_FOUND");
//!
//! fn advice(code_from_the_wire: &str) -> &'static str {
//!     match code_from_the_wire {
//!         TOPIC_NOT_FOUND => "create the topic first",
//!         _ => "see the catalog",
//!     }
//! }
//! assert_eq!(advice("BIZ_TOPIC_NOT_FOUND"), "create the topic first");
//! # }
//! ```
//!
//! # Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `ons` | yes | the [`ons`] catalogs |
//! | `serde` | no | `Entry: Serialize`; a catalog whose own variants carry no data serializes as its codes and deserializes from them (an unknown code: the catch-all, else an error naming the code); every value of any other catalog, transparent ones included, serializes as one object, `{"code", "symptom", "solution", "status"?, "url"?}`; [`Received`] serializes as its code and deserializes from any string; `ons::ErrorResponse` |
//! | `miette` | no | `#[error_catalog(diagnostic)]` implements `miette::Diagnostic`: the code, the solution as help, the entry's `url`; the ONS catalogs are diagnostics |
//! | `http` | no | `http::ProblemDetails`, the RFC 9457 document of any value, `http::status_code`, and `ons::ErrorResponse::from_http` for JSON and XML bodies; implies `serde` |
//! | `axum` | no | `#[error_catalog(axum)]` implements `axum::response::IntoResponse`: the value's status and its problem document; implies `http` |
//!
//! Without these features, the crate depends on nothing but its macro
//! crate and `error-catalog-shared` (the lookup of the generated code, without
//! dependencies of its own), and it is `#![no_std]` (with `alloc`) in every
//! configuration.
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "ons"))] {
//! use error_catalog::{ons::OnsError, ErrorCatalog};
//!
//! // A whole catalog as JSON.
//! let json = serde_json::to_string(OnsError::entries()).unwrap();
//! assert!(json.starts_with(r#"[{"code":"ONS_SYSTEM_ERROR","symptom":"MQ backend exception""#));
//! // A catalog named by its codes is its code on the wire.
//! assert_eq!(serde_json::to_string(&OnsError::BizNoMessage).unwrap(), r#""BIZ_NO_MESSAGE""#);
//! # }
//! ```
#![no_std]
#![deny(missing_docs)]

extern crate alloc;
// The generated code names this crate `::error_catalog`, in here too (ons).
extern crate self as error_catalog;

mod catalog_error;
mod code;
mod entry;
// Not `mod error_catalog`: that name is the crate's own, above.
#[path = "error_catalog.rs"]
mod error_catalog_trait;
mod parse_error;
mod received;

#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "ons")]
pub mod ons;
pub mod render;

// Not public API: what the generated code calls. Nothing here follows semver.
#[doc(hidden)]
pub mod __private;

pub use catalog_error::CatalogError;
pub use entry::Entry;
pub use error_catalog_trait::ErrorCatalog;
pub use parse_error::ParseCodeError;
pub use received::Received;

/// Declares an error catalog on an enum.
///
/// Each variant carries an `#[entry(...)]` with its code, symptom and
/// solution, and the attribute generates [`CatalogError`], [`ErrorCatalog`],
/// `Display`, `core::error::Error`, `FromStr` and `TryFrom<&str>` for the enum,
/// and `From` for its `transparent` variants and `#[from]` fields.
///
/// # Enum options
///
/// `#[error_catalog(...)]` takes, all optional:
///
/// | option | meaning |
/// | --- | --- |
/// | `name = "..."` | the catalog's name, [`ErrorCatalog::NAME`] (default: the enum's name) |
/// | `prefix = "..."` | prepended to derived codes, not to explicit `code`s |
/// | `status = N` | the HTTP status of entries that give none (100..=599) |
/// | `code_style = "..."` | how codes are spelled (below; default `"SCREAMING_SNAKE_CASE"`) |
/// | `diagnostic` | also implement `miette::Diagnostic` (feature `miette`): the code, the solution as help, the entry's `url` |
/// | `axum` | also implement `axum::response::IntoResponse` (feature `axum`): the value's status, `Content-Type: application/problem+json`, and its `http::ProblemDetails` |
/// | `lock = "PATH"` | the lock file of the codes the catalog has published, from the crate's `Cargo.toml` ([below](#lock-file)) |
///
/// # Variant keys
///
/// Every variant has exactly one `#[entry(...)]`:
///
/// | key | meaning |
/// | --- | --- |
/// | `code = "..."` | the code; when absent, derived from the variant's name (below) |
/// | `symptom = "..."` | required: what went wrong and why |
/// | `solution = "..."` | required: what to do about it |
/// | `status = N` | optional HTTP status, 100..=599 |
/// | `url = "..."` | optional page that explains the entry (`http://` or `https://`) |
/// | `alias = "..."` | repeatable: another spelling of the code (Alibaba's live `InvalidParamater` beside `InvalidParameter`) that parsing, lookups, `receive` and [`code!`] accept; `ENTRIES` lists the entry once, under its code, and [`Entry::aliases`] names them |
/// | `deprecated = "..."` | the code still works; the note (what to use instead) is [`Entry::deprecated`], marked in the rustdoc table and by `render::markdown`, and the variant is `#[deprecated]` (the generated impls allow it: only your own uses warn) |
/// | `family = "PREFIX"` | instead of `code`: a catch-all for one prefix (Alibaba's `InvalidParameter.%s`). The variant has one `String` field, which holds the whole code; every code that starts with the prefix and goes on past it parses to the variant, and `code()` is that code. Its entry, listed in `ENTRIES` as `PREFIX*`, gives the texts and status, and `lookup` finds it for every member. An exact code (the catalog's or an embedded one's) wins over a family, and the longest prefix over a shorter one |
/// | `transparent` | instead of code and texts: the variant's one field is a value of another catalog, whose entries this one embeds; beside it go only `status` (of the inner entries that give none) and `fallback` |
/// | `fallback` | with `transparent`: the codes the embedded catalog shares with the enum's own entries or with other embedded catalogs resolve to those (between two `fallback` catalogs, to the earlier), and its copies of them are left out of `ENTRIES` |
/// | `other` | the catch-all, with `symptom`, `solution` and optionally `status`: its one `String` field keeps any code no entry knows |
///
/// A code is resolved, by every lookup, among the own entries first, then in
/// the embedded catalogs without `fallback`, then in the `fallback` ones, each
/// group in declaration order.
///
/// A variant's own doc comment is its entry's long explanation,
/// [`Entry::doc`], as `rustc --explain` shows a code's.
///
/// Symptom and solution may name the variant's fields: `{field}` for a named
/// field, `{0}`, `{1}`, ... for tuple fields, and any format spec of
/// `core::fmt` after a colon, such as `{field:?}` for `Debug` or
/// `{field:>8.2}`, whose width and precision are numbers: one taken from an
/// argument (`{field:w$}`, `{0:1$}`, `{field:.*}`) is an error, since a text
/// has fields, no arguments. `{{` and `}}` are literal braces.
///
/// A field marked `#[source]`, or named `source`, is what
/// `Error::source()` returns; its type must implement `core::error::Error`.
///
/// A field marked `#[from]`, which must be its variant's only field, is the
/// source too, and `From<FieldType>` is generated for the enum, as in
/// thiserror, so that `?` converts the inner error. A type converts into
/// one variant at most, and a `transparent` variant converts from its inner
/// catalog already, so it takes no `#[from]`; nor does the catch-all.
///
/// ```
/// use std::error::Error as _;
/// use std::num::ParseIntError;
///
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(prefix = "CONFIG_")]
/// #[derive(Debug)]
/// enum ConfigError {
///     #[entry(symptom = "The port is no number: {0}", solution = "Write the port in digits")]
///     Port(#[from] ParseIntError),
/// }
///
/// fn port(text: &str) -> Result<u16, ConfigError> {
///     Ok(text.parse()?)
/// }
///
/// let error = port("eighty").unwrap_err();
/// assert_eq!(error.code(), "CONFIG_PORT");
/// assert_eq!(error.symptom(), "The port is no number: invalid digit found in string");
/// assert!(error.source().is_some_and(|source| source.is::<ParseIntError>()));
/// ```
///
/// # Derived codes
///
/// A variant without `code` gets `prefix` followed by its name in
/// SCREAMING_SNAKE_CASE. Words start at each capital letter after a lower-case
/// letter or a digit, and at the last capital of a run of capitals followed by
/// a lower-case letter; digits stay with the word before them:
///
/// | variant | derived code |
/// | --- | --- |
/// | `InMaintenance` | `IN_MAINTENANCE` |
/// | `BizTopicNotFound` | `BIZ_TOPIC_NOT_FOUND` |
/// | `HTTPTimeout` | `HTTP_TIMEOUT` |
/// | `Http2Error` | `HTTP2_ERROR` |
/// | `Error404NotFound` | `ERROR404_NOT_FOUND` |
/// | `r#Type` | `TYPE` |
///
/// # Code styles
///
/// Codes are SCREAMING_SNAKE_CASE unless the enum says otherwise, so that a
/// typo such as `Biz_Topic_Not_Found` cannot slip in. Catalogs of APIs that
/// spell codes differently choose a style:
///
/// | `code_style` | codes look like | derived code of `TopicName` |
/// | --- | --- | --- |
/// | `"SCREAMING_SNAKE_CASE"` (default) | `BIZ_TOPIC_NOT_FOUND` | prefix + `TOPIC_NAME` |
/// | `"Dotted.PascalCase"` | `InvalidParameter.TopicName`, `Throttling.User` | prefix + `TopicName` |
/// | `"any"` | anything without whitespace or control characters | prefix + `TOPIC_NAME` |
///
/// ```
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(code_style = "Dotted.PascalCase", prefix = "InvalidParameter.")]
/// #[derive(Debug)]
/// enum InvalidParameter {
///     #[entry(symptom = "The topic name is invalid", solution = "Rename the topic")]
///     TopicName,
///     #[entry(code = "Throttling.User", symptom = "Too many requests", solution = "Slow down")]
///     Throttled,
/// }
///
/// assert_eq!(InvalidParameter::TopicName.code(), "InvalidParameter.TopicName");
/// assert_eq!(InvalidParameter::Throttled.code(), "Throttling.User");
/// ```
///
/// A code may be its variant's name, such as `ServiceUnavailable` in
/// `"Dotted.PascalCase"` without a prefix:
///
/// ```
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(code_style = "Dotted.PascalCase")]
/// #[derive(Debug)]
/// pub enum Gateway {
///     #[entry(symptom = "The service is unavailable", solution = "Retry later")]
///     ServiceUnavailable,
/// }
///
/// assert_eq!(Gateway::ServiceUnavailable.code(), "ServiceUnavailable");
/// ```
///
/// # `#[cfg]` on variants
///
/// A variant behind `#[cfg(...)]` is left out, when the configuration
/// disables it, of everything generated: `ENTRIES`, the lookups, the match
/// arms, and the `From` impl of a `transparent` variant or a `#[from]`
/// field. The positions in `ENTRIES` of the entries after it shift
/// accordingly.
///
/// `#[entry]` and `#[source]` cannot be inside `#[cfg_attr(...)]`: the
/// attribute reads the enum before the compiler expands `cfg_attr`, so that
/// is an error; put `#[cfg(...)]` on the variant instead.
///
/// # Lock file
///
/// A published code is a promise to the clients that read it. With
/// `#[error_catalog(lock = "errors.lock")]`, the attribute holds the enum
/// against a file committed beside the crate's `Cargo.toml` (the path is
/// from there), which lists every code the catalog has published and every
/// code it retired:
///
/// ```text
/// # The published error codes of `ShopError`, checked at every build by its
/// # #[error_catalog(lock = "errors.lock")]: each code keeps its
/// # status and its placeholders. To retire a code, replace its line with
/// #     retired CODE "what to use instead"
/// # Add new codes with: ERROR_CATALOG_LOCK=overwrite cargo check
/// # CI checks the file is current with: ERROR_CATALOG_LOCK=check cargo check
/// catalog ShopError
///
/// code SHOP_CARD_DECLINED status=400 placeholders=0
/// code SHOP_CART_EMPTY status=400
/// code SHOP_OUT_OF_STOCK status=409 placeholders=id
///
/// retired SHOP_PAYMENT_DECLINED "use SHOP_CARD_DECLINED instead"
/// ```
///
/// - `catalog NAME` comes first: the enum's name, since each enum has a lock
///   file of its own.
/// - `code CODE`, one line per code of the enum's own entries (explicit or
///   derived, whatever their `#[cfg]`), sorted, then what is locked about it:
///   `status=N`, its HTTP status (the enum's default included), and
///   `placeholders=a,b`, the fields its symptom and solution name, sorted,
///   and `aliases=A,B`, its other spellings (a family is locked as
///   `PREFIX*`); each left out when there is none. The catch-all and `transparent`
///   variants have no code of their own: an embedded catalog has its own lock.
/// - `retired CODE "note"`: a code taken out, with what to use instead
///   (`\"` and `\\` escaped in the note).
/// - Blank lines and lines starting with `#` are comments.
///
/// What each change does to the build:
///
/// | change | build | fix |
/// | --- | --- | --- |
/// | a new entry | builds (fails only the CI check, below) | add it to the lock with `ERROR_CATALOG_LOCK=overwrite` |
/// | a locked code removed or renamed | error at the `lock` value, naming the code and the line that retires it | put the entry back, or replace its line in the lock with `retired CODE "what to use instead"` |
/// | a locked alias removed | error at the code, naming the alias | keep the alias, or, when the removal is meant, `ERROR_CATALOG_LOCK=overwrite` |
/// | a locked code's status or placeholders changed | error at the status or the code, with the old and the new | give them back, or, when the change is meant, `ERROR_CATALOG_LOCK=overwrite` |
/// | a retired code declared again | error at the code | choose another code |
/// | the lock missing, malformed, or another enum's | error at the `lock` value, with the line and what was expected there | `ERROR_CATALOG_LOCK=overwrite` creates a missing lock; fix the line |
///
/// The lock is compared when the declaration has no other errors (an entry
/// that could not be read would seem removed). Editing the lock file, or
/// setting the variable below, rebuilds the crate: the expansion reads both
/// with `include_bytes!` and `option_env!`.
///
/// One environment variable, `ERROR_CATALOG_LOCK`, with any command that
/// builds the crate:
///
/// ```sh
/// # Write the lock anew: every current code, the retired ones and their notes kept.
/// ERROR_CATALOG_LOCK=overwrite cargo check
/// # In CI: also fail when the lock is not what `overwrite` would write.
/// ERROR_CATALOG_LOCK=check cargo check --workspace --all-targets
/// ```
///
/// The variable acts on the crates cargo builds as those asked for
/// (`CARGO_PRIMARY_PACKAGE`): the locks of dependencies, such as the ONS
/// catalogs' inside `error-catalog`, are only verified. After retiring a
/// code by hand, run `overwrite` once: it moves the `retired` line where
/// the CI check expects it.
///
/// `overwrite` never loses a code: a locked code that no entry has, and
/// that the lock does not retire, and a retired code declared again, stay
/// errors and leave the file as it was, since only a person can write the
/// note that retires a code. It rewrites the comments at the top, keeping
/// none of your own (put what a code needs said in its `retired` note), and
/// writes only when the text changes, through a file beside the lock renamed
/// over it: builds of one crate that run at the same time (`cargo test`
/// builds a library twice) each read a whole lock, and write the same one.
/// The lock file is a file of the package, so `cargo package` ships it unless
/// `include` or `exclude` in `Cargo.toml` leave it out.
///
/// # What the compiler checks
///
/// The attribute reports every problem of an enum in one build, each at the
/// token that causes it, and says what would be valid: duplicate codes
/// (explicit or derived; the second place is the error, the first is shown
/// too), codes that do not follow the code style, missing, unknown, repeated
/// or misplaced keys (with a "did you mean" and the list of valid keys),
/// values of the wrong kind, empty or whitespace-padded texts, placeholders
/// that name no field, a `status` outside 100..=599, a `url` that is not
/// `http(s)://`, misuse of `transparent`, `other` and `#[from]`, two
/// variants that convert from one type, and the attribute on anything but a
/// non-generic enum. A code that a catalog shares with a catalog it embeds
/// (or that two embedded catalogs share) is a const-evaluation error at the
/// later `transparent` variant, naming the shared codes (the first eight and
/// their count) and suggesting `fallback`. With `lock`, so is every change
/// the [lock file](#lock-file) forbids.
///
/// When the declaration has errors, the enum is still emitted (without the
/// helper attributes) with stand-in impls of the generated traits, so the rest
/// of the crate compiles against it and the build shows only the mistakes in
/// the declaration: a [`code!`] of a code the declaration has still compiles.
///
/// ```compile_fail
/// use error_catalog::error_catalog;
///
/// #[error_catalog]
/// #[derive(Debug)]
/// enum Bad {
///     #[entry(code = "SAME", symptom = "one", solution = "fix it")]
///     One,
///     #[entry(code = "SAME", symptom = "two", solution = "fix it")]
///     Two,
/// }
/// ```
///
/// # What it generates
///
/// The enum itself is kept with its other attributes and doc comments (the
/// `#[entry]`, `#[source]` and `#[from]` helpers are removed), and the
/// catalog is appended to its rustdoc as a table. `Display` writes
/// `CODE: symptom`, and the alternate form `{:#}` appends ` (solution: ...)`;
/// neither allocates. `FromStr` and `TryFrom<&str>` return
/// [`ErrorCatalog::from_code`], else the catch-all for a code no entry
/// knows, else [`ParseCodeError`], which keeps the entry of a known code
/// whose variant carries data; [`ErrorCatalog::receive`] gives all three as
/// a [`Received`]. The enum must implement `Debug`, which the attribute does
/// not derive for you.
pub use error_catalog_macros::error_catalog;

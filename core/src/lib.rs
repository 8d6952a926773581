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
//! | `serde` | no | `Entry: Serialize`, read back as an [`OwnedEntry`] (`Serialize + Deserialize`, one shape for both); a catalog none of whose variants carries data (its own or an embedded catalog's) serializes as its codes; every value of any other catalog, transparent ones included, serializes as one object, `{"code", "symptom", "solution", "status"?, "url"?}`; both deserialize from the code, or the object's `code` (an unknown code: the catch-all, else an error naming the code; a code whose variant carries data, an error: [`Received`] keeps its entry); [`Received`] serializes as its code and deserializes from any code; `ons::ErrorResponse` |
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

mod as_dyn_error;
mod catalog_error;
mod code;
mod entry;
#[cfg(feature = "serde")]
mod entry_serde;
// Not `mod error_catalog`: that name is the crate's own, above.
#[path = "error_catalog.rs"]
mod error_catalog_trait;
mod owned_entry;
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

pub use as_dyn_error::AsDynError;
pub use catalog_error::CatalogError;
pub use entry::Entry;
pub use error_catalog_trait::ErrorCatalog;
pub use owned_entry::OwnedEntry;
pub use parse_error::ParseCodeError;
pub use received::Received;

#[doc = include_str!("attribute.md")]
// The examples of thiserror enums run as doc tests of the test package,
// whose dev-dependency thiserror is; not of this crate, which has none.
#[cfg_attr(not(doctest), doc = include_str!("thiserror.md"))]
pub use error_catalog_macros::error_catalog;

//! Errors as HTTP responses (feature `http`): the RFC 9457 problem document
//! of any catalog value, and its status as an `http::StatusCode`.

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use crate::CatalogError;

/// The RFC 9457 problem document of a catalog value: what a service answers
/// its clients with, as `application/problem+json`.
///
/// [`ProblemDetails::from_error`] takes any [`CatalogError`]:
///
/// | member | from the value |
/// | --- | --- |
/// | `type` | the entry's `url`, else `"about:blank"` |
/// | `title` | the entry's symptom as the catalog writes it, each placeholder shown as `…`: the same for every occurrence of the entry, as the RFC asks; `"Unknown error code"` for a value without entry (the catch-all) |
/// | `status` | the value's status, else 500 |
/// | `detail` | the symptom, placeholders filled in |
/// | `code` | the code |
/// | `solution` | the solution, placeholders filled in |
/// | `metadata` | each field the texts show, by its placeholder's name (`limit`, `0`), with the text they show for it ([`CatalogError::placeholders`]); left out when empty |
///
/// Nothing else of the value is in it: not its `source()` chain, not its
/// `Debug`, not the fields no text shows. A `metadata` value is the text
/// the placeholder shows (`"  1000"` for `{limit:>6}`, `"\"orders\""` for
/// `{name:?}`), not typed data.
///
/// It deserializes any problem document, another service's too, with the
/// RFC's defaults for missing members (`type` `about:blank`, no `status`
/// read as 500) and empty texts for the others; members it does not know
/// (`instance`, other extensions) are left out, and `metadata` must map
/// strings to strings. With the feature `axum` it is an `IntoResponse`, so
/// a handler may edit a document before it answers with it.
///
/// ```
/// use error_catalog::http::ProblemDetails;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "BILLING_")]
/// #[derive(Debug)]
/// enum BillingError {
///     #[entry(symptom = "Quota of {limit} requests exceeded", solution = "Raise the quota",
///             status = 429, url = "https://example.com/errors#quota")]
///     QuotaExceeded { limit: u64, account_secret: String },
/// }
///
/// let error = BillingError::QuotaExceeded { limit: 1000, account_secret: "hunter2".into() };
/// let problem = ProblemDetails::from_error(&error);
/// assert_eq!(problem.status, 429);
/// assert_eq!(problem.title, "Quota of … requests exceeded");
/// assert_eq!(problem.detail, "Quota of 1000 requests exceeded");
/// assert_eq!(problem.metadata["limit"], "1000");
/// let json = serde_json::to_string(&problem).unwrap();
/// assert_eq!(
///     json,
///     r#"{"type":"https://example.com/errors#quota","title":"Quota of … requests exceeded","status":429,"#.to_owned()
///         + r#""detail":"Quota of 1000 requests exceeded","code":"BILLING_QUOTA_EXCEEDED","#
///         + r#""solution":"Raise the quota","metadata":{"limit":"1000"}}"#
/// );
/// assert!(!json.contains("hunter2"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProblemDetails {
    /// A URI that identifies the problem type: the entry's `url`, else
    /// `about:blank`.
    #[serde(rename = "type", default = "about_blank")]
    pub type_uri: String,
    /// A short summary, the same for every occurrence of the entry.
    #[serde(default)]
    pub title: String,
    /// The HTTP status.
    #[serde(default = "internal_server_error")]
    pub status: u16,
    /// This occurrence: the symptom, placeholders filled in.
    #[serde(default)]
    pub detail: String,
    /// The error code (an extension member).
    #[serde(default)]
    pub code: String,
    /// What to do about it (an extension member).
    #[serde(default)]
    pub solution: String,
    /// The fields the texts show, by placeholder name (an extension member).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
}

fn about_blank() -> String {
    ProblemDetails::ABOUT_BLANK.to_owned()
}

fn internal_server_error() -> u16 {
    500
}

impl ProblemDetails {
    /// The media type of the document, for `Content-Type`.
    pub const MEDIA_TYPE: &'static str = "application/problem+json";

    /// The `type` of a problem without a page of its own.
    pub const ABOUT_BLANK: &'static str = "about:blank";

    /// The document of `error` (see the table above).
    pub fn from_error(error: &(impl CatalogError + ?Sized)) -> Self {
        let entry = error.entry();
        let mut metadata = BTreeMap::new();
        error.placeholders(&mut |name, value| {
            metadata.insert(name.to_owned(), value.to_string());
        });
        ProblemDetails {
            type_uri: entry
                .and_then(crate::Entry::url)
                .unwrap_or(Self::ABOUT_BLANK)
                .to_owned(),
            title: match entry {
                Some(entry) => crate::received::blank_placeholders(entry.symptom()).into_owned(),
                None => "Unknown error code".to_owned(),
            },
            status: status_code(error).as_u16(),
            detail: error.symptom().into_owned(),
            code: error.code().to_owned(),
            solution: error.solution().into_owned(),
            metadata,
        }
    }

    /// The document as an HTTP response: its status, `Content-Type:
    /// application/problem+json` and the JSON body.
    pub fn to_response(&self) -> ::http::Response<Vec<u8>> {
        let status = status_or_500(Some(self.status));
        let mut response = ::http::Response::new(self.to_json());
        *response.status_mut() = status;
        response.headers_mut().insert(
            ::http::header::CONTENT_TYPE,
            ::http::HeaderValue::from_static(Self::MEDIA_TYPE),
        );
        response
    }

    /// The document as JSON.
    pub fn to_json(&self) -> Vec<u8> {
        // A map of strings and numbers always serializes.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// A problem document as it answers (feature `axum`): its status,
/// `Content-Type: application/problem+json`, and its JSON, as
/// [`ProblemDetails::to_response`] makes them. A handler may edit a document
/// before it answers with it.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use axum_core::response::IntoResponse;
/// use error_catalog::http::ProblemDetails;
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(prefix = "BILLING_")]
/// #[derive(Debug)]
/// enum BillingError {
///     #[entry(symptom = "The quota is exceeded", solution = "Raise the quota", status = 429)]
///     QuotaExceeded,
/// }
///
/// let mut problem = ProblemDetails::from_error(&BillingError::QuotaExceeded);
/// problem.detail.push_str(" for this month");
/// let response = problem.into_response();
/// assert_eq!(response.status(), 429);
/// assert_eq!(response.headers()["content-type"], ProblemDetails::MEDIA_TYPE);
/// # }
/// ```
#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for ProblemDetails {
    fn into_response(self) -> axum_core::response::Response {
        self.to_response().map(axum_core::body::Body::from)
    }
}

/// The HTTP status of `error`: its [`CatalogError::status`], else 500.
///
/// ```
/// # #[cfg(feature = "ons")] {
/// use error_catalog::ons::OnsError;
///
/// assert_eq!(error_catalog::http::status_code(&OnsError::BizTopicNotFound), http::StatusCode::INTERNAL_SERVER_ERROR);
/// # }
/// ```
pub fn status_code(error: &(impl CatalogError + ?Sized)) -> ::http::StatusCode {
    status_or_500(error.status())
}

/// `status` as an `http::StatusCode`; 500 when there is none (or it is no
/// status).
fn status_or_500(status: Option<u16>) -> ::http::StatusCode {
    status
        .and_then(|status| ::http::StatusCode::from_u16(status).ok())
        .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}

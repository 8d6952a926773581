//! [`ErrorResponse::from_http`] (feature `http`): the body of a failed call,
//! JSON or XML, and [`BodyError`] for a body that is neither.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;
use core::fmt;

use quick_xml::events::Event;

use super::ErrorResponse;
use crate::ErrorCatalog;

/// The header whose request id wins over the body's.
const REQUEST_ID_HEADER: &str = "x-acs-request-id";

/// How much of a body a [`BodyError`] keeps, in characters.
const KEPT: usize = 120;

impl<C: ErrorCatalog> ErrorResponse<C> {
    /// The error of a failed call from its HTTP response: a JSON body
    /// (`{"Code": ...}`, keys in either case) or an XML one
    /// (`<Error><Code>...</Code></Error>`, with or without a namespace, as
    /// MNS and RocketMQ's HTTP endpoints send). The `x-acs-request-id`
    /// header wins over the body's request id, and the HTTP status is kept
    /// ([`http_status`](ErrorResponse::http_status)). Any other body (an
    /// HTML page of a proxy, nothing, a `Code` that is no string) is a
    /// [`BodyError`] that says what came, whatever its size or nesting.
    ///
    /// ```
    /// use error_catalog::ons::{ErrorResponse, OnsError};
    ///
    /// let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
    /// <Error xmlns="http://mns.aliyuncs.com/doc/v1/">
    ///   <Code>BIZ_TOPIC_NOT_FOUND</Code>
    ///   <Message>The topic orders does not exist.</Message>
    ///   <RequestId>5E5F1C4B</RequestId>
    ///   <HostId>ons.cn-hangzhou.aliyuncs.com</HostId>
    /// </Error>"#;
    /// let response = http::Response::builder()
    ///     .status(404)
    ///     .header("x-acs-request-id", "from-the-header")
    ///     .body(xml)
    ///     .unwrap();
    /// let error = ErrorResponse::<OnsError>::from_http(&response).unwrap();
    /// assert_eq!(error.known(), Some(&OnsError::BizTopicNotFound));
    /// assert_eq!(error.request_id(), Some("from-the-header"));
    /// assert_eq!(error.http_status(), Some(404));
    ///
    /// let proxy = http::Response::builder().status(502).body("<html>Bad Gateway</html>").unwrap();
    /// let error = ErrorResponse::<OnsError>::from_http(&proxy).unwrap_err();
    /// assert_eq!(error.status(), 502);
    /// assert!(error.to_string().contains("<html>"), "{error}");
    /// ```
    pub fn from_http<B: AsRef<[u8]>>(response: &::http::Response<B>) -> Result<Self, BodyError> {
        let status = response.status().as_u16();
        let body = response.body().as_ref();
        let mut error = parse_body(body).map_err(|reason| BodyError::new(status, body, reason))?;
        error.http_status = Some(status);
        let header = response.headers().get(REQUEST_ID_HEADER);
        if let Some(request_id) = header.and_then(|value| value.to_str().ok()) {
            error.request_id = Some(request_id.to_owned());
        }
        Ok(error)
    }
}

/// The body as JSON or XML, by its first character; else why it is neither.
fn parse_body<C: ErrorCatalog>(body: &[u8]) -> Result<ErrorResponse<C>, String> {
    let text = core::str::from_utf8(body).map_err(|error| format!("it is not UTF-8 ({error})"))?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    match text.as_bytes().first() {
        None => Err("it is empty".to_owned()),
        Some(b'{') => {
            serde_json::from_str(text).map_err(|error| format!("it is no JSON error body: {error}"))
        }
        Some(b'<') => parse_xml(text),
        Some(_) => Err(no_object(text)),
    }
}

/// Why a body that opens neither an object nor an element is no error body.
fn no_object(text: &str) -> String {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Ok(_) => "it is JSON, but no object".to_owned(),
        Err(error) if text.starts_with(['[', '"']) => format!("it is no JSON object: {error}"),
        Err(_) => "it is neither JSON nor XML".to_owned(),
    }
}

/// An XML body whose root is `<Error>`, in any namespace.
fn parse_xml<C: ErrorCatalog>(text: &str) -> Result<ErrorResponse<C>, String> {
    let root = root_name(text)?;
    let local = root.rsplit(':').next().unwrap_or(&root);
    if local != "Error" {
        return Err(format!("its XML root is <{root}>, not <Error>"));
    }
    quick_xml::de::from_str(text).map_err(|error| format!("it is no XML error body: {error}"))
}

/// The name of the root element of an XML document.
fn root_name(text: &str) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                return Ok(String::from_utf8_lossy(element.name().as_ref()).into_owned());
            }
            Ok(Event::Eof) => return Err("it is XML without an element".to_owned()),
            Ok(_) => {}
            Err(error) => return Err(format!("it is no XML: {error}")),
        }
    }
}

/// A body that is no error body of Alibaba Cloud: what came, and why it is
/// not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyError {
    status: u16,
    reason: String,
    start: String,
    len: usize,
}

impl BodyError {
    fn new(status: u16, body: &[u8], reason: String) -> Self {
        let text = String::from_utf8_lossy(body);
        BodyError {
            status,
            reason,
            start: text.chars().take(KEPT).collect(),
            len: body.len(),
        }
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Why the body is no error body.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The start of the body, as text (up to 120 characters).
    pub fn body_start(&self) -> &str {
        &self.start
    }

    /// The length of the body, in bytes.
    pub fn body_len(&self) -> usize {
        self.len
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the body of an HTTP {} response is no Alibaba Cloud error body: {}; received {} bytes",
            self.status, self.reason, self.len
        )?;
        if !self.start.is_empty() {
            let more = if self.start.chars().count() < KEPT {
                ""
            } else {
                "…"
            };
            write!(f, ": {:?}{more}", self.start)?;
        }
        Ok(())
    }
}

impl core::error::Error for BodyError {}

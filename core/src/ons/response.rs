//! The error bodies of Alibaba Cloud's OpenAPI.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Serialize, Serializer};

use super::OnsError;
use crate::{CatalogError, Entry, ErrorCatalog, Received};

/// A failed call as Alibaba Cloud's OpenAPI reports it: a JSON body with
/// `RequestId`, `HostId`, `Code`, `Message` and, on newer endpoints,
/// `Recommend` (a diagnosis link), the code typed in the catalog `C`.
///
/// A code that `C` does not know is kept as it came, so nothing is lost.
/// The response is a [`CatalogError`]: its symptom and solution are the
/// catalog's, and its `Display` puts the server's own message next to them.
/// Needs the features `ons` and `serde`.
///
/// ```
/// use error_catalog::ons::{ErrorResponse, OnsError};
/// use error_catalog::CatalogError;
///
/// let body = r#"{
///     "RequestId": "5E5F1C4B-3A1C-4D0B-9E37-1F2B3C4D5E6F",
///     "HostId": "ons.cn-hangzhou.aliyuncs.com",
///     "Code": "BIZ_TOPIC_NOT_FOUND",
///     "Message": "The topic orders does not exist.",
///     "Recommend": "https://api.aliyun.com/troubleshoot?q=BIZ_TOPIC_NOT_FOUND"
/// }"#;
/// let response: ErrorResponse = serde_json::from_str(body).unwrap();
/// assert_eq!(response.known(), Some(&OnsError::BizTopicNotFound));
/// assert_eq!(response.solution(), "Check if the Topic input is valid or if it was created");
/// assert_eq!(response.request_id(), Some("5E5F1C4B-3A1C-4D0B-9E37-1F2B3C4D5E6F"));
/// assert_eq!(
///     response.to_string(),
///     "BIZ_TOPIC_NOT_FOUND: Topic is not found (server: The topic orders does not exist.) \
///      [request 5E5F1C4B-3A1C-4D0B-9E37-1F2B3C4D5E6F]"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorResponse<C = OnsError> {
    received: Received<C>,
    pub(super) request_id: Option<String>,
    host_id: Option<String>,
    message: Option<String>,
    recommend: Option<String>,
    pub(super) http_status: Option<u16>,
}

impl<C> ErrorResponse<C> {
    /// A response with the code `received` and nothing else, to answer in
    /// Alibaba Cloud's shape: add the rest with the `with_*` methods, and
    /// serialize it.
    ///
    /// ```
    /// use error_catalog::ons::{ErrorResponse, OnsError};
    ///
    /// let response = ErrorResponse::new(OnsError::BizTopicNotFound.into())
    ///     .with_request_id("5E5F1C4B")
    ///     .with_message("The topic orders does not exist.");
    /// let json = serde_json::to_string(&response).unwrap();
    /// assert_eq!(
    ///     json,
    ///     r#"{"RequestId":"5E5F1C4B","Code":"BIZ_TOPIC_NOT_FOUND","Message":"The topic orders does not exist."}"#
    /// );
    /// assert_eq!(serde_json::from_str::<ErrorResponse>(&json).unwrap(), response);
    /// ```
    pub fn new(received: Received<C>) -> Self {
        ErrorResponse {
            received,
            request_id: None,
            host_id: None,
            message: None,
            recommend: None,
            http_status: None,
        }
    }

    /// With this `RequestId`.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// With this `HostId`.
    pub fn with_host_id(mut self, host_id: impl Into<String>) -> Self {
        self.host_id = Some(host_id.into());
        self
    }

    /// With this `Message`.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// With this `Recommend` link.
    pub fn with_recommend(mut self, recommend: impl Into<String>) -> Self {
        self.recommend = Some(recommend.into());
        self
    }

    /// The HTTP status of the response the body came in, when it was read
    /// with `from_http` (feature `http`). Not the catalog's status
    /// of the code, [`CatalogError::status`], which is what this service
    /// answers its own clients with (a `ProblemDetails` of the response, for
    /// one): the ONS tables give none, so an embedding catalog gives one
    /// with `#[entry(transparent, status = N)]`.
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// The `Code`, as the catalog received it: a value, the entry of a
    /// known code whose variant carries data, or the code as it came.
    pub fn received(&self) -> &Received<C> {
        &self.received
    }

    /// The catalog's value for the code, if the code names one.
    pub fn known(&self) -> Option<&C> {
        self.received.known()
    }

    /// The `Code`, by value.
    pub fn into_received(self) -> Received<C> {
        self.received
    }

    /// `RequestId`: the identifier to quote to support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// `HostId`: the endpoint that answered.
    pub fn host_id(&self) -> Option<&str> {
        self.host_id.as_deref()
    }

    /// `Message`: the server's own description of the failure.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// `Recommend`: a link to the diagnosis of this failure, on newer endpoints.
    pub fn recommend(&self) -> Option<&str> {
        self.recommend.as_deref()
    }
}

impl<C: ErrorCatalog> ErrorResponse<C> {
    /// Whether the catalog has an entry for the code: not for a code it
    /// does not know, whether kept as `Unknown` or by its catch-all, whose
    /// texts the server's own are better than.
    fn is_known(&self) -> bool {
        self.received.entry().is_some()
    }
}

impl<C: ErrorCatalog> CatalogError for ErrorResponse<C> {
    fn code(&self) -> &str {
        self.received.code()
    }

    /// The catalog's symptom; for an unknown code, the server's message.
    fn symptom(&self) -> Cow<'_, str> {
        match &self.message {
            Some(message) if !self.is_known() => Cow::Borrowed(message),
            _ => self.received.symptom(),
        }
    }

    /// The catalog's solution; for an unknown code, the `Recommend` link or
    /// the advice to quote the request id.
    fn solution(&self) -> Cow<'_, str> {
        if self.is_known() {
            return self.received.solution();
        }
        match &self.recommend {
            Some(recommend) => Cow::Owned(alloc::format!("Follow the diagnosis at {recommend}")),
            None => Cow::Borrowed("Contact support with the request id of the response"),
        }
    }

    fn status(&self) -> Option<u16> {
        self.received.status()
    }

    fn entry(&self) -> Option<&'static Entry> {
        self.received.entry()
    }

    fn placeholders(&self, visit: &mut dyn FnMut(&str, fmt::Arguments<'_>)) {
        self.received.placeholders(visit);
    }
}

/// `CODE: symptom (server: message) [request id]`; the alternate form adds
/// the solution and the `Recommend` link.
impl<C: ErrorCatalog> fmt::Display for ErrorResponse<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let symptom = self.symptom();
        write!(f, "{}: {symptom}", self.code())?;
        // An unknown code's symptom is the message already.
        if let Some(message) = self.message.as_deref().filter(|message| *message != symptom) {
            write!(f, " (server: {message})")?;
        }
        if let Some(request_id) = &self.request_id {
            write!(f, " [request {request_id}]")?;
        }
        if f.alternate() {
            write!(f, " (solution: {})", self.solution())?;
            if let (Some(recommend), true) = (&self.recommend, self.is_known()) {
                write!(f, " (diagnosis: {recommend})")?;
            }
        }
        Ok(())
    }
}

impl<C: ErrorCatalog> core::error::Error for ErrorResponse<C> {}

impl<'de, C> Deserialize<'de> for ErrorResponse<C>
where
    C: ErrorCatalog,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

struct ResponseVisitor<C>(PhantomData<C>);

/// The fields of the body this type reads; others are skipped.
enum Field {
    RequestId,
    HostId,
    Code,
    Message,
    Recommend,
    Other,
}

impl Field {
    /// The field of `key`, in any case (`Code`, `code`, `requestId`,
    /// `requestid`), as Alibaba's SDKs read them; an XML element's namespace
    /// prefix (`mns:Code`) is left out.
    fn of(key: &str) -> Field {
        let key = key.rsplit(':').next().unwrap_or(key);
        let fields = [
            ("RequestId", Field::RequestId),
            ("HostId", Field::HostId),
            ("Code", Field::Code),
            ("Message", Field::Message),
            ("Recommend", Field::Recommend),
        ];
        fields
            .into_iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(key))
            .map_or(Field::Other, |(_, field)| field)
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Field;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Field, E> {
                Ok(Field::of(key))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<'de, C> Visitor<'de> for ResponseVisitor<C>
where
    C: ErrorCatalog,
{
    type Value = ErrorResponse<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an OpenAPI error body with `Code`, `Message`, `RequestId` and `HostId`")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
        let mut code: Option<String> = None;
        let mut request_id = None;
        let mut host_id = None;
        let mut message = None;
        let mut recommend = None;
        while let Some(field) = map.next_key::<Field>()? {
            let (slot, name) = match field {
                Field::Code => (&mut code, "Code"),
                Field::RequestId => (&mut request_id, "RequestId"),
                Field::HostId => (&mut host_id, "HostId"),
                Field::Message => (&mut message, "Message"),
                Field::Recommend => (&mut recommend, "Recommend"),
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            if slot.is_some() {
                return Err(de::Error::duplicate_field(name));
            }
            *slot = map.next_value::<Option<String>>()?;
        }
        let code = code.ok_or_else(|| de::Error::missing_field("Code"))?;
        // XML bodies indent their text; no code has spaces around it.
        let code = code.trim();
        if code.is_empty() {
            return Err(de::Error::invalid_value(
                de::Unexpected::Str(code),
                &"an error code",
            ));
        }
        Ok(ErrorResponse {
            received: C::receive(code),
            request_id,
            host_id,
            message,
            recommend,
            http_status: None,
        })
    }
}

/// The PascalCase JSON body of Alibaba Cloud's OpenAPI: `RequestId`,
/// `HostId`, `Code`, `Message`, `Recommend`, each when there is one.
impl<C: ErrorCatalog> Serialize for ErrorResponse<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;

        let mut body = serializer.serialize_struct("ErrorResponse", 5)?;
        let fields = [
            ("RequestId", self.request_id.as_deref()),
            ("HostId", self.host_id.as_deref()),
            ("Code", Some(self.code())),
            ("Message", self.message.as_deref()),
            ("Recommend", self.recommend.as_deref()),
        ];
        for (name, value) in fields {
            match value {
                Some(value) => body.serialize_field(name, value)?,
                None => body.skip_field(name)?,
            }
        }
        body.end()
    }
}

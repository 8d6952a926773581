//! The error codes of Alibaba Cloud Message Queue (MQ, formerly ONS).
//!
//! Two catalogs, transcribed verbatim from the public error-code tables of
//! the service, in their order:
//!
//! - [`OnsError`]: the MQ Open API (the "Error code" page, updated
//!   Oct 11, 2018), 17 entries;
//! - [`MqttError`]: the MQ for MQTT API ("Error codes"), 15 entries.
//!
//! Both tables answer a failed call with one of these codes; most codes are
//! in both, with differently worded texts.
//!
//! ```
//! use error_catalog::{ons::{MqttError, OnsError}, CatalogError, ErrorCatalog};
//!
//! let code = "BIZ_TOPIC_NOT_FOUND";
//! assert_eq!(OnsError::lookup(code).unwrap().symptom(), "Topic is not found");
//! assert_eq!(MqttError::lookup(code).unwrap().symptom(), "The topic cannot be found.");
//!
//! // Codes only the Open API has.
//! assert!(MqttError::lookup("BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER").is_none());
//! assert_eq!(
//!     OnsError::BizProducerIdBelongToOtherUser.code(),
//!     "BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER"
//! );
//! ```

use crate::error_catalog;

/// An error code of the MQ Open API.
///
/// A successful call of the MQ Open API returns `ResponseCode=200` to the
/// client; a failed one returns one of these codes and a description. The
/// codes are derived from the variant names. With the feature `miette`, it is
/// a `miette::Diagnostic`.
#[error_catalog(name = "MQ Open API", lock = "src/ons/open-api.lock")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OnsError {
    #[entry(
        symptom = "MQ backend exception",
        solution = "Contact MQ technical support through an Alibaba Cloud ticket"
    )]
    OnsSystemError,
    #[entry(
        symptom = "The calling is not supported in the corresponding Region",
        solution = "Check the interface activation status with MQ technical support"
    )]
    OnsServiceUnsupported,
    #[entry(
        symptom = "Open API interface calling failed",
        solution = "Contact MQ technical support"
    )]
    OnsInvokeError,
    #[entry(
        symptom = "Parameter verification failed",
        solution = "Refer to API manual to check if each input parameters is valid"
    )]
    BizFieldCheckInvalid,
    #[entry(
        symptom = "Topic is not found",
        solution = "Check if the Topic input is valid or if it was created"
    )]
    BizTopicNotFound,
    #[entry(
        symptom = "The CID of the target subscription relation is not found",
        solution = "Check if the CID was created, or if the query criterion is incorrect"
    )]
    BizSubscriptionNotFound,
    #[entry(
        symptom = "The specified PID already exists",
        solution = "Change the PID name and retry the request"
    )]
    BizPublisherExisted,
    #[entry(
        symptom = "The specified CID already exists",
        solution = "Change the CID name and retry the request"
    )]
    BizSubscriptionExisted,
    #[entry(
        symptom = "The client of the specified CID is offline",
        solution = "Make sure the consumer client is online and retry the request"
    )]
    BizConsumerNotOnline,
    #[entry(
        symptom = "No matching message is found for the current query criterion",
        solution = "Check the query criterion and confirm if a message was sent within the query range"
    )]
    BizNoMessage,
    #[entry(
        symptom = "The requested Region is not found",
        solution = "Confirm if the requested Region parameter is valid"
    )]
    BizRegionNotFound,
    #[entry(
        symptom = "The specified Topic already exists",
        solution = "Change the Topic name and retry the request"
    )]
    BizTopicExisted,
    #[entry(
        symptom = "The current PID has been taken by other users",
        solution = "Change the PID and retry the request"
    )]
    BizProducerIdBelongToOtherUser,
    #[entry(
        symptom = "The current CID has been taken by other users",
        solution = "Change the CID and retry the request"
    )]
    BizConsumerIdBelongToOtherUser,
    #[entry(
        symptom = "The requested PID is not found",
        solution = "Confirm if the PID exists or if the request criterion is incorrect"
    )]
    BizPublishInfoNotFound,
    #[entry(
        symptom = "The current authorization relation already exists",
        solution = "Check the requested parameter and retry, or query the requested parameter first"
    )]
    EmpowerExistError,
    #[entry(
        symptom = "The current user is not the owner of the authorized Topic",
        solution = "Confirm the resource ownership"
    )]
    EmpowerOwnerCheckError,
}

// The impl the attribute's `diagnostic` flag adds, here only with `miette`.
#[cfg(feature = "miette")]
crate::__diagnostic_impl!(OnsError);

/// An error code of the MQ for MQTT API.
///
/// If the MQ for MQTT API is called successfully, `ResponseCode=200` is
/// returned to the MQTT client; if the call fails, one of these codes and a
/// description are returned. The codes are derived from the variant names.
/// With the feature `miette`, it is a `miette::Diagnostic`.
#[error_catalog(name = "MQ for MQTT API", lock = "src/ons/mqtt.lock")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MqttError {
    #[entry(
        symptom = "The backend of RocketMQ is abnormal.",
        solution = "Contact Alibaba Cloud Customer Services by submitting a ticket."
    )]
    OnsSystemError,
    #[entry(
        symptom = "The call is not currently supported in the corresponding region.",
        solution = "Contact Alibaba Cloud Customer Services to check whether the operation is available."
    )]
    OnsServiceUnsupported,
    #[entry(
        symptom = "API call failed.",
        solution = "Contact Alibaba Cloud Customer Services."
    )]
    OnsInvokeError,
    #[entry(
        symptom = "Parameter verification failed.",
        solution = "Check whether the parameters are valid based on the API reference."
    )]
    BizFieldCheckInvalid,
    #[entry(
        symptom = "The topic cannot be found.",
        solution = "Check whether the entered topic is valid or available."
    )]
    BizTopicNotFound,
    #[entry(
        symptom = "The target subscription group ID cannot be found.",
        solution = "Check whether the group ID exists or whether the filter is correct."
    )]
    BizSubscriptionNotFound,
    #[entry(
        symptom = "The specified group ID already exists.",
        solution = "Try again with a new group ID."
    )]
    BizPublisherExisted,
    #[entry(
        symptom = "The specified group ID already exists.",
        solution = "Try again with a new group ID."
    )]
    BizSubscriptionExisted,
    #[entry(
        symptom = "The client with the specified group ID is offline.",
        solution = "Ensure that the consumer client exists and then try again."
    )]
    BizConsumerNotOnline,
    #[entry(
        symptom = "No message matches the filter.",
        solution = "Check the filter and check whether messages have been published in the query range."
    )]
    BizNoMessage,
    #[entry(
        symptom = "The region where you request the service cannot be found.",
        solution = "Check whether the parameters for the region where you request the service are valid."
    )]
    BizRegionNotFound,
    #[entry(
        symptom = "The specified topic already exists.",
        solution = "Try again with a new topic name."
    )]
    BizTopicExisted,
    #[entry(
        symptom = "The requested group ID cannot be found.",
        solution = "Check whether the group ID exists or whether the request condition is correct."
    )]
    BizPublishInfoNotFound,
    #[entry(
        symptom = "The current authorization already exists.",
        solution = "Verify the request parameters and try again or query the authorization."
    )]
    EmpowerExistError,
    #[entry(
        symptom = "The current user is not the owner of the topic to be authorized.",
        solution = "Check the ownership of the resource."
    )]
    EmpowerOwnerCheckError,
}

// The impl the attribute's `diagnostic` flag adds, here only with `miette`.
#[cfg(feature = "miette")]
crate::__diagnostic_impl!(MqttError);

#[cfg(feature = "http")]
mod body;
#[cfg(feature = "serde")]
mod response;
#[cfg(feature = "http")]
pub use body::BodyError;
#[cfg(feature = "serde")]
pub use response::ErrorResponse;

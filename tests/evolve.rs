//! A catalog that evolves: aliases, families, deprecated entries and long
//! explanations from doc comments.

use error_catalog::{CatalogError, ErrorCatalog, Received, code, error_catalog};

/// Alibaba-style codes: families such as `InvalidParameter.%s` and a live
/// misspelling beside the right code.
#[error_catalog(name = "api", code_style = "Dotted.PascalCase")]
#[derive(Debug, PartialEq, Eq)]
pub enum ApiError {
    /// A parameter is missing or malformed.
    ///
    /// The request names the parameter in its code; check the API reference.
    #[entry(
        code = "InvalidParameter",
        alias = "InvalidParamater",
        alias = "InvalidParam",
        symptom = "A parameter is invalid",
        solution = "Check the parameters",
        status = 400
    )]
    InvalidParameter,
    #[entry(
        family = "InvalidParameter.",
        symptom = "Parameter {0} is invalid",
        solution = "Check the parameter named in the code",
        status = 400
    )]
    InvalidParameterOf(String),
    #[entry(
        family = "InvalidParameter.Topic.",
        symptom = "A topic parameter is invalid: {0}",
        solution = "Check the topic",
        status = 400
    )]
    InvalidTopicParameter(String),
    #[entry(
        code = "InvalidParameter.Exact",
        symptom = "The exact one",
        solution = "Fix it"
    )]
    ExactParameter,
    #[entry(
        code = "Throttling",
        deprecated = "use Throttling.User",
        symptom = "Too many requests",
        solution = "Slow down",
        status = 429
    )]
    Throttling,
    #[entry(
        code = "Throttling.User",
        symptom = "Too many requests of this user",
        solution = "Slow down",
        status = 429
    )]
    ThrottlingUser,
}

#[test]
fn aliases_parse_and_look_up_as_their_entry() {
    for spelling in ["InvalidParameter", "InvalidParamater", "InvalidParam"] {
        assert_eq!(
            ApiError::from_code(spelling),
            Some(ApiError::InvalidParameter),
            "{spelling}"
        );
        assert_eq!(spelling.parse(), Ok(ApiError::InvalidParameter));
        assert_eq!(
            ApiError::lookup(spelling).map(|entry| entry.code()),
            Some("InvalidParameter")
        );
    }
    let entry = ApiError::lookup("InvalidParamater").unwrap();
    assert_eq!(entry.aliases(), ["InvalidParamater", "InvalidParam"]);
    // Listed once, under its code.
    assert_eq!(
        ApiError::entries()
            .iter()
            .filter(|e| e.variant() == "InvalidParameter")
            .count(),
        1
    );
    assert_eq!(code!(ApiError, "InvalidParamater"), "InvalidParamater");
}

#[test]
fn families_keep_their_members_and_the_longest_prefix_wins() {
    let member = ApiError::from_code("InvalidParameter.GroupId").unwrap();
    assert_eq!(
        member,
        ApiError::InvalidParameterOf("InvalidParameter.GroupId".into())
    );
    assert_eq!(member.code(), "InvalidParameter.GroupId");
    assert_eq!(member.symptom(), "Parameter InvalidParameter.GroupId is invalid");
    assert_eq!(member.status(), Some(400));
    assert_eq!(member.entry().map(|e| e.code()), Some("InvalidParameter.*"));
    assert_eq!(
        ApiError::from_code("InvalidParameter.Topic.Name"),
        Some(ApiError::InvalidTopicParameter(
            "InvalidParameter.Topic.Name".into()
        ))
    );
    // An exact code wins over a family.
    assert_eq!(
        ApiError::from_code("InvalidParameter.Exact"),
        Some(ApiError::ExactParameter)
    );
    // A member goes on past the prefix.
    assert_eq!(ApiError::from_code("InvalidParameter."), None);
    assert_eq!(
        ApiError::lookup("InvalidParameter.Topic.Id").unwrap().code(),
        "InvalidParameter.Topic.*"
    );
    assert_eq!(
        ApiError::receive("InvalidParameter.X"),
        Received::Known(ApiError::InvalidParameterOf("InvalidParameter.X".into()))
    );
    assert_eq!(
        "InvalidParameter.X".parse(),
        Ok(ApiError::InvalidParameterOf("InvalidParameter.X".into()))
    );
    let family = ApiError::entries().iter().find(|e| e.is_family()).unwrap();
    assert_eq!(
        (family.code(), family.family_prefix()),
        ("InvalidParameter.*", Some("InvalidParameter."))
    );
    assert_eq!(
        code!(ApiError, "InvalidParameter.AnyName"),
        "InvalidParameter.AnyName"
    );
}

#[test]
#[allow(deprecated)]
fn a_deprecated_code_still_works_and_says_what_to_use() {
    assert_eq!(ApiError::from_code("Throttling"), Some(ApiError::Throttling));
    assert_eq!(
        ApiError::Throttling.entry().unwrap().deprecated(),
        Some("use Throttling.User")
    );
    assert_eq!(ApiError::ThrottlingUser.entry().unwrap().deprecated(), None);
}

#[test]
fn doc_comments_are_long_explanations() {
    assert_eq!(
        ApiError::InvalidParameter.entry().unwrap().doc(),
        Some(
            "A parameter is missing or malformed.\n\nThe request names the parameter in its code; check the API reference."
        )
    );
    assert_eq!(ApiError::ThrottlingUser.entry().unwrap().doc(), None);
}

/// A catalog with a status, a url, an alias and a deprecated entry, as a table.
#[error_catalog(prefix = "QUOTA_")]
#[derive(Debug)]
pub enum Quota {
    #[entry(
        alias = "QUOTA_OVER",
        symptom = "Quota exceeded",
        solution = "Wait",
        status = 429,
        url = "https://example.com/errors#quota"
    )]
    Exceeded,
    #[entry(
        deprecated = "use QUOTA_EXCEEDED",
        symptom = "Quota reached",
        solution = "Wait"
    )]
    Reached,
}

#[test]
fn tables_gain_status_and_more_columns_and_mark_deprecation() {
    let table = error_catalog::render::markdown::<Quota>();
    assert_eq!(
        table,
        "| Error code | Symptom and cause | Solution | Status | More |\n\
         | --- | --- | --- | --- | --- |\n\
         | QUOTA_EXCEEDED (also QUOTA_OVER) | Quota exceeded | Wait | 429 | https://example.com/errors#quota |\n\
         | QUOTA_REACHED (deprecated: use QUOTA_EXCEEDED) | Quota reached | Wait |  |  |\n"
    );
}

/// A service that embeds the API's catalog: aliases and families come along.
#[error_catalog(prefix = "SVC_")]
#[derive(Debug, PartialEq, Eq)]
pub enum Service {
    #[entry(symptom = "Down", solution = "Wait")]
    Down,
    #[entry(transparent, status = 502)]
    Api(ApiError),
}

#[test]
fn embedded_aliases_and_families_resolve_through_the_outer_catalog() {
    assert_eq!(
        Service::from_code("InvalidParamater"),
        Some(Service::Api(ApiError::InvalidParameter))
    );
    let member = Service::from_code("InvalidParameter.Port").unwrap();
    assert_eq!(
        member,
        Service::Api(ApiError::InvalidParameterOf("InvalidParameter.Port".into()))
    );
    assert_eq!(member.status(), Some(400));
    assert_eq!(
        Service::lookup("InvalidParameter.Port").unwrap().code(),
        "InvalidParameter.*"
    );
    assert_eq!(code!(Service, "InvalidParameter.Port"), "InvalidParameter.Port");
    assert_eq!(code!(Service, "InvalidParamater"), "InvalidParamater");
}

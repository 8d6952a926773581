//! The miette integration: `#[error_catalog(diagnostic)]`.

use error_catalog::error_catalog;
use error_catalog::ons::OnsError;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

/// Errors of a deploy tool.
#[error_catalog(prefix = "DEPLOY_", diagnostic)]
#[derive(Debug)]
pub enum DeployError {
    #[entry(
        symptom = "Region {0} is not enabled",
        solution = "Enable {0} in the console",
        url = "https://example.com/deploy#region"
    )]
    RegionDisabled(String),
    #[entry(symptom = "Nothing to deploy", solution = "Build first")]
    Empty,
    #[entry(transparent)]
    Mq(OnsError),
}

fn text(value: Option<Box<dyn std::fmt::Display + '_>>) -> Option<String> {
    value.map(|value| value.to_string())
}

#[test]
fn code_help_and_url_come_from_the_entry() {
    let error = DeployError::RegionDisabled("cn-hangzhou".into());
    assert_eq!(text(error.code()).as_deref(), Some("DEPLOY_REGION_DISABLED"));
    assert_eq!(
        text(error.help()).as_deref(),
        Some("Enable cn-hangzhou in the console")
    );
    assert_eq!(
        text(error.url()).as_deref(),
        Some("https://example.com/deploy#region")
    );
    assert_eq!(text(DeployError::Empty.url()), None);
    let mq = DeployError::Mq(OnsError::BizTopicNotFound);
    assert_eq!(text(mq.code()).as_deref(), Some("BIZ_TOPIC_NOT_FOUND"));
    assert_eq!(
        text(mq.help()).as_deref(),
        Some("Check if the Topic input is valid or if it was created")
    );
}

#[test]
fn the_ons_catalogs_are_diagnostics_with_the_feature() {
    let error = OnsError::EmpowerOwnerCheckError;
    assert_eq!(text(error.code()).as_deref(), Some("EMPOWER_OWNER_CHECK_ERROR"));
    assert_eq!(
        text(error.help()).as_deref(),
        Some("Confirm the resource ownership")
    );
}

#[test]
fn a_report_shows_code_symptom_and_help() {
    let error = DeployError::RegionDisabled("cn-hangzhou".into());
    let mut out = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_links(false)
        .render_report(&mut out, &error)
        .unwrap();
    assert!(out.contains("DEPLOY_REGION_DISABLED"), "{out}");
    assert!(out.contains("Region cn-hangzhou is not enabled"), "{out}");
    assert!(out.contains("help: Enable cn-hangzhou in the console"), "{out}");
    assert!(out.contains("https://example.com/deploy#region"), "{out}");
}

//! A deploy tool whose errors are `miette` diagnostics.
//!
//! What it shows:
//! - `#[error_catalog(diagnostic)]` (feature `miette` of error-catalog): the
//!   code is the diagnostic's code, the solution its help, the entry's `url`
//!   its link;
//! - the ONS catalogs are diagnostics too, directly or through `transparent`;
//! - a `miette::Report` rendered in the terminal, as a `main` returning
//!   `miette::Result` does.
//!
//! Run it with `cargo run --example diagnostic`.

use error_catalog::error_catalog;
use error_catalog::ons::OnsError;
use miette::{GraphicalReportHandler, GraphicalTheme, Report};

/// Errors of the deploy tool.
#[error_catalog(name = "deploy", prefix = "DEPLOY_", status = 400, diagnostic)]
#[derive(Debug)]
pub enum DeployError {
    #[entry(
        symptom = "Region {0} is not enabled for this account",
        solution = "Enable {0} in the console, then deploy again",
        url = "https://example.com/deploy/errors#region-disabled"
    )]
    RegionDisabled(String),

    #[entry(transparent)]
    Mq(OnsError),
}

fn render(report: &Report) -> String {
    let mut out = String::new();
    let theme = if std::env::var_os("NO_COLOR").is_some() {
        GraphicalTheme::unicode_nocolor()
    } else {
        GraphicalTheme::unicode()
    };
    GraphicalReportHandler::new_themed(theme)
        .render_report(&mut out, report.as_ref())
        .expect("writing to a String cannot fail");
    out
}

pub fn main() {
    let errors = [
        Report::new(DeployError::RegionDisabled("cn-hangzhou".into())),
        Report::new(DeployError::from(OnsError::BizTopicNotFound)),
        Report::new(OnsError::EmpowerOwnerCheckError),
    ];
    for report in &errors {
        println!("{}", render(report));
    }
}

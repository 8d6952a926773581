//! The `explain` example, run through its `run` function with in-memory output.

#[path = "../examples/explain.rs"]
#[allow(dead_code)]
mod explain;

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{ErrorCatalog, render};

/// Runs the tool with `args` after the program name; returns the exit
/// status, stdout and stderr.
fn run(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let command_line = std::iter::once("explain").chain(args.iter().copied());
    let code = explain::run(command_line, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).expect("stdout is UTF-8"),
        String::from_utf8(err).expect("stderr is UTF-8"),
    )
}

const TOPIC_NOT_FOUND: &str = "\
BIZ_TOPIC_NOT_FOUND

  MQ Open API
    Symptom:  Topic is not found
    Solution: Check if the Topic input is valid or if it was created

  MQ for MQTT API
    Symptom:  The topic cannot be found.
    Solution: Check whether the entered topic is valid or available.
";

#[test]
fn a_code_in_both_catalogs_shows_both_texts() {
    let (code, out, err) = run(&["BIZ_TOPIC_NOT_FOUND"]);
    assert_eq!(code, 0);
    assert_eq!(out, TOPIC_NOT_FOUND);
    assert_eq!(err, "");

    // The texts are the catalogs' own, each on its own line.
    let lines: Vec<&str> = out.lines().collect();
    for entry in [
        OnsError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap(),
        MqttError::lookup("BIZ_TOPIC_NOT_FOUND").unwrap(),
    ] {
        let symptom = format!("    Symptom:  {}", entry.symptom());
        let solution = format!("    Solution: {}", entry.solution());
        let at = lines
            .iter()
            .position(|line| *line == format!("  {}", entry.catalog()))
            .expect("a heading per catalog");
        assert_eq!(lines[at + 1..at + 3], [symptom.as_str(), solution.as_str()]);
    }
}

#[test]
fn a_code_only_in_the_open_api_says_so() {
    let (code, out, err) = run(&["BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "\
BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER

  MQ Open API
    Symptom:  The current PID has been taken by other users
    Solution: Change the PID and retry the request

  (not in MQ for MQTT API)
"
    );
    assert_eq!(err, "");
}

#[test]
fn codes_match_case_insensitively_and_with_dashes() {
    for spelling in [
        "biz_topic_not_found",
        "biz-topic-not-found",
        "Biz-Topic_Not-Found",
    ] {
        let (code, out, err) = run(&[spelling]);
        assert_eq!(code, 0, "{spelling}");
        assert_eq!(out, TOPIC_NOT_FOUND, "{spelling}");
        assert_eq!(err, "", "{spelling}");
    }
}

#[test]
fn several_codes_are_separated_by_a_blank_line() {
    let (code, out, err) = run(&["BIZ_TOPIC_NOT_FOUND", "empower-exist-error"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "{TOPIC_NOT_FOUND}
EMPOWER_EXIST_ERROR

  MQ Open API
    Symptom:  The current authorization relation already exists
    Solution: Check the requested parameter and retry, or query the requested parameter first

  MQ for MQTT API
    Symptom:  The current authorization already exists.
    Solution: Verify the request parameters and try again or query the authorization.
"
        )
    );
    assert_eq!(err, "");
}

#[test]
fn an_unknown_code_suggests_the_nearest_known_one() {
    let (code, out, err) = run(&["BIZ_TOPIC_NOT_FUOND"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "\
error: `BIZ_TOPIC_NOT_FUOND` is unknown in every ONS catalog (MQ Open API, MQ for MQTT API)
  did you mean BIZ_TOPIC_NOT_FOUND?
"
    );
}

#[test]
fn an_unknown_code_can_have_several_suggestions() {
    // As far from ONS_SYSTEM_ERROR as from ONS_INVOKE_ERROR: both, in catalog order.
    let (code, out, err) = run(&["ons-system-invoke-error"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "error: `ons-system-invoke-error` is unknown in every ONS catalog (MQ Open API, MQ for MQTT API)",
            "  did you mean one of these?",
            "    ONS_SYSTEM_ERROR",
            "    ONS_INVOKE_ERROR",
        ]
    );
}

#[test]
fn a_code_far_from_every_known_one_gets_no_suggestion() {
    let (code, out, err) = run(&["nope"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "\
error: `nope` is unknown in every ONS catalog (MQ Open API, MQ for MQTT API)
  run with --list to see every known code
"
    );
}

#[test]
fn known_codes_still_print_next_to_an_unknown_one() {
    let (code, out, err) = run(&["nope", "BIZ_TOPIC_NOT_FOUND"]);
    assert_eq!(code, 2);
    assert_eq!(out, TOPIC_NOT_FOUND);
    assert_eq!(err.lines().count(), 2);
    assert!(err.starts_with("error: `nope` is unknown"));
}

#[test]
fn list_shows_every_code_of_every_catalog() {
    let (code, out, err) = run(&["--list"]);
    assert_eq!(code, 0);
    assert_eq!(err, "");
    assert_eq!(OnsError::ENTRIES.len(), 17);
    assert_eq!(MqttError::ENTRIES.len(), 15);

    let mut lines = out.lines();
    for (index, (name, entries)) in [
        (OnsError::NAME, OnsError::ENTRIES),
        (MqttError::NAME, MqttError::ENTRIES),
    ]
    .into_iter()
    .enumerate()
    {
        if index > 0 {
            assert_eq!(lines.next(), Some(""));
        }
        assert_eq!(
            lines.next(),
            Some(format!("{name} ({} codes)", entries.len()).as_str())
        );
        for entry in entries {
            let line = lines.next().expect("a line per entry");
            let (listed_code, symptom) = line.trim_start().split_once("  ").expect("code and symptom");
            assert_eq!(listed_code, entry.code());
            assert_eq!(symptom.trim_start(), entry.symptom());
        }
    }
    assert_eq!(lines.next(), None);
    assert_eq!(
        out.lines().count(),
        OnsError::ENTRIES.len() + MqttError::ENTRIES.len() + 3
    );
    // The symptoms start in one column.
    assert!(out.contains("\n  ONS_SYSTEM_ERROR                      MQ backend exception\n"));
}

#[test]
fn markdown_renders_each_catalog_under_its_name() {
    let (code, out, err) = run(&["--markdown"]);
    assert_eq!(code, 0);
    assert_eq!(err, "");
    assert_eq!(
        out.lines()
            .filter(|line| *line == "| Error code | Symptom and cause | Solution |")
            .count(),
        2
    );
    assert_eq!(
        out,
        format!(
            "## MQ Open API\n\n{}\n## MQ for MQTT API\n\n{}",
            render::markdown::<OnsError>(),
            render::markdown::<MqttError>()
        )
    );
}

#[test]
fn no_arguments_is_a_usage_error() {
    let (code, out, err) = run(&[]);
    assert_ne!(code, 0);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.starts_with("error: the following required arguments were not provided:"));
    assert!(
        err.lines()
            .any(|line| line == "Usage: explain <CODE|--list|--markdown|--json>")
    );
}

#[test]
fn modes_conflict() {
    for args in [&["--list", "BIZ_TOPIC_NOT_FOUND"][..], &["--list", "--markdown"]] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains("cannot be used with"), "{args:?}: {err}");
    }
}

#[test]
fn help_goes_to_stdout_with_success() {
    let (code, out, err) = run(&["--help"]);
    assert_eq!(code, 0);
    assert_eq!(err, "");
    assert!(
        out.starts_with("Explain the error codes of Alibaba Cloud Message Queue (ONS).\n"),
        "{out}"
    );
    assert!(out.contains("\n      --list\n"));
}

#[test]
fn json_prints_every_catalog_with_its_entries() {
    let (status, out, err) = run(&["--json"]);
    assert_eq!(status, 0, "{err}");
    let catalogs: serde_json::Value = serde_json::from_str(&out).unwrap();
    let catalogs = catalogs.as_array().unwrap();
    assert_eq!(catalogs.len(), 2);
    assert_eq!(catalogs[0]["catalog"], OnsError::NAME);
    assert_eq!(catalogs[1]["catalog"], MqttError::NAME);
    assert_eq!(
        catalogs[0]["entries"],
        serde_json::to_value(OnsError::ENTRIES).unwrap()
    );
    assert_eq!(catalogs[1]["entries"].as_array().unwrap().len(), 15);
    assert_eq!(catalogs[0]["entries"][4]["code"], "BIZ_TOPIC_NOT_FOUND");
    assert_eq!(
        catalogs[0]["entries"][4]["solution"],
        "Check if the Topic input is valid or if it was created"
    );
}

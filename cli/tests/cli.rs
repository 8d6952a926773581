//! The `error-catalog` binary, run as a user runs it.

mod common;

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{ErrorCatalog, render};

use common::{data, run, temp_file};

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
    assert_eq!(
        run(&["BIZ_TOPIC_NOT_FOUND"]),
        (0, TOPIC_NOT_FOUND.to_owned(), String::new())
    );
}

#[test]
fn a_code_only_in_the_open_api_says_so() {
    let (status, out, err) = run(&["BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER"]);
    assert_eq!((status, err.as_str()), (0, ""));
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
}

#[test]
fn codes_match_whatever_their_case_and_with_dashes() {
    for spelling in [
        "biz_topic_not_found",
        "biz-topic-not-found",
        " Biz-Topic_Not-Found ",
    ] {
        let result = run(&[spelling]);
        assert_eq!(
            result,
            (0, TOPIC_NOT_FOUND.to_owned(), String::new()),
            "{spelling}"
        );
    }
}

#[test]
fn several_codes_are_separated_by_a_blank_line() {
    let (status, out, err) = run(&["BIZ_TOPIC_NOT_FOUND", "empower-exist-error"]);
    assert_eq!((status, err.as_str()), (0, ""));
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
}

#[test]
fn a_code_with_a_look_alike_letter_names_it() {
    let (status, _, err) = run(&["\u{412}IZ_TOPIC_NOT_FOUND"]);
    assert_eq!(status, 2);
    assert_eq!(
        err,
        "\
error: `\u{412}IZ_TOPIC_NOT_FOUND` is unknown in every catalog (MQ Open API, MQ for MQTT API)
  its `\u{412}` (U+0412) is not an ASCII letter, whatever it looks like
  did you mean BIZ_TOPIC_NOT_FOUND?
"
    );
}

#[test]
fn an_unknown_code_exits_with_2_and_suggests_the_nearest_code() {
    let (status, out, err) = run(&["BIZ_TOPIC_NOT_FUOND"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "\
error: `BIZ_TOPIC_NOT_FUOND` is unknown in every catalog (MQ Open API, MQ for MQTT API)
  did you mean BIZ_TOPIC_NOT_FOUND?
"
    );
    // The suggestion is the library's.
    assert_eq!(
        OnsError::nearest("BIZ_TOPIC_NOT_FUOND").map(|entry| entry.code()),
        Some("BIZ_TOPIC_NOT_FOUND")
    );
}

#[test]
fn each_catalog_suggests_its_nearest_code() {
    // A file of two catalogs, as `--json` prints them.
    let (status, out, err) = run(&["--catalog", &data("two-catalogs.json"), "SHOP_CLOSEDD"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "\
error: `SHOP_CLOSEDD` is unknown in every catalog (Shop, Store)
  did you mean one of these?
    SHOP_CLOSED
    SHOP_CLOSING
"
    );
}

#[test]
fn a_code_far_from_every_known_one_gets_no_suggestion() {
    let (status, out, err) = run(&["nope"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "\
error: `nope` is unknown in every catalog (MQ Open API, MQ for MQTT API)
  run with --list to see every known code
"
    );
}

#[test]
fn known_codes_still_print_next_to_an_unknown_one() {
    let (status, out, err) = run(&["nope", "BIZ_TOPIC_NOT_FOUND"]);
    assert_eq!((status, out.as_str()), (2, TOPIC_NOT_FOUND));
    assert!(err.starts_with("error: `nope` is unknown"), "{err}");
}

#[test]
fn list_shows_every_code_of_every_catalog() {
    let (status, out, err) = run(&["--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
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
            let (code, symptom) = line.trim_start().split_once("  ").expect("code and symptom");
            assert_eq!((code, symptom.trim_start()), (entry.code(), entry.symptom()));
        }
    }
    assert_eq!(lines.next(), None);
    // The symptoms start in one column.
    assert!(out.contains("\n  ONS_SYSTEM_ERROR                      MQ backend exception\n"));
}

#[test]
fn markdown_renders_each_catalog_under_its_name() {
    let (status, out, err) = run(&["--markdown"]);
    assert_eq!((status, err.as_str()), (0, ""));
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
fn json_prints_every_catalog_with_its_entries() {
    let (status, out, err) = run(&["--json"]);
    assert_eq!((status, err.as_str()), (0, ""));
    let catalogs: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        catalogs,
        serde_json::json!([
            {"catalog": OnsError::NAME, "entries": serde_json::to_value(OnsError::ENTRIES).unwrap()},
            {"catalog": MqttError::NAME, "entries": serde_json::to_value(MqttError::ENTRIES).unwrap()},
        ])
    );
}

#[test]
fn a_catalog_file_explains_its_codes_aliases_and_family_members() {
    let billing = data("billing.json");
    let (status, out, err) = run(&[
        "--catalog",
        &billing,
        "billing-over-quota",
        "BILLING_TAX_VAT",
        "BILLING_CARD_DECLINED",
    ]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "\
BILLING_QUOTA_EXCEEDED

  Billing
    Symptom:  Quota of {limit} exceeded
    Solution: Raise the quota or wait for the next period
    Status:   429
    URL:      https://example.com/errors/quota
    Aliases:  BILLING_OVER_QUOTA

    Every account has a monthly quota.
    It resets on the first of the month.

BILLING_TAX_VAT (family BILLING_TAX_*)

  Billing
    Symptom:  A tax rule refused the charge
    Solution: Check the tax settings of the account

BILLING_CARD_DECLINED

  Billing
    Symptom:  The card was declined
    Solution: Use another card
    Status:   402
    Deprecated: use BILLING_PAYMENT_FAILED
"
    );
}

#[test]
fn a_catalog_file_suggests_its_nearest_codes() {
    let billing = data("billing.json");
    let (status, out, err) = run(&["--catalog", &billing, "BILLING_QUOTA_EXCEDED", "BILING_TAX_VAT"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "\
error: `BILLING_QUOTA_EXCEDED` is unknown in every catalog (Billing)
  did you mean BILLING_QUOTA_EXCEEDED?
error: `BILING_TAX_VAT` is unknown in every catalog (Billing)
  did you mean a code starting with BILLING_TAX_ (family BILLING_TAX_*)?
"
    );
}

#[test]
fn a_catalog_file_lists_its_codes() {
    let (status, out, err) = run(&["--catalog", &data("billing.json"), "--list"]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(out.lines().next(), Some("Billing (4 codes)"));
    assert!(
        out.contains("\n  BILLING_TAX_*           A tax rule refused the charge\n"),
        "{out}"
    );
}

#[test]
fn an_exported_catalog_and_the_json_output_read_back() {
    let exported = temp_file("exported.json");
    std::fs::write(&exported, serde_json::to_string(OnsError::entries()).unwrap()).unwrap();
    let (status, out, _) = run(&["--json"]);
    assert_eq!(status, 0);
    let printed = temp_file("printed.json");
    std::fs::write(&printed, out).unwrap();

    let exported_run = run(&["--catalog", exported.to_str().unwrap(), "BIZ_TOPIC_NOT_FOUND"]);
    let printed_run = run(&["--catalog", printed.to_str().unwrap(), "BIZ_TOPIC_NOT_FOUND"]);
    let _ = std::fs::remove_file(exported);
    let _ = std::fs::remove_file(printed);
    let open_api = TOPIC_NOT_FOUND.split("\n\n  MQ for MQTT API").next().unwrap();
    assert_eq!(exported_run, (0, format!("{open_api}\n"), String::new()));
    assert_eq!(printed_run, (0, TOPIC_NOT_FOUND.to_owned(), String::new()));
}

/// The rule of the library's lookups: an exact code first, then the
/// family of the longest prefix, whatever the order of the file.
#[test]
fn a_code_in_another_case_is_its_entry_by_the_rule_of_resolution() {
    let shop = data("shop-families.json");
    // Near the family and the code alike: the code, as a lookup would.
    let (status, out, _) = run(&["--catalog", &shop, "shop-item-gone"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("SHOP_ITEM_GONE\n"), "{out}");
    let (status, out, _) = run(&["--catalog", &shop, "shop_item_x"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("shop_item_x (family SHOP_ITEM_*)"), "{out}");
    // A family's prefix alone is no member of it (as it is of a shorter one).
    let (status, out, err) = run(&["--catalog", &shop, "SHOP_"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(err.contains("`SHOP_` is unknown"), "{err}");
    let (status, out, _) = run(&["--catalog", &shop, "SHOP_ITEM_"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("SHOP_ITEM_ (family SHOP_*)"), "{out}");
}

#[test]
fn a_file_code_resolves_to_its_exact_entry_else_the_longest_family_prefix() {
    let shop = data("shop-families.json");
    let (status, out, err) = run(&["--catalog", &shop, "SHOP_ITEM_X", "SHOP_ITEM_GONE", "SHOP_OTHER"]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "\
SHOP_ITEM_X (family SHOP_ITEM_*)

  Shop
    Symptom:  An item of the shop is unavailable
    Solution: Choose another item

SHOP_ITEM_GONE

  Shop
    Symptom:  The item was removed
    Solution: Remove it from the cart
    Status:   410

SHOP_OTHER (family SHOP_*)

  Shop
    Symptom:  The shop refused the request
    Solution: Check the request
"
    );
}

#[test]
fn a_status_of_600_in_a_file_is_refused() {
    let file = temp_file("status-600.json");
    std::fs::write(&file, r#"[{"code": "SHOP_GONE", "status": 600}]"#).unwrap();
    let path = file.to_str().unwrap().to_owned();
    let result = run(&["--catalog", &path, "SHOP_GONE"]);
    let _ = std::fs::remove_file(file);
    let expected = format!(
        "error: cannot read the catalog {path}: entry 1: `status`: invalid value: integer `600`, \
         expected an HTTP status in 100..=599\n"
    );
    assert_eq!(result, (1, String::new(), expected));
}

#[test]
fn a_malformed_catalog_file_is_named_with_its_mistake() {
    let malformed = data("malformed.json");
    let (status, out, err) = run(&["--catalog", &malformed, "BILLING_CARD_DECLINED"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!(
            "error: cannot read the catalog {malformed}: entry 2: `status`: invalid type: string \"402\", \
             expected an HTTP status in 100..=599\n"
        )
    );

    let truncated = data("truncated.json");
    let (status, out, err) = run(&["--catalog", &truncated, "BILLING_CARD_DECLINED"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.starts_with(&format!("error: cannot read the catalog {truncated}: not JSON: ")),
        "{err}"
    );
}

#[test]
fn a_missing_catalog_file_is_named() {
    let missing = temp_file("missing.json");
    let missing = missing.to_str().unwrap();
    let (status, out, err) = run(&["--catalog", missing, "BILLING_CARD_DECLINED"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.starts_with(&format!("error: cannot read the catalog {missing}: ")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn no_arguments_is_a_usage_error() {
    let (status, out, err) = run(&[]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: the following required arguments were not provided:"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|line| line == "Usage: error-catalog <CODE|--list|--markdown|--json>"),
        "{err}"
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    for args in [
        &["--list", "BIZ_TOPIC_NOT_FOUND"][..],
        &["--list", "--markdown"],
        &["--catalog", "billing.json", "--json"],
        &["--catalog"],
        &["--no-such-flag"],
    ] {
        let (status, out, err) = run(args);
        assert_eq!((status, out.as_str()), (2, ""), "{args:?}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
    }
}

#[test]
fn help_goes_to_stdout_with_success() {
    let (status, out, err) = run(&["--help"]);
    assert_eq!((status, err.as_str()), (0, ""));
    assert!(
        out.starts_with("Explain error codes: of Alibaba Cloud Message Queue (ONS)"),
        "{out}"
    );
    assert!(out.contains("\n      --catalog <FILE>\n"), "{out}");
}

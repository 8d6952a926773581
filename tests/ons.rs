//! The ONS catalogs against the published tables, kept in `tests/data/`.

use error_catalog::ons::{MqttError, OnsError};
use error_catalog::{CatalogError, Entry, ErrorCatalog, render};
use error_catalog_tests::{Row, parse_markdown_table, parse_tsv};

const OPEN_API_TEXT: &str = include_str!("data/ons-open-api.txt");
const OPEN_API_BOUNDARIES: &str = include_str!("data/ons-open-api.tsv");
const MQTT_TABLE: &str = include_str!("data/ons-mqtt.md");
const OPEN_API_LOCK: &str = include_str!("../core/src/ons/open-api.lock");
const MQTT_LOCK: &str = include_str!("../core/src/ons/mqtt.lock");

fn rows_of<C: ErrorCatalog>() -> Vec<Row> {
    C::entries()
        .iter()
        .map(|entry| Row {
            code: entry.code().to_owned(),
            symptom: entry.symptom().to_owned(),
            solution: entry.solution().to_owned(),
        })
        .collect()
}

#[test]
fn open_api_catalog_is_the_published_table() {
    let expected = parse_tsv(OPEN_API_BOUNDARIES).unwrap();
    assert_eq!(expected.len(), 17);
    assert_eq!(rows_of::<OnsError>(), expected);
}

#[test]
fn open_api_boundaries_match_the_plain_text_page() {
    // The page separates the columns by single spaces only; the boundaries
    // file splits each line. Joined again, every row is a line of the page, in order.
    let lines: Vec<&str> = OPEN_API_TEXT
        .lines()
        .skip_while(|line| !line.starts_with("Error Code Symptom and Cause Solution"))
        .skip(1)
        .take(17)
        .collect();
    let rows = parse_tsv(OPEN_API_BOUNDARIES).unwrap();
    assert_eq!(lines.len(), rows.len());
    for (line, row) in lines.iter().zip(&rows) {
        assert_eq!(*line, format!("{} {} {}", row.code, row.symptom, row.solution));
    }
}

#[test]
fn mqtt_catalog_is_the_published_table() {
    let expected = parse_markdown_table(MQTT_TABLE).unwrap();
    assert_eq!(expected.len(), 15);
    assert_eq!(rows_of::<MqttError>(), expected);
}

#[test]
fn variants_are_the_codes_in_upper_camel_case() {
    fn camel(code: &str) -> String {
        code.split('_')
            .map(|word| word[..1].to_owned() + &word[1..].to_lowercase())
            .collect()
    }
    for entry in OnsError::ENTRIES.iter().chain(MqttError::ENTRIES) {
        assert_eq!(entry.variant(), camel(entry.code()), "{}", entry.code());
    }
    assert_eq!(
        OnsError::from_code("EMPOWER_OWNER_CHECK_ERROR"),
        Some(OnsError::EmpowerOwnerCheckError)
    );
    assert_eq!(OnsError::OnsSystemError.code(), "ONS_SYSTEM_ERROR");
    assert_eq!(MqttError::BizTopicNotFound.code(), "BIZ_TOPIC_NOT_FOUND");
}

#[test]
fn every_code_round_trips() {
    fn check<C: ErrorCatalog + PartialEq + std::fmt::Debug + std::str::FromStr>() {
        for entry in C::entries() {
            let value = C::from_code(entry.code()).unwrap_or_else(|| panic!("no value for {}", entry.code()));
            assert_eq!(value.code(), entry.code());
            assert_eq!(value.entry(), Some(entry));
            assert_eq!(C::lookup(entry.code()), Some(entry));
            assert_eq!(entry.code().parse::<C>().ok().as_ref(), Some(&value));
            assert_eq!(value.symptom(), entry.symptom());
            assert_eq!(value.solution(), entry.solution());
            assert_eq!(
                value.to_string(),
                format!("{}: {}", entry.code(), entry.symptom())
            );
            assert_eq!(entry.catalog(), C::NAME);
            assert_eq!(entry.status(), None);
        }
    }
    check::<OnsError>();
    check::<MqttError>();
}

#[test]
fn codes_only_the_open_api_has() {
    let mqtt: Vec<&str> = MqttError::ENTRIES.iter().map(Entry::code).collect();
    let only_open_api: Vec<&str> = OnsError::ENTRIES
        .iter()
        .map(Entry::code)
        .filter(|code| !mqtt.contains(code))
        .collect();
    assert_eq!(
        only_open_api,
        [
            "BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER",
            "BIZ_CONSUMER_ID_BELONG_TO_OTHER_USER"
        ]
    );
}

#[test]
fn markdown_renders_the_published_table() {
    let table = render::markdown::<MqttError>();
    let reparsed = parse_markdown_table(&table).unwrap();
    assert_eq!(reparsed, rows_of::<MqttError>());
    assert!(table.starts_with("| Error code | Symptom and cause | Solution |\n| --- | --- | --- |\n"));
    assert_eq!(table.lines().count(), 2 + 15);
    assert!(table.ends_with('\n'));
}

/// The codes of a lock file's `code` lines, sorted, after its `catalog` line.
fn locked_codes(lock: &str, catalog: &str) -> Vec<String> {
    let mut lines = lock
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'));
    assert_eq!(lines.next(), Some(format!("catalog {catalog}").as_str()));
    lines
        .map(|line| match line.split_whitespace().collect::<Vec<_>>()[..] {
            // The tables give no status and no placeholders: nothing after the code.
            ["code", code] => code.to_owned(),
            _ => panic!("not a plain `code` line of the lock: {line}"),
        })
        .collect()
}

fn sorted_codes(rows: Vec<Row>) -> Vec<String> {
    let mut codes: Vec<String> = rows.into_iter().map(|row| row.code).collect();
    codes.sort();
    codes
}

#[test]
fn the_lock_files_hold_every_code_of_the_published_tables() {
    let open_api = sorted_codes(parse_tsv(OPEN_API_BOUNDARIES).unwrap());
    assert_eq!(locked_codes(OPEN_API_LOCK, "OnsError"), open_api);
    let mqtt = sorted_codes(parse_markdown_table(MQTT_TABLE).unwrap());
    assert_eq!(locked_codes(MQTT_LOCK, "MqttError"), mqtt);
}

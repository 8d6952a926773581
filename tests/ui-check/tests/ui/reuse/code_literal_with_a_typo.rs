use error_catalog::code;
use error_catalog::ons::OnsError;

fn main() {
    let _ = code!(OnsError, "BIZ_TOPIC_NOT_FUOND");
}

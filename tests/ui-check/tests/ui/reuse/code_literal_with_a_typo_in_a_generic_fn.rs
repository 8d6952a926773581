use error_catalog::code;
use error_catalog::ons::OnsError;

// Checked even in a generic function that is never instantiated.
pub fn is_missing_topic<T: AsRef<str>>(code_from_the_wire: T) -> bool {
    code_from_the_wire.as_ref() == code!(OnsError, "BIZ_TOPIC_NOT_FUOND")
}

fn main() {}

// The first letter is the Cyrillic `В`, which looks like the Latin `B`:
// the message names it, besides the nearest code.
use error_catalog::{code, ons::OnsError};

fn main() {
    let _ = code!(OnsError, "ВIZ_TOPIC_NOT_FOUND");
}

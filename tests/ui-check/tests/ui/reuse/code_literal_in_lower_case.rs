use error_catalog::code;
use error_catalog::ons::OnsError;

fn main() {
    let _ = code!(OnsError, "biz_topic_not_found");
}

// A format spec that `core::fmt` does not know: reported by the attribute,
// at the spec, not by the compiler at a place inside the generated string.
use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum DeviceError {
    #[entry(symptom = "Device {0:Z} failed", solution = "Replace the device")]
    Failed(u8),
}

fn main() {}

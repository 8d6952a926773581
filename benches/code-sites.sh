#!/usr/bin/env bash
# What a `code!` site costs `cargo check` in a large catalog: its hit (a
# code the catalog has) and its miss (a typo, which fails the build with a
# "did you mean").
#
# It writes a throwaway crate in a temporary folder outside the repository:
# a catalog of N entries with explicit codes (and a `Debug` written by hand:
# the derive's `match` of N arms costs the compiler gigabytes at 50,000),
# depending on error-catalog by absolute path, and times, after an untimed
# build of the dependencies, `CARGO_INCREMENTAL=0 cargo check` of
#
#   - the catalog alone,
#   - the catalog and SITES `code!`s of its codes, spread over it,
#   - the catalog and one `code!` of a typo of one of its codes,
#
# taking the median of RUNS runs each, and prints the seconds, the cost of
# one hit (the difference over SITES) and of the miss, and the message of
# the miss.
#
# Environment:
#   N=50000       the entries of the catalog
#   SITES=20      the `code!` sites of the second crate
#   RUNS=1        timed runs per figure (the median is reported)
#   CORE=...      the `core/` folder of the error-catalog to measure (this
#                 checkout's by default): another checkout's, to compare
#   KEEP=1        keep the temporary folder (its path is printed)
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
core="${CORE:-$(cd "$here/../core" && pwd)}"
N="${N:-50000}"
SITES="${SITES:-20}"
RUNS="${RUNS:-1}"

work="$(mktemp -d "${TMPDIR:-/tmp}/error-catalog-code-sites.XXXXXX")"
cleanup() {
    local status=$?
    if [[ $status -ne 0 || "${KEEP:-0}" == 1 ]]; then
        echo "code-sites: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
say() { echo "code-sites: $*" >&2; }

# The catalog's code number `$1`.
code() { printf 'SITE_%s_CODE_%d' "$(( $1 % 7 == 0 ? 0 : $1 % 13 ))" "$1"; }

write_crate() {
    mkdir -p "$work/crate/src"
    cat > "$work/crate/Cargo.toml" <<EOF
[package]
name = "code-sites"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$core", default-features = false }

[workspace]
EOF
    {
        echo '#[error_catalog::error_catalog(name = "sites")]'
        echo 'pub enum Sites {'
        for ((i = 0; i < N; i++)); do
            printf '    #[entry(code = "%s", symptom = "Step %d failed", solution = "Run step %d again")] V%d,\n' \
                "$(code "$i")" "$i" "$i" "$i"
        done
        echo '}'
        echo 'impl ::core::fmt::Debug for Sites {'
        echo '    fn fmt(&self, f: &mut ::core::fmt::Formatter<'"'"'_>) -> ::core::fmt::Result {'
        echo '        f.write_str(::error_catalog::CatalogError::code(self))'
        echo '    }'
        echo '}'
    } > "$work/crate/src/catalog.rs"
}

# Writes the crate's lib: the catalog and the sites of `$1` (none, hits, miss).
write_lib() {
    {
        echo 'mod catalog;'
        echo 'pub use catalog::Sites;'
        case "$1" in
            hits)
                for ((s = 0; s < SITES; s++)); do
                    printf 'pub const HIT_%d: &str = ::error_catalog::code!(Sites, "%s");\n' \
                        "$s" "$(code $(( (N - 1) - s * (N / SITES) )))"
                done ;;
            miss)
                # One letter changed in a code from the middle of the catalog.
                printf 'pub const MISS: &str = ::error_catalog::code!(Sites, "%s");\n' \
                    "$(code $(( N / 2 )) | sed 's/CODE/CODX/')" ;;
        esac
    } > "$work/crate/src/lib.rs"
}

# The seconds of one `cargo check` of the crate as it is; its output in $work/out.txt.
check_once() {
    touch "$work/crate/src/lib.rs"
    local start end
    start=$(date +%s.%N)
    (cd "$work/crate" && CARGO_INCREMENTAL=0 cargo check -q > "$work/out.txt" 2>&1) || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

timed() {
    write_lib "$1"
    for ((r = 0; r < RUNS; r++)); do check_once; done | median
}

say "writing a catalog of $N entries in $work"
write_crate
write_lib none
say "building the dependencies"
(cd "$work/crate" && cargo check -q > /dev/null 2>&1) || true
alone=$(timed none)
say "the catalog alone: $alone s"
hits=$(timed hits)
say "with $SITES hits: $hits s"
miss=$(timed miss)
message=$(grep -m1 -o 'error code `[^`]*` is not in the catalog[^"]*' "$work/out.txt" || echo "(no message)")
say "with one miss: $miss s"

echo
echo "| N | catalog alone | + $SITES hits | one hit | + one miss (the miss) |"
echo "| --- | --- | --- | --- | --- |"
printf '| %d | %.1f s | %.1f s | %.3f s | %.1f s (%.1f s) |\n' "$N" "$alone" "$hits" \
    "$(echo "($hits - $alone) / $SITES" | bc -l)" "$miss" "$(echo "$miss - $alone" | bc -l)"
echo
echo "The miss says: $message"

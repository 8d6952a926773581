#!/usr/bin/env bash
# Build times of a catalog declared with error-catalog, with strum + thiserror
# and with plain `match`es on string literals, for catalogs of 17, 1,000 and
# 10,000 entries (the codes and texts of the lookup benchmarks).
#
# For each library it generates throwaway crates in a temporary folder outside
# the repository: a lib with one catalog of N entries and a small user (a bin
# that parses codes and prints their messages). error-catalog is the one of
# this checkout, by absolute path. The crates of one library share one target
# folder, so their dependencies are built once. It times, taking the median of
# RUNS runs after an untimed warm-up:
#
#   - `cargo check` after touching the lib file, incremental;
#   - the same with CARGO_INCREMENTAL=0;
#   - `cargo build --release` of the lib and the user after touching the lib;
#   - the cold `cargo build --release` of an empty crate that depends on the
#     library, from a clean target folder (the dependency tree of the macros).
#
# and prints a Markdown table with the seconds and the ratio
# error-catalog / strum.
#
# Environment:
#   SIZES="17 1000 10000"  the catalog sizes
#   RUNS=3                 timed runs per figure (the median is reported)
#   SKIP_SLOW=1            skip the release builds of strum and match at
#                          N >= 10000 (minutes each)
#   KEEP=1                 keep the temporary folder (its path is printed)
#   COUNT=1                also count the instructions of the incremental
#                          `cargo check` (every process: cargo and both rustc
#                          runs) under cachegrind, a figure the machine's load
#                          does not move (needs valgrind; N <= 1000 only,
#                          larger catalogs take minutes under it)
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
core="$(cd "$here/../core" && pwd)"
repo="$(cd "$here/.." && pwd)"
SIZES="${SIZES:-17 1000 10000}"
RUNS="${RUNS:-3}"
SKIP_SLOW="${SKIP_SLOW:-0}"
COUNT="${COUNT:-0}"
LIBS=(error-catalog strum match)

work="$(mktemp -d "${TMPDIR:-/tmp}/error-catalog-build-times.XXXXXX")"
log="$work/log.txt"
cleanup() {
    local status=$?
    if [[ $status -ne 0 || "${KEEP:-0}" == 1 ]]; then
        echo "build-times: kept $work (log: $log)" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

say() { echo "build-times: $*" >&2; }

# Runs a command quietly into the log; on failure shows the end of the log.
run() {
    if ! "$@" >>"$log" 2>&1; then
        say "failed: $* (in $PWD)"
        tail -n 40 "$log" >&2
        exit 1
    fi
}

# Seconds (two decimals) that a command takes. A timed run must compile the
# throwaway crate alone: when the checkout changes meanwhile (error-catalog
# rebuilt), it says so, since that run's figure is then too high.
timed() {
    local out="$work/run.txt" start end
    start=$EPOCHREALTIME
    if ! "$@" >"$out" 2>&1; then
        cat "$out" >>"$log"
        say "failed: $* (in $PWD)"
        tail -n 40 "$out" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    cat "$out" >>"$log"
    if grep -E '^ *Compiling ' "$out" | grep -qv ' bt-'; then
        say "warning: a dependency was rebuilt during a timed run of $* in $PWD:"
        grep -E '^ *Compiling ' "$out" | grep -v ' bt-' >&2
    fi
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# RUNS timed runs of: touch src/lib.rs, then the command; prints the median.
touched() {
    local times=() i
    for ((i = 0; i < RUNS; i++)); do
        touch src/lib.rs
        times+=("$(timed "$@")")
    done
    say "  $* (${times[*]} s)"
    median "${times[@]}"
}

# Millions of instructions of: touch src/lib.rs, then the command, every
# process it starts included.
counted() {
    touch src/lib.rs
    valgrind --tool=cachegrind --cache-sim=no --trace-children=yes \
        --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        awk '/I +refs:/ { gsub(",", "", $NF); total += $NF } END { printf "%.0f", total / 1e6 }'
}

# A crate's Cargo.toml: NAME, the library's dependencies.
manifest() {
    local name=$1 lib=$2
    {
        printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n' "$name"
        printf '[dependencies]\n'
        case $lib in
            error-catalog) printf 'error-catalog = { path = "%s" }\n' "$core" ;;
            strum)
                printf 'strum = { version = "0.28", features = ["derive"] }\n'
                printf 'thiserror = "2"\n'
                ;;
            match) ;;
        esac
        # A workspace of its own, whatever folder it is in.
        printf '\n[workspace]\n'
    } >Cargo.toml
    # The versions the benchmarks resolved, where the lock file has them.
    if [[ -f "$repo/Cargo.lock" ]]; then
        cp "$repo/Cargo.lock" Cargo.lock
    fi
}

say "compiling the catalog generator"
run rustc --edition 2024 -O -o "$work/generator" "$here/generator/main.rs"

declare -A result
for lib in "${LIBS[@]}"; do
    export CARGO_TARGET_DIR="$work/target-$lib"

    if [[ $lib != match ]]; then
        say "$lib: cold release build of the dependency tree"
        mkdir -p "$work/$lib-deps/src"
        cd "$work/$lib-deps"
        manifest "bt-deps-$lib" "$lib"
        echo '//! Depends on the library, uses nothing.' >src/lib.rs
        run cargo fetch
        times=()
        for ((i = 0; i < RUNS; i++)); do
            rm -rf "$CARGO_TARGET_DIR"
            start=$EPOCHREALTIME
            run cargo build --release
            times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')")
        done
        say "  cargo build --release, cold (${times[*]} s)"
        result["$lib|deps"]="$(median "${times[@]}")"
        run cargo check
    fi

    for n in $SIZES; do
        say "$lib: N=$n"
        name="bt-$lib-$n"
        dir="$work/$name"
        mkdir -p "$dir"
        cd "$dir"
        manifest "$name" "$lib"
        run "$work/generator" "$lib" "$n" "${name//-/_}" "$dir"

        run env CARGO_INCREMENTAL=1 cargo check
        result["$lib|$n|check"]="$(touched env CARGO_INCREMENTAL=1 cargo check)"

        if [[ $COUNT == 1 && $n -le 1000 ]]; then
            result["$lib|$n|count"]="$(counted env CARGO_INCREMENTAL=1 cargo check)"
            say "  incremental check: ${result["$lib|$n|count"]} M instructions"
        fi

        run env CARGO_INCREMENTAL=0 cargo check
        result["$lib|$n|check0"]="$(touched env CARGO_INCREMENTAL=0 cargo check)"

        if [[ $SKIP_SLOW == 1 && $n -ge 10000 && $lib != error-catalog ]]; then
            say "  release build skipped (SKIP_SLOW=1)"
        else
            run cargo build --release
            result["$lib|$n|release"]="$(touched cargo build --release)"
            # The user works: it explains a code of the catalog.
            code="$(grep -m1 -oE '"[A-Z][A-Z0-9_]+"' src/lib.rs | tr -d '"')"
            run "$CARGO_TARGET_DIR/release/$name" "$code"
        fi
    done
done

cell() { echo "${result[$1]:-—}"; }
ratio() {
    local a="${result[$1]:-}" b="${result[$2]:-}"
    if [[ -n $a && -n $b ]]; then
        awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "—" }'
    else
        echo "—"
    fi
}

echo
echo "Build times in seconds, median of $RUNS ($(rustc -V), $(nproc) cores, error-catalog at $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')):"
echo
echo "| N | what | error-catalog | strum + thiserror | match | error-catalog / strum |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in $SIZES; do
    whats="check check0 release"
    [[ $COUNT == 1 ]] && whats="check count check0 release"
    for what in $whats; do
        case $what in
            check) label='`cargo check` after touching, incremental' ;;
            count) label='the same, millions of instructions' ;;
            check0) label='the same, `CARGO_INCREMENTAL=0`' ;;
            release) label='`cargo build --release` of lib + user after touching' ;;
        esac
        echo "| $n | $label | $(cell "error-catalog|$n|$what") | $(cell "strum|$n|$what") | $(cell "match|$n|$what") | $(ratio "error-catalog|$n|$what" "strum|$n|$what") |"
    done
done
echo "| — | cold \`cargo build --release\` of the dependency tree | $(cell "error-catalog|deps") | $(cell "strum|deps") | — | $(ratio "error-catalog|deps" "strum|deps") |"

#!/usr/bin/env bash
# Counts, under cachegrind, the instructions, branches and (simulated)
# branch mispredictions of one lookup of each library: figures that do not
# depend on what else the machine is doing, unlike the timings of
# summary.sh. Each case runs twice, over 1 and over 11 rounds of its probes;
# the difference, divided by 10 rounds of probes, is one lookup without the
# set-up. Needs valgrind.
#
#   benches/counts.sh                         # every library, every size
#   SIZES=17 LIBS="from_code strum" benches/counts.sh
#
# Libraries: from_code, lookup, from_str (error-catalog), strum, phf,
# hashmap, floor (reading the probe, no lookup).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=${SIZES:-"17 1000 10000"}
LIBS=${LIBS:-"floor from_code lookup from_str strum phf hashmap"}

command -v valgrind >/dev/null || { echo "counts.sh: valgrind is needed" >&2; exit 1; }

bin=$(cargo bench -p error-catalog-benches --bench counts --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "counts.sh: the counts benchmark did not build" >&2; exit 1; }

# Instructions, branches and mispredicted branches of one run.
measure() {
    valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes \
        --cachegrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null | awk '
        /I +refs:/ { gsub(",", "", $4); i = $4 }
        /Branches:/ { gsub(",", "", $3); b = $3 }
        /Mispredicts:/ { gsub(",", "", $3); m = $3 }
        END { if (i == "" || b == "" || m == "") exit 1; print i, b, m }'
}

echo "| N | library | kind | instructions | branches | mispredicted |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in $SIZES; do
    for lib in $LIBS; do
        for kind in hit miss; do
            probes=$("$bin" "$lib" "$n" "$kind" 1)
            read -r i1 b1 m1 <<<"$(measure "$lib" "$n" "$kind" 1)"
            read -r i2 b2 m2 <<<"$(measure "$lib" "$n" "$kind" 11)"
            awk -v n="$n" -v lib="$lib" -v kind="$kind" -v p="$probes" \
                -v i=$((i2 - i1)) -v b=$((b2 - b1)) -v m=$((m2 - m1)) 'BEGIN {
                d = 10 * p
                printf "| %s | %s | %s | %.1f | %.2f | %.3f |\n", n, lib, kind, i / d, b / d, m / d
            }'
        done
    done
done

#!/usr/bin/env bash
# Runs the lookup benchmarks and ends with their figures as Markdown tables:
# nanoseconds per lookup, and how many times faster than strum each library
# is (strum's time / its time). Arguments go to the benchmark binary, e.g.
#
#   benches/summary.sh              # the whole suite, a few minutes
#   benches/summary.sh --quick      # criterion's quick mode
#   benches/summary.sh n1000        # one size
#
# Criterion's own output goes to standard error as it runs.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo bench -p error-catalog-benches --bench lookup -- "$@" 2>&1 | tee /dev/stderr | awk '
function ns(value, unit) {
    if (unit == "ps") return value / 1000
    if (unit == "ns") return value
    if (unit == "ms") return value * 1000000
    if (unit == "s") return value * 1000000000
    return value * 1000 # µs, however it is spelled
}
function fmt(x) { return x >= 100 ? sprintf("%.0f", x) : sprintf("%.1f", x) }
/^n[0-9]+\/(hit|miss)\// {
    name = $0
    sub(/ *time:.*/, "", name)
    sub(/ +$/, "", name)
}
/time: +\[/ && name != "" {
    s = $0
    sub(/.*time: +\[/, "", s)
    split(s, f, " ")
    split(name, p, "/")
    size = p[1]; kind = p[2]; lib = p[3]
    if (!(size in seen_size)) { seen_size[size] = 1; sizes[++nsizes] = size }
    if (!(lib in seen_lib)) { seen_lib[lib] = 1; libs[++nlibs] = lib }
    t[size, kind, lib] = ns(f[3], f[4])
    name = ""
}
END {
    if (nsizes == 0) exit 1
    header = "| library |"; rule = "| --- |"
    for (i = 1; i <= nsizes; i++) {
        n = substr(sizes[i], 2)
        header = header " N=" n " hit | N=" n " miss |"; rule = rule " --- | --- |"
    }
    print "\nNanoseconds per lookup (median estimate):\n"
    print header; print rule
    for (j = 1; j <= nlibs; j++) {
        row = "| " libs[j] " |"
        for (i = 1; i <= nsizes; i++) for (k = 0; k < 2; k++) {
            kind = k ? "miss" : "hit"
            row = row " " (((sizes[i], kind, libs[j]) in t) ? fmt(t[sizes[i], kind, libs[j]]) : "—") " |"
        }
        print row
    }
    print "\nTimes faster than strum FromStr (its time / the library'"'"'s):\n"
    print header; print rule
    for (j = 1; j <= nlibs; j++) {
        row = "| " libs[j] " |"
        for (i = 1; i <= nsizes; i++) for (k = 0; k < 2; k++) {
            kind = k ? "miss" : "hit"
            key = sizes[i] SUBSEP kind SUBSEP libs[j]
            base = sizes[i] SUBSEP kind SUBSEP "strum FromStr"
            row = row " " (((key in t) && (base in t) && t[key] > 0) ? sprintf("%.2f", t[base] / t[key]) : "—") " |"
        }
        print row
    }
}'

#!/usr/bin/env bash
# Compares `jisr decode --format ndjson` with gpsd's `gpsdecode -j` on the same 1,000,000 lines of
# real AIS data, both pinned to one core, JVM start-up included. Results go in docs/performance.md.
#
# Usage: bench/compare-gpsdecode.sh [LINES] [RUNS]   (defaults: 1000000 lines, 10 runs each)
# Needs gpsdecode (Debian package gpsd-clients) and taskset; uses hyperfine when it is installed.
set -euo pipefail

cd "$(dirname "$0")/.."
lines=${1:-1000000}
runs=${2:-10}
cpu=${CPU:-0}
corpus=ais/src/test/resources/ais

command -v gpsdecode >/dev/null || { echo "gpsdecode not found (apt-get install gpsd-clients)" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset not found (apt-get install util-linux)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/jisr-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
input="$work/input.nmea"

# Every data file of the corpus, in a fixed order, repeated line by line until $lines lines. awk adds
# the newline a file may lack at its end, so no two files' lines are glued together.
mapfile -t files < <(find "$corpus" -type f ! -name 'LICENSE*' ! -name 'NOTICE*' ! -name '*.md' | LC_ALL=C sort)
awk -v n="$lines" '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "${files[@]}" > "$input"
echo "input: $(wc -l < "$input") lines, $(wc -c < "$input") bytes from ${#files[@]} corpus files"

# Build the jar (and, on JDK 24+, the launcher's AOT cache) before timing anything.
./jisr decode "$corpus/gpsd/sample.aivdm.nmea" > /dev/null 2>&1

gps_cmd="taskset -c $cpu gpsdecode -j < $input > /dev/null 2>&1"
jisr_cmd="taskset -c $cpu ./jisr decode --format ndjson $input > /dev/null 2>&1"

if command -v hyperfine >/dev/null; then
    hyperfine --shell=bash --warmup 1 --runs "$runs" --export-json "$work/times.json" \
        -n gpsdecode "$gps_cmd" -n jisr "$jisr_cmd"
    read -r gps_mean jisr_mean < <(python3 -c '
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(r["gpsdecode"], r["jisr"])' "$work/times.json")
else
    mean() { # runs a command $runs times, prints the mean wall time in seconds
        local total=0 start end
        for ((i = 0; i < runs; i++)); do
            start=$(date +%s%N); bash -c "$1"; end=$(date +%s%N)
            total=$((total + end - start))
        done
        awk -v t="$total" -v n="$runs" 'BEGIN { printf "%.4f", t / n / 1e9 }'
    }
    gps_mean=$(mean "$gps_cmd")
    jisr_mean=$(mean "$jisr_cmd")
fi

awk -v l="$lines" -v g="$gps_mean" -v j="$jisr_mean" 'BEGIN {
    printf "gpsdecode -j : %.3f s  %9.0f lines/s\n", g, l / g
    printf "jisr decode  : %.3f s  %9.0f lines/s\n", j, l / j
    printf "ratio        : %.2fx gpsdecode\n", g / j
}'

# Sourced by the benchmarks that time ./lis: builds the tool if need be, makes $work (removed on exit),
# reads the sizes to run into $sizes (the arguments, or the defaults given) and defines measure.
# Usage, after set -euo pipefail: source bench/measure.sh "DEFAULT SIZES" "$@"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./lis --help > /dev/null   # builds target/lis.jar if needed
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (GNU time) for the peak memory" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
defaults="$1"
shift
sizes=("${@:-$defaults}")
read -r -a sizes <<< "${sizes[*]}"

# Runs ./lis with the arguments given; sets $wall (seconds) and $peak (MiB). A failed run stops the benchmark.
measure() {
  local log="$work/time.log"
  if ! LIS_NO_CDS=1 /usr/bin/time -v -o "$log" ./lis "$@" > "$work/out.log" 2>&1; then
    grep -v "^\s*at " "$work/out.log" | tail -20 >&2
    echo "failed: lis $*" >&2
    exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
}

#!/usr/bin/env bash
# Roll-up benchmark (issue 17): lis rollup over ORGS generated organisations × 5 years of published
# reviews (YEAR.data.json), by default 60 (a city's nämnder and bolag) and 2,000. For each it prints the
# wall time and the peak memory (maximum resident set size, from /usr/bin/time -v), then the seconds per
# 1,000 reviews, which stays about the same when the cost grows linearly with the input.
#
# Usage: bench/rollup.sh [ORGS…]   (default: 60 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
./lis --help > /dev/null   # builds target/lis.jar if needed
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (GNU time) for the peak memory" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("${@:-60 2000}")
read -r -a sizes <<< "${sizes[*]}"
years=5

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
printf '%-14s %10s %10s %12s %14s\n' organisations reviews "wall s" "peak MiB" "s/1000 reviews"
for n in "${sizes[@]}"; do
  java bench/RollupGenerator.java "$n" "$years" "$work/city-$n"
  log="$work/time.log"
  if ! LIS_NO_CDS=1 /usr/bin/time -v -o "$log" ./lis rollup -c "$work/city-$n/rollup.properties" -o "$work/out-$n" > "$work/out.log" 2>&1; then
    tail -20 "$work/out.log" >&2
    echo "failed: lis rollup ($n organisations)" >&2
    exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  reviews=$((n * years))
  printf '%-14s %10s %10s %12s %14.2f\n' "$n" "$reviews" "$wall" "$peak" "$(echo "$wall * 1000 / $reviews" | bc -l)"
done

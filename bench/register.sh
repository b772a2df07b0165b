#!/usr/bin/env bash
# Register benchmark (issue 16): lis check and lis build on 1,000, 10,000 and 100,000 generated assets
# (plus 50 handbook pages), in one run on this machine, with ./lis's default JVM options. For each it
# prints the wall time and the peak memory (maximum resident set size, from /usr/bin/time -v), then the
# slope: seconds per 1,000 assets between the sizes, and the ratio 100k/10k, which is near 10 when the
# cost grows linearly with the register.
#
# Usage: bench/register.sh [SIZES…]   (default: 1000 10000 100000)
set -euo pipefail
source "$(dirname "$0")/measure.sh" "1000 10000 100000" "$@"

for n in "${sizes[@]}"; do
  java bench/CorpusGenerator.java 50 "$work/site-$n" > /dev/null
  java bench/RegisterGenerator.java "$n" "$work/site-$n"
  mkdir -p "$work/site-$n/content/register"
  printf '= Tillgångar\n:jbake-type: assets\n\nAlla tillgångar.\n' > "$work/site-$n/content/register/tillgangar.adoc"
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "JVM options: ${LIS_JAVA_OPTS:-./lis default}"
declare -A check_s check_m build_s build_m
for n in "${sizes[@]}"; do
  measure check --site "$work/site-$n"
  check_s[$n]=$wall; check_m[$n]=$peak
  echo "lis check, $(printf '%7d' "$n") assets: ${wall} s, peak ${peak} MiB"
  measure build --timings --site "$work/site-$n"
  build_s[$n]=$wall; build_m[$n]=$peak
  echo "lis build, $(printf '%7d' "$n") assets + 50 pages: ${wall} s, peak ${peak} MiB  ($(grep -E '^\s+(register|bake|postprocess):' "$work/out.log" | tr -s ' ' | tr '\n' ';'))"
done

echo
echo "slope, seconds per 1,000 assets between sizes:"
previous=""
for n in "${sizes[@]}"; do
  if [[ -n $previous ]]; then
    per() { echo "scale=3; ($1 - $2) * 1000 / ($n - $previous)" | bc; }
    echo "  ${previous} → ${n}: check $(per "${check_s[$n]}" "${check_s[$previous]}") s, build $(per "${build_s[$n]}" "${build_s[$previous]}") s"
  fi
  previous=$n
done
if [[ -n ${build_s[10000]:-} && -n ${build_s[100000]:-} ]]; then
  echo "ratio 100k/10k: check $(echo "scale=2; ${check_s[100000]} / ${check_s[10000]}" | bc), build $(echo "scale=2; ${build_s[100000]} / ${build_s[10000]}" | bc)"
fi

#!/usr/bin/env bash
# Workbook benchmark (issue 18): lis export and lis import of a generated register of 1,000, 10,000 and
# 100,000 assets, against lis check of the same register, in one run on this machine with ./lis's
# default JVM options. lis check is the floor: an import runs the very same checks before it writes, so
# the ratio import/check is what reading and merging the workbook adds. The import reads back a workbook
# with one cell changed, so it writes one file.
#
# Usage: bench/workbook.sh [SIZES…]   (default: 1000 10000 100000)
set -euo pipefail
source "$(dirname "$0")/measure.sh" "1000 10000 100000" "$@"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  java bench/CorpusGenerator.java 1 "$site" > /dev/null
  java bench/RegisterGenerator.java "$n" "$site"
  measure check --site "$site"
  check=$wall
  measure export --site "$site" --edition ledning "$work/register-$n.xlsx"
  export=$wall; export_peak=$peak
  java -cp target/lis.jar bench/WorkbookEdit.java "$work/register-$n.xlsx"
  measure import --site "$site" "$work/register-$n.xlsx"
  grep -q "Skrev data/assets.json" "$work/out.log" || { cat "$work/out.log" >&2; echo "the import wrote nothing" >&2; exit 1; }
  echo "$(printf '%7d' "$n") assets: check ${check} s; export ${export} s (peak ${export_peak} MiB, $(du -k "$work/register-$n.xlsx" | cut -f1) KiB), ratio $(echo "scale=2; $export / $check" | bc) × check; import ${wall} s (peak ${peak} MiB), ratio $(echo "scale=2; $wall / $check" | bc) × check"
done

#!/usr/bin/env bash
# Register benchmark: load and validate 10,000 assets (lis check), and build a site with 2,000 assets,
# in one run on this machine. Prints wall times and the ratio to 2,000 assets' check, so growth can
# be judged as linear or not.
set -euo pipefail
cd "$(dirname "$0")/.."
./lis --help > /dev/null   # builds target/lis.jar if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

for n in 1000 2000 10000; do
  java bench/CorpusGenerator.java 50 "$work/site-$n" > /dev/null
  java bench/RegisterGenerator.java "$n" "$work/site-$n"
  mkdir -p "$work/site-$n/content/register"
  printf '= Tillgångar\n:jbake-type: assets\n\nAlla tillgångar.\n' > "$work/site-$n/content/register/tillgangar.adoc"
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
check2k=$(seconds ./lis check --site "$work/site-2000")
check10k=$(seconds ./lis check --site "$work/site-10000")
build1k=$(seconds ./lis build --site "$work/site-1000")
build2k=$(seconds ./lis build --site "$work/site-2000")
echo "lis check,  2,000 assets: ${check2k} s"
echo "lis check, 10,000 assets: ${check10k} s  (ratio to 2,000: $(echo "scale=2; $check10k / $check2k" | bc))"
echo "lis build,  1,000 assets + 50 pages: ${build1k} s"
echo "lis build,  2,000 assets + 50 pages: ${build2k} s  (ratio to 1,000: $(echo "scale=2; $build2k / $build1k" | bc))"

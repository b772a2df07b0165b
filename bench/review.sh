#!/usr/bin/env bash
# Review PDF benchmark, in one run on this machine: `lis review 2024` from a cold JVM (it bakes the
# site in a scratch folder, then renders one PDF), and the PDF rendering alone, cold and warm in one JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
./lis build > /dev/null   # builds target/lis.jar if needed, and output/granskning/2024.html
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
cold=$(seconds ./lis review 2024 --output "$work/2024.pdf")
echo "lis review 2024, cold JVM: ${cold} s"
java -XX:TieredStopAtLevel=1 -cp 'target/lis.jar:target/lib/*' bench/ReviewPdfBench.java output/granskning/2024.html 6

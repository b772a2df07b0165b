#!/usr/bin/env bash
# The benchmark of issue 6, in one run on this machine, on the same generated corpus:
#   lis build from a cold JVM; lis serve from saving a page (or a data file) to the reload signal;
#   the review PDF; and the references: raw AsciidoctorJ in one JVM, plain JBake 2.7.0 with minimal
#   templates, and Antora 3.1 (installed from npm into bench/.antora on the first run).
# And issue 13's long pages: PAGES pages of about WORDS words each, lis build with a warm cache against
# Antora's full build of the same pages.
# Usage: bench/run.sh [PAGES] [ASSETS] [BIG] [WORDS]   (defaults 500, 2000, 2000 and 900: BIG pages for memory and edits)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-500}"
assets="${2:-2000}"
big="${3:-2000}"
words="${4:-900}"
./lis --help > /dev/null   # builds target/lis.jar if needed
work="$(mktemp -d)"
serve_pid=""
cleanup() { [[ -n "$serve_pid" ]] && kill "$serve_pid" 2> /dev/null; rm -rf "$work"; }
trap cleanup EXIT
# The same JVM flags as ./lis, for lis and for the Java references alike.
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx768m)

now() { date +%s.%N; }
seconds() { local start end; start=$(now); "$@" > "$work/last.log" 2>&1; end=$(now); printf '%.2f' "$(echo "$end - $start" | bc)"; }
ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), node $(node --version 2>/dev/null || echo none)"
echo "corpus: $pages pages; register: $assets assets"

# --- The corpora ---
java bench/CorpusGenerator.java "$pages" "$work/site" > /dev/null
java bench/CorpusGenerator.java "$big" "$work/big-site" > /dev/null
java bench/CorpusGenerator.java 50 "$work/data-site" > /dev/null
long_corpus=$(java bench/CorpusGenerator.java "$pages" "$work/long-site" "$words")
java bench/RegisterGenerator.java "$assets" "$work/data-site"
mkdir -p "$work/data-site/content/register"
printf '= Tillgångar\n:jbake-type: assets\n\nAlla tillgångar.\n' > "$work/data-site/content/register/tillgangar.adoc"

# --- lis build from a cold JVM, with no conversion cache and with the cache the build before left, and
# raw AsciidoctorJ on the same pages: three rounds, interleaved, and the medians, because this machine's
# speed drifts by ±20 % from minute to minute ---
# The first build after packaging lists the classes it loads and a background job turns the list into the
# launcher's class-data archive (target/lis.jsa); that build is a warm-up, and the rounds wait for the archive.
if [[ ! ( -f target/lis.jsa && target/lis.jsa -nt target/lis.jar ) ]]; then
  ./lis build --site "$work/site" > /dev/null 2>&1
  for _ in $(seq 120); do [[ -f target/lis.jsa && target/lis.jsa -nt target/lis.jar ]] && break; sleep 1; done
fi
builds=() cached=() raws=()
for round in 1 2 3; do
  rm -rf "$work/site/.lis"
  builds+=("$(seconds ./lis build --site "$work/site")")
  cached+=("$(seconds ./lis build --site "$work/site")")
  rm -rf "$work/raw"
  raws+=("$(seconds java "${java_opts[@]}" -cp 'target/lib/*' bench/RawAsciidoctor.java "$work/site/content" "$work/raw")")
done
lis_build=$(median "${builds[@]}")
lis_cached=$(median "${cached[@]}")
raw=$(median "${raws[@]}")
echo "rounds: lis build ${builds[*]}; with cache ${cached[*]}; raw ${raws[*]}"
rm -rf "$work/site/.lis"
lis_memory=$( { /usr/bin/time -f '%M' java "${java_opts[@]}" -jar target/lis.jar build --site "$work/site" > /dev/null 2> "$work/mem.log"; } 2>&1; tail -1 "$work/mem.log")

# --- The other references on the same pages, once each (they are far from lis either way) ---
mkdir -p "$work/jbake" && cp -r bench/jbake-plain/. "$work/jbake/" && cp -r "$work/site/content" "$work/jbake/"
# Plain JBake needs its OrientDB content store, which is not in lis's runtime: its own class path, from Maven.
mvn -B -q -o -f bench/plain-jbake.pom.xml dependency:build-classpath -Dmdep.outputFile="$work/jbake.classpath" > /dev/null 2>&1 \
  || mvn -B -q -f bench/plain-jbake.pom.xml dependency:build-classpath -Dmdep.outputFile="$work/jbake.classpath" > /dev/null
jbake=$(seconds java "${java_opts[@]}" -cp "$(cat "$work/jbake.classpath")" bench/PlainJBake.java "$work/jbake" "$work/jbake/output")
[[ -f "$work/jbake/output/index.html" ]] || { echo "Plain JBake failed:" >&2; grep -v DEBUG "$work/last.log" | tail -20 >&2; exit 1; }

antora=""
long_antora=""
if command -v npm > /dev/null; then
  if [[ ! -x bench/.antora/node_modules/.bin/antora ]]; then
    npm install --prefix bench/.antora --no-audit --no-fund @antora/cli@3.1 @antora/site-generator@3.1 > /dev/null 2>&1
  fi
  antora_site() {   # site, name: an Antora component of the site's pages in $work/name, with a minimal local UI
    local site="$1" dir="$work/$2"
    local src="$dir/src"
    mkdir -p "$src/modules/ROOT/pages" "$dir/ui/layouts"
    printf 'name: handbok\nversion: ~\ntitle: Handbok\n' > "$src/antora.yml"
    cp -r "$site/content/." "$src/modules/ROOT/pages/"
    # Antora resolves xrefs from the module's pages folder, not from the page's own folder.
    find "$src/modules/ROOT/pages" -name '*.adoc' -exec sed -i 's#xref:\.\./#xref:#g' {} +
    printf '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{{page.title}}</title></head><body><main>{{{page.contents}}}</main></body></html>\n' \
      | tee "$dir/ui/layouts/default.hbs" > "$dir/ui/layouts/404.hbs"
    (cd "$dir/ui" && zip -qr ../ui.zip .)
    (cd "$src" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.invalid commit -qm corpus)
    cat > "$dir/playbook.yml" << YAML
site:
  title: Handbok
content:
  sources:
  - url: $src
    branches: HEAD
ui:
  bundle:
    url: $dir/ui.zip
output:
  dir: $dir/out
runtime:
  quiet: true
YAML
  }
  antora_build() {   # name: prints the seconds of one full build of $work/name into a fresh output folder
    rm -rf "$work/$1/out"
    seconds bench/.antora/node_modules/.bin/antora "$work/$1/playbook.yml"
  }
  antora_built() {   # name: stops the benchmark if Antora's last build of $work/name made no start page
    [[ -f "$work/$1/out/handbok/index.html" ]] || { echo "Antora failed:" >&2; cat "$work/last.log" >&2; exit 1; }
  }
  antora_site "$work/site" antora
  antoras=()
  for round in 1 2 3; do
    antoras+=("$(antora_build antora)")
    antora_built antora
  done
  antora=$(median "${antoras[@]}")
  echo "rounds: Antora ${antoras[*]}"

  # --- Issue 13: long pages. lis build where nothing changed (the build before left its caches) against
  # Antora's full build of the same pages, three rounds, interleaved ---
  antora_site "$work/long-site" long-antora
  long_first=$(seconds ./lis build --site "$work/long-site")
  long_cached=() long_antoras=()
  for round in 1 2 3; do
    long_cached+=("$(seconds ./lis build --site "$work/long-site")")
    long_antoras+=("$(antora_build long-antora)")
    antora_built long-antora
  done
  long_lis=$(median "${long_cached[@]}")
  long_antora=$(median "${long_antoras[@]}")
  echo "long pages: $long_corpus"
  echo "rounds, long pages: lis build with cache ${long_cached[*]}; Antora ${long_antoras[*]}; lis build with no cache before them ${long_first} s"
  ./lis build --site "$work/long-site" --timings | sed -n 's/^ *\(bake\|postprocess\|sidor\)/  long pages, warm: \1/p'
fi

# --- lis serve: from saving a file to the reload signal, three edits each ---
serve_edits() {   # site, file to edit; prints the median seconds of three edits (EditLatency.java)
  local site="$1" file="$2" port result
  port=$((4100 + RANDOM % 500))
  java "${java_opts[@]}" -jar target/lis.jar serve --site "$site" --port "$port" > "$work/serve.log" 2>&1 &
  serve_pid=$!
  until grep -q "127.0.0.1:$port" "$work/serve.log"; do
    kill -0 "$serve_pid" 2> /dev/null || { echo "lis serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.2
  done
  if ! result=$(java bench/EditLatency.java "$port" "$site/$file" 3 2> "$work/edit.log"); then
    echo "lis serve did not reload after editing $file:" >&2; cat "$work/edit.log" >&2; tail -20 "$work/serve.log" >&2; exit 1
  fi
  kill "$serve_pid" 2> /dev/null; wait "$serve_pid" 2> /dev/null || true
  serve_pid=""
  echo "$result"
}
page_edit=$(serve_edits "$work/site" "content/del0/sida0.adoc")
big_edit=$(serve_edits "$work/big-site" "content/del0/sida0.adoc")
rm -rf "$work/big-site/.lis"
big_build=$(seconds java "${java_opts[@]}" -jar target/lis.jar build --site "$work/big-site")
rm -rf "$work/big-site/.lis"
big_memory=$( { /usr/bin/time -f '%M' java "${java_opts[@]}" -jar target/lis.jar build --site "$work/big-site" > /dev/null 2> "$work/mem.log"; } 2>&1; tail -1 "$work/mem.log")
data_edit=$(serve_edits "$work/data-site" "data/assets.json")

# --- The review PDF, warm ---
./lis build > /dev/null 2>&1
pdf_warm=$(java "${java_opts[@]}" -cp 'target/lis.jar:target/lib/*' bench/ReviewPdfBench.java output/granskning/2024.html 6 | tail -5 | awk '{print $3}' | sort -n | sed -n 3p)

echo
echo "| run | wall time | ratio |"
echo "|---|---|---|"
echo "| raw AsciidoctorJ, $pages pages, one JVM (reference, median of 3) | ${raw} s | 1.00 |"
echo "| plain JBake 2.7.0, $pages pages, cold (reference) | ${jbake} s | $(ratio "$jbake" "$raw") × raw |"
[[ -n "$antora" ]] && echo "| Antora 3.1, $pages pages, full build (reference, median of 3) | ${antora} s | $(ratio "$antora" "$raw") × raw |"
echo "| lis build, $pages pages, cold JVM, no cache (median of 3) | ${lis_build} s | $(ratio "$lis_build" "$raw") × raw, $(ratio "$lis_build" "$jbake") × JBake |"
echo "| lis build, $pages pages, cold JVM, warm conversion cache (median of 3) | ${lis_cached} s | $(ratio "$lis_cached" "$raw") × raw${antora:+, $(ratio "$lis_cached" "$antora") × Antora} |"
echo "| lis serve, one-page edit to reload ($pages pages, median of 3) | ${page_edit} s | $(ratio "$page_edit" "$lis_build") × lis build${antora:+, $(ratio "$page_edit" "$antora") × Antora} |"
echo "| lis serve, one-page edit to reload ($big pages, median of 3) | ${big_edit} s | $(ratio "$big_edit" "$big_build") × lis build of $big pages |"
echo "| lis build, $big pages, cold JVM, no cache | ${big_build} s | $(ratio "$big_build" "$lis_build") × $pages pages |"
echo "| lis serve, data edit to reload ($assets assets, median of 3) | ${data_edit} s | |"
echo "| review PDF 2024, warm JVM (median of runs 2–6) | ${pdf_warm} s | |"
if [[ -n "$long_antora" ]]; then
  echo "| Antora 3.1, $pages long pages (about $words words), full build (reference, median of 3) | ${long_antora} s | $(ratio "$long_antora" "$antora") × Antora on short pages |"
  echo "| lis build, $pages long pages, cold JVM, nothing changed (median of 3) | ${long_lis} s | $(ratio "$long_lis" "$long_antora") × Antora |"
fi
echo "| lis build, $pages pages, peak memory (RSS) | $((lis_memory / 1024)) MiB | |"
echo "| lis build, $big pages, peak memory (RSS) | $((big_memory / 1024)) MiB | |"

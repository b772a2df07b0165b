#!/bin/sh
# Builds the lis tool for CI, from the tag LIS_TOOL_REF of its git repository LIS_TOOL_REPO, into .lis/verktyg,
# and writes .lis/bin/lis to run it. The handbook repository holds no tool source; this is how CI gets the tool.
#
# Nothing else is fetched: git talks only to the host in LIS_TOOL_REPO, and Maven only to LIS_MAVEN_REPO
# (Maven Central, https://repo.maven.apache.org/maven2, unless the variable names your own mirror), which
# .ci/maven-settings.xml makes the mirror of every repository. A tool already built from the same tag
# (kept by the CI cache) is used as it is.
set -eu

: "${LIS_TOOL_REPO:?Sätt CI-variabeln LIS_TOOL_REPO till git-adressen till verktyget lis (se README.md).}"
: "${LIS_TOOL_REF:?Sätt CI-variabeln LIS_TOOL_REF till en tagg i verktygets repository, t.ex. v1.0.0 (se README.md).}"
: "${LIS_MAVEN_REPO:=https://repo.maven.apache.org/maven2}"
export LIS_MAVEN_REPO

tool=.lis/verktyg
if [ ! -f "$tool/target/lis.jar" ] || [ "$(cat "$tool/.lis-ref" 2> /dev/null)" != "$LIS_TOOL_REF" ]; then
  rm -rf "$tool"
  git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$LIS_TOOL_REF" "$LIS_TOOL_REPO" "$tool"
  mvn -B -q -s .ci/maven-settings.xml -f "$tool/pom.xml" package -Dmaven.test.skip=true
  printf '%s\n' "$LIS_TOOL_REF" > "$tool/.lis-ref"
fi

mkdir -p .lis/bin
printf '#!/bin/sh\nexec java -jar "%s/target/lis.jar" "$@"\n' "$(pwd)/$tool" > .lis/bin/lis
chmod +x .lis/bin/lis
.lis/bin/lis --version

#!/usr/bin/env bash
# Micro-benchmarks (JMH) of one rule evaluation per capability, and of the service calls around
# them: selection, contract balance, diagnosis, early warning, monitoring, checklists. The
# benchmarks are test sources (src/test/java/.../*Benchmark.java), compiled with the tests but never
# run by them.
#
#   bench/jmh.sh                          # every benchmark, about 10 minutes
#   bench/jmh.sh Selection                # those whose name matches a regular expression
#   JMH_ARGS="-f 2 -i 10" bench/jmh.sh    # JMH's own options (bench/jmh.sh -h lists them)
#
# Environment (all optional):
#   JMH_ARGS   options for JMH (default: 1 fork, 5 warm-up and 5 measured iterations of 2 s each: the
#              assessment settles only after some 10 s of warm-up)
#   JAVA_OPTS  JVM options of the forked benchmark JVM (default -Xmx256m -XX:+UseParallelGC, as ./advisor runs the server)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
JMH_ARGS="${JMH_ARGS:--f 1 -wi 5 -w 2s -i 5 -r 2s}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"

die() {
    echo "jmh: FAIL: $*" >&2
    exit 1
}
command -v mvn >/dev/null || die "mvn is not on the PATH"
command -v java >/dev/null || die "java is not on the PATH"

cd "$ROOT" # the benchmarks read rules/, knowledge-base/ and bench/bodies/ from here
echo "jmh: compiling the benchmarks" >&2
# Their harness is generated only in the benchmarks profile, so the test classes are compiled afresh. Only
# they are removed: the jar and its class archive, which ./advisor starts, stay.
rm -rf target/test-classes target/generated-test-sources target/maven-status/maven-compiler-plugin/testCompile
mvn -B -q -Pbenchmarks test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
[[ -s target/test-classes/META-INF/BenchmarkList ]] || die "no benchmark was generated (target/test-classes/META-INF/BenchmarkList)"

# shellcheck disable=SC2086  # JMH_ARGS and JAVA_OPTS are lists of options
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
    $JMH_ARGS -jvmArgsAppend "$JAVA_OPTS" "${@:-.*Benchmark.*}"

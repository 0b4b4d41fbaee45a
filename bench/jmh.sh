#!/usr/bin/env bash
# Per-letter cost of each stage (JMH). Extra arguments go to JMH, e.g. `bench/jmh.sh pdf` runs
# only the PDF benchmarks, `bench/jmh.sh -wi 2 -i 3` shortens the run.
# Run from anywhere; results are printed and kept in target/jmh-result.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main LetterBenchmark "$@" -rf text -rff target/jmh-result.txt

#!/usr/bin/env bash
# Fuzzes every loader in turn with Jazzer (coverage-guided), each for DURATION (default 5m).
# Findings are written as new inputs under src/test/resources/**/<Test>Inputs/<method>/ and then
# run in every `./mvnw verify`; the growing corpus is kept in .cifuzz-corpus/ (not committed).
#   tools/fuzz.sh [DURATION] [TestClass ...]      e.g. tools/fuzz.sh 30m GeoJsonReaderFuzzTest
set -uo pipefail
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(JsonInputFuzzTest GeoJsonReaderFuzzTest WorldLoaderFuzzTest TourReaderFuzzTest OptionsFuzzTest SettingsFuzzTest KioskConfigFuzzTest DataImportFuzzTest)
./mvnw -q -B test-compile
status=0
for t in "${tests[@]}"; do
  echo "== fuzzing $t for $duration"
  JAZZER_FUZZ=1 ./mvnw -q -B surefire:test -Dtest="$t" -Djazzer.max_duration="$duration" || status=1
  report=$(ls target/surefire-reports/*."$t"-output.txt 2>/dev/null | head -1)
  [ -n "$report" ] && grep -a -E "^fuzz |Done [0-9]+ runs|DEDUP_TOKEN" "$report"
done
exit $status

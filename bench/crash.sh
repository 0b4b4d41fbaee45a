#!/usr/bin/env bash
# Crash safety: writes a demo campaign of 2,000 recipients, then again and again starts
# `briefgen generate --formats pdf` and kills it with SIGKILL after a random delay, then runs
# generate to completion and checks that
#   - briefgen archive verify exits 0 (every archived file present, with its recorded hash),
#   - briefgen archive list has exactly one letter per recipient (none twice, none missing),
#   - no temporary file (*.part) is left under the output folder,
#   - every letter file on disk is one the archive records (nothing half-issued left behind),
#   - the campaign's manifest.csv lists each recipient's letter once.
# Odd-numbered runs are killed MIN_MS-MAX_MS after they start (start-up, checking the campaign,
# opening the archive, issuing: whatever it is doing then); even-numbered runs 0.02-1 s after
# they report their first letter, so that some kills land while letters are being issued however
# slow the machine is (a fresh campaign's letters are rendered as it is checked, then issued:
# 2,000 of them in 2-3 s). Prints PASS or FAIL and exits 1 on failure (a run in which no kill landed
# while letters were being issued is a FAIL too: it proved nothing); the work folder is kept then.
#
#   bench/crash.sh                          12 kills
#   KILLS=20 MIN_MS=4000 MAX_MS=12000 bench/crash.sh
#   RECIPIENTS=500 bench/crash.sh
set -uo pipefail
cd "$(dirname "$0")/.."

kills="${KILLS:-12}"
min_ms="${MIN_MS:-1000}"
max_ms="${MAX_MS:-8000}"
recipients="${RECIPIENTS:-2000}"

echo "building (mvn -q -DskipTests package)..."
build_log="$(mktemp)"
if ! mvn -q -B -DskipTests package >"$build_log" 2>&1; then
  tail -n 40 "$build_log" >&2
  exit 1
fi
rm -f "$build_log"
jar="$PWD/target/briefgen.jar"

work="$(mktemp -d "${TMPDIR:-/tmp}/briefgen-crash.XXXXXX")"
data="$work/data"
out="$work/out"
campaign="demo-$recipients"
java -jar "$jar" demo --recipients "$recipients" --data "$data" >/dev/null || exit 1
echo "demo campaign of $recipients recipients in $data; output in $out"
echo "$kills runs killed with SIGKILL: odd ones ${min_ms}-${max_ms} ms after they start, even ones 0.02-1 s"
echo "after their first letter"
echo

letters_on_disk() { find "$out/$campaign" -maxdepth 1 -name 'DEMO-*.pdf' 2>/dev/null | wc -l; }
parts() { find "$out" -name '*.part' -printf '%P\n' 2>/dev/null; }

sleep_ms() { sleep "$(awk -v ms="$1" 'BEGIN {printf "%.3f", ms / 1000}')"; }
mid_issue=0
for i in $(seq 1 "$kills"); do
  log="$work/run-$i.log"
  : >"$log"
  ./briefgen generate --data "$data" --out "$out" --formats pdf >"$log" 2>&1 &
  pid=$!
  if [ $((i % 2)) -eq 1 ]; then
    delay_ms=$((min_ms + (RANDOM * 32768 + RANDOM) % (max_ms - min_ms + 1)))
    sleep_ms "$delay_ms"
    when="${delay_ms} ms after the start"
  else
    while kill -0 "$pid" 2>/dev/null && ! grep -q '^  DEMO-' "$log"; do
      sleep 0.05
    done
    delay_ms=$((20 + RANDOM % 981))
    sleep_ms "$delay_ms"
    when="${delay_ms} ms after letter 1"
  fi
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    how="killed $when"
    killed=1
  else
    wait "$pid"
    how="finished (exit $?) before the kill"
    killed=0
  fi
  issued="$(grep -c '^  DEMO-' "$log")"
  [ "$killed" -eq 1 ] && [ "$issued" -gt 0 ] && mid_issue=$((mid_issue + 1))
  left="$(parts)"
  printf "run %2d: %-38s reported %4d letters issued; now %4d letter files, %d .part files%s\n" "$i" "$how" \
    "$issued" "$(letters_on_disk)" "$(printf '%s' "$left" | grep -c .)" "${left:+: $(echo $left)}"
done
echo "$mid_issue of $kills runs were killed while issuing letters"

echo
echo "final run, to completion:"
./briefgen generate --data "$data" --out "$out" --formats pdf >"$work/final.log" 2>&1
final=$?
echo "  exit $final: $(tail -n 1 "$work/final.log")"

failures=()
[ "$mid_issue" -gt 0 ] || failures+=("no run was killed while issuing letters: the test proved nothing (runs that
    finish before their kill want more RECIPIENTS, or a smaller MIN_MS and MAX_MS)")
[ "$final" -eq 0 ] || failures+=("the final generate exited $final (see $work/final.log)")

java -jar "$jar" archive verify --out "$out" >"$work/verify.log" 2>&1
verify=$?
echo "  archive verify: exit $verify: $(tail -n 1 "$work/verify.log")"
[ "$verify" -eq 0 ] || failures+=("archive verify exited $verify (see $work/verify.log)")

# archive list: one line per letter after its two header lines
java -jar "$jar" archive list --out "$out" --campaign "$campaign" >"$work/list.log" 2>&1
listed="$(grep -c '^DEMO-' "$work/list.log")"
distinct="$(grep '^DEMO-' "$work/list.log" | awk '{print $1}' | sort -u | wc -l)"
echo "  archive list: $listed letters, $distinct distinct references"
[ "$listed" -eq "$recipients" ] || failures+=("archive list has $listed letters for $recipients recipients")
[ "$distinct" -eq "$listed" ] || failures+=("archive list repeats a reference")

# the export names each letter's recipient: each recipient exactly once
java -jar "$jar" archive export --format csv --out "$out" --campaign "$campaign" >"$work/export.csv" \
  2>"$work/export.log"
tail -n +2 "$data/recipients.csv" | cut -d, -f1 | sort >"$work/recipients.ids"
tail -n +2 "$work/export.csv" | cut -d, -f3 | sort >"$work/issued.ids"
twice="$(uniq -d "$work/issued.ids" | wc -l)"
missing="$(comm -23 "$work/recipients.ids" <(sort -u "$work/issued.ids") | wc -l)"
echo "  archive export: $(wc -l <"$work/issued.ids") letters; recipients issued twice: $twice, missing: $missing"
[ "$twice" -eq 0 ] || failures+=("$twice recipients have more than one letter: $(uniq -d "$work/issued.ids" | head -n 5 | tr '\n' ' ')")
[ "$missing" -eq 0 ] || failures+=("$missing recipients have no letter")

left="$(find "$out" -name '*.part')"
echo "  temporary files left: $(printf '%s' "$left" | grep -c .)"
[ -z "$left" ] || failures+=("temporary files left: $(echo "$left" | head -n 5 | tr '\n' ' ')")

# files on disk that no archive row records: written by a killed run and never issued
tail -n +2 "$work/export.csv" | awk -F, '{print $(NF-1)}' | tr ';' '\n' | awk '{print $1}' | sed '/^$/d' \
  | sort >"$work/recorded.files" || true
(cd "$out" && find "$campaign" -maxdepth 1 -name 'DEMO-*.pdf' | sort) >"$work/disk.files"
stray="$(comm -23 "$work/disk.files" "$work/recorded.files")"
echo "  letter files on disk: $(wc -l <"$work/disk.files"), of which not in the archive: $(printf '%s' "$stray" | grep -c .)"
[ -z "$stray" ] || failures+=("files no archive row records: $(echo "$stray" | head -n 5 | tr '\n' ' ')")

# the manifest, rewritten at the end of every run, lists every letter: each recipient once
manifest="$out/$campaign/manifest.csv"
if [ -f "$manifest" ]; then
  in_manifest="$(tail -n +2 "$manifest" | cut -d, -f2 | sort -u | wc -l)"
  rows="$(tail -n +2 "$manifest" | wc -l)"
  echo "  manifest.csv: $rows rows, $in_manifest recipients"
  [ "$rows" -eq "$recipients" ] && [ "$in_manifest" -eq "$recipients" ] \
    || failures+=("manifest.csv has $rows rows for $in_manifest recipients, not one row for each of $recipients")
else
  echo "  manifest.csv: missing"
  failures+=("no manifest.csv in $out/$campaign")
fi

echo
if [ "${#failures[@]}" -eq 0 ]; then
  echo "PASS: $kills runs killed ($mid_issue while issuing), then one to completion: $recipients recipients, each"
  echo "      issued exactly once;"
  echo "      the archive verifies, every file in place with its hash, no temporary files left, the manifest"
  echo "      lists every letter once"
  rm -rf "$work"
  exit 0
fi
echo "FAIL:"
printf '  - %s\n' "${failures[@]}"
echo "  (the work folder $work is kept: logs of every run, the campaign, the output)"
exit 1

#!/usr/bin/env bash
# The workbench's first letter preview on a fresh server: starts `./briefgen serve` (the launcher,
# with its JVM options) on the bundled campaign into a fresh output folder, waits until it says it
# listens, waits WAIT seconds more (an officer opening the page), then times the first request for
# the first recipient's letter page (the PDF made and its pages drawn) and for its first page image.
# Each round is a new server (a cold JVM).
#
#   bench/preview.sh                 3 rounds, waiting 0 and 2 s after the server listens
#   bench/preview.sh --runs 5 --waits "0 1 3"
#   BRIEFGEN_JAVA_OPTS=... bench/preview.sh
#
# Prints, per round and wait: seconds from the launch to "listening", and the two requests' times
# (curl's time_total). The machine's load is printed: compare within a run.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
waits="0 2"
data=data
templates=templates
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --waits) waits="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --templates) templates="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "bench/preview.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
command -v curl >/dev/null || { echo "bench/preview.sh: curl is needed" >&2; exit 1; }

# build now (the launcher builds when the sources changed), so that no round pays for it
./briefgen --version >/dev/null
id="$(awk -F, 'NR == 2 {print $1; exit}' "$data/recipients.csv")"
work="$(mktemp -d "${TMPDIR:-/tmp}/briefgen-preview.XXXXXX")"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, java: $(java -version 2>&1 | head -n 1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at start, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "letter:  /letters/$id of $data"
printf "%5s %6s %10s %10s %10s %6s\n" "round" "wait" "listening" "letter" "page 1" "load"
for round in $(seq 1 "$runs"); do
  for wait in $waits; do
    rm -rf "$work/out" "$work/log"
    start="$(date +%s.%N)"
    ./briefgen serve --data "$data" --templates "$templates" --out "$work/out" --port 0 >"$work/log" 2>&1 &
    server=$!
    url=""
    for _ in $(seq 1 1200); do
      url="$(grep -o 'http://[^ ]*/' "$work/log" | head -n 1 || true)"
      [ -n "$url" ] && break
      kill -0 "$server" 2>/dev/null || { echo "the server stopped:" >&2; cat "$work/log" >&2; exit 1; }
      sleep 0.05
    done
    [ -n "$url" ] || { echo "the server did not say it listens" >&2; exit 1; }
    up="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    sleep "$wait"
    letter="$(curl -s -o "$work/letter.html" -w '%{http_code} %{time_total}' "${url}letters/$id")"
    page="$(curl -s -o "$work/page.png" -w '%{http_code} %{time_total}' "${url}letters/$id/pages/0.png")"
    if [ "${letter%% *}" != 200 ] || [ "${page%% *}" != 200 ]; then
      echo "a request failed: letter $letter, page $page" >&2
      cat "$work/log" >&2
      exit 1
    fi
    printf "%5s %6s %10s %10s %10s %6s\n" "$round" "$wait" "$up" "${letter#* }" "${page#* }" "$load"
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
  done
done
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"

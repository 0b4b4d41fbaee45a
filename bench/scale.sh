#!/usr/bin/env bash
# Scale: a demo campaign of 20,000 recipients (or --recipients N), issued and then read back by every
# command that walks the whole archive. For each: wall-clock seconds, peak RSS (MB) and the CPU share
# it got, as /usr/bin/time -v measures the whole process, briefgen run as users run it (./briefgen,
# with the launcher's JVM options: a heap of 128 MB + 64 MB per core). The workbench's campaign page
# is timed with curl against `briefgen serve` (the server's own peak RSS once the page was served).
#
#   bench/scale.sh                        20,000 recipients (an hour or more on a loaded 2-core host)
#   bench/scale.sh --recipients 2000      another size
#   bench/scale.sh --keep DIR             keep the campaign, the archive and the outputs in DIR
#
# Figures go to stdout, one line per command; docs/performance.md ("Scale") keeps those of a run
# with the machine and its load. The machine is often shared: note the load average printed.
set -euo pipefail
cd "$(dirname "$0")/.."

n=20000
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recipients) n="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "bench/scale.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
command -v curl >/dev/null || { echo "bench/scale.sh: curl is needed for the workbench's page" >&2; exit 1; }
if [ ! -x /usr/bin/time ]; then
  echo "bench/scale.sh: GNU time (/usr/bin/time) is needed: apt-get install -y time" >&2
  exit 1
fi

./briefgen --version >/dev/null   # builds the jar first when the sources changed
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/briefgen-scale.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
data="$work/demo-$n" out="$work/out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory:  $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
echo "java:    $(java -version 2>&1 | head -n 1), launcher options: $(BRIEFGEN_SHOW_JAVA_OPTS=1 ./briefgen)"
echo "size:    $n recipients, $(date -u '+%Y-%m-%d %H:%M UTC')"
[ -d "$data" ] || ./briefgen demo --recipients "$n" --data "$data" >/dev/null

seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
  print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
cpu() { awk -F': ' '/Percent of CPU/ {print $2}' "$1"; }

printf "%-28s %9s %9s %6s %6s  %s\n" "command" "seconds" "peak MB" "cpu" "load" "result"
# run NAME ARGS...: one briefgen command under /usr/bin/time -v
run() {
  local name="$1" t="$work/time" log="$work/log" load status=ok
  shift
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if ! /usr/bin/time -v -o "$t" ./briefgen "$@" >"$log" 2>&1; then
    status="FAILED: $(grep -m1 -i 'error' "$log" | cut -c1-100)"
  fi
  printf "%-28s %9s %9s %6s %6s  %s\n" "$name" "$(seconds "$t")" "$(rss_mb "$t")" "$(cpu "$t")" "$load" "$status"
}

if [ ! -f "$out/archive.sqlite" ]; then
  run "generate --formats pdf" generate --data "$data" --out "$out" --formats pdf --quiet
fi
as_of="$(date -u +%Y-%m-%d)"
rm -rf "$work/site"
run "publish" publish --out "$out" --data "$data" --to "$work/site" --as-of "$as_of"
run "tracker --format pdf" tracker --out "$out" --format pdf --to "$work/tracker.pdf"
run "tracker --format xlsx" tracker --out "$out" --format xlsx --to "$work/tracker.xlsx"
run "archive verify" archive verify --out "$out"
run "archive list" archive list --out "$out"

# the workbench: started, its campaign page asked for once it answers, then stopped
port=$((20000 + RANDOM % 20000))
load="$(cut -d' ' -f1 /proc/loadavg)"
/usr/bin/time -v -o "$work/serve-time" ./briefgen serve --data "$data" --out "$out" --port "$port" \
  >"$work/serve-log" 2>&1 &
serve=$!
started="$(date +%s.%N)"
until curl -s -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null; do
  if ! kill -0 "$serve" 2>/dev/null; then echo "serve stopped: $(tail -n 3 "$work/serve-log")" >&2; exit 1; fi
  sleep 0.5
done
up="$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')"
page="$(curl -s -o "$work/campaign.html" -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/")"
again="$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/")"
# $serve is /usr/bin/time, which passes no signal on: the server (its child, the launcher's java) is stopped
pkill -TERM -P "$serve" 2>/dev/null || true
wait "$serve" 2>/dev/null || true
printf "%-28s %9s %9s %6s %6s  %s\n" "serve: campaign page" "${page#* }" "$(rss_mb "$work/serve-time")" "-" "$load" \
  "HTTP ${page%% *}; server up in ${up} s; again in ${again} s"

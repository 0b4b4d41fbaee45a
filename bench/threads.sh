#!/usr/bin/env bash
# Where a run's CPU time goes, by thread: runs one command (a java process, or the ./briefgen
# launcher, which execs java), reads every thread's user and system time from /proc about ten
# times a second while it runs, and prints the last reading, summed over threads of the same name
# (the render threads together, the compiler threads, the main thread, which Linux calls "java"),
# leaving out threads that took less than 0.05 s. A thread that ends between two readings loses
# at most its last tenth of a second (more on a busy machine, where the readings come later).
#
#   bench/threads.sh ./briefgen generate --data DEMO --out OUT --formats pdf --jobs 2 --quiet
#   bench/threads.sh java -cp CP org.briefgen.bench.RawLetterFloor 10000 2 OUT
#
# Linux only (/proc). The command's own output goes to a temporary file, shown if it fails.
set -euo pipefail
if [ $# -eq 0 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"
  exit 0
fi
[ -d /proc/self/task ] || { echo "bench/threads.sh: needs Linux's /proc" >&2; exit 2; }

log="$(mktemp)"
readings="$(mktemp)"
trap 'rm -f "$log" "$readings"' EXIT
ticks="$(getconf CLK_TCK)"

"$@" >"$log" 2>&1 &
pid=$!
start="$(date +%s.%N)"
# the latest reading of each thread: "tid user system name", one line a thread
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    stat="$(cat "$task/stat" 2>/dev/null)" || continue
    name="$(cat "$task/comm" 2>/dev/null)" || continue
    # fields after the ")" that closes the name: state is 3, utime 14, stime 15
    read -r -a f <<<"${stat##*) }"
    last["${task##*/}"]="${f[11]} ${f[12]} $name"
  done
  sleep 0.1
done
wait "$pid" && status=0 || status=$?
end="$(date +%s.%N)"
if [ "$status" -ne 0 ]; then
  echo "the command failed (exit $status):" >&2
  tail -n 20 "$log" >&2
  exit "$status"
fi

for tid in "${!last[@]}"; do echo "${last[$tid]}"; done >"$readings"
awk -v hz="$ticks" -v wall="$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')" '
  { name = $0; sub(/^[0-9]+ [0-9]+ /, "", name); sub(/[-#]?[0-9]+$/, "", name)
    user[name] += $1; sys[name] += $2; tu += $1; ts += $2 }
  END {
    printf "%9s %9s  %s\n", "user s", "system s", "threads"
    for (n in user) if ((user[n] + sys[n]) / hz >= 0.05) printf "%9.1f %9.1f  %s\n", user[n] / hz, sys[n] / hz, n | "sort -rn"
    close("sort -rn")
    printf "%9.1f %9.1f  all (wall %s s)\n", tu / hz, ts / hz, wall
  }' "$readings"

#!/usr/bin/env bash
# Whole batches: times `briefgen generate --formats pdf` on demo campaigns of 1,000 and 10,000
# recipients with --jobs 1 and 2, and, in the same run, the raw-iText floor (the same letter laid
# out directly with iText, RawLetterFloor in the test sources) on the same number of threads.
# Prints letters/s (recipients / wall-clock seconds of the whole process, as /usr/bin/time -v
# measures it, for briefgen and the floor alike), peak RSS, the CPU share each process got (200%
# is both cores throughout), the CPU time per letter, the load average when each pair started,
# and the ratios (to three decimals: a ratio of 0.799 is not printed as 0.80). A low CPU share for a
# parallel run means the host took a core away meanwhile.
#
#   bench/batch.sh                       one round, sizes 1000 and 10000 (about 10 minutes)
#   bench/batch.sh --runs 3              three rounds, then the median of each figure
#   bench/batch.sh --sizes "200 1000"    other sizes (the RSS ratio is last size / first size)
#   bench/batch.sh --jobs 2              only these numbers of jobs (default "1 2")
#   bench/batch.sh --no-floor            briefgen alone (the floor's columns read n/a): how its peak RSS
#                                        grows with the batch, e.g. --sizes "2000 20000" --jobs 2 --runs 3
#   JAVA_OPTS=-Xmx1g bench/batch.sh      more JVM options for briefgen and the floor alike
#
# briefgen runs as users run it, through the ./briefgen launcher (with its JVM options: a capped
# heap, then JAVA_OPTS and BRIEFGEN_JAVA_OPTS); the floor runs with the launcher's options too, but
# not with briefgen's class-data archive (target/briefgen.jsa, made for briefgen's classes and
# class path): it gets the JDK's own, as any Java program does. The launcher makes the archive once
# per build, before the first round (BRIEFGEN_CDS=off: without it).
#
# The machine is shared and noisy: compare ratios within one run, and note the load average.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=1
sizes="1000 10000"
job_counts="1 2"
floor=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --jobs) job_counts="$2"; shift 2 ;;
    --no-floor) floor=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "bench/batch.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is missing: installing it with apt-get install -y time"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q time >/dev/null; else sudo apt-get install -y -q time >/dev/null; fi
fi

echo "building (mvn -q -DskipTests package, and the test classpath for the floor)..."
build_log="$(mktemp)"
if ! mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >"$build_log" 2>&1; then
  tail -n 40 "$build_log" >&2
  exit 1
fi
rm -f "$build_log"
jar=target/briefgen.jar
# the launcher's class-data archive, made once per build: not in any round's time
./briefgen --version >/dev/null
# the launcher's JVM options (its heap cap, then JAVA_OPTS and BRIEFGEN_JAVA_OPTS), for the floor
read -r -a java_opts <<<"$(BRIEFGEN_SHOW_JAVA_OPTS=1 ./briefgen)"
floor_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

if java -jar "$jar" generate --help | grep -q -- '--jobs'; then
  has_jobs=1
else
  has_jobs=0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/briefgen-batch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory:  $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
echo "java:    $(java -version 2>&1 | head -n 1), options ${java_opts[*]} (the launcher's)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at start, $(date -u '+%Y-%m-%d %H:%M UTC')"
if [ "$has_jobs" -eq 0 ]; then
  echo "note:    generate has no --jobs option yet: briefgen runs as it is (one thread) in the jobs-1 rows"
  echo "         and is not run in the jobs-2 rows; the floor runs on 1 and 2 threads"
fi

for n in $sizes; do
  java -jar "$jar" demo --recipients "$n" --data "$work/demo-$n" >/dev/null
done

# wall seconds and peak RSS (MB) from a /usr/bin/time -v report
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
  print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
# the share of a CPU the process got (200% is both cores all the time)
cpu() { awk -F': ' '/Percent of CPU/ {print $2}' "$1"; }
# CPU time (user + system) per letter in ms: what a letter costs, however much CPU the host gave
cpu_ms() { awk -F': ' -v n="$2" '/User time|System time/ {s += $2} END {printf "%.1f", s * 1000 / n}' "$1"; }

results="$work/results.txt"   # size jobs what letters/s rss cpu-ms round
: >"$results"

# measure SIZE JOBS: briefgen, then the floor, each into a fresh folder
measure() {
  local n="$1" j="$2" out="$work/out" log="$work/log" t="$work/time"
  local b_rate="n/a" b_rss="n/a" b_cpu="n/a" f_rate f_rss f_cpu ratio="n/a" load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if [ "$j" -eq 1 ] || [ "$has_jobs" -eq 1 ]; then
    local jobs=()
    [ "$has_jobs" -eq 1 ] && jobs=(--jobs "$j")
    rm -rf "$out"
    if ! /usr/bin/time -v -o "$t" ./briefgen generate --data "$work/demo-$n" --out "$out" \
        --formats pdf "${jobs[@]}" >"$log" 2>&1; then
      echo "briefgen generate failed on $n recipients with jobs $j:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    local letters
    letters="$(find "$out/demo-$n" -name 'DEMO-*.pdf' | wc -l)"
    if [ "$letters" -ne "$n" ]; then
      echo "briefgen wrote $letters letters for $n recipients" >&2
      exit 1
    fi
    # the letters' digest, to check that --jobs 1 and 2 give the same files
    (cd "$out/demo-$n" && sha256sum DEMO-*.pdf | sha256sum | cut -c1-16) >"$work/digest-$n-$j"
    b_rate="$(awk -v n="$n" -v s="$(seconds "$t")" 'BEGIN {printf "%.1f", n / s}')"
    b_rss="$(rss_mb "$t")"
    b_cpu="$(cpu "$t")"
    echo "$n $j briefgen $b_rate $b_rss $(cpu_ms "$t" "$n") $round" >>"$results"
  fi
  rm -rf "$out"
  f_rate="n/a" f_rss="n/a" f_cpu="n/a"
  if [ "$floor" -eq 1 ]; then
    /usr/bin/time -v -o "$t" java "${java_opts[@]}" -cp "$floor_cp" org.briefgen.bench.RawLetterFloor "$n" "$j" \
      "$out" >"$log" 2>&1 || { echo "the floor failed:" >&2; tail -n 20 "$log" >&2; exit 1; }
    f_rate="$(awk -v n="$n" -v s="$(seconds "$t")" 'BEGIN {printf "%.1f", n / s}')"
    f_rss="$(rss_mb "$t")"
    f_cpu="$(cpu "$t")"
    echo "$n $j floor $f_rate $f_rss $(cpu_ms "$t" "$n") $round" >>"$results"
    rm -rf "$out"
  fi
  [ "$b_rate" != "n/a" ] && [ "$f_rate" != "n/a" ] && ratio="$(awk -v b="$b_rate" -v f="$f_rate" 'BEGIN {printf "%.3f", b / f}')"
  printf "%7s %5s %14s %12s %8s %12s %10s %8s %15s %6s\n" "$n" "$j" "$b_rate" "$b_rss" "$b_cpu" "$f_rate" "$f_rss" \
    "$f_cpu" "$ratio" "$load"
}

echo
printf "%7s %5s %14s %12s %8s %12s %10s %8s %15s %6s\n" "letters" "jobs" "briefgen l/s" "briefgen MB" "cpu" \
  "floor l/s" "floor MB" "cpu" "briefgen/floor" "load"
for round in $(seq 1 "$runs"); do
  [ "$runs" -gt 1 ] && echo "round $round of $runs"
  for n in $sizes; do
    for j in $job_counts; do
      measure "$n" "$j"
    done
  done
done

# medians over the rounds, and the ratios between them
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2];
  else {m = sprintf("%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2); sub(/\.?0+$/, "", m); print m}}'; }
pick() { awk -v n="$1" -v j="$2" -v w="$3" -v c="$4" '$1 == n && $2 == j && $3 == w {print $c}' "$results" | median; }
# ratio C1 C2 COLUMN: the median over the rounds of each round's ratio of two figures, each named by
# "size:jobs:what" (ratios within a round, as the machine's noise moves from minute to minute)
ratio() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN {split(a, x, ":"); split(b, y, ":")}
  $1 == x[1] && $2 == x[2] && $3 == x[3] {top[$7] = $c}
  $1 == y[1] && $2 == y[2] && $3 == y[3] {bottom[$7] = $c}
  END {for (r in top) if ((r in bottom) && bottom[r] > 0) printf "%.3f\n", top[r] / bottom[r]}' "$results" | median; }

echo
echo "summary$([ "$runs" -gt 1 ] && echo " (medians of $runs rounds; each ratio is the median of the rounds' ratios)"):"
echo "letters/s = recipients / wall seconds; MB = peak RSS; ms = CPU time (user + system) per letter"
printf "%7s %5s %14s %12s %10s %12s %10s %10s %15s\n" "letters" "jobs" "briefgen l/s" "briefgen MB" "ms" \
  "floor l/s" "floor MB" "ms" "briefgen/floor"
for n in $sizes; do
  for j in $job_counts; do
    b="$(pick "$n" "$j" briefgen 4)"
    f="$(pick "$n" "$j" floor 4)"
    printf "%7s %5s %14s %12s %10s %12s %10s %10s %15s\n" "$n" "$j" "$b" "$(pick "$n" "$j" briefgen 5)" \
      "$(pick "$n" "$j" briefgen 6)" "$f" "$(pick "$n" "$j" floor 5)" "$(pick "$n" "$j" floor 6)" \
      "$(ratio "$n:$j:briefgen" "$n:$j:floor" 4)"
  done
done
first="${sizes%% *}"
last="${sizes##* }"
both=0
case " $job_counts " in *" 1 "*" 2 "*) both=1 ;; esac
for n in $sizes; do
  [ "$both" -eq 1 ] || break
  echo "jobs 2 / jobs 1 at $n: briefgen $(ratio "$n:2:briefgen" "$n:1:briefgen" 4)," \
    "floor $(ratio "$n:2:floor" "$n:1:floor" 4)"
done
if [ "$first" != "$last" ]; then
  for j in $job_counts; do
    echo "peak RSS $last / $first with jobs $j: briefgen $(ratio "$last:$j:briefgen" "$first:$j:briefgen" 5)," \
      "floor $(ratio "$last:$j:floor" "$first:$j:floor" 5)"
  done
fi
if [ "$has_jobs" -eq 1 ] && [ "$both" -eq 1 ]; then
  for n in $sizes; do
    if cmp -s "$work/digest-$n-1" "$work/digest-$n-2"; then
      echo "letters of $n recipients with jobs 1 and jobs 2: byte-identical (last round)"
    else
      echo "letters of $n recipients with jobs 1 and jobs 2: DIFFERENT (last round)"
    fi
  done
fi
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"

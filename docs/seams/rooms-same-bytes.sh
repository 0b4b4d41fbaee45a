#!/usr/bin/env bash
# rooms-same-bytes.sh REPO COMMIT... - builds each commit in a temporary copy and makes the bundled
# letters, the briefing, the tracker PDF, the follow-ups, the publication and the demo campaign with
# it (the README's walk-through, fixed dates), then lists each output file's SHA-256, one list per
# commit, in /tmp/rooms-bytes/<commit>.sha256. Compare two lists with diff.
# The archive database and the anchors (they record the wall-clock time of issuing) are left out.
set -euo pipefail
repo=${1:?repo}; shift
for commit in "$@"; do
  dir=/tmp/rooms-bytes/$commit
  rm -rf "$dir"; mkdir -p "$dir"
  git -C "$repo" archive "$commit" | tar -x -C "$dir"
  (cd "$dir" && mvn -o -q -DskipTests package >/dev/null 2>&1)
  run() { (cd "$dir" && java -jar target/briefgen.jar "$@" >>"$dir/run.log" 2>&1) || echo "exit $? for $*" >>"$dir/run.log"; }
  run generate --out out
  run respond CE-2020-001 --received 2020-01-15 --summary "Replied by e-mail" --out out
  run tracker --as-of 2020-01-20 --format pdf --out out
  run generate --follow-up --as-of 2020-01-20 --out out
  run publish --as-of 2020-02-01 --to out/public --out out
  run demo --recipients 12 --data demo
  run generate --data demo --out demo-out
  (cd "$dir" && find out demo demo-out -type f ! -name 'archive.sqlite*' ! -path '*anchor*' ! -name '*.part' -print0 2>/dev/null \
     | sort -z | xargs -0 sha256sum) > "/tmp/rooms-bytes/$commit.sha256"
  echo "$commit: $(wc -l < /tmp/rooms-bytes/$commit.sha256) files; log: $dir/run.log"
done

#!/usr/bin/env bash
# Full build of a corpus by our indexer against SQLite FTS5 indexing the same text (one row per version file,
# tokenize='unicode61 remove_diacritics 2') and against the floor of reading the files (cat > /dev/null).
# Rounds are interleaved (cat, FTS5, ours, [baseline]) so that load from other processes falls on all alike;
# each figure is the median of the rounds: wall time, MB/s of Markdown, CPU time (user + system: less disturbed than wall
# time when other processes share the cores) and peak resident memory (/usr/bin/time).
# Usage: bench/build-vs-fts5.sh [rounds] [content folder] [baseline Indexer.dll]
#   rounds    default 3
#   content   default /tmp/lu/content (the national corpus, see ../shared/corpus/README.md)
#   baseline  optional: another build of the indexer (e.g. main's) to time in the same rounds
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
content=${2:-/tmp/lu/content}
baseline=${3:-}
work=${TMPDIR:-/tmp}/kb-bench-fts5
rm -rf "$work" && mkdir -p "$work"

dotnet build src/Indexer -c Release -v quiet -nologo >/dev/null
indexer=src/Indexer/bin/Release/net10.0/Indexer.dll

find "$content" -name '*.md' -type f | sort > "$work/files"
bytes=$(xargs -d '\n' stat -c %s < "$work/files" | awk '{ s += $1 } END { print s }')
# The FTS5 script: one row per version file, read by the CLI's readfile(), in one transaction.
{
  echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
  echo "CREATE VIRTUAL TABLE acts USING fts5(path UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');"
  echo "BEGIN;"
  sed "s/'/''/g; s/.*/INSERT INTO acts(path, body) VALUES ('&', readfile('&'));/" "$work/files"
  echo "COMMIT;"
} > "$work/fts5.sql"

# One measurement: appends "seconds peak-MB" to the tool's file.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/$name.err" || { echo "$name failed:"; tail -5 "$work/$name.err"; exit 1; }
  awk '{ printf "%.2f %.0f %.2f\n", $1, $2 / 1024, $3 + $4 }' "$work/time" >> "$work/$name.runs"
}

for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  measure cat sh -c "xargs -d '\n' cat < '$work/files' > /dev/null"
  rm -f "$work/fts5.db"
  measure fts5 sqlite3 "$work/fts5.db" ".read $work/fts5.sql"
  rm -rf "$work/data"
  measure ours dotnet "$indexer" build --content "$content" --data "$work/data"
  if [ -n "$baseline" ]; then
    rm -rf "$work/data"
    measure baseline dotnet "$baseline" build --content "$content" --data "$work/data"
  fi
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
report() {
  local name=$1 label=$2
  local seconds peak cpu
  seconds=$(cut -d' ' -f1 "$work/$name.runs" | median)
  peak=$(cut -d' ' -f2 "$work/$name.runs" | median)
  cpu=$(cut -d' ' -f3 "$work/$name.runs" | median)
  printf '| %s | %s s | %s MB/s | %s s | %s MB | %s |\n' "$label" "$seconds" \
    "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / (s > 0 ? s : 0.01) }')" "$cpu" "$peak" \
    "$(awk '{ printf "%s%s s, %s s, %s MB", (NR > 1 ? " · " : ""), $1, $3, $2 }' "$work/$name.runs")"
}
echo "content: $content ($(wc -l < "$work/files") files, $((bytes / 1000000)) MB of Markdown); median of $rounds interleaved rounds"
echo "FTS5 database: $(du -sm "$work/fts5.db" | cut -f1) MB; our build folder: $(du -sm "$work/data" | cut -f1) MB"
echo
echo "| run | wall time | throughput | CPU time | peak memory | each round: wall, CPU, peak |"
echo "|---|---|---|---|---|---|"
report cat 'read the files (`cat > /dev/null`)'
report fts5 'SQLite FTS5 (`sqlite3`, unicode61 remove_diacritics 2)'
report ours 'our full build (`indexer build`)'
[ -n "$baseline" ] && report baseline 'baseline indexer build'
ratio() { awk -v o="$(cut -d' ' -f"$1" "$work/ours.runs" | median)" -v f="$(cut -d' ' -f"$1" "$work/fts5.runs" | median)" 'BEGIN { printf "%.1f", o / f }'; }
echo
echo "ours / FTS5: wall time $(ratio 1)×, CPU time $(ratio 3)×"

#!/usr/bin/env bash
# Incremental rebuild after editing one act, at national scale (issue 8), with a full build in the same run as the yardstick.
#
# usage: bench/incremental.sh [rounds] [baseline]
#   rounds         edits to time (default 7: each of the 7 acts below once)
#   baseline       optional: another indexer to time on the same edits, interleaved (e.g. main's, built from `git archive main`:
#                  .../src/Indexer/bin/Release/net10.0/Indexer.dll, run with dotnet; or a published Indexer executable)
#   KB_LU_CONTENT  the national content with link rules (default /tmp/scale-content/content); never modified
#   KB_INC_ROOT    working folder (default /tmp/incremental-bench): a hard-linked copy of the content, the indexer, the builds
#   KB_INC_FULL    1 (default) times a full build (`build --full`) of this indexer after the rounds; 0 skips it
#   KB_INC_ACTS    the size percentiles of the acts edited in turn (default "0.10 0.25 0.50 0.75 0.90 0.99 1.0"; 1.0 is the
#                  largest, the Code du travail): e.g. "1.0 0.5 1.0 0.9" to edit the largest every other round
#   KB_INC_FILE    which version file of an act is edited: last (default: the newest version, by file name), or alternate
#                  (the last, then the first, the oldest version, on each act's next turn, and so on)
#
# This indexer is published ReadyToRun for linux-x64 into $KB_INC_ROOT/indexer (as it would be deployed), and run as
# $KB_INC_ROOT/indexer/Indexer. The content is copied with `cp -al`; an edited file is first replaced by a real copy, so the
# shared corpus is never touched. A first `indexer build` of each indexer makes the build to start from (a full one the first
# time, or whenever that indexer's code changed). Each round then edits one act (a sentence appended to its last long
# paragraph: its words change, its outline does not), chosen from the corpus by size (10th, 25th, 50th, 75th, 90th, 99th
# percentile and the largest, the Code du travail with 29 version files, in turn), and times `indexer build` of the baseline,
# then of this indexer, on that edit: the whole process (wall, `/usr/bin/time`) and the build as it reports itself.
# Prints each round, then the medians per indexer, then (KB_INC_FULL=1) the full build and its store's size (kb.db and the
# provisions' shards).
set -euo pipefail
rounds=${1:-7}
baseline=${2:-}
src=${KB_LU_CONTENT:-/tmp/scale-content/content}
root=${KB_INC_ROOT:-/tmp/incremental-bench}
repo=$(cd "$(dirname "$0")/.." && pwd)

dotnet publish "$repo/src/Indexer" -c Release -r linux-x64 --self-contained false -o "$root/indexer" -v q -nologo > /dev/null
if [ ! -d "$root/content" ]; then
  mkdir -p "$root"
  cp -al "$src" "$root/content"
fi

# timed WHO TIMEFILE OUTFILE ARGS...: runs the indexer WHO (this | baseline) on the content, into its own data folder, under /usr/bin/time.
timed() {
  local who=$1 time=$2 out=$3; shift 3
  local indexer=("$root/indexer/Indexer")
  if [ "$who" = baseline ]; then
    if [[ "$baseline" == *.dll ]]; then indexer=(dotnet "$baseline"); else indexer=("$baseline"); fi
  fi
  /usr/bin/time -f "%e s wall, %M KB peak" -o "$time" "${indexer[@]}" build "$@" --content "$root/content" --data "$root/data-$who" > "$out" 2>&1
}
indexers=(this)
[ -n "$baseline" ] && indexers=(baseline this)

for who in "${indexers[@]}"; do
  echo "$who: starting build (full when there is none, or the code changed)..."
  timed "$who" "$root/start-$who.time" "$root/start-$who.out" || true
  grep -E "^(incremental build|built)" "$root/start-$who.out" | sed "s/^/  /" || true
  sed "s/^/  /" "$root/start-$who.time"
done

mapfile -t acts < <(python3 - "$root/content" <<'PY'
import os, sys
root = sys.argv[1]
sizes = []
for act in os.listdir(root):
    folder = os.path.join(root, act)
    if os.path.isdir(folder):
        files = [f for f in os.listdir(folder) if f.endswith('.md')]
        if files:
            sizes.append((sum(os.path.getsize(os.path.join(folder, f)) for f in files), act))
sizes.sort()
for q in os.environ.get('KB_INC_ACTS', '0.10 0.25 0.50 0.75 0.90 0.99 1.0').split():
    print(sizes[min(len(sizes) - 1, int(float(q) * len(sizes)))][1])
PY
)

declare -A walls builds turns
for ((round = 0; round < rounds; round++)); do
  act=${acts[$((round % ${#acts[@]}))]}
  turn=${turns[$act]:-0}; turns[$act]=$((turn + 1))
  if [ "${KB_INC_FILE:-last}" = alternate ] && [ $((turn % 2)) = 1 ]; then
    file=$(ls "$root/content/$act"/*.md | head -1)
  else
    file=$(ls "$root/content/$act"/*.md | tail -1)
  fi
  cp "$file" "$file.copy" && mv "$file.copy" "$file"   # break the hard link before editing
  python3 - "$file" "$round" <<'PY'
import sys
path, round_ = sys.argv[1], sys.argv[2]
lines = open(path, encoding='utf-8').read().split('\n')
for i in range(len(lines) - 1, -1, -1):
    line = lines[i].strip()
    if len(line) > 40 and not line.startswith(('#', '-', '|', '<', '*', '>', 'Art')) and not line[0].isdigit():
        lines[i] += f' Phrase ajoutée pour la mesure {round_}.'
        break
open(path, 'w', encoding='utf-8').write('\n'.join(lines))
PY
  for who in "${indexers[@]}"; do
    timed "$who" "$root/wall" "$root/round-$who.out"
    plan=$(grep "^incremental build" "$root/round-$who.out" || echo "FULL BUILD")
    build=$(grep -oE "[0-9.]+ s$" "$root/round-$who.out" | tail -1 | cut -d' ' -f1)
    wall=$(tail -1 "$root/wall" | cut -d' ' -f1)
    walls[$who]+="$wall "; builds[$who]+="$build "
    printf '%-8s %-28s %-18s %9s bytes  build %6s s  process %6s s  %s\n' "$who" "$act" "$(basename "$file")" "$(du -cb "$root/content/$act"/*.md | tail -1 | cut -f1)" "$build" "$wall" "$plan"
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for who in "${indexers[@]}"; do
  # shellcheck disable=SC2086
  echo "$who: median of $rounds edits: build $(median ${builds[$who]}) s, process $(median ${walls[$who]}) s;" \
    "fastest process $(printf '%s\n' ${walls[$who]} | sort -n | head -1) s"
done

if [ "${KB_INC_FULL:-1}" = 1 ]; then
  timed this "$root/full.time" "$root/full.out" --full
  echo "this: full build, same run: build $(grep -oE "[0-9.]+ s$" "$root/full.out" | tail -1), process $(cat "$root/full.time")"
  build="$root/data-this/public/builds/$(cat "$root/data-this/public/CURRENT")"
  echo "this: store of the full build: $(du -cb "$build/kb.db" "$build"/provisions/*.db 2>/dev/null | tail -1 | cut -f1) bytes" \
    "(kb.db $(du -b "$build/kb.db" | cut -f1), $(ls "$build"/provisions/*.db 2>/dev/null | wc -l) provision shards)"
fi

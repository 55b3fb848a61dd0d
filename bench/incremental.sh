#!/usr/bin/env bash
# Incremental rebuild after editing one act, at national scale (issue 8).
#
# usage: bench/incremental.sh [rounds]
#   KB_LU_CONTENT  the national content with link rules (default /tmp/scale-content/content); never modified
#   KB_INC_ROOT    working folder (default /tmp/incremental-bench): a hard-linked copy of the content and the builds
#
# The content is copied with `cp -al`; an edited file is first replaced by a real copy, so the shared corpus is never touched.
# A first `indexer build` makes the build to start from (a full one the first time, or whenever the indexer's code changed).
# Each round then edits one act (a sentence appended to its last long paragraph: its words change, its outline does not),
# chosen from the corpus by file size (10th, 50th, 90th, 99th percentile and the largest, in turn), and times `indexer build`:
# the whole process (wall, `/usr/bin/time`) and the build as it reports itself. Prints each round and the medians.
set -euo pipefail
rounds=${1:-5}
src=${KB_LU_CONTENT:-/tmp/scale-content/content}
root=${KB_INC_ROOT:-/tmp/incremental-bench}
repo=$(cd "$(dirname "$0")/.." && pwd)

dotnet build "$repo/src/Indexer" -c Release -v q -nologo > /dev/null
indexer=(dotnet "$repo/src/Indexer/bin/Release/net10.0/Indexer.dll")
if [ ! -d "$root/content" ]; then
  mkdir -p "$root"
  cp -al "$src" "$root/content"
fi

echo "starting build (full when there is none, or the code changed)..."
/usr/bin/time -f "%e s wall, %M KB peak" "${indexer[@]}" build --content "$root/content" --data "$root/data" > "$root/start.out" 2> "$root/start.err"
grep -E "^(incremental build|built)" "$root/start.out" || true
tail -1 "$root/start.err"

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
for q in (0.10, 0.50, 0.90, 0.99, 1.0):
    print(sizes[min(len(sizes) - 1, int(q * len(sizes)))][1])
PY
)

walls=(); builds=()
for ((round = 0; round < rounds; round++)); do
  act=${acts[$((round % ${#acts[@]}))]}
  file=$(ls "$root/content/$act"/*.md | tail -1)
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
  /usr/bin/time -f "%e" -o "$root/wall" "${indexer[@]}" build --content "$root/content" --data "$root/data" > "$root/round.out" 2>&1
  plan=$(grep "^incremental build" "$root/round.out" || echo "FULL BUILD")
  build=$(grep -oE "[0-9.]+ s$" "$root/round.out" | tail -1 | cut -d' ' -f1)
  wall=$(cat "$root/wall")
  walls+=("$wall"); builds+=("$build")
  printf '%-36s %8s bytes  build %6s s  process %6s s  %s\n' "$act" "$(stat -c %s "$file")" "$build" "$wall" "$plan"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median of $rounds: build $(median "${builds[@]}") s, process $(median "${walls[@]}") s"

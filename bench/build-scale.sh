#!/usr/bin/env bash
# Times the indexer on the shipped corpus and on the national-scale Luxembourg corpus (../shared/corpus):
# wall time and peak memory of `check` and of a full `build`, each run in its own process.
# Usage: bench/build-scale.sh [rounds]    (default 3; prints the median of the rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
archive=../shared/corpus/lu-legislation.tar.zst
work=${TMPDIR:-/tmp}/kb-bench
mkdir -p "$work"

if [ ! -d "$work/lu/content" ] && [ -f "$archive" ]; then
  mkdir -p "$work/lu"
  tar --zstd -xf "$archive" -C "$work/lu"
fi

dotnet build src/Indexer -c Release -v quiet -nologo >/dev/null
indexer="dotnet src/Indexer/bin/Release/net10.0/Indexer.dll"

# One measurement: prints "seconds peak-MB".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" $indexer "$@" >/dev/null 2>&1 || true
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$log"
  rm -f "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run() {
  local name=$1 content=$2 command=$3
  local times=() peaks=()
  for _ in $(seq "$rounds"); do
    rm -rf "$work/data"
    read -r seconds peak < <(measure "$command" --content "$content" --data "$work/data")
    times+=("$seconds"); peaks+=("$peak")
  done
  local mb
  mb=$(find "$content" -type f -printf "%s\n" | awk "{ s += \$1 } END { printf \"%.0f\", s / 1000000 }")
  printf '| %s | %s | %s MB | %s s | %s MB |\n' "$name" "$command" "$mb" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${peaks[@]}" | median)"
}

echo "| corpus | command | size | wall time (median of $rounds) | peak memory |"
echo "|---|---|---|---|---|"
run shipped content check
run shipped content build
if [ -d "$work/lu/content" ]; then
  run national "$work/lu/content" check
  run national "$work/lu/content" build
fi

#!/usr/bin/env bash
# Loads the site on loopback with wrk: the home page, a whole version of the Migration Code, a provision, a search and
# a comparison, each with 64 connections, three runs; once with the rate limit raised out of reach and once with the
# configured limit (where the search, from one client address, is expected to meet 429s). Prints one table row per
# run and URL with requests/s, latency p50/p99, errors, status codes, and the server's RSS after the run.
# The server runs on core 0 and wrk on core 1 (taskset), so that they do not take turns on one core.
#
# Usage: bench/load.sh [-d SECONDS] [-r RUNS] [-c CONNECTIONS] [-u TEXT] [-p raised|configured]
#   defaults: 30 s, 3 runs, 64 connections, every URL, both phases; -u keeps the URLs containing TEXT, -p one phase
set -euo pipefail
cd "$(dirname "$0")/.."

duration=30 runs=3 connections=64 only= phases="raised configured"
while getopts "d:r:c:u:p:" option; do
  case $option in
    d) duration=$OPTARG ;;
    r) runs=$OPTARG ;;
    c) connections=$OPTARG ;;
    u) only=$OPTARG ;;
    p) phases=$OPTARG ;;
    *) echo "usage: $0 [-d SECONDS] [-r RUNS] [-c CONNECTIONS] [-u TEXT] [-p raised|configured]" >&2; exit 2 ;;
  esac
done

port=${KB_LOAD_PORT:-5391}
work=${TMPDIR:-/tmp}/kb-load
rm -rf "$work" && mkdir -p "$work"
base="http://127.0.0.1:$port"
urls=(
  "/"
  "/instruments/migration-code/2018-amended"
  "/instruments/migration-code/2018-amended/art_45"
  "/search?q=residence+permit"
  "/instruments/migration-code/compare?from=2013-07-adopted&to=2014-10-amended"
)

if [ -n "$only" ]; then
  kept=()
  for url in "${urls[@]}"; do [[ $url == *"$only"* ]] && kept+=("$url"); done
  urls=("${kept[@]}")
fi

dotnet build src/KnowledgeBase -c Release -v quiet -nologo >/dev/null

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap stop_server EXIT

# Starts the Release site with the given extra options on core 0 and waits until /healthz says it serves a build.
start_server() {
  taskset -c 0 dotnet src/KnowledgeBase/bin/Release/net10.0/KnowledgeBase.dll \
    --urls "$base" --content content --data "$work/data" --audience public \
    --Logging:LogLevel:Default=Warning "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do
    if curl -fs "$base/healthz" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "the site did not start; see $work/server.log" >&2
  exit 1
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

measure() {
  local phase=$1
  # One request each first: the first comparison is computed and cached, the first page of a kind JIT-compiled.
  for url in "${urls[@]}"; do curl -s -o /dev/null "$base$url"; done
  for run in $(seq "$runs"); do
    for url in "${urls[@]}"; do
      line=$(taskset -c 1 wrk -t1 -c"$connections" -d"${duration}s" --timeout 10s -s bench/load.lua "$base$url" | grep '^LOAD ')
      # LOAD requests=N seconds=S p50_ms=X p99_ms=Y errors=E statuses=200=N,429=M
      eval "$(echo "${line#LOAD }" | tr ' ' '\n' | grep -v '^statuses=' | sed 's/^/local /')"
      statuses=$(echo "$line" | sed 's/.*statuses=//')
      printf "| %s | %d | \`%s\` | %.0f | %.1f | %.1f | %s | %s | %s |\n" \
        "$phase" "$run" "$url" "$(echo "$requests / $seconds" | bc -l)" "$p50_ms" "$p99_ms" "$errors" "$statuses" "$(rss_mb)"
      # Requests wrk abandoned at the end are still being answered: let them finish before the next URL is measured.
      curl -s -o /dev/null --max-time 60 "$base/healthz"; sleep 2
    done
  done
}

echo "| rate limit | run | URL | requests/s | p50 ms | p99 ms | errors | statuses | RSS MB after |"
echo "|---|---|---|---|---|---|---|---|---|"
for phase in $phases; do
  if [ "$phase" = raised ]; then
    start_server --RateLimit:Burst=100000000 --RateLimit:PerSecond=100000000
  else
    start_server
  fi
  echo "| $phase | – | (started) | | | | | | $(rss_mb) |"
  measure "$phase"
  stop_server
done

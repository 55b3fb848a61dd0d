#!/usr/bin/env bash
# The site's whole-catalogue answers (/api/instruments, /feed.atom, the home page) on a national build: the first request
# after a start, and later requests with the output cache off, for two site executables in the same rounds.
#
#   bench/catalogue-lists.sh [rounds] [repeats]      # defaults: 3 rounds, 5 uncached repeats per page
#
# Environment: SITE_BIN and DATA (the site measured and its build), BASE_BIN and BASE_DATA (the baseline, e.g. main's
# ReadyToRun publish; BASE_DATA defaults to DATA), CONTENT (default /tmp/scale-content/content), PORT (default 5095), WORK
# (scratch, default /tmp/catalogue-lists). Both sites run on core 0 with `--build-on-start false --output-cache false`, one at
# a time on the same port (so the feed's absolute links are the same), alternating which goes first. For each page the
# script prints the time of the first request after a start (`curl` total time, s) and the median of the repeats, and
# whether the two sites answered the same bytes.
set -euo pipefail

ROUNDS=${1:-3}
REPEATS=${2:-5}
CONTENT=${CONTENT:-/tmp/scale-content/content}
PORT=${PORT:-5095}
WORK=${WORK:-/tmp/catalogue-lists}
BASE_DATA=${BASE_DATA:-$DATA}
PAGES=(/api/instruments /feed.atom /)
rm -rf "$WORK" && mkdir -p "$WORK"

SITE_PID=""
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT

measure() { # name binary data round
  (exec taskset -c 0 "$2" --urls "http://127.0.0.1:$PORT" --content "$CONTENT" --data "$3" --build-on-start false \
    --output-cache false --RateLimit:Enabled false --Logging:LogLevel:Default=Warning >"$WORK/$1.log" 2>&1) &
  SITE_PID=$!
  for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
  for page in "${PAGES[@]}"; do
    first=$(curl -s -o "$WORK/$1$(echo "$page" | tr '/.' '__').out" -w '%{time_total}' "http://127.0.0.1:$PORT$page")
    times=$(for _ in $(seq 1 "$REPEATS"); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$page"; done | sort -n)
    median=$(echo "$times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    echo "$4 $1 $page first=${first}s median-of-$REPEATS=${median}s"
  done
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=""
}

for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then
    measure site "$SITE_BIN" "$DATA" "$round"; measure base "$BASE_BIN" "$BASE_DATA" "$round"
  else
    measure base "$BASE_BIN" "$BASE_DATA" "$round"; measure site "$SITE_BIN" "$DATA" "$round"
  fi
done
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | tr '/.' '__')
  if cmp -s "$WORK/site$name.out" "$WORK/base$name.out"; then same=identical; else same=DIFFERENT; fi
  echo "$page: $(wc -c <"$WORK/site$name.out") bytes, site and base $same"
done

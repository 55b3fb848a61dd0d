#!/usr/bin/env bash
# Site start on an existing national build, to the first answered request.
#
#   bench/site-start.sh [rounds]        # default 5
#
# Environment: DATA (a published build of CONTENT, default /tmp/scale-serving/data), CONTENT (default /tmp/lu/content),
# BUILD_ON_START (true|false, default true: the site checks the content against the build, as it does by default),
# URL (the page asked for, default a provision of the Code du Travail), SITE_BIN (the site's executable, default the
# Release build; e.g. a ReadyToRun publish: dotnet publish src/KnowledgeBase -c Release -r linux-x64 --self-contained false
# -p:PublishReadyToRun=true -o /tmp/site-r2r, then SITE_BIN=/tmp/site-r2r/KnowledgeBase). Each round starts the Release site, asks for URL
# every 10 ms until it answers 200, and stops the site; the time is from the process start to that answer. The build must
# match the content (build it with the same code first), or the site would start a build in the background.
set -euo pipefail

ROUNDS=${1:-5}
DATA=${DATA:-/tmp/scale-serving/data}
CONTENT=${CONTENT:-/tmp/lu/content}
BUILD_ON_START=${BUILD_ON_START:-true}
PORT=${PORT:-5093}
URL=${URL:-/instruments/leg-loi-2006-07-31-n2/latest?lang=fr}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SITE_BIN=${SITE_BIN:-"$REPO/src/KnowledgeBase/bin/Release/net10.0/KnowledgeBase"}
LOG=${TMPDIR:-/tmp}/site-start.log

[ -x "$SITE_BIN" ] || { echo "build the site first: dotnet build src/KnowledgeBase -c Release" >&2; exit 1; }

SITE_PID=""
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT

times=()
for round in $(seq 1 "$ROUNDS"); do
  start=$(date +%s%N)
  (cd "$REPO/src/KnowledgeBase" && exec "$SITE_BIN" --urls "http://127.0.0.1:$PORT" --content "$CONTENT" --data "$DATA" \
    --build-on-start "$BUILD_ON_START" >"$LOG" 2>&1) &
  SITE_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$URL")" = 200 ]; do
    kill -0 "$SITE_PID" 2>/dev/null || { echo "the site stopped; see $LOG" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "round $round: first 200 after $ms ms" >&2
  grep -q "Content changed since build" "$LOG" && echo "  (the build does not match the content: a build was started)" >&2
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true
  SITE_PID=""
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "build-on-start $BUILD_ON_START, $URL: median $median ms over $ROUNDS rounds (${times[*]} ms)"

#!/usr/bin/env bash
# Site start on an existing national build, to the first answered request.
#
#   bench/site-start.sh [rounds]        # default 5
#
# Environment: DATA (a published build of CONTENT, default /tmp/scale-serving/data), CONTENT (default /tmp/lu/content),
# BUILD_ON_START (true|false, default true: the site checks the content against the build, as it does by default),
# URL (the page asked for, default a provision of the Code du Travail; URL=/ for the home page), SITE_BIN (the site's
# executable, default the Release build; e.g. a ReadyToRun publish: dotnet publish src/KnowledgeBase -c Release -r linux-x64
# --self-contained false -o /tmp/site-r2r, then SITE_BIN=/tmp/site-r2r/KnowledgeBase), BASE_BIN (optional: a second
# executable, e.g. main's publish, started in the same rounds right after SITE_BIN, so both see the same machine).
# Each start asks for URL every 10 ms until it answers 200, notes the time from the process start to that answer and the
# process's resident memory then, and stops the site. AFTER (optional: space-separated paths, e.g. "/browse/law /browse/law/2008")
# asks those pages once the first has answered, waits 3 s and notes the resident memory again. The build must match the content (build it with the same code first),
# or the site would start a build in the background.
set -euo pipefail

ROUNDS=${1:-5}
DATA=${DATA:-/tmp/scale-serving/data}
CONTENT=${CONTENT:-/tmp/lu/content}
BUILD_ON_START=${BUILD_ON_START:-true}
PORT=${PORT:-5093}
URL=${URL:-/instruments/leg-loi-2006-07-31-n2/latest?lang=fr}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SITE_BIN=${SITE_BIN:-"$REPO/src/KnowledgeBase/bin/Release/net10.0/KnowledgeBase"}
BASE_BIN=${BASE_BIN:-}
LOG=${TMPDIR:-/tmp}/site-start.log

[ -x "$SITE_BIN" ] || { echo "build the site first: dotnet build src/KnowledgeBase -c Release" >&2; exit 1; }
BINS=(site)
[ -n "$BASE_BIN" ] && BINS=(site base)

SITE_PID=""
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT

declare -A times=() rss=() settled=()
for round in $(seq 1 "$ROUNDS"); do
  for which in "${BINS[@]}"; do
    bin=$SITE_BIN
    [ "$which" = base ] && bin=$BASE_BIN
    start=$(date +%s%N)
    (cd "$REPO/src/KnowledgeBase" && exec "$bin" --urls "http://127.0.0.1:$PORT" --content "$CONTENT" --data "$DATA" \
      --build-on-start "$BUILD_ON_START" >"$LOG" 2>&1) &
    SITE_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$URL")" = 200 ]; do
      kill -0 "$SITE_PID" 2>/dev/null || { echo "the site stopped; see $LOG" >&2; exit 1; }
      sleep 0.01
    done
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    mb=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SITE_PID/status")
    times[$which]="${times[$which]:-} $ms"
    rss[$which]="${rss[$which]:-} $mb"
    echo "round $round, $which: first 200 after $ms ms, RSS $mb MB" >&2
    if [ -n "${AFTER:-}" ]; then
      for path in $AFTER; do curl -s -o /dev/null "http://127.0.0.1:$PORT$path"; done
      sleep 3
      later=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SITE_PID/status")
      settled[$which]="${settled[$which]:-} $later"
      echo "  then $AFTER and 3 s: RSS $later MB" >&2
    fi
    grep -q "Content changed since build" "$LOG" && echo "  (the build does not match the content: a build was started)" >&2
    kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true
    SITE_PID=""
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for which in "${BINS[@]}"; do
  echo "$which: build-on-start $BUILD_ON_START, $URL: median $(echo "${times[$which]}" | median) ms over $ROUNDS rounds (${times[$which]# } ms); RSS at the first answer $(echo "${rss[$which]}" | median) MB (${rss[$which]# } MB)"
  [ -n "${AFTER:-}" ] && echo "$which: RSS 3 s after the pages in AFTER $(echo "${settled[$which]}" | median) MB (${settled[$which]# } MB)"
done

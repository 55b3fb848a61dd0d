#!/usr/bin/env bash
# The site against nginx serving the same pages as static files, with wrk on loopback.
#
#   bench/http-vs-nginx.sh [rounds] [seconds]      # defaults: 5 rounds of 10 s per page and server
#
# Environment: DATA (a published national build, default /tmp/scale-serving/data), CONTENT (default /tmp/lu/content),
# CACHE (true|false: the site's output cache, default true), CONNECTIONS (default 32), WORK (scratch, default
# /tmp/http-vs-nginx). The site and nginx (one worker) run on core 0, wrk (one thread) on core 1. Each round measures every
# page on both servers, alternating which goes first; the table gives the medians over rounds. The site's resident memory
# is sampled every 0.2 s during its runs; the peak is reported.
set -euo pipefail

ROUNDS=${1:-5}
SECONDS_PER_RUN=${2:-10}
DATA=${DATA:-/tmp/scale-serving/data}
CONTENT=${CONTENT:-/tmp/lu/content}
CACHE=${CACHE:-true}
CONNECTIONS=${CONNECTIONS:-32}
WORK=${WORK:-/tmp/http-vs-nginx}
SITE_PORT=${SITE_PORT:-5091}
NGINX_PORT=${NGINX_PORT:-5092}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SITE_BIN="$REPO/src/KnowledgeBase/bin/Release/net10.0/KnowledgeBase"
CODE=/instruments/leg-loi-2006-07-31-n2   # the Code du Travail: 28 versions, 1.7 MB of Markdown in its latest

[ -x "$SITE_BIN" ] || { echo "build the site first: dotnet build src/KnowledgeBase -c Release" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/www" "$WORK/nginx"

SITE_PID="" NGINX_PID="" SAMPLER_PID=""
cleanup() {
  for pid in $SAMPLER_PID $NGINX_PID $SITE_PID; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

(cd "$REPO/src/KnowledgeBase" && exec taskset -c 0 "$SITE_BIN" --urls "http://127.0.0.1:$SITE_PORT" \
  --content "$CONTENT" --data "$DATA" --build-on-start false --output-cache "$CACHE" \
  --Logging:LogLevel:Default=Warning >"$WORK/site.log" 2>&1) &
SITE_PID=$!
SITE="http://127.0.0.1:$SITE_PORT"
wait_for "$SITE/"

# The pages: a provision and the whole latest version of the code, a search, a comparison of its last two versions.
LATEST=$(ls "$CONTENT/leg-loi-2006-07-31-n2" | grep '\.fr\.md$' | sort | tail -1 | cut -d. -f1)
PREVIOUS=$(ls "$CONTENT/leg-loi-2006-07-31-n2" | grep '\.fr\.md$' | sort | tail -2 | head -1 | cut -d. -f1)
WHOLE="$CODE/$LATEST?lang=fr"
PROVISION=$(curl -s "$SITE$WHOLE" | grep -o "href=\"$CODE/$LATEST/art_[^\"?]*" | sed -n 200p | cut -d'"' -f2)
declare -A PAGES=(
  [provision]="$PROVISION?lang=fr"
  [whole-code]="$WHOLE"
  [search]="/search?q=contrat+de+travail"
  [compare]="$CODE/compare?from=$PREVIOUS&to=$LATEST&lang=fr"
)
ORDER=(provision whole-code search compare)

for page in "${ORDER[@]}"; do
  status=$(curl -s -o "$WORK/www/$page.html" -w '%{http_code}' "$SITE${PAGES[$page]}")
  [ "$status" = 200 ] || { echo "$page (${PAGES[$page]}) answered $status" >&2; exit 1; }
done

cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
master_process off;
error_log $WORK/nginx/error.log;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files /\$arg_page.html =404; }
  }
}
EOF
taskset -c 0 nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
NGINX="http://127.0.0.1:$NGINX_PORT"
wait_for "$NGINX/?page=provision"

# One wrk run: prints "requests/s p50-ms p99-ms".
run_wrk() {
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = 1 }
    END { if (bad) print "non-2xx answers" > "/dev/stderr"; printf "%s %.2f %.2f\n", rps, p50, p99 }'
}

sample_rss() { while true; do awk '/VmRSS/ { print $2 }' "/proc/$SITE_PID/status"; sleep 0.2; done }
sample_rss >"$WORK/rss.txt" &
SAMPLER_PID=$!

: >"$WORK/results.txt"
# Warm up: JIT, caches, connections; not measured.
for page in "${ORDER[@]}"; do
  SECONDS_PER_RUN=2 run_wrk "$SITE${PAGES[$page]}" >/dev/null
  SECONDS_PER_RUN=2 run_wrk "$NGINX/?page=$page" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for page in "${ORDER[@]}"; do
    servers=(site nginx)
    [ $((round % 2)) = 0 ] && servers=(nginx site)
    for server in "${servers[@]}"; do
      if [ "$server" = site ]; then url="$SITE${PAGES[$page]}"; else url="$NGINX/?page=$page"; fi
      echo "$round $page $server $(run_wrk "$url")" | tee -a "$WORK/results.txt" >&2
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "site: output cache $CACHE; $ROUNDS rounds of ${SECONDS_PER_RUN} s, $CONNECTIONS connections; medians"
echo
echo "| page | bytes | site req/s | site p50 | site p99 | nginx req/s | nginx p50 | nginx p99 | site / nginx req/s |"
echo "|---|---|---|---|---|---|---|---|---|"
for page in "${ORDER[@]}"; do
  row="| $page | $(stat -c %s "$WORK/www/$page.html")"
  for server in site nginx; do
    for column in 4 5 6; do
      value=$(awk -v p="$page" -v s="$server" -v c="$column" '$2 == p && $3 == s { print $c }' "$WORK/results.txt" | median)
      [ "$column" = 4 ] && eval "${server}_rps=$value"
      [ "$column" = 4 ] && row="$row | $(printf '%.0f' "$value")" || row="$row | ${value} ms"
    done
  done
  echo "$row | $(awk -v a="$site_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }') |"
done
echo
echo "site peak RSS during the runs: $(sort -n "$WORK/rss.txt" | tail -1 | awk '{ printf "%.0f MB", $1 / 1024 }')"
echo "provision page: ${PAGES[provision]}"

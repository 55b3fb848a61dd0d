#!/usr/bin/env bash
# The site against nginx serving the same pages as static files, with wrk on loopback.
#
#   bench/http-vs-nginx.sh [rounds] [seconds]      # defaults: 5 rounds of 10 s per page and server
#
# Environment: DATA (a published national build, default /tmp/scale-serving/data), CONTENT (default /tmp/lu/content),
# CACHE (true|false: the site's output cache, default true), CONNECTIONS (default 32), WORK (scratch, default
# /tmp/http-vs-nginx), SITE_BIN (the site's executable; default the Release build of `dotnet build`, but measure what is
# deployed: `dotnet publish src/KnowledgeBase -c Release -r linux-x64 --self-contained false -o /tmp/site` and
# SITE_BIN=/tmp/site/KnowledgeBase), BASE_BIN (optional: a second site, e.g. main's publish, measured in the same rounds as
# "base"; BASE_DATA: its build, default DATA, e.g. when the two read different catalogue formats). The sites and nginx (one worker) run on core 0, wrk (one thread) on core 1. Each round measures every page on
# every server, rotating which goes first; the table gives the medians over rounds. Besides requests/s and latency, each
# run reports the server's CPU time per request (user + system from /proc, in µs): on a shared machine it moves far less
# than requests/s, which depend on the share of core 0 the server gets. The sites' resident memory is sampled every 0.2 s
# during the runs; the peak is reported. The sites' rate limit is off: all of wrk's connections come from one address,
# and with the limit on the search page was answered 429 after its first 60 requests (the figures measured the 429 page).
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
SITE_BIN=${SITE_BIN:-"$REPO/src/KnowledgeBase/bin/Release/net10.0/KnowledgeBase"}
BASE_BIN=${BASE_BIN:-}
BASE_PORT=${BASE_PORT:-5094}
CODE=/instruments/leg-loi-2006-07-31-n2   # the Code du Travail: 28 versions, 1.7 MB of Markdown in its latest

[ -x "$SITE_BIN" ] || { echo "build the site first: dotnet build src/KnowledgeBase -c Release" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/www" "$WORK/nginx"

SITE_PID="" BASE_PID="" NGINX_PID="" SAMPLER_PID=""
cleanup() {
  for pid in $SAMPLER_PID $NGINX_PID $SITE_PID $BASE_PID; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

start_site() { # binary port log [data]
  (cd "$REPO/src/KnowledgeBase" && exec taskset -c 0 "$1" --urls "http://127.0.0.1:$2" \
    --content "$CONTENT" --data "${4:-$DATA}" --build-on-start false --output-cache "$CACHE" --RateLimit:Enabled false \
    --Logging:LogLevel:Default=Warning >"$3" 2>&1) &
}
start_site "$SITE_BIN" "$SITE_PORT" "$WORK/site.log"
SITE_PID=$!
SITE="http://127.0.0.1:$SITE_PORT"
wait_for "$SITE/healthz"
SERVERS=(site nginx)
if [ -n "$BASE_BIN" ]; then
  start_site "$BASE_BIN" "$BASE_PORT" "$WORK/base.log" "${BASE_DATA:-$DATA}"
  BASE_PID=$!
  BASE="http://127.0.0.1:$BASE_PORT"
  wait_for "$BASE/healthz"
  SERVERS=(site base nginx)
fi

# The pages: a provision and the whole latest version of the code, a search, a comparison of its last two versions.
LATEST=$(ls "$CONTENT/leg-loi-2006-07-31-n2" | grep '\.fr\.md$' | sort | tail -1 | cut -d. -f1)
PREVIOUS=$(ls "$CONTENT/leg-loi-2006-07-31-n2" | grep '\.fr\.md$' | sort | tail -2 | head -1 | cut -d. -f1)
WHOLE="$CODE/$LATEST?lang=fr"
PROVISION=$(curl -s "$SITE$WHOLE" | grep -o "href=\"$CODE/$LATEST/art_[^\"?]*" | sed -n 200p | cut -d'"' -f2)
declare -A PAGES=(
  [home]="/"
  [provision]="$PROVISION?lang=fr"
  [whole-code]="$WHOLE"
  [search]="/search?q=contrat+de+travail"
  [compare]="$CODE/compare?from=$PREVIOUS&to=$LATEST&lang=fr"
)
ORDER=(provision whole-code search compare home)

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
if [ -n "$BASE_BIN" ]; then
  for page in "${ORDER[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${PAGES[$page]}")
    [ "$status" = 200 ] || { echo "base: $page (${PAGES[$page]}) answered $status" >&2; exit 1; }
  done
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)

# One wrk run against a server (pid for its CPU time): prints "requests/s p50-ms p99-ms cpu-µs-per-request".
run_wrk() {
  local before after
  before=$(cpu_ticks "$2")
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$1" >"$WORK/wrk.txt"
  after=$(cpu_ticks "$2")
  awk -v cpu=$(( after - before )) -v tick="$TICK" -v url="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 } / requests in / { n = $1 }
    /Non-2xx/ { bad = 1 }
    END { if (bad) print "non-2xx answers from " url > "/dev/stderr"; printf "%s %.2f %.2f %.1f\n", rps, p50, p99, n ? cpu / tick * 1e6 / n : 0 }' "$WORK/wrk.txt"
}

url_of() { case $1 in site) echo "$SITE${PAGES[$2]}" ;; base) echo "$BASE${PAGES[$2]}" ;; nginx) echo "$NGINX/?page=$2" ;; esac; }
pid_of() { case $1 in site) echo "$SITE_PID" ;; base) echo "$BASE_PID" ;; nginx) echo "$NGINX_PID" ;; esac; }

sample_rss() { while true; do for s in site base; do pid=$(pid_of $s); [ -n "$pid" ] && awk -v s=$s '/VmRSS/ { print s, $2 }' "/proc/$pid/status"; done; sleep 0.2; done }
sample_rss >"$WORK/rss.txt" &
SAMPLER_PID=$!

: >"$WORK/results.txt"
# Warm up: JIT, caches, connections; not measured.
for page in "${ORDER[@]}"; do
  for server in "${SERVERS[@]}"; do SECONDS_PER_RUN=2 run_wrk "$(url_of $server $page)" "$(pid_of $server)" >/dev/null; done
done
for round in $(seq 1 "$ROUNDS"); do
  for page in "${ORDER[@]}"; do
    # Rotate who goes first, so that no server always runs right after another's garbage or a quiet moment.
    shift_by=$(( round % ${#SERVERS[@]} ))
    servers=("${SERVERS[@]:$shift_by}" "${SERVERS[@]:0:$shift_by}")
    for server in "${servers[@]}"; do
      echo "$round $page $server $(run_wrk "$(url_of $server $page)" "$(pid_of $server)")" | tee -a "$WORK/results.txt" >&2
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "site: output cache $CACHE; $ROUNDS rounds of ${SECONDS_PER_RUN} s, $CONNECTIONS connections; medians"
echo
header="| page | bytes"; rule="|---|---"
for server in "${SERVERS[@]}"; do header="$header | $server req/s | p50 | p99 | CPU µs/req"; rule="$rule|---|---|---|---"; done
for server in "${SERVERS[@]}"; do [ "$server" != nginx ] && { header="$header | $server / nginx req/s | $server / nginx CPU"; rule="$rule|---|---"; }; done
echo "$header |"; echo "$rule|"
for page in "${ORDER[@]}"; do
  row="| $page | $(stat -c %s "$WORK/www/$page.html")"
  declare -A rps=() cpu=()
  for server in "${SERVERS[@]}"; do
    for column in 4 5 6 7; do
      value=$(awk -v p="$page" -v s="$server" -v c="$column" '$2 == p && $3 == s { print $c }' "$WORK/results.txt" | median)
      case $column in 4) rps[$server]=$value; row="$row | $(printf '%.0f' "$value")" ;; 7) cpu[$server]=$value; row="$row | $value" ;; *) row="$row | ${value} ms" ;; esac
    done
  done
  for server in "${SERVERS[@]}"; do
    [ "$server" = nginx ] && continue
    row="$row | $(awk -v a="${rps[$server]}" -v b="${rps[nginx]}" 'BEGIN { printf "%.2f", a / b }') | $(awk -v a="${cpu[nginx]}" -v b="${cpu[$server]}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"
  done
  echo "$row |"
done
echo
echo "(X / nginx CPU is nginx's CPU time per request over X's: the requests/s ratio X would reach if both had the same share of core 0)"
for server in site base; do
  grep -q "^$server " "$WORK/rss.txt" && echo "$server peak RSS during the runs: $(awk -v s=$server '$1 == s { print $2 }' "$WORK/rss.txt" | sort -n | tail -1 | awk '{ printf "%.0f MB", $1 / 1024 }')"
done
echo "provision page: ${PAGES[provision]}"

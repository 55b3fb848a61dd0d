-- Counts the status codes of every response (wrk reports only "non-2xx or 3xx" as one number) and prints the
-- latency percentiles in a form bench/load.sh can read.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do
    table.insert(parts, status .. "=" .. count)
  end
  table.sort(parts)
  local errors = summary.errors
  io.write(string.format("LOAD requests=%d seconds=%.2f p50_ms=%.2f p99_ms=%.2f errors=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, table.concat(parts, ",")))
end

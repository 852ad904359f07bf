-- Search only: GET /api/v1/offers?q=… with ordinary German search words (percent-encoded), some with a facet filter.
local queries = { "Gabelstapler", "Lagerlogistik", "CNC", "Energiemanagement", "KI", "Reinraum", "Excel", "F%C3%BChrung",
                  "Kran", "Montage", "SPS", "Nachhaltigkeit", "Vertrieb", "Datenschutz", "Instandhaltung", "Schwei%C3%9Fen" }
local filters = { "", "&format=onsite", "&funding=azav", "&town=Dortmund&radiusKm=25", "&timeModel=parttime", "&sort=date" }
local counter = 0
-- WBR_LOAD_UNCACHED=1: every request differs (a price limit in cents above every price), so none is answered from the kept
-- results of an earlier equal search; this measures the search itself.
local uncached = os.getenv("WBR_LOAD_UNCACHED") == "1"
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

init = function(args)
  id = wrk.thread:get("id") or 0
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local f = filters[(counter % #filters) + 1]
  if uncached then f = f .. string.format("&maxPrice=%.2f", 900000 + ((counter * 16 + id) % 9999999) / 100) end
  return wrk.format("GET", "/api/v1/offers?q=" .. q .. f .. "&pageSize=10")
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end

-- Search only: GET /api/v1/offers?q=… with ordinary German search words (percent-encoded), some with a facet filter.
local queries = { "Gabelstapler", "Lagerlogistik", "CNC", "Energiemanagement", "KI", "Reinraum", "Excel", "F%C3%BChrung",
                  "Kran", "Montage", "SPS", "Nachhaltigkeit", "Vertrieb", "Datenschutz", "Instandhaltung", "Schwei%C3%9Fen" }
local filters = { "", "&format=onsite", "&funding=azav", "&town=Dortmund&radiusKm=25", "&timeModel=parttime", "&sort=date" }
local counter = 0

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local f = filters[(counter % #filters) + 1]
  return wrk.format("GET", "/api/v1/offers?q=" .. q .. f .. "&pageSize=10")
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end

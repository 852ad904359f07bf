-- Mixed traffic as people use the platform: search, role profiles, gap analysis, recommendations.
-- Query words are percent-encoded as a browser sends them. Paths use the demo region's REGIO model keys; queries are ordinary German search words.
local queries = { "Gabelstapler", "Lagerlogistik", "CNC", "Energiemanagement", "KI", "Reinraum", "Excel", "F%C3%BChrung",
                  "Kran", "Montage", "SPS", "Nachhaltigkeit", "Vertrieb", "Datenschutz", "Instandhaltung", "Schwei%C3%9Fen" }
local roles = { "fachkraft-lagerlogistik", "industriemechaniker", "mikrotechnologe", "energie-umweltmanager" }
local counter = 0

local function gap_body(role)
  return '{"roleId":"' .. role .. '","horizon":"now","ratings":[]}'
end

request = function()
  counter = counter + 1
  local kind = counter % 10
  local role = roles[(counter % #roles) + 1]
  if kind < 5 then
    local q = queries[(counter % #queries) + 1]
    return wrk.format("GET", "/api/v1/offers?q=" .. q .. "&pageSize=10")
  elseif kind < 7 then
    return wrk.format("GET", "/api/v1/roles/" .. role .. "/profile")
  elseif kind < 9 then
    return wrk.format("POST", "/api/v1/gap-analysis", { ["Content-Type"] = "application/json" }, gap_body(role))
  else
    return wrk.format("POST", "/api/v1/recommendations", { ["Content-Type"] = "application/json" },
      '{"roleId":"' .. role .. '","horizon":"now","ratings":[],"constraints":{"town":"Dortmund","radiusKm":50}}')
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end

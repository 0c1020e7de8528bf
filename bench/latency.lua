-- wrk script: the request of the command line (URL and -H headers), unchanged; prints "requests N",
-- "non2xx N", "p50_ms", "p95_ms", "p99_ms" and "rate" at the end (wrk --latency prints no p95).
-- Usage: wrk -t1 -c2 -d15s -s bench/latency.lua '<url>'
function done(summary, latency, requests)
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("non2xx %d\n", summary.errors.status))
    io.write(string.format("p50_ms %.2f\n", latency:percentile(50.0) / 1000))
    io.write(string.format("p95_ms %.2f\n", latency:percentile(95.0) / 1000))
    io.write(string.format("p99_ms %.2f\n", latency:percentile(99.0) / 1000))
    io.write(string.format("rate %.1f\n", summary.requests / (summary.duration / 1e6)))
end

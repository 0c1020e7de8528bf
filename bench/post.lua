-- wrk script: POST the JSON body in the file named by BENCH_BODY_FILE; prints "p95_ms N" at the end.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BENCH_BODY_FILE"), "r"))
wrk.body = f:read("*a")
f:close()

function done(summary, latency, requests)
    io.write(string.format("p95_ms %.2f\n", latency:percentile(95.0) / 1000))
end

#!/usr/bin/env bash
# Conversions benchmark (the conversions issue: "1,000 one-page PDFs: p95 latency and PDFs/s at 4
# concurrent requests"): BENCH_PDFS conversions of one purchase order (two lines) with the built-in
# template "Purchase order (PDF)", BENCH_CONCURRENCY at a time, each polled until completed; against the
# same number of uploads of a PDF of that size through POST /documents at the same concurrency. Runs its
# own Liberty (a copy of target/liberty/wlp on port 5996, control database procura_bench_conversions),
# its own Kafka (29192) and S3Proxy (28180), so a server, a test run, services.sh or bench/documents.sh
# on this machine are left alone; it stops all of them by pid and drops every database it made.
# Usage: bench/conversions-api.sh      (knobs: see bench/README.md; e.g. BENCH_PDFS=50)
set -euo pipefail
cd "$(dirname "$0")/.."

PDFS=${BENCH_PDFS:-1000}               # timed conversions, and timed baseline uploads
CONCURRENCY=${BENCH_CONCURRENCY:-4}    # clients at once
WARMUP=${BENCH_WARMUP:-20}             # untimed conversions and uploads before each timed run
POLL_MS=${BENCH_POLL_MS:-20}           # pause between two polls of a conversion
TIMEOUT=${BENCH_TIMEOUT:-120}          # seconds a conversion may take before it counts as failed
SETTLE=${BENCH_SETTLE:-300}            # seconds to wait for the server's background work between runs
POOL_SIZE=${BENCH_POOL_SIZE:-3}        # procura.tenants.pool-size (the application's default)
PORT=${BENCH_PORT:-5996}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29192}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29193}
S3_PORT=${BENCH_S3_PORT:-28180}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_conversions}
WLP=${BENCH_WLP:-/tmp/bench-conversions-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-conversions-logs}   # the server's logs are kept here after the run
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in PDFS CONCURRENCY POLL_MS TIMEOUT SETTLE POOL_SIZE PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[[ $WARMUP =~ ^[0-9]+$ ]] || { echo "BENCH_WARMUP must be a number" >&2; exit 2; }
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
RUN=$(date +%s)
WALL_START=$(date +%s)
PASSWORD="Bench-password-2026"
EMAIL="bench-conversions-$RUN-$$@example.com"
TENANT_POOL_SIZE=$POOL_SIZE            # read by write_service_overrides
# Copying, starting and stopping the bench server, psql, its own Kafka and S3Proxy, the account and the
# cleanup of its tenants: shared with the other benchmarks.
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }

require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-conversions.XXXXXX)
started_server=false
LIBERTY_PID=
CLIENT_PID=
USER_ID=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true

# ---------------------------------------------------------------- server copy
# No email leaves this run: every completed conversion asks for a download_ready notification, and
# the build's variables point SMTP at 127.0.0.1:3025, the GreenMail of the build's own services. So
# email notifications are off (in-app ones go on) and SMTP points at port 9, where nothing listens.
# messages.log in the SIMPLE format (the build's is JSON), for the log summary. Leases go stale after
# PT1M, the application's default (the build's PT6S is for the resume test). The platform administrator
# gets a random password of this run, so the log does not print a generated one.
prepare_server() {
    copy_server
    write_service_overrides conversions-api.sh "$(cat <<XML
    <variable name="procura.admin.password" value="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"/>
    <variable name="procura.notifications.email.enabled" value="false"/>
    <variable name="procura.smtp.host" value="127.0.0.1"/>
    <variable name="procura.smtp.port" value="9"/>
    <variable name="procura.jobs.lease-stale-after" value="PT1M"/>
    <variable name="procura.log.message-format" value="SIMPLE"/>
XML
)"
}

# ---------------------------------------------------------------- figures
# Nearest-rank percentile of a file of numbers.
pct() { sort -n "$1" | awk -v p="$2" '{a[NR] = $1} END {i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; printf "%.1f", a[i]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
field() { awk -v k="$2" '{for (i = 1; i < NF; i++) if ($i == k) {print $(i + 1); exit}}' "$1"; }   # "key value" pairs
per_s() { awk -v n="$1" -v ms="$2" 'BEGIN {if (ms > 0) printf "%.1f", n * 1000 / ms; else print "n/a"}'; }

# The load client (bench/ConversionLoad.java, JDK only), in the background so the cleanup can stop it.
client() {   # $1 = stdout file, then its arguments
    local to=$1; shift
    java -Xmx256m bench/ConversionLoad.java "$@" > "$to" 2> "$out/client.err" &
    CLIENT_PID=$!
    wait "$CLIENT_PID" || { CLIENT_PID=; cat "$out/client.err" >&2; return 1; }
    CLIENT_PID=
}

# Waits until the tenant is quiet: no conversion queued or running, no outbox row unsent, every file's
# text extracted (the file.process consumer). Prints the seconds it took.
settle() {
    local t0 k q
    t0=$(date +%s%N)
    for ((k = 0; k < SETTLE * 4; k++)); do
        q=$(tenant_sql "SELECT (SELECT count(*) FROM conversions WHERE status IN ('queued', 'running'))
                + (SELECT count(*) FROM outbox WHERE sent_at IS NULL) + (SELECT count(*) FROM files WHERE metadata IS NULL)")
        [ "$q" = 0 ] && break
        sleep 0.25
    done
    [ "$q" = 0 ] || echo "warning: still $q conversions, events or files pending after $SETTLE s" >&2
    awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}'
}

# ---------------------------------------------------------------- cleanup
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    [ -n "$CLIENT_PID" ] && stop_pid "$CLIENT_PID"
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    services stop > /dev/null
    # This run's tenant: the one its user created.
    drop_run_tenants
    # The server's logs are kept; the server copy, Kafka's and S3Proxy's data and the raw files go.
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (Kafka and S3Proxy data, latencies) and the server copy $WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 0. services, server, account, tenant, order
echo "Starting Kafka on $KAFKA and S3Proxy on $S3 (data in $out)…"
services start
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
prepare_server
start_server --clean
XMX=$(grep -o -- '-Xmx[0-9]*[kmgKMG]' "$WLP/usr/servers/procura/jvm.options" | head -1 || true)
sign_up_with_tenant Conversions "Bench conversions"
T=$B/api/v1/tenants/$TID
api() {   # $1 = method, $2 = path under the tenant, $3 = expected status, $4 = JSON body (optional); prints the answer
    local code
    code=$(curl -s -o "$out/answer.json" -w '%{http_code}' -X "$1" "$T$2" -H "Authorization: Bearer $TOKEN" \
        ${4:+-H 'Content-Type: application/json' -d "$4"})
    [ "$code" = "$3" ] || { echo "$1 $2 answered $code: $(head -c 500 "$out/answer.json")" >&2; return 1; }
    cat "$out/answer.json"
}
# One supplier and one purchase order with two lines, as the integration tests make them
# (support/Buying: supplierBody, orderBody, line).
# Orders name an existing, active cost centre.
api POST /cost-centres 201 '{"code":"IT","name":"Information technology"}' >/dev/null
SUPPLIER=$(api POST /suppliers 201 '{"code":"BENCH1","legal_name":"BENCH1 Supplies Ltd","currency":"EUR","country":"PT",
    "payment_terms":"NET 30","categories":["it","office"],
    "contacts":[{"name":"Ana Sales","email":"ana@bench1.example","role":"sales"}],
    "addresses":[{"type":"billing","line1":"Rua Augusta 1","city":"Lisboa","postal_code":"1100-048","country":"PT"}]}' | jq -r .id)
ORDER=$(api POST /purchase-orders 201 '{"supplier_id":"'"$SUPPLIER"'","currency":"EUR","cost_center":"IT",
    "expected_delivery_date":"'"$(date -u -d '+7 days' +%F)"'","lines":[
    {"item_code":"LAP-14","description":"LAP-14 item","quantity":2,"unit":"ea","unit_price":1000.00,"tax_rate":23},
    {"item_code":"DOCK-1","description":"DOCK-1 item","quantity":3,"unit":"ea","unit_price":150,"tax_rate":23}]}' | jq -r .id)
TEMPLATE=$(api GET "/templates?source_type=purchase_order&format=pdf&per_page=100" 200 |
    jq -r '.items[] | select(.name == "Purchase order (PDF)") | .id' | head -1)
[[ $TEMPLATE =~ ^[0-9a-f-]{36}$ ]] || { echo "no built-in template \"Purchase order (PDF)\"" >&2; exit 1; }

# One conversion by hand, untimed: its PDF is the baseline's file.
CID=$(api POST /conversions 202 '{"template_id":"'"$TEMPLATE"'","source":{"type":"purchase_order","ids":["'"$ORDER"'"]}}' | jq -r .id)
for ((k = 0; k < 1200; k++)); do
    status=$(api GET "/conversions/$CID" 200 | jq -r .status)
    [[ $status =~ ^(queued|running)$ ]] || break
    sleep 0.1
done
[ "$status" = completed ] || { echo "the first conversion ended $status: $(cat "$out/answer.json")" >&2; exit 1; }
URL=$(curl -sf "$T/conversions/$CID/download" -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' | jq -r .url)
curl -sf -o "$out/sample.pdf" "$URL"
[ "$(head -c 5 "$out/sample.pdf")" = "%PDF-" ] || { echo "the first conversion's file is not a PDF" >&2; exit 1; }
PDF_BYTES=$(stat -c %s "$out/sample.pdf")
PDF_PAGES=$(grep -ao '/Type */Page[^s]' "$out/sample.pdf" | wc -l || true)

# ---------------------------------------------------------------- 1. baseline: uploads of that PDF
# The baseline is POST /documents of the PDF the conversion makes (every upload a new content, so each
# stores a file: hashed, sent to S3, rows and events written), at the same concurrency. A conversion
# ends by storing its file through the same DocumentService.upload, so the ratio is what a conversion
# costs beyond storing the file: recording it, starting its batch job (job repository rows, a lease),
# reading the order, staging the rows, rendering the PDF, the events, and the polling. (GET of a
# completed conversion would be lighter, a read that stores nothing.)
echo "Baseline: $PDFS uploads of that $PDF_BYTES-byte PDF through POST /documents, $CONCURRENCY at a time (after $WARMUP untimed)…"
client "$out/upload-summary.txt" upload "$B" "$TOKEN" "$TID" "$out/sample.pdf" "$PDFS" "$CONCURRENCY" "$WARMUP" "$out/upload.txt"
SETTLE_UPLOADS=$(settle)

# ---------------------------------------------------------------- 2. conversions
echo "Conversions: $PDFS of the order into \"Purchase order (PDF)\", $CONCURRENCY at a time, each polled every $POLL_MS ms (after $WARMUP untimed)…"
before=$(tenant_sql "SELECT count(*) FROM conversions")
client "$out/convert-summary.txt" convert "$B" "$TOKEN" "$TID" "$TEMPLATE" "$ORDER" "$PDFS" "$CONCURRENCY" "$WARMUP" \
    "$POLL_MS" "$TIMEOUT" "$out/convert.txt"
SETTLE_CONVERSIONS=$(settle)

# ---------------------------------------------------------------- report
awk '$2 == "ok" {print $1}' "$out/convert.txt" > "$out/convert-ok-ms.txt"
awk '$2 == "ok" {print $1}' "$out/upload.txt" > "$out/upload-ok-ms.txt"
# The timed conversions as the server recorded them.
awk '$3 ~ /^[0-9a-f-]{36}$/ {printf "%s\x27%s\x27", (n++ ? "," : ""), $3}' "$out/convert.txt" > "$out/ids.txt"
ids=$(cat "$out/ids.txt")
tenant_sql "SELECT count(*), count(*) FILTER (WHERE status = 'completed'), count(*) FILTER (WHERE status = 'failed'),
        count(*) FILTER (WHERE attempts > 1), coalesce(round(avg(output_bytes)), 0), count(DISTINCT document_id)
    FROM conversions WHERE id IN (${ids:-NULL})" | tr '|' ' ' > "$out/server-counts.txt"
read -r S_ROWS S_COMPLETED S_FAILED S_RETRIED S_BYTES S_DOCS < "$out/server-counts.txt"
ALL_ROWS=$(tenant_sql "SELECT count(*) FROM conversions")
# Server-side times of the completed ones (ms): waiting for the job, the job, request → completed.
tenant_sql "SELECT round(extract(epoch FROM started_at - requested_at) * 1000, 1),
        round(extract(epoch FROM completed_at - started_at) * 1000, 1),
        round(extract(epoch FROM completed_at - requested_at) * 1000, 1)
    FROM conversions WHERE id IN (${ids:-NULL}) AND status = 'completed'" | tr '|' ' ' > "$out/server-ms.txt"
for c in 1 2 3; do awk -v c="$c" '{print $c}' "$out/server-ms.txt" > "$out/server-$c.txt"; done
read -r DOCS FILES < <(tenant_sql "SELECT count(*), count(DISTINCT file_id) FROM documents
    WHERE tags LIKE '%conversion%'" | tr '|' ' ')
C_WALL=$(field "$out/convert-summary.txt" wall_ms); U_WALL=$(field "$out/upload-summary.txt" wall_ms)
C_OK=$(field "$out/convert-summary.txt" ok); U_OK=$(field "$out/upload-summary.txt" ok)
C_FAILED=$(field "$out/convert-summary.txt" failed); U_FAILED=$(field "$out/upload-summary.txt" failed)
C_RATE=$(per_s "$C_OK" "$C_WALL"); U_RATE=$(per_s "$U_OK" "$U_WALL")
c50=$(pct "$out/convert-ok-ms.txt" 50); c95=$(pct "$out/convert-ok-ms.txt" 95); c99=$(pct "$out/convert-ok-ms.txt" 99)
u50=$(pct "$out/upload-ok-ms.txt" 50); u95=$(pct "$out/upload-ok-ms.txt" 95); u99=$(pct "$out/upload-ok-ms.txt" 99)
failure_kinds=$(awk '$2 == "failed" {print $NF}' "$out/convert.txt" "$out/upload.txt" | sort | uniq -c | sort -rn | head -5 || true)
log_summary
row() { printf '%-62s %8s %8s %8s %8s %7s\n' "$@"; }
cat <<REPORT

Procura conversions benchmark — $(nproc) cores; bench server port $PORT ($XMX), control database $CONTROL_DB,
tenant pool $POOL_SIZE connections; Kafka 4.3.1 on $KAFKA and S3Proxy (filesystem under /tmp) on $S3, both started by this run
application: $BUILD

$PDFS conversions of one purchase order (2 lines) with "Purchase order (PDF)": a $PDF_BYTES-byte PDF of $PDF_PAGES page(s);
$CONCURRENCY clients at once (Java HttpClient, HTTP/1.1, kept-alive connections), $WARMUP untimed before each run
$(row "" "p50 ms" "p95 ms" "p99 ms" "per s" "failed")
$(row "POST conversions → poll (every $POLL_MS ms) sees completed" "$c50" "$c95" "$c99" "$C_RATE" "$C_FAILED")
$(row "baseline: POST documents of a like PDF (new content each)" "$u50" "$u95" "$u99" "$U_RATE" "$U_FAILED")
  ratio conversion / upload: p50 $(ratio "$c50" "$u50"), p95 $(ratio "$c95" "$u95"), p99 $(ratio "$c99" "$u99"); throughput (PDFs/s / uploads/s) $(ratio "$C_RATE" "$U_RATE")
  runs: conversions $(awk -v m="$C_WALL" 'BEGIN {printf "%.1f", m / 1000}') s, $(field "$out/convert-summary.txt" polls) polls ($(field "$out/convert-summary.txt" poll_errors) not 200);
        uploads $(awk -v m="$U_WALL" 'BEGIN {printf "%.1f", m / 1000}') s, $(field "$out/upload-summary.txt" duplicates) answered as duplicates
  a conversion's latency includes up to one poll interval ($POLL_MS ms) and the poll's own request; an upload's is its request
  the server's rows of the timed conversions: $S_ROWS rows, $S_COMPLETED completed, $S_FAILED failed, $S_RETRIED started more than once;
        $ALL_ROWS conversions in the tenant in all (1 + $WARMUP warm-up + the timed ones); PDFs of $S_BYTES bytes on average
  their documents: $DOCS documents of conversions in the tenant, $FILES distinct files (the same content would share one)
$(row "server: requested → job started (requested_at → started_at)" "$(pct "$out/server-1.txt" 50)" "$(pct "$out/server-1.txt" 95)" "$(pct "$out/server-1.txt" 99)" "" "")
$(row "server: job started → completed" "$(pct "$out/server-2.txt" 50)" "$(pct "$out/server-2.txt" 95)" "$(pct "$out/server-2.txt" 99)" "" "")
$(row "server: requested → completed" "$(pct "$out/server-3.txt" 50)" "$(pct "$out/server-3.txt" 95)" "$(pct "$out/server-3.txt" 99)" "" "")
  background work after the last answer (text extraction of the files, events): $SETTLE_UPLOADS s after the uploads,
        $SETTLE_CONVERSIONS s after the conversions (until nothing is queued, unsent or unextracted)
${failure_kinds:+  failures by kind:
$failure_kinds
}
server log (kept in $LOG_COPY): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files
${log_lines:+most frequent error and warning lines:
$log_lines
}${ffdc_kinds:+FFDC exceptions:
$ffdc_kinds}
REPORT
# Rows of bench/RESULTS.md (bench/all.sh).
result "conversions of a 1-page PDF, p95 ms (c=$CONCURRENCY, $PDFS PDFs; POST → poll sees completed)" "$c95" \
    "POST documents of a like PDF: $u95" "$(ratio "$c95" "$u95")" "–"
result "conversions of a 1-page PDF, PDFs/s (c=$CONCURRENCY; failed: $C_FAILED)" "$C_RATE" \
    "uploads/s of a like PDF: $U_RATE" "$(ratio "$C_RATE" "$U_RATE")" "–"

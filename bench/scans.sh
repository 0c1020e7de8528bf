#!/usr/bin/env bash
# Logistics scan benchmark (issue 19): BENCH_EVENTS scan events (default 10,000) uploaded through
# POST /barcodes/scans in batches of BENCH_BATCH (default 100), one curl after another: each an SSCC
# element string "(00)…" of one of a shipment's 10 packages, context inspect, with its own device event
# id, so each is parsed, resolved to its package, claimed for idempotency and written to the partitioned
# scan_events table. Events/s over the wall time of all uploads. Then every batch is uploaded again: all
# duplicates, the idempotency check alone. The baseline (bench/ScanInsertBaseline.java) inserts the same
# number of rows into the same table with a plain JDBC batch of the same size, a commit per batch.
# Runs its own Liberty (port 5998, control database procura_bench_sc), Kafka (29696) and S3Proxy (28682),
# stops them by pid and drops every database it made. Prints the figures and writes the section
# "Logistics: scans" of bench/RESULTS.md.
# Usage: bench/scans.sh   (knobs: BENCH_EVENTS, BENCH_BATCH)
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${BENCH_EVENTS:-10000}
BATCH=${BENCH_BATCH:-100}
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29696}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29697}
S3_PORT=${BENCH_S3_PORT:-28682}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_sc}
WLP=${BENCH_WLP:-/tmp/bench-sc-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-sc-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in EVENTS BATCH PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[ "$BATCH" -le 500 ] || { echo "BENCH_BATCH must be at most 500" >&2; exit 2; }
COMMAND=bench/scans.sh
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-sc-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-sc.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true
failed=0

trap own_server_cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 1. server, tenant, shipment
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides scans.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"
sign_up_with_tenant Scans "Bench scans"

api() {   # $1 method, $2 path, $3 body (optional)
    curl -sf -X "$1" "$B/api/v1/tenants/$TID$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        ${3:+-d "$3"}
}
api POST /units '{"code": "ea", "name": "Each", "dimension": "count", "decimals": 0}' >/dev/null
api POST /items '{"code": "BENCH", "description": "Bench item", "type": "purchased", "base_unit": "ea"}' >/dev/null
api POST /customers '{"code": "BC-1", "legal_name": "Bench customer", "currency": "EUR"}' > "$out/customer.json"
api PUT /logistics/settings '{"gs1_company_prefix": "9506000"}' >/dev/null
CUSTOMER=$(jq -r .id "$out/customer.json")
PACKAGES=$(jq -nc '[range(1; 11) | {number: "P\(.)"}]')
api POST /shipments "{\"direction\": \"outbound\", \"customer_id\": \"$CUSTOMER\",
  \"lines\": [{\"item_code\": \"BENCH\", \"quantity\": 1}], \"packages\": $PACKAGES}" > "$out/shipment.json"
SHIPMENT=$(jq -r .id "$out/shipment.json")
jq -r '.packages[].sscc' "$out/shipment.json" > "$out/ssccs.txt"
[ "$(wc -l < "$out/ssccs.txt")" -eq 10 ] || { echo "the shipment has no 10 packages" >&2; failed=1; exit 1; }

BATCHES=$(( (EVENTS + BATCH - 1) / BATCH ))
echo "Writing $BATCHES batch bodies of $BATCH scans…"
AT=$(date -u -d '1 minute ago' +%Y-%m-%dT%H:%M:%SZ)
jq -R -s -c --argjson events "$EVENTS" --argjson batch "$BATCH" --arg at "$AT" --arg device "bench-$RUN" '
    split("\n") | map(select(length > 0)) as $ssccs
    | [range(0; $events) | {code: "(00)" + $ssccs[. % 10], context: "inspect", at: $at, device_id: $device,
                            device_event_id: ("e" + tostring)}]
    | [range(0; length; $batch) as $i | {scans: .[$i:$i + $batch]}] | .[]' "$out/ssccs.txt" |
    split -l 1 -d -a 4 - "$out/batch-"
upload() {   # $1 body file, $2 expected outcome count field: prints the milliseconds
    local code s
    read -r code s < <(curl -s -o "$out/last.json" -w '%{http_code} %{time_total}\n' -X POST "$B/api/v1/tenants/$TID/barcodes/scans" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "@$1")
    [ "$code" = 200 ] || { echo "POST /barcodes/scans answered $code: $(head -c 300 "$out/last.json")" >&2; failed=1; exit 1; }
    [ "$(jq ".$2" "$out/last.json")" = "$(jq '.scans | length' "$out/last.json")" ] ||
        { echo "not every scan was $2: $(jq -c '{recorded, duplicates, failed}' "$out/last.json")" >&2; failed=1; exit 1; }
    awk -v s="$s" 'BEGIN {printf "%.1f\n", s * 1000}'
}
p95() { sort -n | awk '{a[NR] = $1} END {i = int(NR * 0.95 + 0.999999); if (i < 1) i = 1; print a[i]}'; }

# ---------------------------------------------------------------- 2. through the API
echo "Uploading $EVENTS scans in $BATCHES batches…"
: > "$out/upload.txt"
T0=$(date +%s%3N)
for f in "$out"/batch-*; do upload "$f" recorded >> "$out/upload.txt"; done
API_MS=$(( $(date +%s%3N) - T0 ))
STORED=$(tenant_sql "SELECT count(*) FROM scan_events WHERE device_id = 'bench-$RUN'")
[ "$STORED" -eq "$EVENTS" ] || { echo "$STORED scan events stored, not $EVENTS" >&2; failed=1; }
API_RATE=$(awk -v n="$EVENTS" -v ms="$API_MS" 'BEGIN {printf "%.0f", n * 1000 / ms}')
API_P95=$(p95 < "$out/upload.txt")
echo "  $API_MS ms: $API_RATE events/s, p95 $API_P95 ms per batch"

echo "Uploading every batch again (all duplicates)…"
: > "$out/again.txt"
T0=$(date +%s%3N)
for f in "$out"/batch-*; do upload "$f" duplicates >> "$out/again.txt"; done
DUP_MS=$(( $(date +%s%3N) - T0 ))
DUP_RATE=$(awk -v n="$EVENTS" -v ms="$DUP_MS" 'BEGIN {printf "%.0f", n * 1000 / ms}')
STORED_AFTER=$(tenant_sql "SELECT count(*) FROM scan_events WHERE device_id = 'bench-$RUN'")
[ "$STORED_AFTER" -eq "$EVENTS" ] || { echo "the second upload stored $((STORED_AFTER - EVENTS)) more events" >&2; failed=1; }
echo "  $DUP_MS ms: $DUP_RATE events/s, nothing stored twice"
PARTITIONS=$(tenant_sql "SELECT count(*) FROM pg_inherits WHERE inhparent = 'scan_events'::regclass")

# ---------------------------------------------------------------- 3. baseline
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/lib/postgresql-*.jar' -d "$out/war"
JDBC=$(ls "$out"/war/WEB-INF/lib/postgresql-*.jar | head -1)
PACKAGE=$(jq -r '.packages[0].id' "$out/shipment.json")
read -r BASE_ROWS BASE_MS < <(java -cp "$JDBC" bench/ScanInsertBaseline.java \
    "jdbc:postgresql://127.0.0.1:5432/$TENANT_DB" "$EVENTS" "$BATCH" "$(head -1 "$out/ssccs.txt")" "$PACKAGE" "$SHIPMENT")
BASE_RATE=$(awk -v n="$BASE_ROWS" -v ms="$BASE_MS" 'BEGIN {printf "%.0f", n * 1000 / (ms > 0 ? ms : 1)}')
RATIO=$(awk -v a="$BASE_RATE" -v b="$API_RATE" 'BEGIN {printf "%.1f", a / b}')
echo "  baseline: $BASE_ROWS rows in $BASE_MS ms: $BASE_RATE rows/s; the API takes $RATIO× as long"
log_summary

report() {
    echo "Procura logistics scan benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "scans through POST /barcodes/scans: $EVENTS SSCC element strings, context inspect, $BATCH per batch, one upload after another:"
    echo "  $API_MS ms, $API_RATE events/s, p95 $API_P95 ms per batch ($STORED rows in scan_events, $PARTITIONS monthly partitions)"
    echo "the same batches again, every scan a duplicate: $DUP_MS ms, $DUP_RATE events/s, nothing stored twice"
    echo "baseline: plain JDBC batches of $BATCH rows into the same table, a commit each: $BASE_MS ms, $BASE_RATE rows/s"
    echo "ratio (baseline rate / API rate): $RATIO"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
{
    echo "## Logistics: scans"
    echo
    echo "Written by \`bench/scans.sh\` on $STARTED, commit \`$commit\`, on $(nproc) cores."
    echo "Command: \`$COMMAND\`."
    echo
    echo "| figure | value | baseline (plain JDBC batch insert) | ratio |"
    echo "| --- | --- | --- | --- |"
    echo "| $EVENTS scan events in batches of $BATCH through the API | $API_RATE events/s ($API_MS ms) | $BASE_RATE rows/s ($BASE_MS ms) | $RATIO |"
    echo "| the same batches again (all duplicates) | $DUP_RATE events/s ($DUP_MS ms) | | |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
result "$EVENTS scan events, batches of $BATCH (API)" "$API_RATE events/s" "$BASE_RATE rows/s (JDBC batch)" "$RATIO" "none set"
write_results_section "## Logistics: scans" "$out/section.md" "$RESULTS_MD"
echo "section \"Logistics: scans\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

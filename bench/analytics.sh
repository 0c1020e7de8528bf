#!/usr/bin/env bash
# Analytics benchmark (issue 17): one tenant with BENCH_ORDERS orders of 5 lines (default 200,000 = 1,000,000
# order lines), a receipt and an invoice (2 lines) per order (200,000 each), 100 suppliers, dated over the last
# 365 days, written straight into the tenant database. Then every /analytics/* endpoint over those 365 days by month:
# the first call (cold) and BENCH_CALLS more (warm), p95 by nearest rank; the built-in procurement dashboard's data
# (8 tiles) the same way. Targets (issue 17): analytics p95 <= 2 s cold, <= 200 ms warm; dashboard p95 <= 500 ms.
# Spend, receipts, price variances, ratings and processing times come from the analytics rollups (per-day rows
# kept by the analytics capability; see README "Analytics"). The data is written around the API, so no day is
# rolled up yet: a backfill pass reads each figure and the dashboard once over the year (each rebuilds the days it
# has never built, from the facts), timed and reported as the backfill; then the server is restarted, so "cold" is
# the first call after a server start with the rollups built, as on a tenant whose rollups have been kept by events.
# Last, a change row of today is written for each figure (what a write to today's documents leaves) and each of
# suppliers, savings and processing is called once more: the price of rebuilding one day from the facts. Savings
# is called after suppliers, which has already rebuilt the price variances they share (in the backfill too).
# Runs its own Liberty (port 5998, control database procura_bench_an), Kafka (29692) and S3Proxy (28680), stops
# them by pid and drops every database it made. Prints the figures and writes the section "Analytics" of
# bench/RESULTS.md.
# Usage: bench/analytics.sh   (knobs: BENCH_ORDERS, BENCH_CALLS)
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${BENCH_ORDERS:-200000}
CALLS=${BENCH_CALLS:-10}
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29692}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29693}
S3_PORT=${BENCH_S3_PORT:-28680}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_an}
WLP=${BENCH_WLP:-/tmp/bench-an-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-an-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in ORDERS CALLS PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
COMMAND=bench/analytics.sh
[ -n "${BENCH_ORDERS:-}" ] && COMMAND="BENCH_ORDERS=$BENCH_ORDERS $COMMAND"
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-an-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-an.XXXXXX)
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

# ---------------------------------------------------------------- 0. server, tenant, data
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides analytics.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"
sign_up_with_tenant Analytics "Bench analytics"

echo "Writing $ORDERS orders × 5 lines, $ORDERS receipts and $ORDERS invoices × 2 lines into $TENANT_DB…"
GEN_START=$(date +%s%3N)
psql_on "$TENANT_DB" -v ON_ERROR_STOP=1 -q <<SQL
SET synchronous_commit = off;
INSERT INTO suppliers (id, code, legal_name, currency, status, categories, created_at, updated_at)
SELECT md5('s' || s)::uuid, 'BS-' || s, 'Bench supplier ' || s, 'EUR', 'active',
       '|' || (ARRAY['metal','office','it','services'])[1 + s % 4] || '|', now(), now()
FROM generate_series(1, 100) s;
INSERT INTO purchase_orders (id, number, supplier_id, status, currency, cost_center, order_date,
        expected_delivery_date, subtotal, tax_total, total, created_by, submitted_at, approved_at, sent_at,
        created_at, updated_at)
SELECT md5('o' || o)::uuid, 'PO-B' || o, md5('s' || (1 + o % 100))::uuid, 'received', 'EUR', 'IT',
       current_date - (o % 365), current_date - (o % 365) + 10, 500, 0, 500, '$USER_ID'::uuid,
       now() - (o % 365) * interval '1 day', now() - (o % 365) * interval '1 day' + interval '3 hours',
       now() - (o % 365) * interval '1 day' + interval '5 hours',
       now() - (o % 365) * interval '1 day', now()
FROM generate_series(1, $ORDERS) o;
INSERT INTO purchase_order_lines (purchase_order_id, line_no, item_code, quantity, unit, unit_price, tax_rate,
        net_amount, tax_amount, total_amount)
SELECT md5('o' || o)::uuid, l, 'ITEM-' || l, 10, 'ea', 10, 0, 100, 0, 100
FROM generate_series(1, $ORDERS) o, generate_series(0, 4) l;
INSERT INTO receipts (id, number, purchase_order_id, received_on, received_by, created_at)
SELECT md5('r' || o)::uuid, 'GR-B' || o, md5('o' || o)::uuid, current_date - (o % 365) + (o % 14),
       '$USER_ID'::uuid, now() - (o % 365) * interval '1 day' + interval '3 days'
FROM generate_series(1, $ORDERS) o;
INSERT INTO receipt_lines (receipt_id, line, accepted_quantity, rejected_quantity)
SELECT md5('r' || o)::uuid, l + 1, CASE WHEN o % 10 = 0 THEN 9 ELSE 10 END, CASE WHEN o % 10 = 0 THEN 1 ELSE 0 END
FROM generate_series(1, $ORDERS) o, generate_series(0, 4) l;
INSERT INTO invoices (id, number, supplier_invoice_number, supplier_id, purchase_order_id, status, currency,
        invoice_date, subtotal, tax_total, total, created_by, created_at, updated_at)
SELECT md5('i' || o)::uuid, 'INV-B' || o, 'SI-' || o, md5('s' || (1 + o % 100))::uuid, md5('o' || o)::uuid,
       'matched', 'EUR', current_date - (o % 365) + 5, 200, 0, 200, '$USER_ID'::uuid,
       now() - (o % 365) * interval '1 day' + interval '5 days', now()
FROM generate_series(1, $ORDERS) o;
INSERT INTO invoice_lines (invoice_id, line_no, item_code, quantity, unit, unit_price, tax_rate, net_amount,
        tax_amount, total_amount)
SELECT md5('i' || o)::uuid, l, 'ITEM-' || l, 10, 'ea', 10 + (o % 3) * 0.1, 0, 100, 0, 100
FROM generate_series(1, $ORDERS) o, generate_series(0, 1) l;
ANALYZE;
SQL
GEN_MS=$(( $(date +%s%3N) - GEN_START ))
echo "  written in $((GEN_MS / 1000)) s"

# ---------------------------------------------------------------- 1. backfill, restart
FROM=$(date -u -d '364 days ago' +%F)
TO=$(date -u +%F)
p95() { sort -n | awk '{a[NR] = $1} END {r = int((95 * NR + 99) / 100); if (r < 1) r = 1; printf "%.0f", a[r]}'; }
time_call() {   # $1 path; prints milliseconds, fails on a status other than 200
    local line
    line=$(curl -s -o "$out/answer.json" -w '%{http_code} %{time_total}' "$B$1" -H "Authorization: Bearer $TOKEN")
    [ "${line%% *}" = 200 ] || { echo "GET $1 answered ${line%% *}: $(head -c 300 "$out/answer.json")" >&2; exit 1; }
    awk -v s="${line#* }" 'BEGIN {printf "%.0f\n", s * 1000}'
}
declare -A BACKFILL
BUILTIN=$(curl -sf "$B/api/v1/tenants/$TID/dashboards" -H "Authorization: Bearer $TOKEN" | jq -r '.items[0].id')
echo "Backfill: the first read of each figure builds its rollups from the facts (data written around the API)…"
for e in suppliers savings processing; do
    BACKFILL[$e]=$(time_call "/api/v1/tenants/$TID/analytics/$e?from=$FROM&to=$TO&interval=month")
    echo "  /analytics/$e backfill: ${BACKFILL[$e]} ms"
done
BACKFILL_DASH=$(time_call "/api/v1/tenants/$TID/dashboards/$BUILTIN/data")
echo "  dashboard data backfill (its other periods): $BACKFILL_DASH ms"
ROLLUP_ROWS=$(tenant_sql "SELECT (SELECT count(*) FROM analytics_spend_days) + (SELECT count(*) FROM analytics_receipt_days) + (SELECT count(*) FROM analytics_variance_days) + (SELECT count(*) FROM analytics_rating_days) + (SELECT count(*) FROM analytics_span_days)")
echo "  rollup rows: $ROLLUP_ROWS; restarting the server…"
stop_server
start_server
TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
[ -n "$TOKEN" ] || { echo "login after the restart failed" >&2; exit 1; }
echo "  server ready again in $((STARTUP_MS / 1000)) s"

# ---------------------------------------------------------------- 2. calls
declare -A COLD WARM
ENDPOINTS="suppliers savings approvals extraction conversion processing"
for e in $ENDPOINTS; do
    path="/api/v1/tenants/$TID/analytics/$e?from=$FROM&to=$TO&interval=month"
    COLD[$e]=$(time_call "$path")
    for ((i = 0; i < CALLS; i++)); do time_call "$path"; done > "$out/$e.ms"
    WARM[$e]=$(p95 < "$out/$e.ms")
    echo "  /analytics/$e: cold ${COLD[$e]} ms, warm p95 ${WARM[$e]} ms"
done
jq -e '.spend > 0' "$out/answer.json" >/dev/null 2>&1 || true
DASH_COLD=$(time_call "/api/v1/tenants/$TID/dashboards/$BUILTIN/data")
for ((i = 0; i < CALLS; i++)); do time_call "/api/v1/tenants/$TID/dashboards/$BUILTIN/data"; done > "$out/dash.ms"
DASH_WARM=$(p95 < "$out/dash.ms")
echo "  procurement dashboard (8 tiles): cold $DASH_COLD ms, warm p95 $DASH_WARM ms"
# What a write to today's documents leaves behind (a change row of today per rolled-up figure, as the
# EventWritten observer inserts), then one call each: the price of rebuilding that one day from the facts.
tenant_sql "INSERT INTO analytics_rollup_changes (kind, day) SELECT k, DATE '$TO' FROM unnest(ARRAY['spend', 'receipts', 'variances', 'ratings', 'processing']) k" >/dev/null
declare -A AFTER
for e in suppliers savings processing; do
    AFTER[$e]=$(time_call "/api/v1/tenants/$TID/analytics/$e?from=$FROM&to=$TO&interval=month")
done
echo "  after a change to today: suppliers ${AFTER[suppliers]} ms, savings ${AFTER[savings]} ms, processing ${AFTER[processing]} ms"
SPEND=$(curl -sf "$B/api/v1/tenants/$TID/analytics/suppliers?from=$FROM&to=$TO" -H "Authorization: Bearer $TOKEN" | jq -r .spend)
log_summary

verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t ? "met" : "MISSED")}'; }
report() {
    echo "Procura analytics benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "data: $ORDERS orders × 5 lines, $ORDERS receipts (5 lines), $ORDERS invoices (2 lines), 100 suppliers, 365 days; written in $GEN_MS ms"
    echo "period $FROM .. $TO by month; spend reported: $SPEND EUR"
    for e in $ENDPOINTS; do
        echo "/analytics/$e: cold ${COLD[$e]} ms ($(verdict "${COLD[$e]}" 2000) ≤ 2000), warm p95 of $CALLS ${WARM[$e]} ms ($(verdict "${WARM[$e]}" 200) ≤ 200)"
    done
    echo "procurement dashboard data (8 tiles): cold $DASH_COLD ms, warm p95 of $CALLS $DASH_WARM ms ($(verdict "$DASH_WARM" 500) ≤ 500)"
    echo "rollups: backfill (first read over the year, data written around the API) suppliers ${BACKFILL[suppliers]} ms, savings ${BACKFILL[savings]} ms, processing ${BACKFILL[processing]} ms, dashboard $BACKFILL_DASH ms; $ROLLUP_ROWS rollup rows; server restarted before the cold calls"
    echo "first call after a change to today (rebuilds that day from the facts): suppliers ${AFTER[suppliers]} ms, savings ${AFTER[savings]} ms, processing ${AFTER[processing]} ms"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
for e in $ENDPOINTS; do
    result "/analytics/$e warm p95, ms ($ORDERS orders × 5 lines)" "${WARM[$e]}" "cold: ${COLD[$e]}" "–" "≤ 200 ($(verdict "${WARM[$e]}" 200)); cold ≤ 2000 ($(verdict "${COLD[$e]}" 2000))"
done
result "procurement dashboard data (8 tiles) warm p95, ms" "$DASH_WARM" "cold: $DASH_COLD" "–" "≤ 500 ($(verdict "$DASH_WARM" 500))"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
{
    echo "## Analytics"
    echo
    echo "Written by \`bench/analytics.sh\` on $STARTED, commit \`$commit\`, on $(nproc) cores."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    for e in $ENDPOINTS; do
        echo "| /analytics/$e cold, ms | ${COLD[$e]} | – | – | ≤ 2000 ($(verdict "${COLD[$e]}" 2000)) |"
        echo "| /analytics/$e warm p95, ms | ${WARM[$e]} | – | – | ≤ 200 ($(verdict "${WARM[$e]}" 200)) |"
    done
    echo "| dashboard data (8 tiles) warm p95, ms | $DASH_WARM | – | – | ≤ 500 ($(verdict "$DASH_WARM" 500)) |"
    for e in suppliers savings processing; do
        SHARED=; [ "$e" = savings ] && SHARED="; price variances already rebuilt by suppliers"
        echo "| /analytics/$e one-off backfill (first read ever, data written around the API$SHARED), ms | ${BACKFILL[$e]} | – | – | – |"
        echo "| /analytics/$e first call after a change to today$SHARED, ms | ${AFTER[$e]} | – | – | – |"
    done
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Analytics" "$out/section.md" "$RESULTS_MD"
echo "section \"Analytics\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

#!/usr/bin/env bash
# Report benchmark (issue 17): one tenant with BENCH_ORDERS orders of 5 lines (default 200,000 = 1,000,000 order
# lines), written straight into the tenant database; a report of every order line (8 columns) run to XLSX through
# POST /reports/{id}/execute, its rows/s from the execution's own timing (started_at → finished_at: reading the
# records through the orders capability, rendering, storing the file), against a bare SXSSFWorkbook writing the same
# number of rows and columns to a file in the same run. Target (issue 17): ≥ 0.7 of the bare SXSSF rows/s.
# Runs its own Liberty (port 5998, control database procura_bench_rp), Kafka (29692) and S3Proxy (28680), stops
# them by pid and drops every database it made. Prints the figures and writes the section "Reports" of
# bench/RESULTS.md.
# Usage: bench/reports.sh   (knob: BENCH_ORDERS)
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${BENCH_ORDERS:-200000}
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29692}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29693}
S3_PORT=${BENCH_S3_PORT:-28680}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_rp}
WLP=${BENCH_WLP:-/tmp/bench-rp-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-rp-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in ORDERS PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
ROWS=$((ORDERS * 5))
COMMAND=bench/reports.sh
[ -n "${BENCH_ORDERS:-}" ] && COMMAND="BENCH_ORDERS=$BENCH_ORDERS $COMMAND"
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-rp-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-rp.XXXXXX)
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

# ---------------------------------------------------------------- 0. baseline (before the server takes memory)
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
    echo "Resolving the class path (mvn dependency:build-classpath)…"
    ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null 2>&1 \
        || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
    cp "$out/classpath.txt" "$CP_FILE.$$" && mv "$CP_FILE.$$" "$CP_FILE"
fi
javac -nowarn -d "$out/bench" -cp "$(cat "$CP_FILE")" bench/ReportXlsxBaseline.java
echo "Baseline: a bare SXSSFWorkbook writing $ROWS rows × 8 columns…"
read -r BASE_RATE BASE_S < <(java -Xmx512m -cp "$out/bench:$(cat "$CP_FILE")" ReportXlsxBaseline "$ROWS" "$out/baseline.xlsx")
BASE_MB=$(awk -v b="$(stat -c %s "$out/baseline.xlsx")" 'BEGIN {printf "%.1f", b / 1048576}')
echo "  $BASE_RATE rows/s ($BASE_S s, $BASE_MB MB)"
rm -f "$out/baseline.xlsx"

# ---------------------------------------------------------------- 1. server, tenant, data
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides reports.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.documents.max-bytes\" value=\"1073741824\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"
sign_up_with_tenant Reports "Bench reports"

echo "Writing $ORDERS orders × 5 lines into $TENANT_DB…"
GEN_START=$(date +%s%3N)
psql_on "$TENANT_DB" -v ON_ERROR_STOP=1 -q <<SQL
SET synchronous_commit = off;
INSERT INTO suppliers (id, code, legal_name, currency, status, categories, created_at, updated_at)
SELECT md5('s' || s)::uuid, 'BS-' || s, 'Bench supplier ' || s, 'EUR', 'active', '|it|', now(), now()
FROM generate_series(1, 100) s;
INSERT INTO purchase_orders (id, number, supplier_id, status, currency, cost_center, order_date,
        expected_delivery_date, subtotal, tax_total, total, created_by, created_at, updated_at)
SELECT md5('o' || o)::uuid, 'PO-B' || lpad(o::text, 7, '0'), md5('s' || (1 + o % 100))::uuid, 'sent', 'EUR', 'IT',
       current_date - (o % 365), current_date - (o % 365) + 10, 500, 0, 500, '$USER_ID'::uuid, now(), now()
FROM generate_series(1, $ORDERS) o;
INSERT INTO purchase_order_lines (purchase_order_id, line_no, item_code, quantity, unit, unit_price, tax_rate,
        net_amount, tax_amount, total_amount)
SELECT md5('o' || o)::uuid, l, 'ITEM-' || l, 10, 'ea', 10, 0, 100, 0, 100
FROM generate_series(1, $ORDERS) o, generate_series(0, 4) l;
ANALYZE;
SQL
GEN_MS=$(( $(date +%s%3N) - GEN_START ))
echo "  written in $((GEN_MS / 1000)) s"

# ---------------------------------------------------------------- 2. the report
api() {   # $1 method, $2 path, $3 body (optional)
    curl -sf -X "$1" "$B/api/v1/tenants/$TID$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        ${3:+-d "$3"}
}
REPORT=$(api POST /reports '{"name": "All order lines", "dataset": "purchase_order_line",
  "columns": ["number", "supplier_code", "order_date", "line", "item_code", "quantity", "unit_price", "net_amount"],
  "format": "xlsx"}' | jq -r .id)
EXECUTION=$(api POST "/reports/$REPORT/execute" '{}' | jq -r .id)
echo "Running the report ($ROWS rows to XLSX), execution $EXECUTION…"
while :; do
    api GET "/reports/$REPORT/executions/$EXECUTION" > "$out/execution.json"
    status=$(jq -r .status "$out/execution.json")
    [ "$status" = completed ] || [ "$status" = failed ] && break
    sleep 2
done
[ "$status" = completed ] || { echo "the report failed: $(jq -r .error "$out/execution.json")" >&2; failed=1; exit 1; }
REPORT_ROWS=$(jq -r .row_count "$out/execution.json")
REPORT_MS=$(jq -r .duration_ms "$out/execution.json")
REPORT_MB=$(jq -r '.output_bytes / 1048576 * 10 | floor / 10' "$out/execution.json")
REPORT_RATE=$(awk -v r="$REPORT_ROWS" -v ms="$REPORT_MS" 'BEGIN {printf "%.0f", r / (ms / 1000)}')
RATIO=$(awk -v a="$REPORT_RATE" -v b="$BASE_RATE" 'BEGIN {printf "%.2f", a / b}')
VERDICT=$(awk -v r="$RATIO" 'BEGIN {print (r >= 0.7 ? "met" : "MISSED")}')
[ "$REPORT_ROWS" -eq "$ROWS" ] || { echo "the report has $REPORT_ROWS rows, not $ROWS" >&2; failed=1; }
echo "  $REPORT_ROWS rows in $REPORT_MS ms: $REPORT_RATE rows/s, $REPORT_MB MB; ratio $RATIO"
log_summary

report() {
    echo "Procura report benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "data: $ORDERS orders × 5 lines, 100 suppliers; written in $GEN_MS ms"
    echo "report: dataset purchase_order_line, 8 columns, no conditions, no sort, XLSX"
    echo "report execution (started_at → finished_at): $REPORT_ROWS rows in $REPORT_MS ms = $REPORT_RATE rows/s, $REPORT_MB MB"
    echo "baseline: bare SXSSFWorkbook(100), same rows and columns, values generated: $BASE_RATE rows/s ($BASE_S s, $BASE_MB MB)"
    echo "ratio report / baseline: $RATIO (target ≥ 0.7: $VERDICT)"
    echo "  the report reads every order with its lines through the orders capability (JPA, 500 orders a"
    echo "  transaction), maps each to its API view, adds the supplier's fields, then renders (our XLSX renderer"
    echo "  alone runs at 0.58 of bare SXSSF: section 'Conversions: renderers') and stores the file in S3"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
{
    echo "## Reports"
    echo
    echo "Written by \`bench/reports.sh\` on $STARTED, commit \`$commit\`, on $(nproc) cores."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| report of $REPORT_ROWS order lines to XLSX, rows/s | $REPORT_RATE | bare SXSSF: $BASE_RATE | $RATIO | ≥ 0.7 ($VERDICT) |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Reports" "$out/section.md" "$RESULTS_MD"
echo "section \"Reports\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

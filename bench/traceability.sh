#!/usr/bin/env bash
# Production, quality and traceability benchmark (issue 18), against the targets of the issue:
#  1. genealogy: BENCH_WIDTH lots per level (default 3,301, a prime) over 11 levels (a received level 0 and 10 levels
#     made by work orders, work order j consuming lots 5j+1 and 7j+3 (mod W) of the level below and producing lot j:
#     two affine maps that do not commute, so a lot's descendants double with each level), 102,331 movements, written
#     straight into the tenant database; GET /traceability/genealogy 10 levels deep, forward from level-0 lots and
#     backward from level-10 lots, BENCH_CALLS calls each (different lots), p95 by nearest rank; target p95 ≤ 1 s;
#  2. recall: one supplier lot consumed by 1,000 work orders into 1,000 product lots, half of them issued to 50
#     customers; POST /traceability/recall-simulations {supplier_lot} timed BENCH_CALLS times (each saves its result);
#     target ≤ 5 s;
#  3. SPC: a variable characteristic with 10,000 subgroups of 5 (50,000 measurements) and one of sample size 1 with
#     10,000 measurements; GET /quality/spc-charts xbar_r, xbar_s and i_mr over all of them, BENCH_CALLS calls each after
#     one warm-up, p95; target p95 ≤ 300 ms.
# The baseline of each is the same recursive query, or the same measurement read, run by psql on the same data
# (the database's own time, without the server): its ratio says what the server adds.
# Runs its own Liberty (port 5998, control database procura_bench_tr), Kafka (29692) and S3Proxy (28680), stops
# them by pid and drops every database it made. Prints the figures and writes the section "Production, quality and
# traceability" of bench/RESULTS.md.
# Usage: bench/traceability.sh   (knobs: BENCH_WIDTH, BENCH_CALLS)
set -euo pipefail
cd "$(dirname "$0")/.."

WIDTH=${BENCH_WIDTH:-3301}
CALLS=${BENCH_CALLS:-20}
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29692}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29693}
S3_PORT=${BENCH_S3_PORT:-28680}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_tr}
WLP=${BENCH_WLP:-/tmp/bench-tr-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-tr-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in WIDTH CALLS PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
COMMAND=bench/traceability.sh
[ -n "${BENCH_WIDTH:-}" ] && COMMAND="BENCH_WIDTH=$BENCH_WIDTH $COMMAND"
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-tr-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-tr.XXXXXX)
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

# ---------------------------------------------------------------- 1. server, tenant, data
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides traceability.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"
sign_up_with_tenant Traceability "Bench traceability"

api() {   # $1 method, $2 path, $3 body (optional)
    curl -sf -X "$1" "$B/api/v1/tenants/$TID$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        ${3:+-d "$3"}
}
api POST /units '{"code": "ea", "name": "Each", "dimension": "count", "decimals": 0}' >/dev/null
api POST /units '{"code": "mm", "name": "Millimetre", "dimension": "length", "decimals": 3}' >/dev/null
api POST /items '{"code": "SPC-PART", "description": "SPC part", "type": "manufactured", "base_unit": "ea"}' >/dev/null

MOVES=$((WIDTH + 30 * WIDTH))
echo "Writing $MOVES genealogy movements ($WIDTH lots × 11 levels) and the recall data into $TENANT_DB…"
GEN_START=$(date +%s%3N)
psql_on "$TENANT_DB" -v ON_ERROR_STOP=1 -q <<SQL
SET synchronous_commit = off;
INSERT INTO lots (id, item_code, number, quantity, unit, status, supplier_id, supplier_lot, created_at, updated_at)
SELECT md5('l' || k || '-' || j)::uuid, 'BL' || k, 'L' || k || '-' || j, 10, 'ea', 'available',
       CASE WHEN k = 0 THEN md5('supplier')::uuid END, CASE WHEN k = 0 THEN 'SL-' || j END, now(), now()
FROM generate_series(0, 10) k, generate_series(0, $WIDTH - 1) j;
INSERT INTO stock_movements (id, kind, unit_kind, unit_id, item_code, quantity, document_type, document_id,
        document_number, party_id, moved_on, created_at)
SELECT md5('r' || j)::uuid, 'received', 'lot', md5('l0-' || j)::uuid, 'BL0', 12, 'receipt', md5('grn' || j)::uuid,
       'GRN-B' || j, md5('supplier')::uuid, current_date - 30, now()
FROM generate_series(0, $WIDTH - 1) j;
-- Work order (k, j) consumes lots (k-1, (5j+1) mod W) and (k-1, (7j+3) mod W) and produces lot (k, j).
INSERT INTO stock_movements (id, kind, unit_kind, unit_id, item_code, quantity, document_type, document_id,
        document_number, moved_on, created_at)
SELECT md5('m' || k || '-' || j || '-' || m)::uuid,
       CASE WHEN m = 2 THEN 'produced' ELSE 'consumed' END, 'lot',
       CASE m WHEN 0 THEN md5('l' || (k - 1) || '-' || ((5 * j + 1) % $WIDTH))::uuid
              WHEN 1 THEN md5('l' || (k - 1) || '-' || ((7 * j + 3) % $WIDTH))::uuid
              ELSE md5('l' || k || '-' || j)::uuid END,
       CASE WHEN m = 2 THEN 'BL' || k ELSE 'BL' || (k - 1) END, 1, 'work_order', md5('w' || k || '-' || j)::uuid,
       'WO-B' || k || '-' || j, current_date - 30 + k, now()
FROM generate_series(1, 10) k, generate_series(0, $WIDTH - 1) j, generate_series(0, 2) m;
-- Recall: supplier lot SL-RECALL into 1,000 products; every other product issued to one of 50 customers.
INSERT INTO currencies (code, name, decimals, created_at, updated_at) VALUES ('EUR', 'Euro', 2, now(), now())
ON CONFLICT (code) DO NOTHING;
INSERT INTO customers (id, code, legal_name, currency, status, created_at, updated_at)
SELECT md5('c' || c)::uuid, 'BC-' || c, 'Bench customer ' || c, 'EUR', 'active', now(), now()
FROM generate_series(1, 50) c;
INSERT INTO lots (id, item_code, number, quantity, unit, status, supplier_id, supplier_lot, created_at, updated_at)
VALUES (md5('raw')::uuid, 'RAW', 'R-1', 0, 'ea', 'consumed', md5('supplier')::uuid, 'SL-RECALL', now(), now());
INSERT INTO lots (id, item_code, number, quantity, unit, status, created_at, updated_at)
SELECT md5('p' || p)::uuid, 'PROD', 'P-' || p, CASE WHEN p % 2 = 0 THEN 0 ELSE 5 END, 'ea',
       CASE WHEN p % 2 = 0 THEN 'shipped' ELSE 'available' END, now(), now()
FROM generate_series(1, 1000) p;
INSERT INTO stock_movements (id, kind, unit_kind, unit_id, item_code, quantity, document_type, document_id,
        document_number, party_id, moved_on, created_at)
SELECT md5('rr')::uuid, 'received', 'lot', md5('raw')::uuid, 'RAW', 1000, 'receipt', md5('grn-raw')::uuid, 'GRN-RAW',
       md5('supplier')::uuid, current_date - 20, now()
UNION ALL
SELECT md5('rc' || p)::uuid, 'consumed', 'lot', md5('raw')::uuid, 'RAW', 1, 'work_order', md5('wp' || p)::uuid,
       'WO-P' || p, NULL, current_date - 10, now() FROM generate_series(1, 1000) p
UNION ALL
SELECT md5('rp' || p)::uuid, 'produced', 'lot', md5('p' || p)::uuid, 'PROD', 5, 'work_order', md5('wp' || p)::uuid,
       'WO-P' || p, NULL, current_date - 10, now() FROM generate_series(1, 1000) p
UNION ALL
SELECT md5('rs' || p)::uuid, 'shipped', 'lot', md5('p' || p)::uuid, 'PROD', 5, 'issue', md5('gi' || p)::uuid,
       'GI-B' || p, md5('c' || (1 + (p / 2) % 50))::uuid, current_date - 5, now()
FROM generate_series(2, 1000, 2) p;
ANALYZE;
SQL
GEN_MS=$(( $(date +%s%3N) - GEN_START ))
echo "  written in $((GEN_MS / 1000)) s"

# ---------------------------------------------------------------- timing helpers
timed() {   # $1 method, $2 path, $3 body: prints the milliseconds; the answer goes to $out/last.json
    local code s
    read -r code s < <(curl -s -o "$out/last.json" -w '%{http_code} %{time_total}\n' -X "$1" "$B/api/v1/tenants/$TID$2" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"})
    case $code in 2??) ;; *) echo "$1 $2 answered $code: $(head -c 300 "$out/last.json")" >&2; failed=1; exit 1 ;; esac
    awk -v s="$s" 'BEGIN {printf "%.1f\n", s * 1000}'
}
p95() { sort -n | awk '{a[NR] = $1} END {i = int(NR * 0.95 + 0.999999); if (i < 1) i = 1; print a[i]}'; }
db_ms() {   # the database's own time of a query (EXPLAIN ANALYZE execution time)
    psql_on "$TENANT_DB" -Atc "EXPLAIN (ANALYZE, FORMAT JSON) $1" | jq '.[0]["Execution Time"]'
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t ? "met" : "MISSED")}'; }

# ---------------------------------------------------------------- 2. genealogy
echo "Genealogy, 10 levels deep, $CALLS calls per direction…"
: > "$out/forward.txt"; : > "$out/backward.txt"
for ((i = 0; i < CALLS; i++)); do
    j=$(( (i * 997) % WIDTH ))
    timed GET "/traceability/genealogy?lot=L0-$j&item_code=BL0&direction=forward&depth=10" >> "$out/forward.txt"
    [ "$i" -eq 0 ] && FWD_NODES=$(jq '.nodes | length' "$out/last.json") && FWD_EDGES=$(jq '.edges | length' "$out/last.json")
    timed GET "/traceability/genealogy?lot=L10-$j&item_code=BL10&direction=backward&depth=10" >> "$out/backward.txt"
    [ "$i" -eq 0 ] && BWD_NODES=$(jq '.nodes | length' "$out/last.json") && BWD_EDGES=$(jq '.edges | length' "$out/last.json")
done
FWD_P95=$(p95 < "$out/forward.txt"); BWD_P95=$(p95 < "$out/backward.txt")
# Baseline: the bare recursive walk over the same movements (document links only, no nodes or names).
BASE_GEN=$(db_ms "WITH RECURSIVE walk(unit_id, depth) AS (
    SELECT md5('l0-0')::uuid, 0
    UNION
    SELECT p.unit_id, w.depth + 1 FROM walk w
    JOIN stock_movements c ON c.unit_id = w.unit_id AND c.kind = 'consumed'
    JOIN stock_movements p ON p.document_id = c.document_id AND p.kind = 'produced'
    WHERE w.depth < 10)
  SELECT count(*) FROM walk")
echo "  forward p95 $FWD_P95 ms ($FWD_NODES nodes, $FWD_EDGES edges), backward p95 $BWD_P95 ms ($BWD_NODES nodes, $BWD_EDGES edges); bare walk in the database $BASE_GEN ms"

# ---------------------------------------------------------------- 3. recall
echo "Recall of supplier lot SL-RECALL (1,000 products), $CALLS calls…"
: > "$out/recall.txt"
for ((i = 0; i < CALLS; i++)); do
    timed POST /traceability/recall-simulations '{"supplier_lot": "SL-RECALL"}' >> "$out/recall.txt"
done
RECALL_UNITS=$(jq '.result.units | length' "$out/last.json")
RECALL_CUSTOMERS=$(jq '.result.customers | length' "$out/last.json")
RECALL_WOS=$(jq '.result.work_orders | length' "$out/last.json")
RECALL_P95=$(p95 < "$out/recall.txt"); RECALL_MAX=$(sort -n "$out/recall.txt" | tail -1)
[ "$RECALL_UNITS" -ge 1001 ] || { echo "the recall found $RECALL_UNITS units, not 1,001" >&2; failed=1; }
echo "  p95 $RECALL_P95 ms, slowest $RECALL_MAX ms: $RECALL_UNITS units, $RECALL_WOS work orders, $RECALL_CUSTOMERS customers"

# ---------------------------------------------------------------- 4. SPC
echo "SPC charts of 10,000 points…"
PLAN=$(api POST /inspection-plans '{"item_code": "SPC-PART", "scope": "receipt", "characteristics": [
  {"code": "DIA", "name": "Diameter", "kind": "variable", "nominal": 10, "lower_spec": 9.9, "upper_spec": 10.1,
   "unit": "mm", "sample_size": 5},
  {"code": "LEN", "name": "Length", "kind": "variable", "nominal": 50, "lower_spec": 49.5, "upper_spec": 50.5,
   "unit": "mm", "sample_size": 1}]}')
PLAN_ID=$(jq -r .id <<<"$PLAN")
DIA=$(jq -r '.characteristics[] | select(.code == "DIA") | .id' <<<"$PLAN")
LEN=$(jq -r '.characteristics[] | select(.code == "LEN") | .id' <<<"$PLAN")
INSPECTION=$(api POST /inspections "{\"plan_id\": \"$PLAN_ID\", \"quantity\": 50000}" | jq -r .id)
psql_on "$TENANT_DB" -v ON_ERROR_STOP=1 -q <<SQL
SET synchronous_commit = off;
SELECT setseed(0.18);
INSERT INTO quality_measurements (id, inspection_id, characteristic_id, subgroup, value, passed, measured_at, recorded_at)
SELECT gen_random_uuid(), '$INSPECTION'::uuid, '$DIA'::uuid, g, round((10 + (random() + random() + random() - 1.5) * 0.04)::numeric, 6),
       true, now() - interval '20 days' + g * interval '1 minute', now()
FROM generate_series(1, 10000) g, generate_series(1, 5) s;
INSERT INTO quality_measurements (id, inspection_id, characteristic_id, subgroup, value, passed, measured_at, recorded_at)
SELECT gen_random_uuid(), '$INSPECTION'::uuid, '$LEN'::uuid, g, round((50 + (random() + random() + random() - 1.5) * 0.2)::numeric, 6),
       true, now() - interval '20 days' + g * interval '1 minute', now()
FROM generate_series(1, 10000) g;
ANALYZE quality_measurements;
SQL
FROM=$(date -u -d '30 days ago' +%F); TO=$(date -u +%F)
declare -A SPC_P95
for chart in xbar_r xbar_s i_mr; do
    ch=$DIA; [ "$chart" = i_mr ] && ch=$LEN
    timed GET "/quality/spc-charts?characteristic=$ch&chart=$chart&from=$FROM&to=$TO" > /dev/null
    points=$(jq '.series[0].points | length' "$out/last.json")
    [ "$points" -eq 10000 ] || { echo "$chart has $points points, not 10,000" >&2; failed=1; }
    : > "$out/spc-$chart.txt"
    for ((i = 0; i < CALLS; i++)); do
        timed GET "/quality/spc-charts?characteristic=$ch&chart=$chart&from=$FROM&to=$TO" >> "$out/spc-$chart.txt"
    done
    SPC_P95[$chart]=$(p95 < "$out/spc-$chart.txt")
    echo "  $chart: $points points, p95 ${SPC_P95[$chart]} ms"
done
BASE_SPC=$(db_ms "SELECT inspection_id, subgroup, value, measured_at FROM quality_measurements
  WHERE characteristic_id = '$DIA' ORDER BY measured_at")
log_summary

report() {
    echo "Procura production, quality and traceability benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "data: $MOVES genealogy movements ($WIDTH lots × 11 levels, two lots into one per work order, descendants doubling per level), 1,000 products of one"
    echo "  supplier lot (500 issued to 50 customers), 60,000 measurements; written in $GEN_MS ms"
    echo "genealogy forward from a level-0 lot, depth 10: p95 $FWD_P95 ms over $CALLS calls ($FWD_NODES nodes, $FWD_EDGES edges; target ≤ 1000 ms: $(verdict "$FWD_P95" 1000))"
    echo "genealogy backward from a level-10 lot, depth 10: p95 $BWD_P95 ms over $CALLS calls ($BWD_NODES nodes, $BWD_EDGES edges; target ≤ 1000 ms: $(verdict "$BWD_P95" 1000))"
    echo "  baseline: the bare recursive walk forward (unit ids only) in the database: $BASE_GEN ms"
    echo "recall simulation of a supplier lot in 1,000 products: p95 $RECALL_P95 ms, slowest $RECALL_MAX ms over $CALLS calls ($RECALL_UNITS units, $RECALL_WOS work orders, $RECALL_CUSTOMERS customers; target ≤ 5000 ms: $(verdict "$RECALL_MAX" 5000))"
    for chart in xbar_r xbar_s i_mr; do
        echo "SPC $chart, 10,000 points: p95 ${SPC_P95[$chart]} ms over $CALLS calls after one warm-up (target ≤ 300 ms: $(verdict "${SPC_P95[$chart]}" 300))"
    done
    echo "  baseline: reading the 50,000 measurements of the X̄ characteristic in the database: $BASE_SPC ms"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
{
    echo "## Production, quality and traceability"
    echo
    echo "Written by \`bench/traceability.sh\` on $STARTED, commit \`$commit\`, on $(nproc) cores."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline (database alone) | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| genealogy forward, depth 10, p95 | $FWD_P95 ms | bare walk: $BASE_GEN ms | $(ratio "$FWD_P95" "$BASE_GEN") | ≤ 1 s ($(verdict "$FWD_P95" 1000)) |"
    echo "| genealogy backward, depth 10, p95 | $BWD_P95 ms | bare walk: $BASE_GEN ms | $(ratio "$BWD_P95" "$BASE_GEN") | ≤ 1 s ($(verdict "$BWD_P95" 1000)) |"
    echo "| recall of a supplier lot in 1,000 products, slowest | $RECALL_MAX ms | | | ≤ 5 s ($(verdict "$RECALL_MAX" 5000)) |"
    for chart in xbar_r xbar_s i_mr; do
        echo "| SPC $chart of 10,000 points, p95 | ${SPC_P95[$chart]} ms | read: $BASE_SPC ms | $(ratio "${SPC_P95[$chart]}" "$BASE_SPC") | ≤ 300 ms ($(verdict "${SPC_P95[$chart]}" 300)) |"
    done
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Production, quality and traceability" "$out/section.md" "$RESULTS_MD"
echo "section \"Production, quality and traceability\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

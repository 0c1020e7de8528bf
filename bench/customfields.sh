#!/usr/bin/env bash
# Custom fields benchmark (issue 15): what 50 custom fields per record cost a list read, filtered on an indexed one.
# Two tenants of one user on the same server, with generated suppliers (SQL inserts):
#   (a) "plain": the same page without custom fields: 20 suppliers, no field defined; GET /suppliers?per_page=20
#       (a plain column filter would not do: the supplier list has no indexed equality filter to select 20 of many);
#   (b) "custom": BENCH_ROWS (20000) suppliers, BENCH_DEFINITIONS (500) supplier fields defined through the API (no
#       DDL: the one indexed field adds one expression index), every row holding values for BENCH_FIELDS (50); GET
#       /suppliers?cf.f001=42&per_page=20: filtered on the indexed integer field f001 (i % 1000: 20 rows match),
#       each row shown with its 50 values.
# Both lists answer 20 rows. wrk -t1 on each in turns, BENCH_ROUNDS rounds after a warm-up; the medians of
# p50/p95/p99 and req/s and the ratio p95(b) / p95(a) (the median of the rounds' ratios). Also: the time to define
# the fields and the indexes the table gained, the plan of the filtered query (index scan expected).
# Runs its own Liberty (a copy of target/liberty/wlp on port 5998, control database procura_bench_cf), Kafka (29592)
# and S3Proxy (28580), stops them by pid and drops every database it made. Prints the figures and writes the section
# "Custom fields" of bench/RESULTS.md.
# Usage: bench/customfields.sh   (knobs: BENCH_ROWS, BENCH_FIELDS, BENCH_DEFINITIONS, BENCH_DURATION,
#                                 BENCH_CONNECTIONS, BENCH_ROUNDS, BENCH_WARMUP_SECONDS)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-20000}
FIELDS=${BENCH_FIELDS:-50}
DEFINITIONS=${BENCH_DEFINITIONS:-500}
DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP_SECONDS:-40}
TARGET=1.25                              # p95 custom / p95 plain: "without slowdown", with room for 50 values per row
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29592}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29593}
S3_PORT=${BENCH_S3_PORT:-28580}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_cf}
WLP=${BENCH_WLP:-/tmp/bench-cf-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-cf-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in ROWS FIELDS DEFINITIONS DURATION CONNECTIONS ROUNDS WARMUP PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[ "$FIELDS" -le "$DEFINITIONS" ] || { echo "BENCH_FIELDS must not exceed BENCH_DEFINITIONS" >&2; exit 2; }
[ "$DEFINITIONS" -le 1000 ] || { echo "BENCH_DEFINITIONS: a record type takes at most 1000 fields" >&2; exit 2; }
COMMAND=bench/customfields.sh
for v in BENCH_ROWS BENCH_FIELDS BENCH_DEFINITIONS BENCH_WARMUP_SECONDS BENCH_ROUNDS BENCH_CONNECTIONS BENCH_DURATION; do
    if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
PLAN="bench-cf-$RUN"                     # no limits: the trial plan allows 100 custom fields
EMAIL="bench-cf-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-cf.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true
failed=0

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    $services_started && services stop > /dev/null
    drop_run_tenants
    if ! $CREATED_CONTROL && control_db_exists; then
        control_sql "DELETE FROM plans p WHERE p.code = '$PLAN' AND NOT EXISTS (SELECT 1 FROM tenant_plans tp WHERE tp.plan_id = p.id)" >/dev/null 2>&1
    fi
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out and the server copy $WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "n/a"}'; }
median() { sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else if (NR) print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
field() { awk -v k="$2" '$1 == k {print $2; exit}' "$1"; }
socket_errors() { awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}' "$1"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v != "n/a" && v != "" && v + 0 <= t ? "met" : "MISSED")}'; }
call() {   # $1 path, $2 JSON, $3 expected status, $4 method
    local code
    code=$(curl -s -o "$out/last.json" -w '%{http_code}' -X "${4:-POST}" "$B$1" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "$2")
    [ "$code" = "$3" ] || { echo "${4:-POST} $1 answered $code: $(head -c 500 "$out/last.json")" >&2; exit 1; }
}
load() {   # $1 = path, $2 = seconds, $3 = output file
    wrk -t1 -c"$CONNECTIONS" -d"$2s" --timeout 10s -H "Authorization: Bearer $TOKEN" -s bench/latency.lua "$B$1" > "$3"
}
fill() {   # $1 = tenant database, $2 = the custom_fields expression of row g, $3 = rows
    psql_on "$1" -Atc "
        INSERT INTO suppliers (id, code, legal_name, status, currency, country, payment_terms, categories,
                               contacts, addresses, notes, created_at, updated_at, version, custom_fields)
        SELECT gen_random_uuid(), 'S' || lpad(g::text, 7, '0'), 'Generated supplier ' || g, 'active', 'EUR', 'PT',
               'NET 30', '|it|', '[]', '[]', 'generated', now(), now(), 0, $2
        FROM generate_series(1, $3) g; ANALYZE suppliers" >/dev/null
}

# ---------------------------------------------------------------- 0. server, tenants, fields, rows
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides customfields.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"

sign_up_with_tenant CustomFields "Bench plain"
PLAIN_TID=$TID; PLAIN_DB=$TENANT_DB
call /api/v1/tenants '{"name":"Bench custom fields"}' 201
CF_TID=$(jq -r .id "$out/last.json")
CF_DB=$(control_sql "SELECT database_name FROM tenant_databases WHERE tenant_id = '$CF_TID'")
[[ $CF_DB =~ ^tenant_[0-9a-f]{32}$ ]] || { echo "no database for tenant $CF_TID" >&2; exit 1; }
# (b) on a plan without limits, so the plan's custom field limit does not stop the definitions.
ADMIN_TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"admin@procura.localhost\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
[ -n "$ADMIN_TOKEN" ] && [ "$ADMIN_TOKEN" != null ] || { echo "admin login failed" >&2; exit 1; }
USER_TOKEN=$TOKEN; TOKEN=$ADMIN_TOKEN
call /api/v1/admin/plans "{\"code\":\"$PLAN\",\"name\":\"Bench: no limits\",\"billing_model\":\"flat\",\"currency\":\"EUR\",\"unit_price\":0,\"grace_percent\":0,\"limits\":{}}" 201
call "/api/v1/admin/tenants/$CF_TID/plan" "{\"plan\":\"$PLAN\",\"reason\":\"bench/customfields.sh\"}" 200 PUT
TOKEN=$USER_TOKEN

indexes_before=$(psql_on "$CF_DB" -Atc "SELECT count(*) FROM pg_indexes WHERE tablename = 'suppliers'")
columns_before=$(psql_on "$CF_DB" -Atc "SELECT count(*) FROM information_schema.columns WHERE table_name = 'suppliers'")
echo "Defining $DEFINITIONS supplier fields through the API (f001 integer, indexed; then decimal, text, date in turns)…"
t0=$(date +%s%N)
for ((i = 1; i <= DEFINITIONS; i++)); do
    key=$(printf 'f%03d' "$i")
    case $((i % 3)) in 1) type=decimal ;; 2) type=text ;; 0) type=date ;; esac
    extra=""
    [ "$i" = 1 ] && { type=integer; extra=',"indexed":true'; }
    call "/api/v1/tenants/$CF_TID/custom-fields" "{\"entity_type\":\"supplier\",\"key\":\"$key\",\"label\":\"Field $i\",\"type\":\"$type\"$extra}" 201
done
DEFINE_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
indexes_after=$(psql_on "$CF_DB" -Atc "SELECT count(*) FROM pg_indexes WHERE tablename = 'suppliers'")
columns_after=$(psql_on "$CF_DB" -Atc "SELECT count(*) FROM information_schema.columns WHERE table_name = 'suppliers'")
LIVE=$(curl -sf "$B/api/v1/tenants/$CF_TID/custom-fields?entity_type=supplier&per_page=1" -H "Authorization: Bearer $TOKEN" | jq -r .total)
[ "$LIVE" = "$DEFINITIONS" ] || { echo "$LIVE fields defined, not $DEFINITIONS" >&2; exit 1; }
echo "  $DEFINITIONS fields in $((DEFINE_MS / 1000)) s; suppliers' columns $columns_before → $columns_after, indexes $indexes_before → $indexes_after"

# Row g of (b): f001 = g % 1000 (the indexed filter), then FIELDS - 1 more values of the defined types.
values="jsonb_build_object('f001', g % 1000)"
for ((i = 2; i <= FIELDS; i++)); do
    key=$(printf 'f%03d' "$i")
    case $((i % 3)) in
        1) v="round((g * $i % 10000) / 100.0, 2)" ;;
        2) v="'value ' || (g * $i % 997)" ;;
        0) v="to_char(date '2026-01-01' + (g % 365), 'YYYY-MM-DD')" ;;
    esac
    values="$values || jsonb_build_object('$key', $v)"
done
echo "Filling (a) with 20 suppliers, (b) with $ROWS suppliers of $FIELDS values each…"
fill "$PLAIN_DB" "'{}'::jsonb" 20
fill "$CF_DB" "$values" "$ROWS"
AVG_BYTES=$(psql_on "$CF_DB" -Atc "SELECT round(avg(pg_column_size(custom_fields))) FROM suppliers")
PLAIN_PATH="/api/v1/tenants/$PLAIN_TID/suppliers?per_page=20"
CF_PATH="/api/v1/tenants/$CF_TID/suppliers?cf.f001=42&per_page=20"
for p in "$PLAIN_PATH" "$CF_PATH"; do
    n=$(curl -sf "$B$p" -H "Authorization: Bearer $TOKEN" | jq '.items | length')
    [ "$n" = 20 ] || { echo "GET $p answered $n rows, not 20" >&2; exit 1; }
done
n=$(curl -sf "$B$CF_PATH" -H "Authorization: Bearer $TOKEN" | jq '.items[0].custom_fields | length')
[ "$n" = "$FIELDS" ] || { echo "a row of (b) shows $n values, not $FIELDS" >&2; exit 1; }
QUERY_PLAN=$(psql_on "$CF_DB" -Atc "EXPLAIN SELECT id FROM suppliers WHERE (custom_fields -> 'f001') = CAST('42' AS jsonb) ORDER BY code LIMIT 20" | paste -sd' ' | sed -E 's/  +/ /g')
grep -q "cf_suppliers_" <<<"$QUERY_PLAN" || echo "WARNING: the filtered query does not use the expression index: $QUERY_PLAN" >&2

# ---------------------------------------------------------------- 1. the reads
turns=$(( (WARMUP + 9) / 10 ))
echo "Warm-up: ${WARMUP}s per list in turns of 10 s…"
for ((turn = 1; turn <= turns; turn++)); do
    load "$PLAIN_PATH" 10 /dev/null
    load "$CF_PATH" 10 /dev/null
done
: > "$out/rounds.txt"
for ((k = 1; k <= ROUNDS; k++)); do
    if [ $((k % 2)) = 1 ]; then order="plain custom"; else order="custom plain"; fi
    for mode in $order; do
        f=$out/$mode-$k.txt
        if [ "$mode" = plain ]; then load "$PLAIN_PATH" "$DURATION" "$f"; else load "$CF_PATH" "$DURATION" "$f"; fi
        echo "$k $mode $(field "$f" p50_ms) $(field "$f" p95_ms) $(field "$f" p99_ms) $(field "$f" rate) $(field "$f" non2xx) $(socket_errors "$f") $(cut -d' ' -f1 /proc/loadavg)" >> "$out/rounds.txt"
        tail -1 "$out/rounds.txt"
    done
done
log_summary

# ---------------------------------------------------------------- report
med() { awk -v m="$1" -v c="$2" '$2 == m {print $c}' "$out/rounds.txt" | median; }
sum() { awk -v m="$1" -v c="$2" '$2 == m {s += $c} END {print s + 0}' "$out/rounds.txt"; }
for m in plain custom; do
    declare "P50_$m=$(med "$m" 3)" "P95_$m=$(med "$m" 4)" "P99_$m=$(med "$m" 5)" "RATE_$m=$(med "$m" 6)" \
        "NON2XX_$m=$(sum "$m" 7)" "ERRORS_$m=$(sum "$m" 8)"
done
ROUND_RATIOS=$(for ((k = 1; k <= ROUNDS; k++)); do
    ratio "$(awk -v k="$k" '$1 == k && $2 == "custom" {print $4}' "$out/rounds.txt")" \
          "$(awk -v k="$k" '$1 == k && $2 == "plain" {print $4}' "$out/rounds.txt")"; echo; done | paste -sd' ')
P95_RATIO=$(tr ' ' '\n' <<<"$ROUND_RATIOS" | { grep -v n/a || true; } | median)
P95_RATIO=$(awk -v r="$P95_RATIO" 'BEGIN {if (r == "") print "n/a"; else printf "%.3f", r}')
P50_RATIO=$(ratio "$P50_custom" "$P50_plain")
RATE_RATIO=$(ratio "$RATE_custom" "$RATE_plain")
VERDICT=$(verdict "$P95_RATIO" "$TARGET")
if [ "$NON2XX_plain$NON2XX_custom$ERRORS_plain$ERRORS_custom" != 0000 ]; then
    VERDICT="not valid (non-2xx or socket errors)"; failed=1
fi
report() {
    echo "Procura custom fields benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "application: $BUILD"
    echo "(a) 20 suppliers, no custom fields; (b) $ROWS suppliers, $DEFINITIONS supplier fields defined, each row holds $FIELDS values (avg $AVG_BYTES bytes of JSONB)"
    echo "defining $DEFINITIONS fields through the API: $((DEFINE_MS / 1000)) s ($(awk -v t="$DEFINE_MS" -v n="$DEFINITIONS" 'BEGIN {printf "%.1f", t / n}') ms each);"
    echo "  suppliers' columns $columns_before → $columns_after (no DDL), indexes $indexes_before → $indexes_after (the one indexed field)"
    echo "plan of the filtered query: $QUERY_PLAN"
    echo "wrk -t1 -c$CONNECTIONS, ${DURATION}s per run, $ROUNDS rounds in turns after ${WARMUP}s of warm-up per list; medians:"
    echo "  (a) plain:  GET /suppliers?per_page=20 of a tenant with 20 suppliers and no custom fields: the same page size"
    echo "  (b) custom: GET /suppliers?cf.f001=42&per_page=20, 20 of $ROWS rows match the indexed field, $FIELDS values shown per row"
    printf '  %-12s %9s %9s %9s %9s %8s %7s\n' "" "p50 ms" "p95 ms" "p99 ms" "req/s" "non-2xx" "errors"
    printf '  %-12s %9s %9s %9s %9s %8s %7s\n' "(a) plain" "$P50_plain" "$P95_plain" "$P99_plain" "$RATE_plain" "$NON2XX_plain" "$ERRORS_plain"
    printf '  %-12s %9s %9s %9s %9s %8s %7s\n' "(b) custom" "$P50_custom" "$P95_custom" "$P99_custom" "$RATE_custom" "$NON2XX_custom" "$ERRORS_custom"
    echo "  p95 (b) / (a), median of the rounds' ratios ($ROUND_RATIOS): $P95_RATIO, target ≤ $TARGET: $VERDICT"
    echo "  p50 ratio $P50_RATIO, req/s ratio $RATE_RATIO"
    echo "each run (round, list, p50, p95, p99, req/s, non-2xx, socket errors, load):"
    sed 's/^/  /' "$out/rounds.txt"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
result "GET /suppliers?cf.f001=42 p95 ms ($FIELDS values per row, $DEFINITIONS fields defined, c=$CONNECTIONS)" \
    "$P95_custom" "same list without custom fields: $P95_plain" "$P95_RATIO" "≤ $TARGET ($VERDICT)"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
{
    echo "## Custom fields"
    echo
    echo "Written by \`bench/customfields.sh\` on $STARTED, commit \`$commit\`, on $(nproc) cores."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| list p95 ms, filtered on an indexed custom field, $FIELDS values per row | $P95_custom | no custom fields: $P95_plain | $P95_RATIO | ≤ $TARGET ($VERDICT) |"
    echo "| list p50 ms | $P50_custom | $P50_plain | $P50_RATIO | – |"
    echo "| req/s | $RATE_custom | $RATE_plain | $RATE_RATIO | – |"
    echo "| defining $DEFINITIONS fields | $((DEFINE_MS / 1000)) s | – | – | no DDL: columns $columns_before → $columns_after |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Custom fields" "$out/section.md" "$RESULTS_MD"
echo "section \"Custom fields\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

#!/usr/bin/env bash
# Limit enforcement benchmark (issue 21): what checking a tenant's plan limits adds to an authenticated read.
# Two tenants of one user on the same server, each with one supplier created through the API:
#   (a) "unlimited": on a plan with no limit at all, so LimitEnforcement.admit only looks the plan up (cached)
#       and returns;
#   (b) "limited": on a plan with every limit set (API requests 1e9 a month, the other limits 1e9 too), so
#       every request also checks the tenant's API requests this month against the limit.
# The tenants swap plans from one round to the next, so that differences between the tenants themselves cancel.
# Both are metered alike (ApiUsageFilter counts every tenant-scoped request). wrk -t1 on
# GET /api/v1/tenants/{id}/suppliers/{sid} for each, alternately, BENCH_ROUNDS rounds after a warm-up; the
# medians of p50/p95/p99 and req/s, and the ratio p95(limited) / p95(unlimited) against the target ≤ 1.05: the
# median of the rounds' ratios (a round's two runs are adjacent in time), and the ratio of the medians.
# Runs its own Liberty (a copy of target/liberty/wlp on port 5998, control database procura_bench_limits),
# Kafka (29492) and S3Proxy (28480), stops them by pid and drops every database it made. Prints the figures
# and writes the section "Limit enforcement" of bench/RESULTS.md.
# Usage: bench/limits.sh      (knobs: BENCH_DURATION, BENCH_CONNECTIONS, BENCH_ROUNDS, BENCH_WARMUP_SECONDS)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-15}           # seconds per measured wrk run
CONNECTIONS=${BENCH_CONNECTIONS:-16}     # wrk connections
ROUNDS=${BENCH_ROUNDS:-3}                # rounds of (unlimited, limited), in alternating order
WARMUP=${BENCH_WARMUP_SECONDS:-60}       # seconds of untimed requests per tenant before the first round, in turns of
                                         # 10 s (on 2 cores the JIT takes 1.5–2 minutes to bring the rate to its plateau)
# procura.db.pool.max of the bench server: liberty/server.xml's default, 20, above the 16 connections. At or below
# the number of concurrent requests the control pool deadlocks whenever the access and plan caches expire together
# (each request holds the connection of its membership read and waits for a second one for the plan): runs without
# a single answer for tens of seconds. BENCH_CONTROL_POOL=10 (the other benchmarks' value) shows it.
CONTROL_POOL=${BENCH_CONTROL_POOL:-20}
TARGET=1.05                              # p95 limited / p95 unlimited
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29492}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29493}
S3_PORT=${BENCH_S3_PORT:-28480}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_limits}
WLP=${BENCH_WLP:-/tmp/bench-limits-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-limits-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in DURATION CONNECTIONS ROUNDS WARMUP CONTROL_POOL PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
COMMAND=bench/limits.sh
for v in BENCH_CONTROL_POOL BENCH_WARMUP_SECONDS BENCH_ROUNDS BENCH_CONNECTIONS BENCH_DURATION; do
    if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-limits-$RUN-$$@example.com"
UNLIMITED_PLAN="bench-unlimited-$RUN"
LIMITED_PLAN="bench-limited-$RUN"
HIGH=1000000000                          # every limit of the limited plan: never reached in a run
source bench/lib.sh
find_psql
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-limits.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
TID_1=
TID_2=
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
    # A control database that existed before the run is kept: take this run's plans and usage rows out of it.
    if ! $CREATED_CONTROL && control_db_exists; then
        local t
        for t in $TID_1 $TID_2; do
            control_sql "DELETE FROM usage_events WHERE tenant_id = '$t'; DELETE FROM usage_daily WHERE tenant_id = '$t';
                         DELETE FROM limit_alerts WHERE tenant_id = '$t'" >/dev/null 2>&1
        done
        control_sql "DELETE FROM plans p WHERE p.code IN ('$UNLIMITED_PLAN', '$LIMITED_PLAN')
                     AND NOT EXISTS (SELECT 1 FROM tenant_plans tp WHERE tp.plan_id = p.id)" >/dev/null 2>&1 &&
            echo "removed the plans $UNLIMITED_PLAN and $LIMITED_PLAN from $CONTROL_DB"
    fi
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (wrk outputs, Kafka and S3Proxy data) and the server copy $WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- helpers
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "n/a"}'; }
median() { sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else if (NR) print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
field() { awk -v k="$2" '$1 == k {print $2; exit}' "$1"; }   # "key value" lines of bench/latency.lua
socket_errors() { awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}' "$1"; }
run_line() {   # rounds.txt: round, mode, p50, p95, p99, req/s, non-2xx, socket errors, load average, requests, tenant
    awk '{printf "  round %s %-9s tenant %s  p50 %7s ms  p95 %7s ms  p99 %7s ms  %8s req/s  non-2xx %s  socket errors %s  load %s%s\n", $1, $2, $11, $3, $4, $5, $6, $7, $8, $9, ($10 == 0 ? "  NO ANSWER" : "")}'
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v != "n/a" && v != "" && v + 0 <= t ? "met" : "MISSED")}'; }

admin_login() {
    ADMIN_TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"admin@procura.localhost\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
    [ -n "$ADMIN_TOKEN" ] && [ "$ADMIN_TOKEN" != null ] || { echo "admin login failed" >&2; exit 1; }
}

# POST $2 (JSON) to $1 with $3 (token); fails unless the answer is $4; the body goes to $out/last.json.
call() {
    local code
    code=$(curl -s -o "$out/last.json" -w '%{http_code}' -X "${5:-POST}" "$B$1" -H "Authorization: Bearer $3" \
        -H 'Content-Type: application/json' -d "$2")
    [ "$code" = "$4" ] || { echo "${5:-POST} $1 answered $code: $(head -c 500 "$out/last.json")" >&2; exit 1; }
}

create_plan() {   # $1 = code, $2 = name, $3 = limits object
    call /api/v1/admin/plans "{\"code\":\"$1\",\"name\":\"$2\",\"billing_model\":\"flat\",\"currency\":\"EUR\",
        \"unit_price\":0,\"grace_percent\":0,\"limits\":$3}" "$ADMIN_TOKEN" 201
}

assign_plan() {   # $1 = tenant, $2 = plan code; checks the tenant's current plan afterwards
    call "/api/v1/admin/tenants/$1/plan" "{\"plan\":\"$2\",\"reason\":\"bench/limits.sh\"}" "$ADMIN_TOKEN" 200 PUT
    local now
    now=$(curl -sf "$B/api/v1/admin/tenants/$1/plan" -H "Authorization: Bearer $ADMIN_TOKEN" | jq -r .current.code)
    [ "$now" = "$2" ] || { echo "tenant $1 is on '$now', not on $2" >&2; exit 1; }
}

create_supplier() {   # $1 = tenant, $2 = code; prints the supplier's id
    call "/api/v1/tenants/$1/suppliers" "{\"code\":\"$2\",\"legal_name\":\"$2 Ltd\",\"currency\":\"EUR\",\"country\":\"PT\"}" "$TOKEN" 201
    jq -r .id "$out/last.json"
}

# One read checked by hand: 200, and no limit warning (a warning would mean the limited plan is near a limit).
check_read() {   # $1 = path, $2 = label
    local code
    code=$(curl -s -D "$out/check-$2.headers" -o "$out/check-$2.json" -w '%{http_code}' "$B$1" -H "Authorization: Bearer $TOKEN")
    [ "$code" = 200 ] || { echo "GET $1 answered $code: $(head -c 500 "$out/check-$2.json")" >&2; exit 1; }
    if grep -qi '^procura-limit-warning' "$out/check-$2.headers"; then
        echo "GET $1 carries a limit warning: $(grep -i '^procura-limit-warning' "$out/check-$2.headers")" >&2; exit 1
    fi
}

load() {   # $1 = path, $2 = seconds, $3 = output file
    wrk -t1 -c"$CONNECTIONS" -d"$2s" --timeout 10s -H "Authorization: Bearer $TOKEN" -s bench/latency.lua "$B$1" > "$3"
}

# Lines of the server's log saying a request waited in vain for a connection of the control pool.
pool_timeouts() {
    cat "$WLP/usr/servers/procura/logs"/messages*.log 2>/dev/null | grep -c 'J2CA0045E.*jdbc/control' || true
}

# The API requests of the month the control database has recorded for a tenant (flushed every 5 s).
metered() {
    control_sql "SELECT coalesce(sum(quantity), 0) FROM usage_daily WHERE tenant_id = '$1' AND meter = 'api_requests'
                 AND day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date"
}

# ---------------------------------------------------------------- 0. server, services, tenants, plans
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides limits.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.audit.signing-key\" value=\"$(head -c 32 /dev/urandom | base64)\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
sed -i -E "s#(name=\"procura.db.pool.max\" value=\")[0-9]+#\1$CONTROL_POOL#" "$(bench_overrides)"
grep -q "name=\"procura.db.pool.max\" value=\"$CONTROL_POOL\"" "$(bench_overrides)" || { echo "could not set procura.db.pool.max" >&2; exit 1; }
echo "Starting Kafka on $KAFKA and S3Proxy on $S3 (data in $out)…"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"

sign_up_with_tenant Limits "Bench limits 1"
TID_1=$TID
call /api/v1/tenants '{"name":"Bench limits 2"}' "$TOKEN" 201
TID_2=$(jq -r .id "$out/last.json")
[[ $(control_sql "SELECT database_name FROM tenant_databases WHERE tenant_id = '$TID_2'") =~ ^tenant_[0-9a-f]{32}$ ]] ||
    { echo "no database for tenant $TID_2" >&2; exit 1; }
admin_login
create_plan "$UNLIMITED_PLAN" "Bench: no limits" '{}'
create_plan "$LIMITED_PLAN" "Bench: every limit set, never reached" \
    "{\"members\":$HIGH,\"documents\":$HIGH,\"storage_bytes\":$((HIGH * 1000)),\"api_requests\":$HIGH,
      \"conversions\":$HIGH,\"emails\":$HIGH,\"custom_fields\":$HIGH,\"workflows\":$HIGH}"
LIMITS_SET=$(jq -r '.limits | length' "$out/last.json")
[ "$LIMITS_SET" = 8 ] || { echo "the limited plan has $LIMITS_SET limits, not 8: $(cat "$out/last.json")" >&2; exit 1; }
SID_1=$(create_supplier "$TID_1" LIM1)
SID_2=$(create_supplier "$TID_2" LIM2)
TIDS=("" "$TID_1" "$TID_2")
PATHS=("" "/api/v1/tenants/$TID_1/suppliers/$SID_1" "/api/v1/tenants/$TID_2/suppliers/$SID_2")

# The two tenants swap plans from one round to the next (tenant 1 has no limits in the warm-up and the odd
# rounds, tenant 2 in the even ones), so that what differs between the tenants themselves (their databases,
# their place in caches) falls on both sides. After a swap, SETTLE seconds of untimed reads on each.
SETTLE=10   # the first swap leaves the next seconds slower (its events, caches evicted, code run the first time)
ON_UNLIMITED=
put_plans() {   # $1 = the tenant (1 or 2) on the plan without limits
    [ "$ON_UNLIMITED" != "$1" ] || return 0
    local u=$1 l=$((3 - $1))
    assign_plan "${TIDS[$u]}" "$UNLIMITED_PLAN"
    assign_plan "${TIDS[$l]}" "$LIMITED_PLAN"
    check_read "${PATHS[$u]}" unlimited
    check_read "${PATHS[$l]}" limited
    ON_UNLIMITED=$u
}
path_of() {   # $1 = unlimited | limited
    if [ "$1" = unlimited ]; then echo "${PATHS[$ON_UNLIMITED]}"; else echo "${PATHS[$((3 - ON_UNLIMITED))]}"; fi
}
put_plans 1
echo "  tenant 1 $TID_1, tenant 2 $TID_2; plans $UNLIMITED_PLAN (no limits) and $LIMITED_PLAN ($LIMITS_SET limits of $HIGH)"

# ---------------------------------------------------------------- 1. the reads
turns=$(( (WARMUP + 9) / 10 ))
echo "Warm-up: ${WARMUP}s of reads per tenant, in $turns turns each…"
WARMUP_RATES=""
for ((turn = 1; turn <= turns; turn++)); do
    chunk=$(( WARMUP - (turn - 1) * 10 )); [ "$chunk" -le 10 ] || chunk=10
    load "$(path_of unlimited)" "$chunk" "$out/warmup-unlimited-$turn.txt"
    load "$(path_of limited)" "$chunk" "$out/warmup-limited-$turn.txt"
    WARMUP_RATES="$WARMUP_RATES $(field "$out/warmup-unlimited-$turn.txt" rate)/$(field "$out/warmup-limited-$turn.txt" rate)"
done
echo "  req/s of each turn, (a)/(b):$WARMUP_RATES"
METERED_10=$(metered "$TID_1"); METERED_20=$(metered "$TID_2")
POOL_TIMEOUTS_BEFORE=$(pool_timeouts)
echo "GET /api/v1/tenants/{id}/suppliers/{sid}, wrk -t1 -c$CONNECTIONS, ${DURATION}s per run, $ROUNDS rounds…"
: > "$out/rounds.txt"
for ((k = 1; k <= ROUNDS; k++)); do
    if [ $((k % 2)) = 1 ]; then
        order="unlimited limited"; put_plans 1
    else
        order="limited unlimited"; put_plans 2
    fi
    if [ "$k" -gt 1 ]; then   # the plans were swapped
        load "$(path_of unlimited)" "$SETTLE" /dev/null
        load "$(path_of limited)" "$SETTLE" /dev/null
    fi
    for mode in $order; do
        f=$out/$mode-$k.txt
        load "$(path_of "$mode")" "$DURATION" "$f"
        if [ "$mode" = unlimited ]; then t=$ON_UNLIMITED; else t=$((3 - ON_UNLIMITED)); fi
        echo "$k $mode $(field "$f" p50_ms) $(field "$f" p95_ms) $(field "$f" p99_ms) $(field "$f" rate) $(field "$f" non2xx) $(socket_errors "$f") $(cut -d' ' -f1 /proc/loadavg) $(field "$f" requests) $t" >> "$out/rounds.txt"
        tail -1 "$out/rounds.txt" | run_line
    done
done
POOL_TIMEOUTS_DURING=$(( $(pool_timeouts) - POOL_TIMEOUTS_BEFORE ))
sleep 6   # one usage flush (every 5 s) after the last request
METERED_1=$(metered "$TID_1"); METERED_2=$(metered "$TID_2")
log_summary

# ---------------------------------------------------------------- report
med() { awk -v m="$1" -v c="$2" '$2 == m {print $c}' "$out/rounds.txt" | median; }
sum() { awk -v m="$1" -v c="$2" '$2 == m {s += $c} END {print s + 0}' "$out/rounds.txt"; }
for m in unlimited limited; do
    declare "P50_$m=$(med "$m" 3)" "P95_$m=$(med "$m" 4)" "P99_$m=$(med "$m" 5)" "RATE_$m=$(med "$m" 6)" \
        "NON2XX_$m=$(sum "$m" 7)" "ERRORS_$m=$(sum "$m" 8)"
done
P95_RATIO_OF_MEDIANS=$(ratio "$P95_limited" "$P95_unlimited")
P50_RATIO=$(ratio "$P50_limited" "$P50_unlimited")
P99_RATIO=$(ratio "$P99_limited" "$P99_unlimited")
RATE_RATIO=$(ratio "$RATE_limited" "$RATE_unlimited")
ROUND_RATIOS=$(for ((k = 1; k <= ROUNDS; k++)); do
    ratio "$(awk -v k="$k" '$1 == k && $2 == "limited" {print $4}' "$out/rounds.txt")" \
          "$(awk -v k="$k" '$1 == k && $2 == "unlimited" {print $4}' "$out/rounds.txt")"; echo; done | paste -sd' ')
P95_RATIO=$(tr ' ' '\n' <<<"$ROUND_RATIOS" | { grep -v n/a || true; } | median)
P95_RATIO=$(awk -v r="$P95_RATIO" 'BEGIN {if (r == "") print "n/a"; else printf "%.3f", r}')
VERDICT=$(verdict "$P95_RATIO" "$TARGET")
# How far the rounds' ratios spread: wider than the difference under test, and one run cannot tell it from noise.
SPREAD=$(tr ' ' '\n' <<<"$ROUND_RATIOS" | { grep -v n/a || true; } | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {if (NR) printf "%s–%s", lo, hi}')
NOISE_NOTE=$(tr ' ' '\n' <<<"$ROUND_RATIOS" | { grep -v n/a || true; } | sort -g | awk -v t="$TARGET" -v s="$SPREAD" '
    NR == 1 {lo = $1} {hi = $1}
    END {if (NR && hi - lo > 2 * (t - 1)) printf "the rounds'"'"' p95 ratios spread over %s, wider than the %d%% under test: this run cannot tell such a difference from noise (more rounds narrow it)", s, (t - 1) * 100 + 0.5}')
EMPTY_RUNS=$(awk '$10 == 0' "$out/rounds.txt" | wc -l)
POOL_TIMEOUTS=$(pool_timeouts)
warning=""
if [ "$NON2XX_unlimited" != 0 ] || [ "$NON2XX_limited" != 0 ] || [ "$ERRORS_unlimited" != 0 ] || [ "$ERRORS_limited" != 0 ] ||
        [ "$EMPTY_RUNS" != 0 ] || [ "$POOL_TIMEOUTS_DURING" != 0 ]; then
    warning="WARNING: the measured runs had answers other than 2xx (unlimited $NON2XX_unlimited, limited $NON2XX_limited), socket errors or timeouts (unlimited $ERRORS_unlimited, limited $ERRORS_limited), runs without a single answer ($EMPTY_RUNS) or control pool timeouts in the server log ($POOL_TIMEOUTS_DURING): the comparison is not valid"
    VERDICT="not valid"
    failed=1
fi
report() {
    echo "Procura limit enforcement benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/Java \1/'))"
    echo "application: $BUILD"
    echo "bench server: port $PORT, control database $CONTROL_DB; Kafka $KAFKA and S3Proxy $S3 of this run; tenants on 127.0.0.1:5432"
    echo
    echo "GET /api/v1/tenants/{id}/suppliers/{sid} (one supplier, created through the API), one user's token, wrk -t1 -c$CONNECTIONS,"
    echo "${DURATION}s per run after ${WARMUP}s of warm-up per tenant; $ROUNDS rounds, (a) and (b) in turns (odd rounds (a) first,"
    echo "even rounds (b) first); medians of each figure over the rounds:"
    echo "  (a) unlimited: the tenant on plan $UNLIMITED_PLAN, no limit set: the check looks the tenant's plan up (cached) and returns"
    echo "  (b) limited:   the tenant on plan $LIMITED_PLAN, all $LIMITS_SET limits set to $HIGH (never reached): the check also"
    echo "                 compares the tenant's API requests this month (recorded total + this server's unrecorded count) with the limit"
    echo "  both tenants are metered alike (every tenant-scoped request is counted; counts recorded every 5 s)"
    echo "  the two tenants swap plans between rounds (PUT …/plan): tenant 1 is (a) in the warm-up and the odd rounds, tenant 2"
    echo "  in the even ones; after each swap ${SETTLE}s of untimed reads on each"
    echo "  warm-up, req/s of each turn, (a)/(b):$WARMUP_RATES"
    printf '  %-14s %9s %9s %9s %9s %8s %7s\n' "" "p50 ms" "p95 ms" "p99 ms" "req/s" "non-2xx" "errors"
    printf '  %-14s %9s %9s %9s %9s %8s %7s\n' "(a) unlimited" "$P50_unlimited" "$P95_unlimited" "$P99_unlimited" "$RATE_unlimited" "$NON2XX_unlimited" "$ERRORS_unlimited"
    printf '  %-14s %9s %9s %9s %9s %8s %7s\n' "(b) limited" "$P50_limited" "$P95_limited" "$P99_limited" "$RATE_limited" "$NON2XX_limited" "$ERRORS_limited"
    printf '  %-14s %9s %9s %9s %9s   (ratios of the medians)\n' "(b) / (a)" "$P50_RATIO" "$P95_RATIO_OF_MEDIANS" "$P99_RATIO" "$RATE_RATIO"
    echo "  p95 (b) / (a), median of the rounds' ratios: $P95_RATIO, target ≤ $TARGET: $VERDICT"
    echo "    per round: $ROUND_RATIOS; ratio of the median p95s: $P95_RATIO_OF_MEDIANS"
    [ -z "$NOISE_NOTE" ] || echo "    NOTE: $NOISE_NOTE"
    echo "  API requests recorded this month: tenant 1 $METERED_10 after the warm-up, $METERED_1 at the end; tenant 2 $METERED_20 and $METERED_2"
    echo "  control pool (procura.db.pool.max $CONTROL_POOL): $POOL_TIMEOUTS requests gave up waiting for a connection (J2CA0045E), $POOL_TIMEOUTS_DURING of them during the measured runs"
    [ -z "$warning" ] || echo "  $warning"
    echo
    echo "each run:"
    run_line < "$out/rounds.txt"
    echo "  (load: the 1-minute load average at the end of the run; the machine's other work shows there)"
    echo
    echo "server log (kept in $LOG_COPY): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files"
    [ -z "$log_lines" ] || { echo "most frequent error and warning lines:"; echo "$log_lines"; }
    [ -z "$ffdc_kinds" ] || { echo "FFDC exceptions:"; echo "$ffdc_kinds"; }
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time so far: $((wall / 60)) min $((wall % 60)) s; load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"

# ---------------------------------------------------------------- bench/RESULTS.md
result "tenant-scoped GET /tenants/{id}/suppliers/{sid} p95 ms (c=$CONNECTIONS), tenant on a plan with every limit set" \
    "$P95_limited" "same read, tenant on a plan with no limits: $P95_unlimited" "$P95_RATIO" "≤ $TARGET ($VERDICT)"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$([ -n "$(git status --porcelain -- src pom.xml liberty bench 2>/dev/null)" ] && echo " (with uncommitted changes)" || true)
{
    echo "## Limit enforcement"
    echo
    echo "Written by \`bench/limits.sh\` on $STARTED, commit \`$commit\`$dirty, on $(nproc) cores"
    echo "($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo))."
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "Compared: the same authenticated read, \`GET /api/v1/tenants/{id}/suppliers/{sid}\`, by the same user on the same"
    echo "server, for (a) a tenant on a plan with no limit set (enforcement looks the cached plan up and returns) and (b) a"
    echo "tenant on a plan with all 8 limits set to $HIGH, never reached (each request also checks the tenant's API requests"
    echo "this month against the limit). Both are metered. The two tenants swap plans between rounds, so each is (a) in some"
    echo "rounds and (b) in others. wrk -t1 -c$CONNECTIONS, ${DURATION}s per run, $ROUNDS rounds in turns after"
    echo "${WARMUP}s of warm-up per tenant; values are medians over the rounds. The p95 ratio is the median of the rounds' own ratios"
    echo "(per round: $ROUND_RATIOS; the ratio of the two median p95s is $P95_RATIO_OF_MEDIANS); the other ratios are ratios of the medians."
    echo "Control pool: procura.db.pool.max $CONTROL_POOL (liberty/server.xml's default), above the $CONNECTIONS connections: at 10 the pool"
    echo "deadlocks under this load (see bench/README.md)."
    [ -z "$NOISE_NOTE" ] || { echo; echo "Note: $NOISE_NOTE."; }
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| p95 ms, tenant on a plan with every limit set | $P95_limited | no limits: $P95_unlimited | $P95_RATIO | ≤ $TARGET ($VERDICT) |"
    echo "| p50 ms | $P50_limited | $P50_unlimited | $P50_RATIO | – |"
    echo "| p99 ms | $P99_limited | $P99_unlimited | $P99_RATIO | – |"
    echo "| req/s | $RATE_limited | $RATE_unlimited | $RATE_RATIO | – |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Limit enforcement" "$out/section.md" "$RESULTS_MD"
echo
echo "section \"Limit enforcement\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

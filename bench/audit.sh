#!/usr/bin/env bash
# Audit benchmark (issue 14): (a) PUT of a draft purchase order, p95 with the audit trail's change capture
# on (the default) vs off (procura.audit.capture-changes=false, a switch for this measurement only), the
# same number of requests at 2 connections, on a server of its own restarted between the two; (b) chain
# verification of 1,000,000 entries (bench/AuditVerify.java: AuditChain.append, checkpoints, AuditChain.verify)
# vs streaming the same rows and hashing each once. Runs its own Liberty (a copy of target/liberty/wlp on
# port 5998, control database procura_bench_audit), Kafka (29292) and S3Proxy (28280), so a server, a
# test run or another benchmark's services are left alone; stops them by pid and drops every database it
# made. Prints the figures and writes the section "Audit" of bench/RESULTS.md (replaced or appended).
# Usage: bench/audit.sh      (knobs: see bench/README.md; e.g. BENCH_REQUESTS=300 BENCH_VERIFY_ENTRIES=100000)
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${BENCH_REQUESTS:-3000}             # measured PUTs per mode and round
WARMUP=${BENCH_WARMUP:-500}                  # untimed PUTs before them, after each start
CONNECTIONS=${BENCH_CONNECTIONS:-2}          # clients (connections) of the load
ORDERS=${BENCH_ORDERS:-20}                   # draft orders the PUTs go round
ROUNDS=${BENCH_ROUNDS:-1}                    # rounds of (off, on); the median p95 of each mode is reported
SETTLE=${BENCH_SETTLE:-300}                  # seconds to wait for the relay to seal and send a run's events
ENTRIES=${BENCH_VERIFY_ENTRIES:-1000000}     # entries of the chain to verify
BATCH=${BENCH_VERIFY_BATCH:-5000}            # entries per AuditChain.append (one transaction)
CHECKPOINT_EVERY=${BENCH_VERIFY_CHECKPOINT:-1000}
VERIFY_RUNS=${BENCH_VERIFY_RUNS:-3}          # verifications (and baselines), in turns
PARTS=${BENCH_PARTS:-update verify}          # which of the two figures
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29292}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29293}
S3_PORT=${BENCH_S3_PORT:-28280}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_audit}
WLP=${BENCH_WLP:-/tmp/bench-audit-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-audit-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
XMX=${BENCH_XMX:-$(grep -o -- '-Xmx[0-9]*[kmgKMG]' liberty/jvm.options 2>/dev/null | head -1 | sed 's/^-Xmx//')}
XMX=${XMX:-512m}
P95_TARGET=1.1                               # on / off
VERIFY_TARGET_S=60
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in REQUESTS WARMUP CONNECTIONS ORDERS ROUNDS SETTLE ENTRIES BATCH CHECKPOINT_EVERY VERIFY_RUNS \
         PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[ "$ORDERS" -ge "$CONNECTIONS" ] || { echo "BENCH_ORDERS must be at least BENCH_CONNECTIONS (one order per request in flight)" >&2; exit 2; }
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
[[ $XMX =~ ^[0-9]+[kmgKMG]$ ]] || { echo "BENCH_XMX must look like 512m (got '$XMX')" >&2; exit 2; }
DO_UPDATE=false; DO_VERIFY=false
for p in $PARTS; do
    case $p in update) DO_UPDATE=true ;; verify) DO_VERIFY=true ;; *) echo "BENCH_PARTS: update and/or verify (got '$p')" >&2; exit 2 ;; esac
done
COMMAND=bench/audit.sh
for v in BENCH_PARTS BENCH_VERIFY_RUNS BENCH_VERIFY_CHECKPOINT BENCH_VERIFY_BATCH BENCH_VERIFY_ENTRIES BENCH_ROUNDS \
         BENCH_ORDERS BENCH_CONNECTIONS BENCH_WARMUP BENCH_REQUESTS; do
    if [ -n "${!v:-}" ]; then COMMAND="$v='${!v}' $COMMAND"; fi
done
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
EMAIL="bench-audit-$RUN-$$@example.com"
VERIFY_DB="bench_audit_verify_${RUN}_$$"
# Copying, starting and stopping the bench server, psql, its own Kafka and S3Proxy, the account, the
# cleanup of its tenants, result() and write_results_section(): shared with the other benchmarks.
source bench/lib.sh
find_psql
if $DO_UPDATE; then
    command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
    require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"
fi

out=$(mktemp -d /tmp/bench-audit.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true
failed=0

# ---------------------------------------------------------------- cleanup
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    $services_started && services stop > /dev/null
    if $DO_UPDATE; then
        drop_run_tenants
        keep_server_logs
    fi
    PGOPTIONS="-c client_min_messages=warning" psql_on postgres -c "DROP DATABASE IF EXISTS $VERIFY_DB WITH (FORCE)" >/dev/null 2>&1
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (load outputs, Kafka and S3Proxy data) and the server copy $WLP"
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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
field() { awk -v k="$2" '$1 == k {print $2; exit}' "$1"; }   # "key value" lines
median() { tr ', ' '\n\n' | sed '/^$/d' | sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
maximum() { tr ', ' '\n\n' | sed '/^$/d' | sort -n | tail -1; }

# The server's variables: this run's port, control database, Kafka and S3 (write_service_overrides), a
# random audit signing key of this run (no key file in the home directory), no email, messages.log in
# the SIMPLE format for the log summary; $1 = off: the change capture switched off.
prepare_overrides() {
    local extra
    extra="    <variable name=\"procura.admin.password\" value=\"$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')\"/>
    <variable name=\"procura.audit.signing-key\" value=\"$SIGNING_KEY\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>
    <!-- Keep the logs of every start of the run (Liberty keeps 2 files by default). -->
    <logging maxFiles=\"20\"/>"
    if [ "$1" = off ]; then
        extra="$extra
    <!-- Only to measure what the capture costs: audit entries then carry no changes. -->
    <variable name=\"procura.audit.capture-changes\" value=\"false\"/>"
    fi
    write_service_overrides audit.sh "$extra"
}

login() {
    TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    [ -n "$TOKEN" ] || { echo "login failed" >&2; return 1; }
}

api() {   # $1 = method, $2 = path under the tenant, $3 = expected status, $4 = JSON body (optional); prints the answer
    local code
    code=$(curl -s -o "$out/answer.json" -w '%{http_code}' -X "$1" "$B/api/v1/tenants/$TID$2" -H "Authorization: Bearer $TOKEN" \
        ${4:+-H 'Content-Type: application/json' -d "$4"})
    [ "$code" = "$3" ] || { echo "$1 $2 answered $code: $(head -c 500 "$out/answer.json")" >&2; return 1; }
    cat "$out/answer.json"
}

# Cost centre IT, one supplier and ORDERS draft orders of two lines (as bench/conversions-api.sh makes them); the paths
# of the orders go to $out/orders.txt.
make_orders() {
    local k order
    # Orders name an existing, active cost centre (added once per tenant).
    api POST /cost-centres 201 '{"code":"IT","name":"Information technology"}' >/dev/null
    SUPPLIER=$(api POST /suppliers 201 '{"code":"AUDIT1","legal_name":"AUDIT1 Supplies Ltd","currency":"EUR","country":"PT",
        "payment_terms":"NET 30","categories":["it","office"],
        "contacts":[{"name":"Ana Sales","email":"ana@audit1.example","role":"sales"}],
        "addresses":[{"type":"billing","line1":"Rua Augusta 1","city":"Lisboa","postal_code":"1100-048","country":"PT"}]}' | jq -r .id)
    [[ $SUPPLIER =~ ^[0-9a-f-]{36}$ ]] || { echo "no supplier id" >&2; return 1; }
    : > "$out/orders.txt"
    for ((k = 1; k <= ORDERS; k++)); do
        order=$(api POST /purchase-orders 201 '{"supplier_id":"'"$SUPPLIER"'","currency":"EUR","cost_center":"IT",
            "expected_delivery_date":"'"$(date -u -d '+7 days' +%F)"'","lines":[
            {"item_code":"LAP-14","description":"LAP-14 item","quantity":2,"unit":"ea","unit_price":1000.00,"tax_rate":23},
            {"item_code":"DOCK-1","description":"DOCK-1 item","quantity":3,"unit":"ea","unit_price":150,"tax_rate":23}]}' | jq -r .id)
        [[ $order =~ ^[0-9a-f-]{36}$ ]] || { echo "no order id" >&2; return 1; }
        echo "/api/v1/tenants/$TID/purchase-orders/$order" >> "$out/orders.txt"
    done
}

# Waits until the relay has sealed every outbox row into the audit trail and sent every event; prints the seconds.
settle() {
    local t0 k q=1
    t0=$(date +%s%N)
    for ((k = 0; k < SETTLE * 4; k++)); do
        q=$(tenant_sql "SELECT count(*) FROM outbox WHERE audited_at IS NULL OR (sent_at IS NULL AND parked_at IS NULL)")
        [ "$q" = 0 ] && break
        sleep 0.25
    done
    [ "$q" = 0 ] || echo "warning: still $q outbox rows unsealed or unsent after $SETTLE s" >&2
    awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}'
}

# One start of the server in mode $1 (on|off), round $2: WARMUP untimed, then REQUESTS timed PUTs
# (bench/OrderUpdateLoad.java); its figures, the settling time and the trail's entries of the run go to
# $out/put-$1-$2.txt.
measure_mode() {
    local mode=$1 round=$2 mark file=$out/put-$1-$2.txt
    prepare_overrides "$mode"
    if [ -z "$TID" ]; then
        start_server --clean
        sign_up_with_tenant Audit "Bench audit"
        make_orders
    else
        start_server
        login
    fi
    echo "  capture $mode (round $round): started in $((STARTUP_MS / 1000)) s; $WARMUP untimed, then $REQUESTS timed PUTs…"
    # One by hand first: a broken request fails here with its answer, not as thousands of non-2xx.
    api PUT "/purchase-orders/$(head -1 "$out/orders.txt" | sed 's|.*/||')" 200 '{"supplier_id":"'"$SUPPLIER"'","currency":"EUR",
        "cost_center":"IT","notes":"Bench check","lines":[{"item_code":"LAP-14","description":"LAP-14 item","quantity":1,
        "unit":"ea","unit_price":1000.00,"tax_rate":23}]}' >/dev/null
    mark=$(tenant_sql "SELECT coalesce(max(seq), 0) FROM audit_log")
    java -Xmx256m -cp "$out/client" OrderUpdateLoad "$B" "$TOKEN" "$out/orders.txt" "$SUPPLIER" \
        "$WARMUP" "$REQUESTS" "$CONNECTIONS" > "$file"
    echo "settle_s $(settle)" >> "$file"
    # The entries this run's events made (warm-up included): how many carry changes tells whether the capture was on.
    tenant_sql "SELECT count(*), count(changes), count(*) FILTER (WHERE action = 'purchase_order.updated'),
            count(*) FILTER (WHERE action = 'record.changed') FROM audit_log WHERE seq > $mark" | tr '|' ' ' |
        awk '{printf "entries %s\nwith_changes %s\nupdated_events %s\nchange_only %s\n", $1, $2, $3, $4}' >> "$file"
    stop_server
    printf '    p95 %s ms, p50 %s ms, %s req/s, statuses %s; %s audit entries, %s with changes\n' "$(field "$file" p95_ms)" \
        "$(field "$file" p50_ms)" "$(field "$file" rate)" "$(field "$file" statuses)" "$(field "$file" entries)" "$(field "$file" with_changes)"
}

# ---------------------------------------------------------------- 0. server copy (also the classes of part b)
echo "Preparing the bench server in $WLP…"
copy_server
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/classes/*' -d "$out/war"
mkdir -p "$out/client"
javac -nowarn -d "$out/client" bench/OrderUpdateLoad.java
SIGNING_KEY=$(head -c 32 /dev/urandom | base64)

# ---------------------------------------------------------------- (a) PO update, capture off vs on
if $DO_UPDATE; then
    echo "Starting Kafka on $KAFKA and S3Proxy on $S3 (data in $out)…"
    services_started=true
    services start
    echo "PUT /purchase-orders/{id}: $ROUNDS round(s) of capture off, then on; port $PORT, control database $CONTROL_DB"
    for ((round = 1; round <= ROUNDS; round++)); do
        measure_mode off "$round"
        measure_mode on "$round"
    done
    services stop > /dev/null
    services_started=false
    log_summary
fi

# ---------------------------------------------------------------- (b) chain verification
if $DO_VERIFY; then
    CP_FILE=target/bench-classpath.txt
    if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
        echo "Resolving the class path (mvn dependency:build-classpath)…"
        ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null 2>&1 \
            || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
        cp "$out/classpath.txt" "$CP_FILE.$$" && mv "$CP_FILE.$$" "$CP_FILE"
    fi
    echo "Chain verification: $ENTRIES entries appended through AuditChain.append ($BATCH a transaction, a checkpoint every $CHECKPOINT_EVERY)"
    echo "  into the throwaway database $VERIFY_DB, then $VERIFY_RUNS verifications and baselines in turns (-Xmx$XMX)…"
    if ! java "-Xmx$XMX" -cp "$out/war/WEB-INF/classes:$(cat "$CP_FILE")" bench/AuditVerify.java \
            "jdbc:postgresql://127.0.0.1:5432/" "$VERIFY_DB" "$ENTRIES" "$BATCH" "$CHECKPOINT_EVERY" "$VERIFY_RUNS" \
            > "$out/verify.txt" 2> >(tee "$out/verify.err" | grep --line-buffered -E '^  (appended|run) ' >&2); then
        sleep 1   # the progress filter may still be writing
        cat "$out/verify.txt" "$out/verify.err" >&2
        echo "AuditVerify failed" >&2
        exit 1
    fi
fi

# ---------------------------------------------------------------- figures
if $DO_UPDATE; then
    for mode in off on; do
        for ((round = 1; round <= ROUNDS; round++)); do field "$out/put-$mode-$round.txt" p95_ms; done | paste -sd, > "$out/p95-$mode.txt"
    done
    P95_OFF=$(median < "$out/p95-off.txt")
    P95_ON=$(median < "$out/p95-on.txt")
    P95_RATIO=$(ratio "$P95_ON" "$P95_OFF")
    P95_VERDICT=$(awk -v r="$P95_RATIO" -v t="$P95_TARGET" 'BEGIN {print (r != "n/a" && r <= t ? "met" : "MISSED")}')
fi
if $DO_VERIFY; then
    V=$out/verify.txt
    VERIFY_MEDIAN=$(field "$V" verify_runs | median)
    VERIFY_MAX=$(field "$V" verify_runs | maximum)
    BASE_MEDIAN=$(field "$V" baseline_runs | median)
    VERIFIED=$(field "$V" checked)
    VERIFY_RATE=$(awk -v n="$VERIFIED" -v s="$VERIFY_MEDIAN" 'BEGIN {if (s > 0) printf "%.0f", n / s; else print "n/a"}')
    BASE_RATE=$(awk -v n="$VERIFIED" -v s="$BASE_MEDIAN" 'BEGIN {if (s > 0) printf "%.0f", n / s; else print "n/a"}')
    VERIFY_RATIO=$(ratio "$VERIFY_MEDIAN" "$BASE_MEDIAN")
    # The target is for 1,000,000 entries: a smaller run is scaled to it (linear, as the walk is).
    VERIFY_1M=$(awk -v s="$VERIFY_MAX" -v n="$VERIFIED" 'BEGIN {if (n > 0) printf "%.1f", s * 1000000 / n; else print "n/a"}')
    VERIFY_VERDICT=$(awk -v s="$VERIFY_1M" -v t="$VERIFY_TARGET_S" 'BEGIN {print (s != "n/a" && s < t ? "met" : "MISSED")}')
    entries_fmt=$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$VERIFIED")
fi

report() {
    echo "Procura audit benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/Java \1/')"
    echo "application: $BUILD"
    if $DO_UPDATE; then
        echo
        echo "(a) PUT /api/v1/tenants/{id}/purchase-orders/{id} of a draft (2 lines, new notes and quantities each time),"
        echo "    $ORDERS drafts, $CONNECTIONS clients each going round its share (bench/OrderUpdateLoad.java, HTTP/1.1, kept-alive);"
        echo "    per start of the server: $WARMUP untimed, then $REQUESTS timed; p50/p95/p99 of every timed request (nearest rank)"
        echo "    server: port $PORT, control database $CONTROL_DB, Kafka and S3Proxy of this run; restarted for each mode"
        printf '    %-34s %8s %8s %8s %8s %8s %8s %9s %8s\n' "" "p50 ms" "p95 ms" "p99 ms" "req/s" "non-2xx" "errors" "entries" "changes"
        local mode round f label
        for ((round = 1; round <= ROUNDS; round++)); do
            for mode in off on; do
                f=$out/put-$mode-$round.txt
                label="capture on (default)"
                [ "$mode" = off ] && label="capture off (baseline)"
                [ "$ROUNDS" -gt 1 ] && label="$label, round $round"
                printf '    %-34s %8s %8s %8s %8s %8s %8s %9s %8s\n' "$label" "$(field "$f" p50_ms)" "$(field "$f" p95_ms)" \
                    "$(field "$f" p99_ms)" "$(field "$f" rate)" "$(field "$f" non2xx)" "$(field "$f" errors)" \
                    "$(field "$f" entries)" "$(field "$f" with_changes)"
            done
        done
        echo "    p95 on / off: $P95_ON / $P95_OFF ms = $P95_RATIO (target ≤ $P95_TARGET: $P95_VERDICT)$([ "$ROUNDS" -gt 1 ] && echo ", medians of $ROUNDS rounds")"
        echo "    entries: audit entries the run's events made (warm-up included); changes: how many carry changed fields."
        echo "    Sealing (audit_log, checkpoints), the search index and the relay to Kafka run in both modes, beside the"
        echo "    requests; the switch only stops ChangeCapture (EclipseLink change records → the outbox row's changes)."
        echo "    Seconds until the relay had sealed and sent everything after the last answer:$(for round in $(seq 1 "$ROUNDS"); do
            for mode in off on; do printf ' %s %s' "$mode" "$(field "$out/put-$mode-$round.txt" settle_s)"; done; done)"
        local bad=""
        for ((round = 1; round <= ROUNDS; round++)); do
            [ "$(field "$out/put-off-$round.txt" with_changes)" = 0 ] || bad="$bad; capture off round $round has entries with changes (the switch did not take)"
            [ "$(field "$out/put-on-$round.txt" with_changes)" != 0 ] || bad="$bad; capture on round $round has no entries with changes"
        done
        [ -z "$bad" ] || echo "    WARNING${bad}"
        echo "    server log (kept in $LOG_COPY): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files"
        [ -z "$log_lines" ] || { echo "    most frequent error and warning lines:"; sed 's/^/    /' <<<"$log_lines"; }
        [ -z "$ffdc_kinds" ] || { echo "    FFDC exceptions:"; sed 's/^/    /' <<<"$ffdc_kinds"; }
    fi
    if $DO_VERIFY; then
        echo
        echo "(b) AuditChain.verify of $entries_fmt entries (bench/AuditVerify.java, -Xmx$XMX, a throwaway database on 127.0.0.1:5432)"
        echo "    schema: $(sed -n 's/^schema //p' "$V")"
        echo "    appended through AuditChain.append, $BATCH per transaction: $(field "$V" append_s) s ($(field "$V" append_rate) entries/s);"
        echo "    $(field "$V" checkpoints) checkpoints (one every $CHECKPOINT_EVERY), $(sed -n 's/^signer //p' "$V")"
        echo "    entries: changes JSON of 2 fields, $(field "$V" avg_changes_bytes) bytes on average; details $(field "$V" avg_details_bytes) bytes;"
        echo "    audit_log $(field "$V" table_mb) MB, $(field "$V" total_mb) MB with its indexes (after VACUUM ANALYZE)"
        printf '    %-58s %9s %12s   %s\n' "" "median s" "entries/s" "runs (s)"
        printf '    %-58s %9s %12s   %s\n' "AuditChain.verify (in a transaction)" "$VERIFY_MEDIAN" "$VERIFY_RATE" "$(field "$V" verify_runs | sed 's/,/, /g')"
        printf '    %-58s %9s %12s   %s\n' "baseline: SELECT a::text … ORDER BY seq + SHA-256 of each" "$BASE_MEDIAN" "$BASE_RATE" "$(field "$V" baseline_runs | sed 's/,/, /g')"
        echo "    ratio verify / baseline (median): $VERIFY_RATIO; result: intact $(field "$V" intact), $(field "$V" checked) entries checked,"
        echo "    $(field "$V" checkpoints_verified) checkpoint signatures verified, $(field "$V" unsigned) entries after the last checkpoint"
        echo "    slowest verification $VERIFY_MAX s$([ "$VERIFIED" != 1000000 ] && echo ", scaled to 1,000,000 entries: $VERIFY_1M s"); target < $VERIFY_TARGET_S s: $VERIFY_VERDICT"
        echo "    (each run: the baseline, then the verification, on the same connection; fetch size 5,000 for both)"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo
    echo "wall time so far: $((wall / 60)) min $((wall % 60)) s; load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"

# ---------------------------------------------------------------- bench/RESULTS.md
summary() {   # the rows of the figures table: figure, value, baseline, ratio, target
    if $DO_UPDATE; then
        printf '%s\t%s\t%s\t%s\t%s\n' "PO update (PUT of a draft) p95 ms, audit change capture on (c=$CONNECTIONS, $REQUESTS requests)" \
            "$P95_ON" "capture off: $P95_OFF" "$P95_RATIO" "≤ $P95_TARGET ($P95_VERDICT)"
    fi
    if $DO_VERIFY; then
        printf '%s\t%s\t%s\t%s\t%s\n' "audit chain verification of $entries_fmt entries, s (median of $VERIFY_RUNS; slowest $VERIFY_MAX)" \
            "$VERIFY_MEDIAN" "SELECT + SHA-256 per row: $BASE_MEDIAN" "$VERIFY_RATIO" "< $VERIFY_TARGET_S s for 1,000,000 ($VERIFY_VERDICT)"
    fi
}
summary > "$out/summary.tsv"
while IFS=$'\t' read -r a b c d e; do result "$a" "$b" "$c" "$d" "$e"; done < "$out/summary.tsv"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$([ -n "$(git status --porcelain -- src pom.xml liberty bench 2>/dev/null)" ] && echo " (with uncommitted changes)" || true)
{
    echo "## Audit"
    echo
    echo "Written by \`bench/audit.sh\` on $STARTED, commit \`$commit\`$dirty, on $(nproc) cores"
    echo "($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo))."
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$out/summary.tsv"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Audit" "$out/section.md" "$RESULTS_MD"
echo
echo "section \"Audit\" written to $RESULTS_MD"

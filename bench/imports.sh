#!/usr/bin/env bash
# Bulk import benchmark (issue 16): 100,000 items from CSV through POST /imports (the master-import batch job:
# streamed rows, the items' own rules, 1,000-row chunks with their outcomes and checkpoint) against a plain JDBC batch
# insert of the same rows in the same run (bench/ItemInsertBaseline.java: 1,000-row batches and commits into a copy of
# the items table with its constraints and indexes, no validation, no events). Rows/s of each and the ratio
# (target >= 0.5); the server's heap sampled from /metrics every 0.5 s during the import (before, peak, after).
# Then the same file again in upsert mode (every row unchanged: nothing written).
# Runs its own Liberty (a copy of target/liberty/wlp on port 5998, control database procura_bench_imp), Kafka (29592)
# and S3Proxy (28580), with procura.documents.max-bytes at its default of 100 MiB (the build sets 8 MiB for tests), stops them by pid and drops every database it made. Prints the figures and writes the section
# "Bulk imports" of bench/RESULTS.md.
# Usage: bench/imports.sh   (knobs: BENCH_ROWS; BENCH_JFR=file records a Flight Recorder profile of the server during the import)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-100000}
WARMUP=${BENCH_WARMUP_ROWS:-50000}       # rows of the untimed warm-up, each into a table of its own (server: a second tenant)
TARGET=0.5                               # import rows/s / plain JDBC batch rows/s
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29592}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29593}
S3_PORT=${BENCH_S3_PORT:-28580}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_imp}
WLP=${BENCH_WLP:-/tmp/bench-imp-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-imp-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
[[ $WARMUP =~ ^[0-9]+$ ]] || { echo "BENCH_WARMUP_ROWS must be a number (got '$WARMUP')" >&2; exit 2; }
[ "$WARMUP" -le "$ROWS" ] || WARMUP=$ROWS
for v in ROWS PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
COMMAND=bench/imports.sh
if [ -n "${BENCH_WARMUP_ROWS:-}" ]; then COMMAND="BENCH_WARMUP_ROWS=$BENCH_WARMUP_ROWS $COMMAND"; fi
if [ -n "${BENCH_ROWS:-}" ]; then COMMAND="BENCH_ROWS=$BENCH_ROWS $COMMAND"; fi
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
EMAIL="bench-imp-$RUN-$$@example.com"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-imp.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true
failed=0
SAMPLER=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    echo
    echo "Cleaning up…"
    [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null
    $started_server && stop_server
    $services_started && services stop > /dev/null
    drop_run_tenants
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
call() {   # $1 path, $2 JSON, $3 expected status, $4 method
    local code
    code=$(curl -s -o "$out/last.json" -w '%{http_code}' -X "${4:-POST}" "$B$1" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "$2")
    [ "$code" = "$3" ] || { echo "${4:-POST} $1 answered $code: $(head -c 500 "$out/last.json")" >&2; exit 1; }
}
heap_mb() {   # the server's used heap now, MB
    local f=$out/metrics.$BASHPID.txt   # one file per caller: the sampler runs alongside
    curl -s "$B/metrics?scope=base" > "$f" || true   # (awk must not close a pipe on curl: exit 23)
    awk '/^memory_usedHeap_bytes/ && !done {printf "%.0f", $2 / 1048576; done = 1}' "$f"
}
live_heap_mb() {   # the used heap right after a full GC (jcmd GC.run), MB: what the server really holds
    jcmd "$LIBERTY_PID" GC.run >/dev/null 2>&1 || true
    heap_mb
}
millis() { date -d "$1" +%s%3N; }
run_import() {   # $1 = mode, $2 = dry run (false), $3 = document ($DOC); sets IMPORT (the finished import's JSON file)
    call "/api/v1/tenants/$TID/imports" "{\"entity\":\"items\",\"document_id\":\"${3:-$DOC}\",\"mode\":\"$1\",\"dry_run\":${2:-false}}" 202
    local id k
    id=$(jq -r .id "$out/last.json")
    for ((k = 0; k < 14400; k++)); do   # every 0.25 s (the job's own times are measured; polling costs the server)
        curl -sf "$B/api/v1/tenants/$TID/imports/$id" -H "Authorization: Bearer $TOKEN" > "$out/import-$1-${2:-false}.json"
        case $(jq -r .status "$out/import-$1-${2:-false}.json") in completed) break ;; failed) echo "import failed: $(cat "$out/import-$1-${2:-false}.json")" >&2; exit 1 ;; esac
        sleep 0.25
    done
    IMPORT=$out/import-$1-${2:-false}.json
}

# ---------------------------------------------------------------- 0. server, tenant, file
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
copy_server
write_service_overrides imports.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>
    <variable name=\"procura.documents.max-bytes\" value=\"104857600\"/>"
services_started=true
services start
start_server --clean
echo "  server ready in $((STARTUP_MS / 1000)) s"
sign_up_with_tenant Imports "Bench imports"
call "/api/v1/tenants/$TID/units" '{"code":"ea","name":"Each","dimension":"count","decimals":0}' 201

echo "Writing $ROWS items to $out/items.csv…"
awk -v n="$ROWS" 'BEGIN {
    print "code,description,type,base_unit,lead_time_days,standard_cost_amount,standard_cost_currency,lot_tracked"
    for (i = 1; i <= n; i++)
        printf "ITEM-%07d,Generated item %d for the import benchmark,purchased,ea,%d,%d.%02d,EUR,%s\n", i, i, i % 60, i % 500, i % 100, (i % 2 ? "true" : "false")
}' > "$out/items.csv"
FILE_BYTES=$(stat -c %s "$out/items.csv")
upload() {   # $1 = file; prints the document's id
    local code
    code=$(curl -s -o "$out/document.json" -w '%{http_code}' -X POST "$B/api/v1/tenants/$TID/documents" \
        -H "Authorization: Bearer $TOKEN" -H 'Expect:' -F "file=@$1;filename=$(basename "$1");type=text/csv")
    [ "$code" = 201 ] || { echo "upload of $1 answered $code: $(head -c 500 "$out/document.json")" >&2; exit 1; }
    jq -r .id "$out/document.json"
}
DOC=$(upload "$out/items.csv")
[[ $DOC =~ ^[0-9a-f-]{36}$ ]] || { echo "upload failed: $(head -c 500 "$out/document.json")" >&2; exit 1; }
if [ "$WARMUP" -gt 0 ]; then
    # The same import of the file's first rows into a second tenant of the same user, so the timed one
    # runs on a warm server and starts from an empty items table.
    echo "Warm-up: importing the first $WARMUP rows into a second tenant (untimed)…"
    MAIN_TID=$TID
    call /api/v1/tenants '{"name":"Bench imports warm-up"}' 201
    TID=$(jq -r .id "$out/last.json")
    call "/api/v1/tenants/$TID/units" '{"code":"ea","name":"Each","dimension":"count","decimals":0}' 201
    head -n $((WARMUP + 1)) "$out/items.csv" > "$out/warmup.csv"
    WARMUP_DOC=$(upload "$out/warmup.csv")
    t0=$(date +%s%N)
    run_import create false "$WARMUP_DOC"
    [ "$(jq -r .created "$IMPORT")" = "$WARMUP" ] || { echo "warm-up: $(cat "$IMPORT")" >&2; exit 1; }
    echo "  done in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    mv "$IMPORT" "$out/import-warmup.json"
    TID=$MAIN_TID
fi

# ---------------------------------------------------------------- 1. the import, heap sampled
LIVE_BEFORE=$(live_heap_mb)
HEAP_BEFORE=$(heap_mb)
( while true; do heap_mb >> "$out/heap.txt"; echo >> "$out/heap.txt"; sleep 0.5; done ) &
SAMPLER=$!
echo "Importing $ROWS items through POST /imports (create)…"
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$LIBERTY_PID" JFR.start name=import settings=profile filename="$BENCH_JFR" >/dev/null
fi
t0=$(date +%s%N)
run_import create
WALL_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
kill "$SAMPLER"; SAMPLER=
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$LIBERTY_PID" JFR.stop name=import >/dev/null
    echo "  Flight Recorder profile of the server during the import: $BENCH_JFR"
fi
HEAP_PEAK=$(grep -E '^[0-9]+$' "$out/heap.txt" | sort -n | tail -1)
HEAP_AFTER=$(heap_mb)
LIVE_AFTER=$(live_heap_mb)
CREATED=$(jq -r .created "$IMPORT"); REJECTED=$(jq -r .rejected "$IMPORT")
[ "$CREATED" = "$ROWS" ] || { echo "created $CREATED of $ROWS (rejected $REJECTED)" >&2; exit 1; }
JOB_MS=$(( $(millis "$(jq -r .finished_at "$IMPORT")") - $(millis "$(jq -r .started_at "$IMPORT")") ))
STORED=$(tenant_sql "SELECT count(*) FROM items")
[ "$STORED" = "$ROWS" ] || { echo "$STORED items stored, not $ROWS" >&2; exit 1; }
IMPORT_RATE=$(awk -v n="$ROWS" -v t="$JOB_MS" 'BEGIN {printf "%.0f", n * 1000 / t}')
echo "  $ROWS rows in $JOB_MS ms of job time ($WALL_MS ms from the request to seeing it completed): $IMPORT_RATE rows/s"

echo "The same file again in upsert mode (every row unchanged)…"
run_import upsert
UNCHANGED=$(jq -r .unchanged "$IMPORT")
[ "$UNCHANGED" = "$ROWS" ] || { echo "upsert: $UNCHANGED unchanged of $ROWS: $(cat "$IMPORT")" >&2; exit 1; }
UPSERT_MS=$(( $(millis "$(jq -r .finished_at "$IMPORT")") - $(millis "$(jq -r .started_at "$IMPORT")") ))

# ---------------------------------------------------------------- 2. the baseline
echo "Baseline: the same rows with a plain JDBC batch insert into a copy of the items table…"
# LIKE … INCLUDING ALL copies defaults, checks, the unique code and the indexes, but no foreign key: add the base unit's.
tenant_sql "CREATE TABLE items_baseline (LIKE items INCLUDING ALL);
            ALTER TABLE items_baseline ADD FOREIGN KEY (base_unit) REFERENCES units (code);
            CREATE TABLE items_baseline_warmup (LIKE items_baseline INCLUDING ALL);
            ALTER TABLE items_baseline_warmup ADD FOREIGN KEY (base_unit) REFERENCES units (code)" >/dev/null
# The PostgreSQL driver of the WAR under test: the one the tenant connection pools use.
mkdir -p "$out/war"
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/lib/postgresql-*.jar' -d "$out/war"
JDBC=$(ls "$out"/war/WEB-INF/lib/postgresql-*.jar | head -1)
read -r BASE_ROWS BASE_MS < <(java -cp "$JDBC" bench/ItemInsertBaseline.java \
    "jdbc:postgresql://127.0.0.1:5432/$TENANT_DB" items_baseline "$out/items.csv" "$WARMUP" items_baseline_warmup)
[ "$BASE_ROWS" = "$ROWS" ] || { echo "baseline inserted $BASE_ROWS rows" >&2; exit 1; }
BASE_RATE=$(awk -v n="$ROWS" -v t="$BASE_MS" 'BEGIN {printf "%.0f", n * 1000 / t}')
RATIO=$(ratio "$IMPORT_RATE" "$BASE_RATE")
VERDICT=$(awk -v v="$RATIO" -v t="$TARGET" 'BEGIN {print (v != "n/a" && v + 0 >= t ? "met" : "MISSED")}')
log_summary

report() {
    echo "Procura bulk import benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
    echo "application: $BUILD"
    echo "file: $ROWS items, $FILE_BYTES bytes of CSV (8 columns), uploaded as a document"
    echo "import (create): $JOB_MS ms of job time = $IMPORT_RATE rows/s; request to completed seen: $WALL_MS ms"
    echo "plain JDBC batch insert of the same rows (1000 per batch and commit): $BASE_MS ms = $BASE_RATE rows/s"
    echo "warm-up before each, untimed: the first $WARMUP rows the same way into a table of its own (the server: a second tenant)"
    echo "ratio import / JDBC: $RATIO, target ≥ $TARGET: $VERDICT"
    echo "server heap (used, MB): before $HEAP_BEFORE, peak during the import $HEAP_PEAK, after $HEAP_AFTER"
    echo "server heap after a full GC (live, MB): before the import $LIVE_BEFORE, after it $LIVE_AFTER"
    echo "the same file again (upsert, $UNCHANGED rows unchanged, nothing written): $UPSERT_MS ms"
    echo "server log: $log_errors errors, $log_warnings warnings, $ffdc FFDC files"
    echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"
result "bulk import rows/s ($ROWS items from CSV)" "$IMPORT_RATE" "plain JDBC batch: $BASE_RATE" "$RATIO" "≥ $TARGET ($VERDICT)"
result "bulk import: server heap after a full GC, MB" "$LIVE_AFTER" "before the import: $LIVE_BEFORE" "$(ratio "$LIVE_AFTER" "$LIVE_BEFORE")" "flat"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$([ -n "$(git status --porcelain -- src pom.xml liberty bench/imports.sh bench/ItemInsertBaseline.java 2>/dev/null)" ] && echo " (with uncommitted changes)" || true)
{
    echo "## Bulk imports"
    echo
    echo "Written by \`bench/imports.sh\` on $STARTED, commit \`$commit\`$dirty, on $(nproc) cores"
    echo "($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo))."
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Command: \`$COMMAND\`. How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| import of $ROWS items, rows/s | $IMPORT_RATE | plain JDBC batch insert: $BASE_RATE | $RATIO | ≥ $TARGET ($VERDICT) |"
    echo "| server heap used during the import, MB | peak $HEAP_PEAK | before: $HEAP_BEFORE | – | flat |"
    echo "| server heap after a full GC, MB | after the import: $LIVE_AFTER | before it: $LIVE_BEFORE | $(ratio "$LIVE_AFTER" "$LIVE_BEFORE") | flat |"
    echo "| the same file again (upsert, all unchanged), ms | $UPSERT_MS | – | – | – |"
    echo
    echo '```'
    cat "$out/report.txt"
    echo '```'
} > "$out/section.md"
write_results_section "## Bulk imports" "$out/section.md" "$RESULTS_MD"
echo "section \"Bulk imports\" written to $RESULTS_MD"
[ "$failed" -eq 0 ] || exit 1

#!/usr/bin/env bash
# Backup and restore benchmark (issue 21): a tenant database filled to BENCH_SIZE_MB (1024) with generated
# supplier rows (SQL inserts straight into the tenant database), then timed
# POST /api/v1/admin/tenants/{id}/backups and POST …/restores (target in_place) through the API until the
# job reports completed, in MB/s of the database's size; compared with pg_dump -Fc -Z0 of the same
# database to a file and pg_restore of that file into a new database (ratios). Runs its own Liberty (a
# copy of target/liberty/wlp on port 5998, control database procura_bench_backup), Kafka (29392) and
# S3Proxy (28380); stops them by pid and drops every database it made. The tenant database lives on the main
# cluster (5432); BENCH_OWN_CLUSTER=yes makes a PostgreSQL cluster of its own (BENCH_PG_PORT, 5434) and drops
# it afterwards. Prints the figures and writes the section "Backup and restore" of bench/RESULTS.md.
# Usage: bench/backup.sh      (knobs: BENCH_SIZE_MB, BENCH_REPEAT, BENCH_OWN_CLUSTER; e.g. BENCH_SIZE_MB=50 for a quick run)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${BENCH_SIZE_MB:-1024}
REPEAT=${BENCH_REPEAT:-1}
PORT=${BENCH_PORT:-5998}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29392}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29393}
S3_PORT=${BENCH_S3_PORT:-28380}
OWN_CLUSTER=${BENCH_OWN_CLUSTER:-auto}   # auto | yes | no: the tenant database on a cluster of this run's own
PG_PORT_OWN=${BENCH_PG_PORT:-5434}
PG_CLUSTER_NAME=bench_backup
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_backup}
WLP=${BENCH_WLP:-/tmp/bench-backup-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-backup-logs}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in SIZE_MB REPEAT PORT KAFKA_PORT CONTROLLER_PORT S3_PORT PG_PORT_OWN; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[[ $OWN_CLUSTER =~ ^(auto|yes|no)$ ]] || { echo "BENCH_OWN_CLUSTER must be auto, yes or no (got '$OWN_CLUSTER')" >&2; exit 2; }
COMMAND=bench/backup.sh
for v in BENCH_OWN_CLUSTER BENCH_REPEAT BENCH_SIZE_MB; do
    if [ -n "${!v:-}" ]; then COMMAND="$v='${!v}' $COMMAND"; fi
done
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
PASSWORD="Bench-password-2026"
ADMIN_PASSWORD="Bench-admin-$RUN"
EMAIL="bench-backup-$RUN-$$@example.com"
DUMP_DB="bench_backup_pgrestore_${RUN}_$$"
source bench/lib.sh
find_psql
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"
PG_BIN=$(dirname "$PSQL")

out=$(mktemp -d /tmp/bench-backup.XXXXXX)
started_server=false
services_started=false
LIBERTY_PID=
USER_ID=
TID=
TENANT_DB=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true
failed=0
TENANT_PORT=5432          # where the tenant database (and the pg_dump / pg_restore baseline) lives
own_cluster=false         # true once this run has made its own cluster
CLUSTER_NOTE="the main cluster (127.0.0.1:5432)"

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    $services_started && services stop > /dev/null
    drop_run_tenants
    keep_server_logs
    PGOPTIONS="-c client_min_messages=warning" tenant_cluster_sql postgres "DROP DATABASE IF EXISTS $DUMP_DB WITH (FORCE)" >/dev/null 2>&1
    if $own_cluster; then
        pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER_NAME" && echo "dropped this run's cluster $PG_VERSION/$PG_CLUSTER_NAME (port $TENANT_PORT) with its databases"
    fi
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (dump, Kafka and S3Proxy data) and the server copy $WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

seconds_since() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN {printf "%.2f", (b - a) / 1e9}'; }
rate() { awk -v mb="$1" -v s="$2" 'BEGIN {if (s > 0) printf "%.1f", mb / s; else print "n/a"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
median() { sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
# The job's own time in a status view (started_at → finished_at), without the queueing and the polling.
job_seconds() {
    local a b
    a=$(date -d "$(jq -r .started_at "$1")" +%s%N 2>/dev/null) && b=$(date -d "$(jq -r .finished_at "$1")" +%s%N 2>/dev/null) &&
        awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", (b - a) / 1e9}' || echo n/a
}

# The tenant's cluster: the main one, or this run's own (drop_run_tenants' DROP DATABASE, on 5432, then
# finds nothing to drop there, and the cluster goes as a whole).
tenant_cluster_sql() { local db=$1; shift; "$PSQL" -X -q -h 127.0.0.1 -p "$TENANT_PORT" -U postgres -d "$db" -Atc "$1"; }
tenant_sql() { tenant_cluster_sql "$TENANT_DB" "$1"; }

# Changesets of the main cluster's tenant template that the WAR's tenant changelog does not have: none since
# the template is named after the tenant schema version (procura_tenant_template_<version>, TenantTemplate.NAME),
# so a build with another changelog clones its own template. Kept so BENCH_OWN_CLUSTER=auto still reads the same.
template_ahead() {
    echo ""
}

# A cluster of this run's own on PG_PORT_OWN (trust for local and 127.0.0.1, the Debian defaults otherwise);
# the server's tenants go there, the control database stays on 5432.
make_own_cluster() {
    PG_VERSION=$(pg_lsclusters -h | awk '$2 == "main" {print $1; exit}')
    [ -n "$PG_VERSION" ] || PG_VERSION=$(basename "$(dirname "$PG_BIN")")
    if pg_lsclusters -h | awk -v v="$PG_VERSION" -v n="$PG_CLUSTER_NAME" '$1 == v && $2 == n' | grep -q .; then
        echo "  dropping $PG_VERSION/$PG_CLUSTER_NAME, left by an earlier run"
        pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER_NAME"
    fi
    require_free_ports "$PG_PORT_OWN"
    own_cluster=true
    pg_createcluster -q "$PG_VERSION" "$PG_CLUSTER_NAME" --port "$PG_PORT_OWN" --start \
        -- --auth-local=trust --auth-host=trust >/dev/null
    TENANT_PORT=$PG_PORT_OWN
    local k
    for ((k = 0; k < 100; k++)); do tenant_cluster_sql postgres "SELECT 1" >/dev/null 2>&1 && break; sleep 0.2; done
    tenant_cluster_sql postgres "SELECT 1" >/dev/null || { echo "the cluster on port $TENANT_PORT does not answer" >&2; exit 1; }
    sed -i -E "s#(name=\"procura.tenants.server.main.url\" value=\")jdbc:postgresql://localhost:5432/#\1jdbc:postgresql://localhost:$TENANT_PORT/#" \
        "$(bench_overrides)"
    grep -q "localhost:$TENANT_PORT/\"" "$(bench_overrides)" || { echo "could not point the tenants at port $TENANT_PORT" >&2; exit 1; }
}

admin_login() {
    ADMIN_TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"admin@procura.localhost\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .access_token)
    [ -n "$ADMIN_TOKEN" ] && [ "$ADMIN_TOKEN" != null ] || { echo "admin login failed" >&2; exit 1; }
}

# Rows of generated suppliers, straight into the tenant database (as its owner would).
fill() {
    local target=$((SIZE_MB * 1024 * 1024)) size batch=0
    echo "Filling $TENANT_DB to about $SIZE_MB MB…"
    while :; do
        size=$(tenant_sql "SELECT pg_database_size(current_database())")
        [ "$size" -ge "$target" ] && break
        batch=$((batch + 1))
        tenant_sql "
          INSERT INTO suppliers (id, code, legal_name, status, currency, country, payment_terms, categories,
                                 contacts, addresses, notes, created_at, updated_at, version)
          SELECT gen_random_uuid(), 'B$batch-' || g, 'Generated supplier ' || g || ' ' || md5(g::text || '$batch'),
                 'active', 'EUR', 'PT', 'NET 30', '|it|', '[]', '[]', repeat(md5(random()::text), 8), now(), now(), 0
          FROM generate_series(1, 20000) g" >/dev/null
    done
    BYTES=$(tenant_sql "SELECT pg_database_size(current_database())")
    ROWS=$(tenant_sql "SELECT count(*) FROM suppliers")
    MB=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1048576}')
    echo "  $MB MB, $ROWS suppliers"
}

await_job() {   # $1 = status URL (the Location header: absolute, or a path); prints the final view
    local url=$1 view status k
    [ -n "$url" ] || { echo "the POST answered no Location" >&2; return 1; }
    [[ $url == http* ]] || url=$B$url
    for ((k = 0; k < 36000; k++)); do
        view=$(curl -sf "$url" -H "Authorization: Bearer $ADMIN_TOKEN") || { echo "GET $url failed" >&2; return 1; }
        status=$(jq -r .status <<<"$view")
        [ "$status" = completed ] && { echo "$view"; return 0; }
        [ "$status" = failed ] && { echo "$view" >&2; return 1; }
        sleep 0.1
    done
    echo "timed out" >&2; return 1
}

# POSTs $1 (path) with the body $2 (none when empty) as the administrator; prints the Location of a 202.
start_job() {
    local code
    code=$(curl -s -D "$out/post.headers" -o "$out/post.json" -w '%{http_code}' -X POST "$B$1" \
        -H "Authorization: Bearer $ADMIN_TOKEN" ${2:+-H 'Content-Type: application/json' -d "$2"})
    [ "$code" = 202 ] || { echo "POST $1 answered $code: $(head -c 500 "$out/post.json")" >&2; return 1; }
    sed -nE 's/^[Ll]ocation: *([^\r]*).*/\1/p' "$out/post.headers"
}

api_backup() {
    local t0 location
    t0=$(date +%s%N)
    location=$(start_job "/api/v1/admin/tenants/$TID/backups") || return 1
    await_job "$location" > "$out/backup.json" || return 1
    seconds_since "$t0"
}

api_restore() {
    local t0 location backup
    backup=$(jq -r .id "$out/backup.json")
    t0=$(date +%s%N)
    location=$(start_job "/api/v1/admin/tenants/$TID/restores" \
        "{\"backup_id\":\"$backup\",\"target\":\"in_place\",\"confirm\":\"$TID\"}") || return 1
    await_job "$location" > "$out/restore.json" || return 1
    seconds_since "$t0"
}

pg_dump_time() {
    local t0
    t0=$(date +%s%N)
    "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$TENANT_PORT" -U postgres -Fc -Z0 -f "$out/dump.bin" "$TENANT_DB"
    seconds_since "$t0"
}

pg_restore_time() {
    local t0
    PGOPTIONS="-c client_min_messages=warning" tenant_cluster_sql postgres "DROP DATABASE IF EXISTS $DUMP_DB WITH (FORCE)" >/dev/null
    tenant_cluster_sql postgres "CREATE DATABASE $DUMP_DB TEMPLATE template0" >/dev/null
    t0=$(date +%s%N)
    "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$TENANT_PORT" -U postgres -d "$DUMP_DB" --no-owner "$out/dump.bin"
    seconds_since "$t0"
}

echo "Preparing the bench server in $WLP…"
copy_server
write_service_overrides backup.sh "    <variable name=\"procura.admin.password\" value=\"$ADMIN_PASSWORD\"/>
    <variable name=\"procura.notifications.email.enabled\" value=\"false\"/>
    <variable name=\"procura.smtp.host\" value=\"127.0.0.1\"/>
    <variable name=\"procura.smtp.port\" value=\"9\"/>
    <variable name=\"procura.backups.schedule-enabled\" value=\"false\"/>
    <variable name=\"procura.log.message-format\" value=\"SIMPLE\"/>"
ahead=$(template_ahead)
if [ "$OWN_CLUSTER" = yes ] || { [ "$OWN_CLUSTER" = auto ] && [ -n "$ahead" ]; }; then
    if [ -n "$ahead" ]; then
        CLUSTER_NOTE="a cluster of this run's own (port $PG_PORT_OWN): the main cluster's shared procura_tenant_template has changesets this WAR does not know ($ahead), and a tenant cloned from it could not be restored by this WAR"
    else
        CLUSTER_NOTE="a cluster of this run's own (port $PG_PORT_OWN; BENCH_OWN_CLUSTER=yes)"
    fi
    echo "Tenants on $CLUSTER_NOTE"
    make_own_cluster
elif [ -n "$ahead" ]; then
    echo "WARNING: the main cluster's procura_tenant_template has changesets this WAR does not know ($ahead): the restore will fail (BENCH_OWN_CLUSTER=no)" >&2
fi
echo "Starting Kafka on $KAFKA and S3Proxy on $S3 (data in $out)…"
services_started=true
services start
start_server --clean
sign_up_with_tenant Backup "Bench backup"
[ "$(control_sql "SELECT server_name FROM tenant_databases WHERE tenant_id = '$TID'")" = main ] || { echo "the tenant is not on server main" >&2; exit 1; }
admin_login
fill

: > "$out/times.txt"
for ((k = 1; k <= REPEAT; k++)); do
    echo "Round $k of $REPEAT…"
    b=$(api_backup); echo "  API backup: $b s (the job itself: $(job_seconds "$out/backup.json") s; $(jq -r .stored_bytes "$out/backup.json") bytes stored)"
    r=$(api_restore); echo "  API restore (in_place): $r s (the job itself: $(job_seconds "$out/restore.json") s)"
    d=$(pg_dump_time); echo "  pg_dump -Fc -Z0: $d s ($(stat -c %s "$out/dump.bin") bytes)"
    p=$(pg_restore_time); echo "  pg_restore: $p s"
    echo "$b $r $d $p $(job_seconds "$out/backup.json") $(job_seconds "$out/restore.json")" >> "$out/times.txt"
done
BACKUP_S=$(awk '{print $1}' "$out/times.txt" | median)
RESTORE_S=$(awk '{print $2}' "$out/times.txt" | median)
DUMP_S=$(awk '{print $3}' "$out/times.txt" | median)
PGRESTORE_S=$(awk '{print $4}' "$out/times.txt" | median)
BACKUP_JOB_S=$(awk '{print $5}' "$out/times.txt" | median)
RESTORE_JOB_S=$(awk '{print $6}' "$out/times.txt" | median)
STORED=$(jq -r .stored_bytes "$out/backup.json")
RAW=$(jq -r .raw_bytes "$out/backup.json")
DUMP_BYTES=$(stat -c %s "$out/dump.bin")
REPORT=$out/report.md
{
    echo "## Backup and restore"
    echo
    echo "\`$COMMAND\` — $STARTED, $(nproc) cores, $(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/Java \1/'); application: $BUILD"
    echo
    echo "A tenant database of $MB MB ($ROWS generated suppliers besides the empty tables), on $CLUSTER_NOTE; the"
    echo "bench server, Kafka and S3Proxy of this run on the same machine. API times run from the POST until the job's"
    echo "status URL says completed (polled every 0.1 s); MB/s = database size / time. Median of $REPEAT round(s)."
    echo
    echo "| figure | Procura | baseline | ratio (Procura / baseline time) |"
    echo "| --- | --- | --- | --- |"
    echo "| backup | $BACKUP_S s, $(rate "$MB" "$BACKUP_S") MB/s, $STORED bytes stored (COPY streams $RAW bytes, gzip level 1, AES-GCM) | \`pg_dump -Fc -Z0\` to a local file: $DUMP_S s, $(rate "$MB" "$DUMP_S") MB/s, $DUMP_BYTES bytes | $(ratio "$BACKUP_S" "$DUMP_S") |"
    echo "| restore (in_place: new database at the backup's schema, COPY, read-back verification, migrate forward, swap) | $RESTORE_S s, $(rate "$MB" "$RESTORE_S") MB/s | \`pg_restore\` of that file into an empty database: $PGRESTORE_S s, $(rate "$MB" "$PGRESTORE_S") MB/s | $(ratio "$RESTORE_S" "$PGRESTORE_S") |"
    echo
    echo "The backup also hashes every COPY stream, compresses, encrypts and uploads to S3 (multipart, 8 MiB parts)"
    echo "where pg_dump writes an uncompressed local file; the restore reads every table back a second time to verify"
    echo "its digest, and runs Liquibase twice (to the backup's changesets, then forward)."
    echo
    echo "The jobs' own times (started_at → finished_at of the status view, without queueing and polling): backup"
    echo "$BACKUP_JOB_S s ($(rate "$MB" "$BACKUP_JOB_S") MB/s), restore $RESTORE_JOB_S s ($(rate "$MB" "$RESTORE_JOB_S") MB/s)."
} > "$REPORT"
cat "$REPORT"
result "backup of a $MB MB tenant database through the API, MB/s" "$(rate "$MB" "$BACKUP_S")" \
    "pg_dump -Fc -Z0: $(rate "$MB" "$DUMP_S")" "$(ratio "$BACKUP_S" "$DUMP_S") (time)" "–"
result "restore (in_place) of it through the API, MB/s" "$(rate "$MB" "$RESTORE_S")" \
    "pg_restore: $(rate "$MB" "$PGRESTORE_S")" "$(ratio "$RESTORE_S" "$PGRESTORE_S") (time)" "–"
write_results_section "## Backup and restore" "$REPORT" "$RESULTS_MD"
echo "wrote the section to $RESULTS_MD"

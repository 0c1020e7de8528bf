#!/usr/bin/env bash
# Tenancy benchmark: provisioning through the API vs CREATE DATABASE + the tenant changelog in psql;
# round-robin tenant reads vs one tenant, with peak tenant connections and heap; start-up time with
# 1 and with T tenants. Runs its own Liberty (a copy of target/liberty/wlp on port 5998, control
# database procura_bench), so a server or test run on port 4999 is left alone, and drops every
# database it made.
# Usage: bench/tenants.sh      (knobs: see bench/README.md; e.g. BENCH_TENANTS=30 BENCH_PROVISION=10)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_PROVISION:-100}          # tenants timed for provisioning (and baseline databases)
T=${BENCH_TENANTS:-1000}           # tenants for the round-robin read and the second start-up
DURATION=${BENCH_DURATION:-15}     # seconds per wrk run
STARTS=${BENCH_STARTS:-3}          # restarts measured with 1 and with T tenants (median reported)
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WARM=${BENCH_WARM_TENANTS:-24}     # tenants of the round robin that stays within the connection budget
BUDGET=${BENCH_BUDGET:-24}         # procura.tenants.connection-budget of the bench server
POOL_SIZE=3                        # procura.tenants.pool-size (the application's default)
PORT=${BENCH_PORT:-5998}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench}
WLP=${BENCH_WLP:-/tmp/bench-wlp}
# Where the outbox relay publishes: by default nowhere (a closed port), so this run's events never
# reach the Kafka of a build or test run on this machine; they wait in the bench databases.
KAFKA=${BENCH_KAFKA:-127.0.0.1:9}
B=http://localhost:$PORT
for v in N T DURATION STARTS CONNECTIONS BUDGET PORT WARM; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
TOTAL=$(( T > N + 1 ? T : N + 1 ))  # one tenant first (start-up with 1 tenant), then N timed, then up to T
RUN=$(date +%s)
WALL_START=$(date +%s)
PASSWORD="Bench-password-2026"
EMAIL="bench-tenants-$RUN-$$@example.com"

# Tenant servers: name → port. Both local clusters if the second one answers, else only main.
# BENCH_SERVERS=main keeps every tenant on the first cluster.
declare -A PG_PORT=([main]=5432)
SERVER_NAMES=(main)
PG_WAIT=${BENCH_PG_WAIT:-300}      # seconds to wait for a stopped cluster (other test runs stop them)
wait_cluster() { local k; for ((k = 0; k < PG_WAIT; k++)); do pg_isready -q -h 127.0.0.1 -p "$1" && return 0; sleep 1; done; return 1; }
if [ "${BENCH_SERVERS:-main,second}" != main ] &&
   { pg_isready -q -h 127.0.0.1 -p 5433 || { [ -d /etc/postgresql/15/second ] && PG_WAIT=60 wait_cluster 5433; }; }; then
    PG_PORT[second]=5433; SERVER_NAMES+=(second)
fi
TENANT_SERVERS=$(IFS=,; echo "${SERVER_NAMES[*]}")
# The psql binary itself, not Debian's wrapper: a background sampler must be stoppable by its pid.
PSQL=$(pg_config --bindir 2>/dev/null)/psql
[ -x "$PSQL" ] || PSQL=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
[ -x "$PSQL" ] || PSQL=psql
# Copying, starting and stopping the bench server: shared with the other benchmark.
source bench/lib.sh

psql_on() { local port=$1; shift; "$PSQL" -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }
control_sql() { psql_on 5432 -d "$CONTROL_DB" -Atc "$1"; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if ss -ltn "( sport = :$PORT )" | grep -q LISTEN; then
    echo "Port $PORT is in use; set BENCH_PORT or stop what listens there." >&2; exit 1
fi

out=$(mktemp -d /tmp/bench-tenants.XXXXXX)
started_server=false
LIBERTY_PID=
SAMPLER_PIDS=()
MONITOR_PID=
USER_ID=
CREATED_CONTROL=false
[ -z "$(psql_on 5432 -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$CONTROL_DB'")" ] && CREATED_CONTROL=true

# ---------------------------------------------------------------- server copy and control
prepare_server() {
    copy_server
    local dir=$WLP/usr/servers/procura
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo '<server>'
        echo '    <!-- Written by bench/tenants.sh: its own port and control database. -->'
        echo "    <variable name=\"procura.mode\" value=\"dev\"/>"
        echo "    <variable name=\"procura.http.port\" value=\"$PORT\"/>"
        echo "    <variable name=\"procura.db.url\" value=\"jdbc:postgresql://localhost:5432/$CONTROL_DB\"/>"
        echo "    <variable name=\"procura.db.user\" value=\"postgres\"/>"
        echo "    <variable name=\"procura.db.pool.max\" value=\"10\"/>"
        echo "    <variable name=\"procura.admin.email\" value=\"admin@procura.localhost\"/>"
        echo "    <variable name=\"procura.bcrypt.cost\" value=\"4\"/>"
        echo "    <variable name=\"procura.jwt.access-token-ttl\" value=\"PT2H\"/>"
        echo "    <variable name=\"procura.tenants.servers\" value=\"$TENANT_SERVERS\"/>"
        for s in "${!PG_PORT[@]}"; do
            echo "    <variable name=\"procura.tenants.server.$s.url\" value=\"jdbc:postgresql://localhost:${PG_PORT[$s]}/\"/>"
        done
        echo "    <variable name=\"procura.tenants.connection-budget\" value=\"$BUDGET\"/>"
        echo "    <variable name=\"procura.tenants.pool-size\" value=\"$POOL_SIZE\"/>"
        echo "    <variable name=\"procura.kafka.bootstrap-servers\" value=\"$KAFKA\"/>"
        echo '    <!-- Keep the logs of every start of the run (Liberty keeps 2 files by default). -->'
        echo '    <logging maxFiles="50"/>'
        echo '</server>'
    } > "$(bench_overrides)"
}


# STARTS stop/start cycles; the start-up times (ms) go to file $1.
restarts() {
    local k
    for ((k = 1; k <= STARTS; k++)); do
        stop_server
        start_server
        echo "$STARTUP_MS" >> "$1"
    done
}


login() {
    TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    [ -n "$TOKEN" ] || { echo "login failed" >&2; return 1; }
}

# ---------------------------------------------------------------- sampling and figures
# Every 200 ms on each cluster: 200-ms bucket, connections to any tenant_% database, and
# connections to this run's tenant databases, and in how many of them (one psql session per
# cluster, \watch 0.2).
start_sampler() {   # $1 = label
    local port
    control_sql "SELECT d.database_name FROM tenant_databases d JOIN tenants t ON t.id = d.tenant_id
                 WHERE t.created_by = '$USER_ID'" > "$out/mine.txt"
    cat > "$out/sampler.sql" <<SQL
\\set QUIET on
\\pset format unaligned
\\pset tuples_only on
\\pset fieldsep ' '
CREATE TEMP TABLE mine (d name PRIMARY KEY);
\\copy mine FROM '$out/mine.txt'
SELECT floor(extract(epoch FROM clock_timestamp()) * 5)::bigint, count(*) FILTER (WHERE a.datname LIKE 'tenant\\_%'),
       count(m.d), count(DISTINCT m.d) FROM pg_stat_activity a LEFT JOIN mine m ON m.d = a.datname \\watch 0.2
SQL
    SAMPLER_PIDS=()
    for port in "${PG_PORT[@]}"; do
        "$PSQL" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -f "$out/sampler.sql" > "$out/samples-$1-$port.txt" 2>/dev/null &
        SAMPLER_PIDS+=($!)
    done
}
stop_sampler() {
    local pid
    for pid in "${SAMPLER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    SAMPLER_PIDS=()
}
# Peak of the sum over clusters: at each sample, each cluster's latest value, summed. $1 = column.
peak() {
    local col=$1 f; shift
    for f in "$@"; do awk -v f="$f" -v c="$col" 'NF >= 3 {print $1, f, $c}' "$f"; done | sort -s -n -k1,1 |
        awk '{last[$2] = $3; s = 0; for (k in last) s += last[k]; if (s > m) m = s} END {print m + 0}'
}
# Nearest-rank percentile of a file of numbers.
pct() { sort -n "$1" | awk -v p="$2" '{a[NR] = $1} END {i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; printf "%.1f", a[i]}'; }
# wrk prints "Requests/sec: N" and, with --latency, "50% 1.23ms" / "99% 4.56ms".
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
wrk_pct() { awk -v p="$2%" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$1"; }
non2xx() { awk '/Non-2xx/ {n=$NF} END {print n + 0}' "$1"; }
errors() { awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
heap() {   # "used committed" in MB, from the first line of GC.heap_info
    jcmd "$LIBERTY_PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {
        for (i = 1; i <= NF; i++) { v = $(i+1); gsub(/[K,]/, "", v); if ($i == "total") t = v; if ($i == "used") u = v }
        printf "%.0f %.0f", u / 1024, t / 1024; exit }'
}

# ---------------------------------------------------------------- cleanup
cleanup() {
    local rc=$? port s name
    trap - EXIT INT TERM
    set +e
    stop_sampler
    [ -n "$MONITOR_PID" ] && kill "$MONITOR_PID" 2>/dev/null
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    # This run's tenants: those its user created (the ids are also in $out/ids.txt).
    if [ -z "$USER_ID" ] && [ -n "$(psql_on 5432 -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$CONTROL_DB'")" ]; then
        USER_ID=$(control_sql "SELECT id FROM users WHERE email = '$EMAIL'" 2>/dev/null)
    fi
    local dropped=0 failed=0
    if [ -n "$USER_ID" ]; then
        control_sql "SELECT d.server_name, d.database_name, d.owner_role FROM tenant_databases d
                     JOIN tenants t ON t.id = d.tenant_id WHERE t.created_by = '$USER_ID'" | tr '|' ' ' > "$out/drop.txt"
        # A cluster may be stopped for a while by someone else's tests: wait for it.
        for s in "${SERVER_NAMES[@]}"; do
            awk -v s="$s" '$1 == s && $2 ~ /^tenant_[0-9a-f]{32}$/ && $3 ~ /^tenant_[0-9a-f]{32}$/ {
                printf "DROP DATABASE IF EXISTS %s WITH (FORCE);\nDROP ROLE IF EXISTS %s;\n", $2, $3}' "$out/drop.txt" > "$out/drop-$s.sql"
            [ -s "$out/drop-$s.sql" ] || continue
            { wait_cluster "${PG_PORT[$s]}" && psql_on "${PG_PORT[$s]}" -d postgres -f "$out/drop-$s.sql"; } > "$out/drop-$s.log" 2>&1 &
        done
        wait
        # Forget only the tenants whose database is gone.
        : > "$out/gone.txt"
        for s in "${SERVER_NAMES[@]}"; do
            awk -v s="$s" '$1 == s {print $2}' "$out/drop.txt" > "$out/names-$s.txt"
            [ -s "$out/names-$s.txt" ] || continue
            if psql_on "${PG_PORT[$s]}" -d postgres -Atc "SELECT datname FROM pg_database" > "$out/left-$s.txt"; then
                grep -vxFf "$out/left-$s.txt" "$out/names-$s.txt" >> "$out/gone.txt" || true
            fi
        done
        dropped=$(wc -l < "$out/gone.txt")
        failed=$(( $(wc -l < "$out/drop.txt") - dropped ))
        [ "$failed" -eq 0 ] || echo "$failed tenant databases are left; drop them with the scripts $out/drop-*.sql" \
            "(then: DELETE FROM tenants WHERE created_by = '$USER_ID' in $CONTROL_DB)"
        if [ "$dropped" -gt 0 ]; then
            sed "s/.*/'&'/" "$out/gone.txt" | paste -sd, > "$out/gone.csv"
            control_sql "DELETE FROM tenants t USING tenant_databases d WHERE d.tenant_id = t.id
                         AND t.created_by = '$USER_ID' AND d.database_name IN ($(cat "$out/gone.csv"))" >/dev/null
        fi
        control_sql "DELETE FROM tenants t WHERE t.created_by = '$USER_ID'
                     AND NOT EXISTS (SELECT 1 FROM tenant_databases d WHERE d.tenant_id = t.id)" >/dev/null
    fi
    local baselines=0
    for port in "${PG_PORT[@]}"; do
        wait_cluster "$port" || continue
        for name in $(psql_on "$port" -d postgres -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'bench\_baseline\_${RUN}\_%'"); do
            psql_on "$port" -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" && baselines=$((baselines + 1))
        done
    done
    local control_note="kept (it existed before this run)"
    if $CREATED_CONTROL; then
        if [ "$failed" -eq 0 ]; then
            psql_on 5432 -d postgres -c "DROP DATABASE IF EXISTS $CONTROL_DB WITH (FORCE)" && control_note="dropped"
        else
            control_note="kept: $failed tenant databases could not be dropped (see $out/drop-*.log)"
        fi
    fi
    echo "dropped $dropped tenant databases and roles (failed: $failed), $baselines leftover baseline databases;" \
         "control database $CONTROL_DB $control_note"
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then rm -rf "$out"; else echo "raw files kept in $out"; fi
    echo "server copy and its logs kept in $WLP (replaced by the next run)"
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 0. server, account
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
prepare_server
# The tenant changelog of the WAR under test, for the baseline.
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/classes/db/tenant/*' -d "$out/war"
RESOURCES=$out/war/WEB-INF/classes
mapfile -t SQL_FILES < <(sed -nE 's/.*<include[[:space:]]+file="([^"]+)".*/\1/p' "$RESOURCES/db/tenant/changelog.xml")
[ "${#SQL_FILES[@]}" -gt 0 ] || { echo "no <include file=…> in the tenant changelog" >&2; exit 1; }
# Availability of the clusters, once a second, for the report.
monitor_clusters() {
    local s
    while :; do
        for s in "${SERVER_NAMES[@]}"; do
            pg_isready -q -t 1 -h 127.0.0.1 -p "${PG_PORT[$s]}" || echo "$(date +%s) $s" >> "$out/down.txt"
        done
        sleep 1
    done
}
monitor_clusters &
MONITOR_PID=$!
start_server --clean
START_FRESH_MS=$STARTUP_MS
curl -sf -X POST "$B/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Tenants\"}" >/dev/null
USER_ID=$(control_sql "SELECT id FROM users WHERE email = '$EMAIL'")
login

# One POST /api/v1/tenants; appends the id to ids.txt and the time in ms to $2.
provision() {
    local r code
    r=$(curl -s -o "$out/created.json" -w '%{http_code} %{time_total}' -X POST "$B/api/v1/tenants" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"name\":\"Bench tenant $1\"}")
    code=${r%% *}
    [ "$code" = 201 ] || { echo "POST /api/v1/tenants #$1 answered $code: $(cat "$out/created.json")" >&2; return 1; }
    local id
    id=$(sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p' "$out/created.json")
    [ -n "$id" ] || { echo "no id in the answer to POST /api/v1/tenants: $(cat "$out/created.json")" >&2; return 1; }
    echo "$id" >> "$out/ids.txt"
    awk -v s="${r#* }" 'BEGIN {printf "%.1f\n", s * 1000}' >> "$2"
}

# Baseline: an empty database plus every SQL file the tenant changelog includes, run by psql
# (the --liquibase/--changeset lines are SQL comments). Timed from psql start to exit. The files
# come from the WAR under test (read after prepare_server), so they are the schema its template has.
baseline_once() {   # $1 = index
    local db="bench_baseline_${RUN}_$1" port=${PG_PORT[${SERVER_NAMES[$(( ($1 - 1) % ${#SERVER_NAMES[@]} ))]}]} t0 t1 f attempt
    { echo "CREATE DATABASE $db;"; echo "\\c $db"; for f in "${SQL_FILES[@]}"; do echo "\\i $RESOURCES/$f"; done; } > "$out/baseline.sql"
    for attempt in 1 2 3; do   # a retry only when the cluster was stopped meanwhile
        wait_cluster "$port" || { echo "cluster on port $port is down" >&2; return 1; }
        t0=$(date +%s%N)
        psql_on "$port" -d postgres -v ON_ERROR_STOP=1 -f "$out/baseline.sql" >/dev/null 2>"$out/baseline.err" && break
        [ "$attempt" = 3 ] && { cat "$out/baseline.err" >&2; return 1; }
        sleep 2; { wait_cluster "$port" && psql_on "$port" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; } || true
    done
    t1=$(date +%s%N)
    awk -v ns=$((t1 - t0)) 'BEGIN {printf "%.1f\n", ns / 1e6}' >> "$out/baseline-ms.txt"
    for attempt in 1 2 3; do   # untimed; what stays is dropped by the cleanup
        wait_cluster "$port" && psql_on "$port" -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 && break
        sleep 2
    done
}

# ---------------------------------------------------------------- 1. provisioning, start-up with 1 tenant
echo "Creating tenant 1, restarting $STARTS times (start-up with 1 tenant)…"
provision 1 "$out/first-ms.txt"
restarts "$out/start-one-ms.txt"
echo "Provisioning $N tenants through the API, each followed by one baseline database…"
for ((i = 1; i <= N; i++)); do
    provision $((i + 1)) "$out/provision-ms.txt"
    baseline_once "$i"
done
if [ "$TOTAL" -gt $((N + 1)) ]; then
    echo "Provisioning tenants $((N + 2))–$TOTAL…"
    for ((i = N + 2; i <= TOTAL; i++)); do
        provision "$i" "$out/rest-ms.txt"
        if (( i % 100 == 0 )); then echo "  $i"; fi
    done
fi
cat "$out/first-ms.txt" "$out/provision-ms.txt" "$out/rest-ms.txt" 2>/dev/null > "$out/all-ms.txt"

# ---------------------------------------------------------------- 2. reads: round robin vs one tenant
login
ONE=$(head -1 "$out/ids.txt")
sed 's|.*|/api/v1/tenants/&/settings|' "$out/ids.txt" > "$out/paths.txt"
code=$(curl -s -o "$out/settings.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$B/api/v1/tenants/$ONE/settings")
[ "$code" = 200 ] || { echo "GET settings answered $code: $(cat "$out/settings.json")" >&2; exit 1; }
echo "Reading settings: one tenant, then round robin over $TOTAL tenants (wrk -t1 -c$CONNECTIONS, ${DURATION}s each)…"
wrk -t1 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $TOKEN" "$B/api/v1/tenants/$ONE/settings" >/dev/null   # warm-up
start_sampler one
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" \
    "$B/api/v1/tenants/$ONE/settings" > "$out/one.txt"
stop_sampler
# Round robin over as many tenants as the budgets keep a connection for: what switching tenants
# costs the code when no new PostgreSQL connection is needed.
head -n "$WARM" "$out/paths.txt" > "$out/warm-paths.txt"
wrk -t1 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $TOKEN" -s bench/paths.lua "$B" -- "$out/warm-paths.txt" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" -s bench/paths.lua \
    "$B" -- "$out/warm-paths.txt" > "$out/warm.txt"
start_sampler all
# BENCH_JFR=file: a Flight Recorder profile of the server during the wide round robin, and the CPU
# the server and every process (PostgreSQL, wrk) used meanwhile.
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$LIBERTY_PID" JFR.start name=round-robin settings=profile filename="$BENCH_JFR" >/dev/null
    read -r -a cpu_before < <(grep '^cpu ' /proc/stat)
    jvm_before=$(awk '{print $14 + $15}' "/proc/$LIBERTY_PID/stat")
fi
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" -s bench/paths.lua \
    "$B" -- "$out/paths.txt" > "$out/all.txt"
if [ -n "${BENCH_JFR:-}" ]; then
    read -r -a cpu_after < <(grep '^cpu ' /proc/stat)
    jvm_after=$(awk '{print $14 + $15}' "/proc/$LIBERTY_PID/stat")
    jcmd "$LIBERTY_PID" JFR.stop name=round-robin >/dev/null
    busy() { local -n a=$1; echo $(( a[1] + a[2] + a[3] + a[6] + a[7] )); }
    echo "CPU during the wide round robin (ticks): all processes $(( $(busy cpu_after) - $(busy cpu_before) )), server $(( jvm_after - jvm_before )); profile in $BENCH_JFR" \
        | tee "$out/jfr-cpu.txt"
fi
stop_sampler
# The physical limit of a round robin wider than the budgets: every request opens a PostgreSQL
# connection. Measured on the first tenant's database as postgres: connect + SELECT 1 + close,
# one at a time, against building a per-tenant EntityManagerFactory (the design before issue 11)
# and an EntityManager of the shared factory on an open connection (now); then how many
# connections per second the main cluster's postmaster opens with $CONNECTIONS clients at once.
ONE_DB=$(control_sql "SELECT database_name || ' ' || server_name FROM tenant_databases WHERE tenant_id = '$ONE'")
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/classes/*' 'WEB-INF/lib/postgresql-*' -d "$out/unit"
[ -s target/bench-classpath.txt ] || ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
    || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
read -r CONNECT_MS EMF_MS EM_MS <<<"$(java -cp "$out/unit/WEB-INF/classes:$(cat target/bench-classpath.txt)" bench/UnitCost.java \
    "jdbc:postgresql://127.0.0.1:${PG_PORT[${ONE_DB#* }]}/${ONE_DB% *}" postgres 20 2>/dev/null || echo "? ? ?")"
echo 'SELECT 1;' > "$out/select1.sql"
CONNECT_RATE=$(pgbench -n -C -f "$out/select1.sql" -c "$CONNECTIONS" -j 2 -T 5 -h 127.0.0.1 -p 5432 -U postgres "${ONE_DB% *}" 2>/dev/null |
    sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1)
read -r HEAP_USED HEAP_TOTAL <<<"$(heap)"
jcmd "$LIBERTY_PID" GC.run >/dev/null 2>&1 || true
read -r HEAP_GC _ <<<"$(heap)"
XMX=$(grep -o -- '-Xmx[0-9]*[kmgKMG]' "$WLP/usr/servers/procura/jvm.options" | head -1 || true)

# ---------------------------------------------------------------- 3. start-up with all tenants
echo "Restarting $STARTS times with $TOTAL tenants…"
restarts "$out/start-all-ms.txt"

# ---------------------------------------------------------------- report
LOGS=$WLP/usr/servers/procura/logs
log_errors=$(cat "$LOGS"/messages*.log | grep -cE '^\[[^]]*\] [0-9a-f]+ .* E ' || true)
log_warnings=$(cat "$LOGS"/messages*.log | grep -cE '^\[[^]]*\] [0-9a-f]+ .* W ' || true)
log_codes=$(cat "$LOGS"/messages*.log | grep -E '^\[[^]]*\] [0-9a-f]+ .* [EW] ' | grep -oE ' [EW] [A-Z]{4,5}[0-9]{4}[EW]' | sort | uniq -c |
    awk '{printf "%s%s×%s", sep, $3, $1; sep=", "}' || true)
log_error_lines=$(cat "$LOGS"/messages*.log | grep -E '^\[[^]]*\] [0-9a-f]+ .* E ' | sed -E 's/^\[[^]]*\] [0-9a-f]+ +[^ ]+ +E +//' | cut -c1-160 |
    sort | uniq -c | sort -rn | head -5 || true)
ffdc=$(ls "$LOGS/ffdc" 2>/dev/null | grep -c '^ffdc_' || true)
ffdc_kinds=$(cat "$LOGS"/ffdc/ffdc_* 2>/dev/null | sed -nE 's/^Stack Dump = (.{1,110}).*/\1/p' | sort | uniq -c | sort -rn | head -8 || true)
one_p50=$(wrk_pct "$out/one.txt" 50); one_p99=$(wrk_pct "$out/one.txt" 99)
all_p50=$(wrk_pct "$out/all.txt" 50); all_p99=$(wrk_pct "$out/all.txt" 99)
api_p50=$(pct "$out/provision-ms.txt" 50); base_p50=$(pct "$out/baseline-ms.txt" 50)
starts() { sort -n "$1" | awk '{a[NR] = $1 / 1000} END {printf "median %5.1f s   (", a[int((NR + 1) / 2)]; for (i = 1; i <= NR; i++) printf "%s%.1f", (i > 1 ? ", " : ""), a[i]; printf ")"}'; }
row() { printf '%-58s %9s %9s\n' "$@"; }
wrow() { printf '%-40s %9.0f %9s %9s %8s %7s\n' "$1" "$(rate "$2")" "$(wrk_pct "$2" 50)" "$(wrk_pct "$2" 99)" "$(non2xx "$2")" "$(errors "$2")"; }
cat <<REPORT

Procura tenancy benchmark — $(nproc) cores; tenant servers: $(for s in "${SERVER_NAMES[@]}"; do printf '%s (%s) ' "$s" "${PG_PORT[$s]}"; done)
bench server: port $PORT, control database $CONTROL_DB, connection budget $BUDGET per PostgreSQL server, at most $POOL_SIZE per tenant, bcrypt 4
application: $BUILD

(1) Provisioning, $N tenants one after another
$(row "" "p50 ms" "p95 ms")
$(row "POST /api/v1/tenants (clone of the migrated template)" "$api_p50" "$(pct "$out/provision-ms.txt" 95)")
$(row "baseline: CREATE DATABASE + psql -f of the changelog's SQL" "$base_p50" "$(pct "$out/baseline-ms.txt" 95)")
  baseline = CREATE DATABASE (empty) + the changelog's SQL files run by psql, one process per database,
  on the clusters in turn like the API's placement; files: ${SQL_FILES[*]}
  (plain psql, not Liquibase, which costs another ≈0.4–0.6 s per database)
  ratio API / baseline (p50):  $(ratio "$api_p50" "$base_p50")
  all $(wc -l < "$out/all-ms.txt") API creations of this run: p50 $(pct "$out/all-ms.txt" 50) ms, p95 $(pct "$out/all-ms.txt" 95) ms, max $(pct "$out/all-ms.txt" 100) ms

(2) GET /api/v1/tenants/{id}/settings, wrk -t1 -c$CONNECTIONS, ${DURATION}s each
$(printf '%-40s %9s %9s %9s %8s %7s' "" "req/s" "p50 ms" "p99 ms" "non-2xx" "errors")
$(wrow "one tenant (baseline)" "$out/one.txt")
$(wrow "round robin over $WARM tenants (in budget)" "$out/warm.txt")
$(wrow "round robin over $TOTAL tenants" "$out/all.txt")
  ratio round robin over $WARM / one tenant:  p50 $(ratio "$(wrk_pct "$out/warm.txt" 50)" "$one_p50"), p99 $(ratio "$(wrk_pct "$out/warm.txt" 99)" "$one_p99"), req/s $(ratio "$(rate "$out/warm.txt")" "$(rate "$out/one.txt")")
  ratio round robin over $TOTAL / one tenant:  p50 $(ratio "$all_p50" "$one_p50"), p99 $(ratio "$all_p99" "$one_p99"), req/s $(ratio "$(rate "$out/all.txt")" "$(rate "$out/one.txt")")
  the physical limit of a round robin wider than the budgets (each request opens a connection):
    new PostgreSQL connection (connect, SELECT 1, close), median:           ${CONNECT_MS} ms
    EntityManagerFactory per tenant (the design before: build, query, close): ${EMF_MS} ms
    EntityManager of the shared factory on an open connection (now):        ${EM_MS} ms
    connections the main cluster opens per second, $CONNECTIONS clients (pgbench -C):  ${CONNECT_RATE:-?}
    round robin over $TOTAL / that connection rate:  $(ratio "$(rate "$out/all.txt")" "${CONNECT_RATE:-0}")
  peak connections to this run's tenant databases (both clusters, sampled every 200 ms):
    one tenant $(peak 3 "$out"/samples-one-*.txt), round robin $(peak 3 "$out"/samples-all-*.txt); configured budget $BUDGET per server
    round robin, per cluster:$(for s in "${SERVER_NAMES[@]}"; do printf ' %s %s (budget %s)' "$s" "$(peak 3 "$out/samples-all-${PG_PORT[$s]}.txt")" "$BUDGET"; done)
    (tenant databases with a connection at once, peak: one tenant $(peak 4 "$out"/samples-one-*.txt), round robin $(peak 4 "$out"/samples-all-*.txt))
  peak connections to any tenant_% database (includes other servers' tenants):
    one tenant $(peak 2 "$out"/samples-one-*.txt), round robin $(peak 2 "$out"/samples-all-*.txt)
  server heap after the run: ${HEAP_USED:-?} MB used of ${HEAP_TOTAL:-?} MB committed; ${HEAP_GC:-?} MB after a full GC ($XMX)

(3) Start-up, \`server start\` until /health/ready = 200
$(printf '%-40s' "first start (new control database)") $(awk -v ms="$START_FRESH_MS" 'BEGIN {printf "%12.1f s", ms / 1000}')
$(printf '%-40s' "1 tenant ($STARTS starts)") $(starts "$out/start-one-ms.txt")
$(printf '%-40s' "$TOTAL tenants ($STARTS starts)") $(starts "$out/start-all-ms.txt")
  ratio $TOTAL / 1 tenant (medians): $(ratio "$(sort -n "$out/start-all-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$(sort -n "$out/start-one-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')")

server log ($LOGS): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files
${log_error_lines:+most frequent errors:
$log_error_lines
}${ffdc_kinds:+FFDC exceptions:
$ffdc_kinds}
REPORT
warm_rate=$(rate "$out/warm.txt"); one_rate=$(rate "$out/one.txt"); all_rate=$(rate "$out/all.txt")
result "round robin over $WARM tenants (within the budget), req/s" "$warm_rate" "one tenant: $one_rate" "$(ratio "$warm_rate" "$one_rate")" "≥ 0.5"
result "round robin over $WARM tenants, p50 / p99 ms" "$(wrk_pct "$out/warm.txt" 50) / $(wrk_pct "$out/warm.txt" 99)" "one tenant: $one_p50 / $one_p99" "$(ratio "$(wrk_pct "$out/warm.txt" 50)" "$one_p50") / $(ratio "$(wrk_pct "$out/warm.txt" 99)" "$one_p99")" "≤ 1.5 / ≤ 2"
result "round robin over $TOTAL tenants, req/s" "$all_rate" "one tenant: $one_rate" "$(ratio "$all_rate" "$one_rate")" "≥ 0.5"
result "round robin over $TOTAL tenants, p50 / p99 ms" "$all_p50 / $all_p99" "one tenant: $one_p50 / $one_p99" "$(ratio "$all_p50" "$one_p50") / $(ratio "$all_p99" "$one_p99")" "≤ 1.5 / ≤ 2"
result "round robin over $TOTAL tenants, req/s, against new PostgreSQL connections/s" "$all_rate" "pgbench -C, $CONNECTIONS clients: ${CONNECT_RATE:-?}" "$(ratio "$all_rate" "${CONNECT_RATE:-0}")" "the physical limit"
result "new PostgreSQL connection / per-tenant EntityManagerFactory / shared-factory EntityManager, ms" "${CONNECT_MS} / ${EMF_MS} / ${EM_MS}" "–" "–" "–"
result "peak tenant connections per cluster during the round robin" "$(for s in "${SERVER_NAMES[@]}"; do printf '%s %s; ' "$s" "$(peak 3 "$out/samples-all-${PG_PORT[$s]}.txt")"; done)" "budget $BUDGET per server" "–" "≤ budget"
result "server heap after the round robin over $TOTAL tenants (after full GC), MB" "${HEAP_GC:-?}" "$XMX" "–" "≤ 1 GB"
result "start-up with $TOTAL tenants, median ms" "$(sort -n "$out/start-all-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "1 tenant: $(sort -n "$out/start-one-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$(ratio "$(sort -n "$out/start-all-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$(sort -n "$out/start-one-ms.txt" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')")" "flat"
if [ -s "$out/down.txt" ]; then
    echo "WARNING: a tenant cluster did not answer during the run (someone else stopped it); figures taken then suffer:"
    awk '{n[$2]++; if (!($2 in a)) a[$2] = $1; z[$2] = $1} END {for (s in n) printf "  %s: %d one-second checks failed, between %s and %s\n", s, n[s], strftime("%H:%M:%S", a[s]), strftime("%H:%M:%S", z[s])}' "$out/down.txt"
fi

# Shared by the benchmarks that run their own copy of the server (tenants.sh, documents.sh,
# conversions-api.sh).
# Expects: WLP (where the copy lives), B (its base URL); sets BUILD, LIBERTY_PID, started_server,
# STARTUP_MS. Run from the repository root.

# Copies the built server to $WLP with the packaged WAR (not the loose application, which reads
# target/classes while other builds rewrite it) and the sources' server.xml and jvm.options (the
# generated jvm.options may carry the test run's JaCoCo agent). Overrides go to bench_overrides.
copy_server() {
    if [ ! -d target/liberty/wlp ] || [ ! -f target/procura.war ]; then
        echo "Building the server (target/liberty is missing)…"
        ./mvnw -q -DskipTests -Djacoco.skip=true package liberty:create liberty:deploy >/dev/null
    fi
    if [ -d "$WLP/usr/servers/procura" ] && "$WLP/bin/server" status procura >/dev/null 2>&1; then
        echo "A bench server is still running from $WLP; stop it with: $WLP/bin/server stop procura" >&2
        exit 1
    fi
    rm -rf "$WLP"
    cp -r target/liberty/wlp "$WLP"
    local dir=$WLP/usr/servers/procura
    rm -rf "$dir/logs" "$dir/workarea" "$dir/tranlog" "$dir/apps/"*
    # Retry while a concurrent build is writing the WAR.
    local attempt before
    for attempt in $(seq 1 40); do
        before=$(stat -c %Y target/procura.war)
        if [ $(( $(date +%s) - before )) -ge 10 ]; then   # not written in the last 10 s
            cp target/procura.war "$dir/apps/procura.war"
            [ "$(stat -c %Y target/procura.war)" = "$before" ] && unzip -tqq "$dir/apps/procura.war" >/dev/null 2>&1 && break
        fi
        [ "$attempt" = 40 ] && { echo "target/procura.war keeps changing or is not a valid archive" >&2; exit 1; }
        sleep 3
    done
    BUILD="target/procura.war of $(date -d "@$before" '+%F %T'), HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    if [ -n "$(git status --porcelain -- src pom.xml liberty 2>/dev/null)" ]; then BUILD="$BUILD + uncommitted changes"; fi
    cp liberty/server.xml liberty/jvm.options "$dir/"
}

# The file whose server variables win over the build's (it sorts after liberty-plugin-variable-config.xml).
bench_overrides() {
    echo "$WLP/usr/servers/procura/configDropins/overrides/zz-bench.xml"
}

# Starts the server and waits for /health/ready = 200; STARTUP_MS is the time from `server start`.
start_server() {
    local t0 msg k
    t0=$(date +%s%N)
    msg=$(env -u WLP_USER_DIR -u WLP_OUTPUT_DIR "$WLP/bin/server" start procura "$@" 2>&1) || { echo "$msg" >&2; return 1; }
    LIBERTY_PID=$(sed -nE 's/.*process ID ([0-9]+).*/\1/p' <<<"$msg" | head -1)
    [ -n "$LIBERTY_PID" ] || LIBERTY_PID=$(cat "$WLP/usr/servers/.pid/procura.pid")
    started_server=true
    for ((k = 0; k < 1800; k++)); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$B/health/ready")" = 200 ] && break
        kill -0 "$LIBERTY_PID" 2>/dev/null || { echo "The server exited; see $WLP/usr/servers/procura/logs" >&2; return 1; }
        sleep 0.1
    done
    [ "$k" -lt 1800 ] || { echo "Not ready after 180 s; see $WLP/usr/servers/procura/logs" >&2; return 1; }
    STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_server() {
    env -u WLP_USER_DIR -u WLP_OUTPUT_DIR "$WLP/bin/server" stop procura >/dev/null 2>&1 || true
    local k
    for ((k = 0; k < 300; k++)); do kill -0 "$LIBERTY_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$LIBERTY_PID" 2>/dev/null; then kill "$LIBERTY_PID"; sleep 2; fi
    started_server=false
}

# One line of bench/RESULTS.md's summary, when bench/all.sh collects them (BENCH_RESULTS names the file):
#   result "figure" "value" "baseline" "ratio" "target"
result() {
    [ -n "${BENCH_RESULTS:-}" ] || return 0
    printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" >> "$BENCH_RESULTS"
}

# ---------------------------------------------------------------- own Kafka and S3Proxy
# Shared by the benchmarks that also run a Kafka and an S3Proxy of their own and keep their tenants on
# the main cluster (documents.sh, conversions-api.sh). They expect, besides WLP and B: out (the run's
# temporary directory), PORT, KAFKA_PORT, CONTROLLER_PORT, S3_PORT, KAFKA, S3, S3_BUCKET, S3_ACCESS,
# S3_SECRET, CONTROL_DB, EMAIL, PASSWORD, LOG_COPY. (tenants.sh defines its own psql_on and
# control_sql, taking a port, after sourcing this file.)

# The psql binary itself, not Debian's wrapper: a background poller must be stoppable by its pid.
find_psql() {
    PSQL=$(pg_config --bindir 2>/dev/null)/psql
    [ -x "$PSQL" ] || PSQL=$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
    [ -x "$PSQL" ] || PSQL=psql
}

psql_on() { local db=$1; shift; "$PSQL" -X -q -h 127.0.0.1 -p 5432 -U postgres -d "$db" "$@"; }
control_sql() { psql_on "$CONTROL_DB" -Atc "$1"; }
tenant_sql() { psql_on "$TENANT_DB" -Atc "$1"; }
control_db_exists() { [ -n "$(psql_on postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$CONTROL_DB'")" ]; }

require_free_ports() {   # the ports this run listens on
    local p
    for p in "$@"; do
        if ss -ltn "( sport = :$p )" | grep -q LISTEN; then
            echo "Port $p is in use; set BENCH_PORT / BENCH_KAFKA_PORT / BENCH_CONTROLLER_PORT / BENCH_S3_PORT or stop what listens there." >&2
            exit 1
        fi
    done
}

# The same script the build uses, with this run's ports and its state and data under $out. The
# benchmarks send no email: PROCURA_SMTP_HOST keeps it from starting a GreenMail of its own.
services() {
    PROCURA_SERVICES_DIR=$out/services PROCURA_SERVICES_KAFKA_PORT=$KAFKA_PORT \
    PROCURA_SERVICES_CONTROLLER_PORT=$CONTROLLER_PORT PROCURA_SERVICES_S3_PORT=$S3_PORT \
    PROCURA_LOCAL_S3_ACCESS_KEY=$S3_ACCESS PROCURA_LOCAL_S3_SECRET_KEY=$S3_SECRET \
    PROCURA_SMTP_HOST=127.0.0.1 \
        env -u PROCURA_KAFKA_BOOTSTRAP_SERVERS -u PROCURA_S3_ENDPOINT scripts/services.sh "$@"
}

stop_pid() {   # $1 = pid: TERM, up to 10 s, then KILL
    local pid=$1 k
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for ((k = 0; k < 40; k++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Writes bench_overrides: this run's port, control database, tenants on the main cluster, bcrypt cost 4,
# Kafka (outbox sweep every 0.2 s) and S3. $1 = the script's name; $2 = more <variable> lines.
# TENANT_BUDGET / TENANT_POOL_SIZE: procura.tenants.connection-budget (6) and pool-size (3).
write_service_overrides() {
    cat > "$(bench_overrides)" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<server>
    <!-- Written by bench/$1: its own port, control database, Kafka and S3. -->
    <variable name="procura.mode" value="dev"/>
    <variable name="procura.http.port" value="$PORT"/>
    <variable name="procura.db.url" value="jdbc:postgresql://localhost:5432/$CONTROL_DB"/>
    <variable name="procura.db.user" value="postgres"/>
    <variable name="procura.db.pool.max" value="10"/>
    <variable name="procura.admin.email" value="admin@procura.localhost"/>
    <variable name="procura.bcrypt.cost" value="4"/>
    <variable name="procura.jwt.access-token-ttl" value="PT2H"/>
    <variable name="procura.tenants.servers" value="main"/>
    <variable name="procura.tenants.server.main.url" value="jdbc:postgresql://localhost:5432/"/>
    <variable name="procura.tenants.connection-budget" value="${TENANT_BUDGET:-6}"/>
    <variable name="procura.tenants.pool-size" value="${TENANT_POOL_SIZE:-3}"/>
    <variable name="procura.kafka.bootstrap-servers" value="$KAFKA"/>
    <variable name="procura.outbox.sweep-interval" value="PT0.2S"/>
    <variable name="procura.s3.endpoint" value="$S3"/>
    <variable name="procura.s3.bucket" value="$S3_BUCKET"/>
    <variable name="procura.s3.access-key" value="$S3_ACCESS"/>
    <variable name="procura.s3.secret-key" value="$S3_SECRET"/>
$2
</server>
XML
}

# Registers $EMAIL, logs in and creates one tenant: sets USER_ID, TOKEN, TID and TENANT_DB.
sign_up_with_tenant() {   # $1 = last name of the user, $2 = name of the tenant
    curl -sf -X POST "$B/api/v1/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"$1\"}" >/dev/null
    USER_ID=$(control_sql "SELECT id FROM users WHERE email = '$EMAIL'")
    TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    [ -n "$TOKEN" ] || { echo "login failed" >&2; exit 1; }
    local code
    code=$(curl -s -o "$out/tenant.json" -w '%{http_code}' -X POST "$B/api/v1/tenants" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "{\"name\":\"$2\"}")
    [ "$code" = 201 ] || { echo "POST /api/v1/tenants answered $code: $(cat "$out/tenant.json")" >&2; exit 1; }
    TID=$(sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p' "$out/tenant.json" | head -1)
    TENANT_DB=$(control_sql "SELECT database_name FROM tenant_databases WHERE tenant_id = '$TID'")
    [[ $TENANT_DB =~ ^tenant_[0-9a-f]{32}$ ]] || { echo "no database for tenant $TID" >&2; exit 1; }
}

# For the cleanup: drops the databases and roles of the tenants this run's user created and their
# control rows, then the control database if this run created it (CREATED_CONTROL) and nothing was
# left; prints what it did. Sets dropped and failed.
drop_run_tenants() {
    if [ -z "$USER_ID" ] && control_db_exists; then
        USER_ID=$(control_sql "SELECT id FROM users WHERE email = '$EMAIL'" 2>/dev/null)
    fi
    dropped=0 failed=0
    if [ -n "$USER_ID" ]; then
        control_sql "SELECT d.database_name, d.owner_role FROM tenant_databases d
                     JOIN tenants t ON t.id = d.tenant_id WHERE t.created_by = '$USER_ID'" | tr '|' ' ' > "$out/drop.txt"
        awk '$1 ~ /^tenant_[0-9a-f]{32}$/ && $2 ~ /^tenant_[0-9a-f]{32}$/ {
            printf "DROP DATABASE IF EXISTS %s WITH (FORCE);\nDROP ROLE IF EXISTS %s;\n", $1, $2}' "$out/drop.txt" > "$out/drop.sql"
        [ -s "$out/drop.sql" ] && psql_on postgres -f "$out/drop.sql" > "$out/drop.log" 2>&1
        local name
        while read -r name _; do
            if [ -z "$(psql_on postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
                dropped=$((dropped + 1))
                control_sql "DELETE FROM tenants t USING tenant_databases d WHERE d.tenant_id = t.id
                             AND d.database_name = '$name'" >/dev/null
            else
                failed=$((failed + 1))
            fi
        done < "$out/drop.txt"
        [ "$failed" -eq 0 ] || echo "$failed tenant databases are left; drop them with $out/drop.sql" \
            "(then: DELETE FROM tenants WHERE created_by = '$USER_ID' in $CONTROL_DB)"
        control_sql "DELETE FROM tenants t WHERE t.created_by = '$USER_ID'
                     AND NOT EXISTS (SELECT 1 FROM tenant_databases d WHERE d.tenant_id = t.id)" >/dev/null
    fi
    local control_note="kept (it existed before this run)"
    if $CREATED_CONTROL; then
        if [ "$failed" -eq 0 ]; then
            PGOPTIONS="-c client_min_messages=warning" psql_on postgres -c "DROP DATABASE IF EXISTS $CONTROL_DB WITH (FORCE)" >/dev/null && control_note="dropped"
        else
            control_note="kept: $failed tenant databases could not be dropped (see $out/drop.log)"
        fi
    fi
    echo "dropped $dropped tenant databases and roles (failed: $failed); control database $CONTROL_DB $control_note"
}

# For the cleanup: the server's logs are kept in $LOG_COPY.
keep_server_logs() {
    if [ -d "$WLP/usr/servers/procura/logs" ]; then
        rm -rf "$LOG_COPY"; cp -r "$WLP/usr/servers/procura/logs" "$LOG_COPY"
        echo "server logs kept in $LOG_COPY (replaced by the next run)"
    fi
}

# Of messages.log in the SIMPLE format (a JSON log has no such lines): sets log_errors, log_warnings,
# log_codes (message codes with their counts), log_lines (the 5 most frequent error and warning lines),
# ffdc (FFDC files) and ffdc_kinds (their most frequent exceptions).
log_summary() {
    local logs=$WLP/usr/servers/procura/logs
    log_errors=$(cat "$logs"/messages*.log | grep -cE '^\[[^]]*\] [0-9a-f]+ .* E ' || true)
    log_warnings=$(cat "$logs"/messages*.log | grep -cE '^\[[^]]*\] [0-9a-f]+ .* W ' || true)
    log_codes=$(cat "$logs"/messages*.log | grep -E '^\[[^]]*\] [0-9a-f]+ .* [EW] ' | grep -oE ' [EW] [A-Z]{4,5}[0-9]{4}[EW]' | sort | uniq -c |
        awk '{printf "%s%s×%s", sep, $3, $1; sep=", "}' || true)
    log_lines=$(cat "$logs"/messages*.log | grep -E '^\[[^]]*\] [0-9a-f]+ .* [EW] ' | sed -E 's/^\[[^]]*\] [0-9a-f]+ +[^ ]+ +([EW]) +/\1 /' | cut -c1-160 |
        sort | uniq -c | sort -rn | head -5 || true)
    ffdc=$(ls "$logs/ffdc" 2>/dev/null | grep -c '^ffdc_' || true)
    ffdc_kinds=$(cat "$logs"/ffdc/ffdc_* 2>/dev/null | sed -nE 's/^Stack Dump = (.{1,110}).*/\1/p' | sort | uniq -c | sort -rn | head -8 || true)
}

# ---------------------------------------------------------------- a section of bench/RESULTS.md
# Writes a benchmark's own section (audit.sh, search.sh; conversions.sh has the same inline): replaces it,
# from its heading to the next "## " heading outside a code block, or appends it; a missing file becomes
# the section. $1 = the heading line ("## Audit"), $2 = the section file, $3 = the results file.
write_results_section() {
    local heading=$1 section=$2 results=$3
    if [ -f "$results" ]; then
        awk -v section="$section" -v heading="$heading" '
            function emit(  line) { while ((getline line < section) > 0) print line; close(section) }
            !fence && $0 == heading { emit(); print ""; skip = 1; done = 1; next }
            !fence && skip && /^## / { skip = 0 }
            /^```/ { fence = !fence }
            !skip { print }
            END { if (!done) { print ""; emit() } }' "$results" |
            awk '{a[NR] = $0} NF {last = NR} END {for (i = 1; i <= last; i++) print a[i]}' > "$section.results"
        cp "$section.results" "$results"
    else
        cp "$section" "$results"
    fi
}

# The EXIT trap of a benchmark with its own server and services (analytics.sh, reports.sh): stops them,
# drops the run's tenants, keeps the server logs, removes the raw files of a run that passed and prints
# the wall time. Reads the script's started_server, services_started, failed, out, WLP and WALL_START.
own_server_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    $services_started && services stop > /dev/null
    drop_run_tenants
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}

#!/usr/bin/env bash
# Search benchmark (issue 14): one tenant with BENCH_DOCS documents with extracted text and BENCH_BUYING
# buying records (suppliers, RFQs, quotes, purchase orders, invoices) in its search index; p95 of
# GET /api/v1/tenants/{id}/search (first page of 20, with snippets) for a selective term (10 records), a
# broad one (~30% of them) and a purchase order number, each against the same two queries run straight
# over JDBC (bench/SearchLoad.java); then BENCH_UPDATES single-record updates, and the same again. The
# rows are written straight into the tenant's search_index with the SQL of SearchIndex (through the API
# it would take hours). Runs its own Liberty (a copy of target/liberty/wlp on port 5998, control database
# procura_bench_search), so a server or test run on port 4999 is left alone, and drops every database it
# made. Prints the figures and writes the section "Search" of bench/RESULTS.md (replaced or appended).
# Usage: bench/search.sh      (knobs: see bench/README.md; e.g. BENCH_DOCS=10000 BENCH_BUYING=10000 BENCH_UPDATES=1000)
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${BENCH_DOCS:-100000}               # documents with extracted text
BUYING=${BENCH_BUYING:-100000}           # buying records
DOC_WORDS=${BENCH_DOC_WORDS:-600}        # words of a document's text, on average
UPDATES=${BENCH_UPDATES:-10000}          # single-record updates between the two measurements
DURATION=${BENCH_DURATION:-15}           # seconds per measured run (API and SQL each)
WARMUP=${BENCH_WARMUP_SECONDS:-3}        # seconds of untimed requests before each
CONNECTIONS=${BENCH_CONNECTIONS:-2}      # wrk connections, and JDBC connections of the baseline
LOAD_THREADS=${BENCH_LOAD_THREADS:-2}    # connections writing the index
PER_PAGE=20
CODE_TERM=PO-000042                      # a purchase order number (they are numbered from PO-000001)
PORT=${BENCH_PORT:-5998}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_search}
WLP=${BENCH_WLP:-/tmp/bench-search-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-search-logs}
# Where the outbox relay publishes: nowhere (a closed port), as in bench/tenants.sh; nothing here needs it.
KAFKA=${BENCH_KAFKA:-127.0.0.1:9}
RESULTS_MD=${BENCH_RESULTS_MD:-bench/RESULTS.md}
XMX=${BENCH_XMX:-512m}
SELECTIVE_TARGET=50                      # p95 ms, first page of 20 with snippets
BROAD_TARGET=150                         # p95 ms for a broad term
B=http://localhost:$PORT
for v in DOCS BUYING DOC_WORDS UPDATES DURATION WARMUP CONNECTIONS LOAD_THREADS PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[ "$BUYING" -ge 1000 ] || { echo "BENCH_BUYING must be at least 1000 (so that $CODE_TERM exists)" >&2; exit 2; }
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
[[ $XMX =~ ^[0-9]+[kmgKMG]$ ]] || { echo "BENCH_XMX must look like 512m (got '$XMX')" >&2; exit 2; }
COMMAND=bench/search.sh
for v in BENCH_LOAD_THREADS BENCH_CONNECTIONS BENCH_WARMUP_SECONDS BENCH_DURATION BENCH_UPDATES BENCH_DOC_WORDS BENCH_BUYING BENCH_DOCS; do
    if [ -n "${!v:-}" ]; then COMMAND="$v=${!v} $COMMAND"; fi
done
RUN=$(date +%s)
WALL_START=$(date +%s)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PASSWORD="Bench-password-2026"
EMAIL="bench-search-$RUN-$$@example.com"
# Copying, starting and stopping the bench server, psql, the account, the cleanup of its tenants,
# result() and write_results_section(): shared with the other benchmarks.
source bench/lib.sh
find_psql
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
require_free_ports "$PORT"

out=$(mktemp -d /tmp/bench-search.XXXXXX)
started_server=false
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
    drop_run_tenants
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (wrk and query outputs) and the server copy $WLP"
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
socket_errors() { awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10; f=1} END {if (!f) print 0}' "$1"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v != "" && v + 0 <= t ? "met" : "MISSED")}'; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }

# The server's variables, as bench/tenants.sh writes them (port, control database, tenants on the main
# cluster, bcrypt 4, Kafka nowhere), and: a random administrator password and audit signing key of this
# run, no email, messages.log in the SIMPLE format for the log summary.
prepare_server() {
    copy_server
    cat > "$(bench_overrides)" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<server>
    <!-- Written by bench/search.sh: its own port and control database. -->
    <variable name="procura.mode" value="dev"/>
    <variable name="procura.http.port" value="$PORT"/>
    <variable name="procura.db.url" value="jdbc:postgresql://localhost:5432/$CONTROL_DB"/>
    <variable name="procura.db.user" value="postgres"/>
    <variable name="procura.db.pool.max" value="10"/>
    <variable name="procura.admin.email" value="admin@procura.localhost"/>
    <variable name="procura.admin.password" value="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"/>
    <variable name="procura.audit.signing-key" value="$(head -c 32 /dev/urandom | base64)"/>
    <variable name="procura.bcrypt.cost" value="4"/>
    <variable name="procura.jwt.access-token-ttl" value="PT2H"/>
    <variable name="procura.tenants.servers" value="main"/>
    <variable name="procura.tenants.server.main.url" value="jdbc:postgresql://localhost:5432/"/>
    <variable name="procura.tenants.connection-budget" value="6"/>
    <variable name="procura.tenants.pool-size" value="3"/>
    <variable name="procura.kafka.bootstrap-servers" value="$KAFKA"/>
    <variable name="procura.notifications.email.enabled" value="false"/>
    <variable name="procura.smtp.host" value="127.0.0.1"/>
    <variable name="procura.smtp.port" value="9"/>
    <variable name="procura.log.message-format" value="SIMPLE"/>
</server>
XML
}

# bench/SearchLoad.java, compiled once, with the WAR's PostgreSQL driver.
helper() {
    java "-Xmx$XMX" -cp "$out/classes:$PGJAR" SearchLoad "$@"
}

# One search through the API, kept as $out/api-$2.json; fails on anything but 200.
check_api() {   # $1 = text, $2 = label
    local code
    code=$(curl -s -o "$out/api-$2.json" -w '%{http_code}' -G "$B/api/v1/tenants/$TID/search" \
        --data-urlencode "q=$1" --data-urlencode "per_page=$PER_PAGE" -H "Authorization: Bearer $TOKEN")
    [ "$code" = 200 ] || { echo "GET …/search?q=$1 answered $code: $(head -c 500 "$out/api-$2.json")" >&2; exit 1; }
}

# The API (wrk) then the SQL (SearchLoad query) for one text: $1 = phase (before|after), $2 = label, $3 = text.
measure() {
    local url="$B/api/v1/tenants/$TID/search?q=$3&per_page=$PER_PAGE"
    check_api "$3" "$1-$2"
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -H "Authorization: Bearer $TOKEN" -s bench/latency.lua "$url" >/dev/null
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -H "Authorization: Bearer $TOKEN" -s bench/latency.lua \
        "$url" > "$out/api-$1-$2.txt"
    helper query "$JDBC" "$3" "$DURATION" "$CONNECTIONS" "$PER_PAGE" "$WARMUP" > "$out/sql-$1-$2.txt"
    printf '    %-10s %-8s API p95 %8s ms (%s req/s, %s non-2xx), SQL p95 %8s ms; %s hits\n' "$2" "$1" \
        "$(field "$out/api-$1-$2.txt" p95_ms)" "$(field "$out/api-$1-$2.txt" rate)" "$(field "$out/api-$1-$2.txt" non2xx)" \
        "$(field "$out/sql-$1-$2.txt" p95_ms)" "$(jq -r .total "$out/api-$1-$2.json")"
}

table_stats() {   # live and dead rows, autovacuum, sizes of the table and its two GIN indexes
    tenant_sql "SELECT n_live_tup, n_dead_tup, coalesce(to_char(last_autovacuum, 'HH24:MI:SS'), 'never'),
            coalesce(to_char(last_autoanalyze, 'HH24:MI:SS'), 'never'),
            pg_size_pretty(pg_relation_size('search_index')), pg_size_pretty(pg_total_relation_size('search_index')),
            pg_size_pretty(pg_relation_size('$DOC_INDEX')), pg_size_pretty(pg_relation_size('$CODE_INDEX'))
        FROM pg_stat_user_tables WHERE relname = 'search_index'" |
        awk -F'|' '{printf "%s live rows, %s dead; last autovacuum %s, autoanalyze %s; table %s, %s with TOAST and indexes; GIN %s (document), %s (code)", $1, $2, $3, $4, $5, $6, $7, $8}'
}

# ---------------------------------------------------------------- 0. server, account, tenant
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
prepare_server
unzip -qo "$WLP/usr/servers/procura/apps/procura.war" 'WEB-INF/lib/postgresql-*.jar' \
    'WEB-INF/classes/db/tenant/012-search.sql' -d "$out/war"
PGJAR=$(ls "$out"/war/WEB-INF/lib/postgresql-*.jar | head -1)
mkdir -p "$out/classes"
javac -nowarn -d "$out/classes" -cp "$PGJAR" bench/SearchLoad.java
# The two GIN indexes of the search index, as the WAR's changelog creates them.
grep -E '^CREATE INDEX search_index_[a-z_]+ ON search_index USING GIN' "$out/war/WEB-INF/classes/db/tenant/012-search.sql" \
    > "$out/indexes.sql" || true
[ "$(wc -l < "$out/indexes.sql")" = 2 ] || { echo "expected the 2 GIN indexes of search_index in 012-search.sql" >&2; exit 1; }
DOC_INDEX=$(grep -m1 '(document)' "$out/indexes.sql" | sed -E 's/^CREATE INDEX ([a-z_]+) .*/\1/')
CODE_INDEX=$(grep -m1 'gin_trgm_ops' "$out/indexes.sql" | sed -E 's/^CREATE INDEX ([a-z_]+) .*/\1/')
[ -n "$DOC_INDEX" ] && [ -n "$CODE_INDEX" ] || { echo "cannot tell the document and code indexes apart in 012-search.sql" >&2; exit 1; }
start_server --clean
sign_up_with_tenant Search "Bench search"
JDBC="jdbc:postgresql://127.0.0.1:5432/$TENANT_DB?user=postgres"
BEFORE_ROWS=$(tenant_sql "SELECT count(*) FROM search_index")

# ---------------------------------------------------------------- 1. the index
echo "Writing $(thousands "$DOCS") documents (~$DOC_WORDS words each) and $(thousands "$BUYING") buying records into"
echo "  search_index of $TENANT_DB with SearchIndex's SQL, $LOAD_THREADS connections, without its GIN indexes, then building them…"
tenant_sql "DROP INDEX IF EXISTS $DOC_INDEX, $CODE_INDEX" >/dev/null
if ! helper load "$JDBC" "$DOCS" "$BUYING" "$DOC_WORDS" "$LOAD_THREADS" > "$out/load.txt" \
        2> >(tee "$out/load.err" | grep --line-buffered -E '^  loaded ' >&2); then
    sleep 1; cat "$out/load.err" >&2; echo "SearchLoad load failed" >&2; exit 1
fi
{ echo "SET maintenance_work_mem = '512MB';"; cat "$out/indexes.sql"; echo "VACUUM ANALYZE search_index;"; } > "$out/build.sql"
t0=$(date +%s%N)
psql_on "$TENANT_DB" -v ON_ERROR_STOP=1 -f "$out/build.sql" >/dev/null
INDEX_S=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
STATS_LOADED=$(table_stats)
SELECTIVE=$(field "$out/load.txt" selective_term)
BROAD=$(field "$out/load.txt" broad_term)
[[ $SELECTIVE =~ ^[a-z]+$ && $BROAD =~ ^[a-z]+$ ]] || { echo "SearchLoad named no terms: $(cat "$out/load.txt")" >&2; exit 1; }

# ---------------------------------------------------------------- 2. searches, before and after the updates
echo "Searching: API (wrk -t1 -c$CONNECTIONS) then the same SQL over JDBC ($CONNECTIONS connections), ${DURATION}s each after ${WARMUP}s…"
measure before selective "$SELECTIVE"
measure before broad "$BROAD"
measure before code "$CODE_TERM"
echo "$(thousands "$UPDATES") single-record updates (SearchIndex's UPSERT, new text, one transaction each)…"
if ! helper update "$JDBC" "$DOCS" "$BUYING" "$DOC_WORDS" "$UPDATES" > "$out/updates.txt" \
        2> >(tee "$out/updates.err" | grep --line-buffered -E '^  updated ' >&2); then
    sleep 1; cat "$out/updates.err" >&2; echo "SearchLoad update failed" >&2; exit 1
fi
STATS_UPDATED=$(table_stats)
measure after selective "$SELECTIVE"
measure after broad "$BROAD"
measure after code "$CODE_TERM"
STATS_END=$(table_stats)
log_summary

# ---------------------------------------------------------------- report
api() { field "$out/api-$1-$2.txt" "$3"; }
sql() { field "$out/sql-$1-$2.txt" "$3"; }
target_of() { [ "$1" = broad ] && echo "$BROAD_TARGET" || echo "$SELECTIVE_TARGET"; }
describe() {
    case $1 in
        selective) echo "selective term \"$SELECTIVE\" ($(field "$out/load.txt" selective_records) records)" ;;
        broad) echo "broad term \"$BROAD\" ($(thousands "$(field "$out/load.txt" broad_records)") records)" ;;
        code) echo "purchase order number \"$CODE_TERM\"" ;;
    esac
}
mismatch=""
for phase in before after; do
    for t in selective broad code; do
        a=$(jq -r .total "$out/api-$phase-$t.json"); s=$(sql "$phase" "$t" total)
        [ "$a" = "$s" ] || mismatch="$mismatch; $t $phase: API total $a, SQL total $s"
    done
done
report() {
    echo "Procura search benchmark — $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/Java \1/')"
    echo "application: $BUILD"
    echo "bench server: port $PORT, control database $CONTROL_DB; tenant database $TENANT_DB on 127.0.0.1:5432"
    echo
    echo "index: $(thousands "$(field "$out/load.txt" rows)") rows written with SearchIndex's UPSERT ($LOAD_THREADS connections, 500 a transaction) in"
    echo "  $(field "$out/load.txt" load_s) s ($(field "$out/load.txt" load_rate) rows/s), then its 2 GIN indexes built and VACUUM ANALYZE in $INDEX_S s;"
    echo "  $(field "$out/load.txt" body_mb) MB of text; $(sed -n 's/^types //p' "$out/load.txt"); ($BEFORE_ROWS rows before)"
    echo "  words: Zipf (s = 1) over $(thousands "$(field "$out/load.txt" vocabulary)") (common English words, then made-up ones); documents $DOC_WORDS words on average"
    echo "  after loading: $STATS_LOADED"
    echo
    echo "GET /api/v1/tenants/{id}/search?q=…&per_page=$PER_PAGE (first page, snippets) with wrk -t1 -c$CONNECTIONS, ${DURATION}s after ${WARMUP}s;"
    echo "baseline: SearchIndex's two queries (counts per type, then the page with ts_headline) in one transaction over JDBC,"
    echo "$CONNECTIONS connections, statements prepared once, the same ${DURATION}s after ${WARMUP}s"
    printf '  %-44s %-7s %8s %8s %8s %8s %8s %7s %8s\n' "" "" "p50 ms" "p95 ms" "p99 ms" "req/s" "non-2xx" "errors" "hits"
    local phase t
    for phase in before after; do
        [ "$phase" = after ] && echo "  after $(thousands "$UPDATES") single-record updates:"
        for t in selective broad code; do
            printf '  %-44s %-7s %8s %8s %8s %8s %8s %7s %8s\n' "$(describe "$t")" "API" "$(api "$phase" "$t" p50_ms)" \
                "$(api "$phase" "$t" p95_ms)" "$(api "$phase" "$t" p99_ms)" "$(api "$phase" "$t" rate)" \
                "$(api "$phase" "$t" non2xx)" "$(socket_errors "$out/api-$phase-$t.txt")" "$(jq -r .total "$out/api-$phase-$t.json")"
            printf '  %-44s %-7s %8s %8s %8s %8s %8s %7s %8s\n' "" "SQL" "$(sql "$phase" "$t" p50_ms)" \
                "$(sql "$phase" "$t" p95_ms)" "$(sql "$phase" "$t" p99_ms)" "$(sql "$phase" "$t" rate)" "" "" "$(sql "$phase" "$t" total)"
            printf '  %-44s ratio API / SQL (p95) %s; p95 target ≤ %s ms: %s\n' "" \
                "$(ratio "$(api "$phase" "$t" p95_ms)" "$(sql "$phase" "$t" p95_ms)")" "$(target_of "$t")" \
                "$(verdict "$(api "$phase" "$t" p95_ms)" "$(target_of "$t")")"
        done
    done
    echo "  after / before (API p95): $(for t in selective broad code; do printf '%s %s  ' "$t" "$(ratio "$(api after "$t" p95_ms)" "$(api before "$t" p95_ms)")"; done)"
    echo
    echo "updates: $(thousands "$(field "$out/updates.txt" updates)") records picked at random (documents and buying records alike), each written"
    echo "  again with new text of the same kind (the same terms) by SearchIndex's UPSERT, one statement per transaction:"
    echo "  $(field "$out/updates.txt" update_s) s ($(field "$out/updates.txt" update_rate)/s), p50 $(field "$out/updates.txt" p50_ms) ms, p95 $(field "$out/updates.txt" p95_ms) ms, max $(field "$out/updates.txt" max_ms) ms"
    echo "  right after them: $STATS_UPDATED"
    echo "  after the second measurement: $STATS_END"
    echo
    echo "  the first hit for \"$SELECTIVE\": $(jq -r '.items[0] | "\(.type) \(.code): \(.snippet)"' "$out/api-before-selective.json" | cut -c1-220)"
    echo "  the first hit for \"$CODE_TERM\": $(jq -r '.items[0] | "\(.type) \(.code) (rank \(.rank))"' "$out/api-before-code.json")"
    echo "  hits per type for \"$BROAD\": $(jq -c .facets "$out/api-before-broad.json")"
    [ -z "$mismatch" ] || echo "  WARNING: the API and the SQL do not count the same hits${mismatch}"
    echo
    echo "server log (kept in $LOG_COPY): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files"
    echo "  (the outbox relay's warnings are expected: its Kafka is $KAFKA, where nothing listens)"
    [ -z "$log_lines" ] || { echo "most frequent error and warning lines:"; echo "$log_lines"; }
    [ -z "$ffdc_kinds" ] || { echo "FFDC exceptions:"; echo "$ffdc_kinds"; }
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time so far: $((wall / 60)) min $((wall % 60)) s; load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo
report | tee "$out/report.txt"

# ---------------------------------------------------------------- bench/RESULTS.md
docs_fmt=$(thousands "$DOCS"); buying_fmt=$(thousands "$BUYING"); updates_fmt=$(thousands "$UPDATES")
summary() {   # the rows of the figures table: figure, value, baseline, ratio, target
    local t
    for t in selective broad code; do
        printf '%s\t%s\t%s\t%s\t%s\n' \
            "search, $docs_fmt documents + $buying_fmt buying records, $(describe "$t"), first page of $PER_PAGE with snippets, p95 ms (c=$CONNECTIONS)" \
            "$(api before "$t" p95_ms)" "same SQL over JDBC: $(sql before "$t" p95_ms)" \
            "$(ratio "$(api before "$t" p95_ms)" "$(sql before "$t" p95_ms)")" \
            "≤ $(target_of "$t") ($(verdict "$(api before "$t" p95_ms)" "$(target_of "$t")"))"
    done
    for t in selective broad code; do
        printf '%s\t%s\t%s\t%s\t%s\n' "the same after $updates_fmt single-record updates, $(describe "$t"), p95 ms" \
            "$(api after "$t" p95_ms)" "before the updates: $(api before "$t" p95_ms) (SQL after: $(sql after "$t" p95_ms))" \
            "$(ratio "$(api after "$t" p95_ms)" "$(api before "$t" p95_ms)")" \
            "unchanged; ≤ $(target_of "$t") ($(verdict "$(api after "$t" p95_ms)" "$(target_of "$t")"))"
    done
}
summary > "$out/summary.tsv"
while IFS=$'\t' read -r a b c d e; do result "$a" "$b" "$c" "$d" "$e"; done < "$out/summary.tsv"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
dirty=$([ -n "$(git status --porcelain -- src pom.xml liberty bench 2>/dev/null)" ] && echo " (with uncommitted changes)" || true)
{
    echo "## Search"
    echo
    echo "Written by \`bench/search.sh\` on $STARTED, commit \`$commit\`$dirty, on $(nproc) cores"
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
write_results_section "## Search" "$out/section.md" "$RESULTS_MD"
echo
echo "section \"Search\" written to $RESULTS_MD"

#!/usr/bin/env bash
# Documents and events benchmark: a large upload through the API vs a direct AWS SDK PutObject and a
# direct SDK multipart upload to the same S3 (with the server's heap during the upload); the outbox
# relay's rate to Kafka vs a raw producer;
# end-to-end event latency (API call → event received from Kafka). Runs its own Liberty (a copy of
# target/liberty/wlp on port 5997, control database procura_bench_documents), its own Kafka (29092)
# and S3Proxy (28080), so a server, test run or services.sh on this machine are left alone; it stops
# all of them by pid and drops every database it made.
# Usage: bench/documents.sh      (knobs: see bench/README.md; e.g. BENCH_UPLOAD_MB=10 BENCH_EVENTS=500)
set -euo pipefail
cd "$(dirname "$0")/.."

UPLOAD_MB=${BENCH_UPLOAD_MB:-100}      # size of the upload (MB = 2^20 bytes)
REPEAT=${BENCH_REPEAT:-3}              # uploads and relay rounds (median reported)
EVENTS=${BENCH_EVENTS:-2000}           # outbox rows per relay round
EVENT_BYTES=${BENCH_EVENT_BYTES:-500}  # payload size of those rows (about)
CALLS=${BENCH_LATENCY_CALLS:-200}      # API calls timed for the end-to-end latency
WARMUP=${BENCH_LATENCY_WARMUP:-20}     # untimed calls before them
PORT=${BENCH_PORT:-5997}
KAFKA_PORT=${BENCH_KAFKA_PORT:-29092}
CONTROLLER_PORT=${BENCH_CONTROLLER_PORT:-29093}
S3_PORT=${BENCH_S3_PORT:-28080}
CONTROL_DB=${BENCH_CONTROL_DB:-procura_bench_documents}
WLP=${BENCH_WLP:-/tmp/bench-documents-wlp}
LOG_COPY=${BENCH_LOGS:-/tmp/bench-documents-logs}   # the server's logs are kept here after the run
B=http://localhost:$PORT
KAFKA=127.0.0.1:$KAFKA_PORT
S3=http://127.0.0.1:$S3_PORT
S3_BUCKET=procura-bench
S3_ACCESS=bench-local
S3_SECRET=bench-local-only
for v in UPLOAD_MB REPEAT EVENTS EVENT_BYTES CALLS PORT KAFKA_PORT CONTROLLER_PORT S3_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "$v must be a positive integer (got '${!v}')" >&2; exit 2; }
done
[[ $WARMUP =~ ^[0-9]+$ ]] || { echo "BENCH_LATENCY_WARMUP must be a number" >&2; exit 2; }
[[ $CONTROL_DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_CONTROL_DB must be a plain lower-case name" >&2; exit 2; }
UPLOAD_BYTES=$(( UPLOAD_MB * 1048576 ))
# The server's part size (StreamingUpload.PART_SIZE, "N * 1024 * 1024"), for the like-for-like multipart baseline.
PART_MB=$(sed -nE 's/.*int PART_SIZE = ([0-9]+) \* 1024 \* 1024;.*/\1/p' src/main/java/dev/procura/platform/storage/StreamingUpload.java)
[[ $PART_MB =~ ^[1-9][0-9]*$ ]] || { echo "cannot read StreamingUpload.PART_SIZE from the source" >&2; exit 2; }
PART_BYTES=$(( PART_MB * 1048576 ))
MAX_BYTES=$(( UPLOAD_BYTES + 1048576 > 209715200 ? UPLOAD_BYTES + 1048576 : 209715200 ))   # procura.documents.max-bytes
RUN=$(date +%s)
WALL_START=$(date +%s)
PASSWORD="Bench-password-2026"
EMAIL="bench-documents-$RUN-$$@example.com"
JARS=services/target                   # Kafka and S3Proxy jars (services/pom.xml)

# Copying, starting and stopping the bench server, psql, its own Kafka and S3Proxy, the account and the
# cleanup of its tenants: shared with the other benchmarks.
source bench/lib.sh
find_psql

require_free_ports "$PORT" "$KAFKA_PORT" "$CONTROLLER_PORT" "$S3_PORT"

out=$(mktemp -d /tmp/bench-documents.XXXXXX)
started_server=false
LIBERTY_PID=
JSTAT_PID=
WATCH_PID=
PROBE_PID=
USER_ID=
CREATED_CONTROL=false
control_db_exists || CREATED_CONTROL=true

# ---------------------------------------------------------------- server copy and control
prepare_server() {
    copy_server
    local dir=$WLP/usr/servers/procura
    write_service_overrides documents.sh "    <variable name=\"procura.documents.max-bytes\" value=\"$MAX_BYTES\"/>"
    # The SDK and Kafka client jars of the WAR under test, for the Java baselines.
    unzip -qo "$dir/apps/procura.war" 'WEB-INF/lib/*.jar' -d "$out/war"
    LIB=$out/war/WEB-INF/lib
}

# Starts the server and waits for /health/ready = 200.


# A Java helper of bench/ run from source, with the WAR's jars; its client logging (JUL) at WARNING.
helper() {   # $1 = source file, then its arguments
    local src=$1; shift
    java -Xmx256m -Djava.util.logging.config.file="$out/logging.properties" -cp "$LIB/*" "bench/$src" "$@"
}

# ---------------------------------------------------------------- figures
median() { sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
# Nearest-rank percentile of a file of numbers.
pct() { sort -n "$1" | awk -v p="$2" '{a[NR] = $1} END {i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; printf "%.1f", a[i]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
mbps() { awk -v s="$1" -v b="$UPLOAD_BYTES" 'BEGIN {if (s > 0) printf "%.1f", b / 1048576 / s; else print "n/a"}'; }
per_s() { awk -v s="$1" -v n="$EVENTS" 'BEGIN {if (s > 0) printf "%.0f", n / s; else print "n/a"}'; }
# From a `jstat -gc` file: "used-before used-peak old-before old-peak" in MB (used = survivors + eden + old).
heap_figures() {
    awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
         $1 ~ /^[0-9.]+$/ {u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; o = $c["OU"]
              if (n++ == 0) {u0 = u; o0 = o}; if (u > um) um = u; if (o > om) om = o}
         END {printf "%.0f %.0f %.0f %.0f", u0 / 1024, um / 1024, o0 / 1024, om / 1024}' "$1"
}

# ---------------------------------------------------------------- cleanup
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    [ -n "$JSTAT_PID" ] && stop_pid "$JSTAT_PID"
    [ -n "$WATCH_PID" ] && stop_pid "$WATCH_PID"
    [ -n "$PROBE_PID" ] && stop_pid "$PROBE_PID"
    echo
    echo "Cleaning up…"
    $started_server && stop_server
    services stop > /dev/null
    # This run's tenants: those its user created.
    drop_run_tenants
    # The server's logs are kept; the server copy, Kafka's and S3Proxy's data and the upload files go.
    keep_server_logs
    if [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP_FILES:-}" ]; then
        rm -rf "$out" "$WLP"
        echo "removed $out (Kafka and S3Proxy data, upload files) and the server copy $WLP"
    else
        echo "raw files kept in $out, server copy in $WLP"
    fi
    local wall=$(( $(date +%s) - WALL_START ))
    echo "wall time: $((wall / 60)) min $((wall % 60)) s"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 0. services, server, account, tenant
printf '.level=WARNING\nhandlers=java.util.logging.ConsoleHandler\n' > "$out/logging.properties"
echo "Starting Kafka on $KAFKA and S3Proxy on $S3 (data in $out)…"
services start
echo "Preparing the bench server in $WLP (port $PORT, control database $CONTROL_DB)…"
prepare_server
start_server --clean
XMX=$(grep -o -- '-Xmx[0-9]*[kmgKMG]' "$WLP/usr/servers/procura/jvm.options" | head -1 || true)
sign_up_with_tenant Documents "Bench documents"

# ---------------------------------------------------------------- 1. upload vs direct S3 PUT
echo "Generating $UPLOAD_MB MB of random bytes…"
head -c "$UPLOAD_BYTES" /dev/urandom > "$out/upload.bin"
head -c $((8 * 1048576)) /dev/urandom > "$out/warmup.bin"
# One POST of the documents API; "seconds" of curl's time_total. Checks 201, size and a new file.
upload() {   # $1 = file, $2 = name, $3 = answer file
    local r code
    r=$(curl -s -o "$3" -w '%{http_code} %{time_total}' -X POST "$B/api/v1/tenants/$TID/documents" \
        -H "Authorization: Bearer $TOKEN" -H 'Expect:' -F "file=@$1;filename=$2;type=application/octet-stream")
    code=${r%% *}
    [ "$code" = 201 ] || { echo "upload of $2 answered $code: $(head -c 500 "$3")" >&2; return 1; }
    grep -q "\"size_bytes\":$(stat -c %s "$1")" "$3" || { echo "upload of $2: unexpected size in $(head -c 500 "$3")" >&2; return 1; }
    grep -q '"duplicate":false' "$3" || { echo "upload of $2 was a duplicate: $(head -c 500 "$3")" >&2; return 1; }
    awk -v s="${r#* }" 'BEGIN {printf "%.3f\n", s}'
}
echo "Uploading $UPLOAD_MB MB $REPEAT times through the API, $REPEAT times straight to S3 with PutObject and $REPEAT times"
echo "as a multipart upload ($PART_MB MiB parts, one after another), then once more through the API for the live heap…"
upload "$out/warmup.bin" warmup.bin "$out/upload-warmup.json" >/dev/null
for ((i = 1; i <= REPEAT; i++)); do
    # New bytes at the start: every upload is new content (the same content in a tenant reuses its file, no PUT).
    head -c 32 /dev/urandom | dd of="$out/upload.bin" bs=32 count=1 conv=notrunc status=none
    jcmd "$LIBERTY_PID" GC.run >/dev/null 2>&1 || true
    sleep 1
    : > "$out/heap-$i.txt"
    jstat -gc "$LIBERTY_PID" 200 > "$out/heap-$i.txt" 2>/dev/null &
    JSTAT_PID=$!
    for ((k = 0; k < 50; k++)); do [ "$(wc -l < "$out/heap-$i.txt")" -ge 2 ] && break; sleep 0.1; done
    upload "$out/upload.bin" "bench-$i.bin" "$out/upload-$i.json" >> "$out/api-s.txt"
    sleep 0.4   # two more samples
    stop_pid "$JSTAT_PID"; JSTAT_PID=
    heap_figures "$out/heap-$i.txt" >> "$out/heap.txt"; echo >> "$out/heap.txt"
    helper S3PutBaseline.java "$S3" "$S3_BUCKET" "$S3_ACCESS" "$S3_SECRET" "$out/warmup.bin" "$out/upload.bin" \
        "bench-baseline/$RUN/$i" 2> "$out/s3-baseline.err" | awk '{print $1}' >> "$out/s3-s.txt" ||
        { cat "$out/s3-baseline.err" >&2; exit 1; }
    # "seconds bytes parts"
    helper S3MultipartBaseline.java "$S3" "$S3_BUCKET" "$S3_ACCESS" "$S3_SECRET" "$PART_BYTES" "$out/warmup.bin" \
        "$out/upload.bin" "bench-baseline/$RUN/multipart-$i" 2> "$out/s3-multipart.err" >> "$out/s3-multipart.txt" ||
        { cat "$out/s3-multipart.err" >&2; exit 1; }
done
awk '{print $1}' "$out/s3-multipart.txt" > "$out/s3mp-s.txt"
MP_PARTS=$(awk 'NR == 1 {print $3}' "$out/s3-multipart.txt")

# One more upload, untimed: forced full GCs back to back, each followed by the heap in use, which is
# then only live objects. An upload held in memory would add its size here; young garbage does not count.
printf 'GC.run\nGC.heap_info\n' > "$out/live.jcmd"
live_heap() {   # MB in use after a full GC
    jcmd "$LIBERTY_PID" -f "$out/live.jcmd" 2>/dev/null | awk '/total/ && /used/ {
        for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); gsub(/[K,]/, "", v); printf "%.0f\n", v / 1024; exit } }'
}
head -c 32 /dev/urandom | dd of="$out/upload.bin" bs=32 count=1 conv=notrunc status=none
LIVE_BEFORE=$(live_heap)
upload "$out/upload.bin" bench-live.bin "$out/upload-live.json" > "$out/live-s.txt" &
PROBE_PID=$!
while kill -0 "$PROBE_PID" 2>/dev/null; do live_heap >> "$out/live.txt"; done
wait "$PROBE_PID" || { echo "the live-heap upload failed" >&2; exit 1; }
LIVE_PEAK=$(sort -n "$out/live.txt" | tail -1)
LIVE_SAMPLES=$(wc -l < "$out/live.txt")

# ---------------------------------------------------------------- 2. outbox → Kafka relay vs raw producer
PAD=$(( EVENT_BYTES > 260 ? EVENT_BYTES - 260 : 0 ))
# N pending rows in the tenant's outbox, shaped like the relay's envelopes; prints the highest id before them.
insert_rows() {   # $1 = rows
    tenant_sql "SELECT coalesce(max(id), 0) FROM outbox"
    tenant_sql "WITH r AS (SELECT i, gen_random_uuid() AS e, gen_random_uuid() AS k FROM generate_series(1, $1) i)
        INSERT INTO outbox (event_id, topic, message_key, payload, created_at)
        SELECT e, 'bench.relay', k::text, json_build_object('event_id', e, 'event_type', 'bench.relay',
            'tenant_id', '$TID', 'user_id', '$USER_ID', 'timestamp', now(),
            'data', json_build_object('seq', i, 'pad', repeat('x', $PAD)))::text, now() FROM r" >/dev/null
}
# Marks the tenant in outbox_signals (the relay's sweep picks it up); prints the time (epoch s).
signal() {
    control_sql "INSERT INTO outbox_signals (tenant_id, marked_at) VALUES ('$TID', now())
        ON CONFLICT (tenant_id) DO UPDATE SET marked_at = now() RETURNING extract(epoch FROM clock_timestamp())" | head -1
}
# Every 50 ms, one psql session on the tenant database: "<epoch s> <pending rows>".
cat > "$out/watch.sql" <<'SQL'
\set QUIET on
\pset format unaligned
\pset tuples_only on
\pset fieldsep ' '
SELECT extract(epoch FROM clock_timestamp()), count(*) FROM outbox WHERE sent_at IS NULL \watch 0.05
SQL
# Waits until the watcher has seen no pending row; prints the time of that sample.
drained() {   # $1 = samples file
    local k t
    for ((k = 0; k < 2400; k++)); do
        t=$(awk '$2 == 0 {print $1; exit}' "$1")
        [ -n "$t" ] && { echo "$t"; return 0; }
        kill -0 "$WATCH_PID" 2>/dev/null || { echo "the outbox watcher stopped" >&2; return 1; }
        sleep 0.05
    done
    echo "the outbox was not drained in 120 s" >&2; return 1
}
relay_round() {   # $1 = rows, $2 = label; appends "signal→drained s, first batch→drained s" to $out/relay.txt
    local low t0 t1 first k
    low=$(insert_rows "$1")
    [ "$(tenant_sql "SELECT count(*) FROM outbox WHERE sent_at IS NULL")" = "$1" ] ||
        { echo "pending rows before the signal: not $1 (the relay was already on them?)" >&2; return 1; }
    [ "$2" = 1 ] && tenant_sql "COPY (SELECT topic, message_key, payload FROM outbox WHERE id > $low ORDER BY id) TO STDOUT" > "$out/records.tsv"
    "$PSQL" -X -q -h 127.0.0.1 -p 5432 -U postgres -d "$TENANT_DB" -f "$out/watch.sql" > "$out/watch-$2.txt" 2>/dev/null &
    WATCH_PID=$!
    for ((k = 0; k < 50; k++)); do [ -s "$out/watch-$2.txt" ] && break; sleep 0.05; done
    t0=$(signal)
    t1=$(drained "$out/watch-$2.txt")
    stop_pid "$WATCH_PID"; WATCH_PID=
    first=$(tenant_sql "SELECT extract(epoch FROM min(sent_at)) FROM outbox WHERE id > $low")
    [ "$(tenant_sql "SELECT count(*) FROM outbox WHERE id > $low AND sent_at IS NOT NULL")" = "$1" ] ||
        { echo "not every row of the round was sent" >&2; return 1; }
    [ "$2" = warmup ] || awk -v a="$t0" -v b="$t1" -v f="$first" 'BEGIN {printf "%.3f %.3f %.3f\n", b - a, b - f, f - a}' >> "$out/relay.txt"
}
echo "Relaying $EVENTS outbox rows to Kafka, $REPEAT rounds (and a warm-up round of 200)…"
relay_round 200 warmup
for ((i = 1; i <= REPEAT; i++)); do relay_round "$EVENTS" "$i"; done
PAYLOAD_AVG=$(awk -F'\t' '{s += length($3)} END {printf "%.0f", s / NR}' "$out/records.tsv")
echo "Raw producer baseline: the same $EVENTS records to the same broker…"
helper RawProducerBaseline.java "$KAFKA" "$out/records.tsv" "$REPEAT" > "$out/raw-producer.txt" 2> "$out/raw-producer.err" ||
    { cat "$out/raw-producer.err" >&2; exit 1; }

# ---------------------------------------------------------------- 3. end-to-end event latency
echo "End-to-end latency: $CALLS PUT settings calls (after $WARMUP untimed), then $CALLS raw records…"
helper LatencyConsumer.java "$KAFKA" "$B" "$TOKEN" "$TID" "$CALLS" "$WARMUP" "$out/latency.txt" 2> "$out/latency.err" ||
    { cat "$out/latency.err" >&2; exit 1; }
awk '$1 == "api" {print $2}' "$out/latency.txt" > "$out/api-e2e-ms.txt"
awk '$1 == "api" {print $3}' "$out/latency.txt" > "$out/api-http-ms.txt"
awk '$1 == "raw" {print $2}' "$out/latency.txt" > "$out/raw-e2e-ms.txt"
EVENT_CHARS=$(awk '$1 == "size" {print $2}' "$out/latency.txt")

# ---------------------------------------------------------------- report
log_summary
api_s=$(median < "$out/api-s.txt"); s3_s=$(median < "$out/s3-s.txt"); mp_s=$(median < "$out/s3mp-s.txt")
relay_all=$(awk '{print $1}' "$out/relay.txt" | median); relay_drain=$(awk '{print $2}' "$out/relay.txt" | median)
relay_wait=$(awk '{print $3}' "$out/relay.txt" | median)
raw_pipe=$(awk '$1 == "pipelined" {print $2}' "$out/raw-producer.txt" | median)
raw_batch=$(awk '$1 == "batched" {print $2}' "$out/raw-producer.txt" | median)
runs() { awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $1}' "$1"; }
row() { printf '%-70s %9s %9s\n' "$1" "$(awk -v s="$2" 'BEGIN {printf "%.3f", s}')" "$3"; }
lrow() { printf '%-70s %9s %9s %9s\n' "$1" "$(pct "$2" 50)" "$(pct "$2" 99)" "$(pct "$2" 100)"; }
heap_rows=$(awk 'NF == 4 {printf "    upload %d: before %4d MB, peak %4d MB (%+5d MB); old generation %4d → %4d MB (%+d MB)\n", ++n, $1, $2, $2 - $1, $3, $4, $4 - $3}' "$out/heap.txt")
cat <<REPORT

Procura documents and events benchmark — $(nproc) cores; bench server port $PORT ($XMX), control database $CONTROL_DB
Kafka 4.3.1 on $KAFKA and S3Proxy (filesystem under /tmp) on $S3, both started by this run
application: $BUILD

(1) Upload of $UPLOAD_MB MB of random bytes, $REPEAT times each (median; every upload is new content)
$(printf '%-70s %9s %9s' "" "seconds" "MB/s")
$(row "POST /api/v1/tenants/{id}/documents (curl -F, multipart)" "$api_s" "$(mbps "$api_s")")
$(row "baseline: AWS SDK PutObject of the same file, same S3Proxy" "$s3_s" "$(mbps "$s3_s")")
$(row "baseline: AWS SDK multipart upload, $PART_MB MiB parts one after another" "$mp_s" "$(mbps "$mp_s")")
  ratio API / PutObject (time):   $(ratio "$api_s" "$s3_s")
  ratio API / multipart (time):   $(ratio "$api_s" "$mp_s")   (like for like: S3Proxy writes and hashes a multipart upload twice)
  runs (s): API $(runs "$out/api-s.txt"); PutObject $(runs "$out/s3-s.txt"); multipart $(runs "$out/s3mp-s.txt") ($MP_PARTS parts)
  the API parses the multipart body as it arrives (Commons FileUpload's streaming parser, no part buffered whole), reads the
  file part once into $PART_MB MiB parts, hashing them (SHA-256, MD5), detects the type from the first, sends each part
  to S3 (multipart upload, the same SDK client) in the background while it reads the next, and writes the rows and
  2 outbox events; the baselines are the S3 calls alone: one PutObject, or CreateMultipartUpload, UploadPart for each
  part read from the file (sequential: read part N, send it, then part N+1; CRC32 checksums as the server sends them)
  and CompleteMultipartUpload (each a fresh JVM per run, after one untimed upload of an 8 MB file the same way)
  server heap used (jstat -gc every 200 ms; a full GC before each upload; used = survivors + eden + old):
$heap_rows
  live heap of the server during one more upload (forced full GCs back to back, each then the heap in use;
  $LIVE_SAMPLES samples over $(awk '{printf "%.1f", $1}' "$out/live-s.txt") s): before $LIVE_BEFORE MB, peak $LIVE_PEAK MB ($(awk -v a="$LIVE_PEAK" -v b="$LIVE_BEFORE" 'BEGIN {printf "%+d", a - b}') MB);
  an upload held in memory would add ≥ $UPLOAD_MB MB here, young garbage adds nothing; the server holds two parts
  (one being sent, one being read: 2 × $PART_MB MiB) and the parser's and the SDK's buffers

(2) Outbox → Kafka: $EVENTS rows (payload ≈ $PAYLOAD_AVG bytes) inserted into the tenant's outbox, then the tenant
    marked in outbox_signals; the relay's sweep (every 0.2 s) publishes them in batches of 500, up to 8 batches per
    transaction, reading and sending the next batch while the broker acknowledges one — median of $REPEAT rounds
$(printf '%-70s %9s %9s' "" "seconds" "events/s")
$(row "relay, first batch -> all rows sent_at set" "$relay_drain" "$(per_s "$relay_drain")")
$(row "relay, signal -> all rows sent_at set (includes the sweep wait)" "$relay_all" "$(per_s "$relay_all")")
$(row "baseline: raw producer, same records, all sends then one flush" "$raw_pipe" "$(per_s "$raw_pipe")")
$(row "raw producer in batches of 500, flush + wait each" "$raw_batch" "$(per_s "$raw_batch")")
  ratio relay / raw producer (events/s, first batch → all sent):  $(ratio "$raw_pipe" "$relay_drain")
  ratio relay / raw producer in batches of 500:                     $(ratio "$raw_batch" "$relay_drain")
  wait from the signal to the first batch (median): $(awk -v w="$relay_wait" 'BEGIN {printf "%.0f ms", w * 1000}'); end of a round seen by polling every 50 ms
  both producers: idempotent, acks=all, same timeouts; the relay's rows are read, sent, flushed and marked
  sent_at batch by batch, one tenant transaction each

(3) End-to-end event latency, $CALLS calls one after another (after $WARMUP untimed)
$(printf '%-70s %9s %9s %9s' "" "p50 ms" "p99 ms" "max ms")
$(lrow "PUT settings -> settings.updated received from Kafka" "$out/api-e2e-ms.txt")
$(lrow "  of which the HTTP call itself (until its 200)" "$out/api-http-ms.txt")
$(lrow "baseline: raw producer send() -> received, same size, same broker" "$out/raw-e2e-ms.txt")
  events of $EVENT_CHARS characters; each call's event is matched by a unique approval_second_level_amount;
  the calls, the consumer (assigned every partition, from the end) and the baseline producer share one JVM

server log (kept in $LOG_COPY): $log_errors errors, $log_warnings warnings${log_codes:+ ($log_codes)}, $ffdc FFDC files
${log_lines:+most frequent error and warning lines:
$log_lines
}${ffdc_kinds:+FFDC exceptions:
$ffdc_kinds}
REPORT
# Rows of bench/RESULTS.md (bench/all.sh): the upload against both baselines, and its live heap.
result "POST documents, $UPLOAD_MB MB upload, s (median of $REPEAT)" "$api_s" "SDK PutObject: $s3_s" "$(ratio "$api_s" "$s3_s")" "≤ 1.25 (issue: 0.8)"
result "POST documents, $UPLOAD_MB MB upload, s, like for like" "$api_s" "SDK multipart, $PART_MB MiB parts, sequential: $mp_s" "$(ratio "$api_s" "$mp_s")" "–"
result "server live heap growth during a $UPLOAD_MB MB upload, MB" "$(awk -v a="$LIVE_PEAK" -v b="$LIVE_BEFORE" 'BEGIN {printf "%+d", a - b}')" "–" "–" "< 16"

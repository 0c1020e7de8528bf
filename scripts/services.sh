#!/usr/bin/env bash
# Starts or stops the real local servers Procura talks to in development and tests:
#   Kafka (KRaft, broker+controller) on 127.0.0.1:19092, S3Proxy on 127.0.0.1:18080, and GreenMail
#   (SMTP 127.0.0.1:3025, IMAP 3143, REST API 18025: GET /api/user/{email}/messages/INBOX/).
# Their jars come from Maven Central (services/pom.xml); data lives under target/services/.
#   scripts/services.sh start [--watch PID | --with-parent]
#                                             start what is not running; with --watch, stop them
#                                             again when process PID ends (--with-parent: the
#                                             process that ran this script, e.g. the Maven build)
#   scripts/services.sh stop [kafka|s3proxy|greenmail]
# An external Kafka, S3 or SMTP server is used instead when PROCURA_KAFKA_BOOTSTRAP_SERVERS,
# PROCURA_S3_ENDPOINT or PROCURA_SMTP_HOST is set: the matching local server is then not started.
# PROCURA_SERVICES_DIR and PROCURA_SERVICES_{KAFKA,CONTROLLER,S3,SMTP,IMAP,MAIL_API}_PORT give another
# set of servers (e.g. a benchmark's) its own state and ports.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Other runs (benchmarks) can have their own servers: a state directory and ports of their own.
run=${PROCURA_SERVICES_DIR:-$root/target/services}
jars=$root/services/target
mkdir -p "$run"

kafka_port=${PROCURA_SERVICES_KAFKA_PORT:-19092}
controller_port=${PROCURA_SERVICES_CONTROLLER_PORT:-19093}
s3_port=${PROCURA_SERVICES_S3_PORT:-18080}
smtp_port=${PROCURA_SERVICES_SMTP_PORT:-3025}
imap_port=${PROCURA_SERVICES_IMAP_PORT:-3143}
mail_api_port=${PROCURA_SERVICES_MAIL_API_PORT:-18025}

log() { echo "[services] $*"; }

alive() { [ -f "$run/$1.pid" ] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }

fetch_jars() {
    if [ ! -d "$jars/kafka/lib" ] || [ ! -f "$jars/s3proxy/s3proxy.jar" ] || [ ! -f "$jars/greenmail/greenmail.jar" ]; then
        log "fetching Kafka, S3Proxy and GreenMail from Maven Central"
        "$root/mvnw" -q -B -f "$root/services/pom.xml" package
    fi
}

start_kafka() {
    if [ -n "${PROCURA_KAFKA_BOOTSTRAP_SERVERS:-}" ]; then log "using external Kafka $PROCURA_KAFKA_BOOTSTRAP_SERVERS"; return; fi
    if alive kafka; then log "Kafka already running"; return; fi
    local dir=$run/kafka
    mkdir -p "$dir/data"
    cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$kafka_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
auto.create.topics.enable=true
PROPS
    # At INFO the storage tool prints a log line into the generated id: keep it at WARN.
    cat > "$dir/tools-log4j2.properties" <<PROPS
rootLogger.level=WARN
rootLogger.appenderRef.out.ref=OUT
appender.out.type=Console
appender.out.name=OUT
appender.out.target=SYSTEM_ERR
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=%m%n
PROPS
    # The broker logs warnings, and the line that says it is up.
    sed -e 's/^rootLogger.level=WARN/rootLogger.level=WARN\nlogger.up.name=kafka.server.KafkaRaftServer\nlogger.up.level=INFO/' \
        "$dir/tools-log4j2.properties" > "$dir/broker-log4j2.properties"
    local java_tools=(java -Dlog4j2.configurationFile="$dir/tools-log4j2.properties" -cp "$jars/kafka/lib/*")
    if [ ! -f "$dir/data/meta.properties" ]; then
        local cluster_id
        cluster_id=$("${java_tools[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
        "${java_tools[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" \
            --ignore-formatted >/dev/null 2>&1
    fi
    cd "$dir"
    nohup java -Xmx256m -Dlog4j2.configurationFile="$dir/broker-log4j2.properties" -cp "$jars/kafka/lib/*" \
        kafka.Kafka "$dir/server.properties" > "$dir/kafka.log" 2>&1 &
    echo $! > "$run/kafka.pid"
    cd "$root"
    for _ in $(seq 1 120); do
        if grep -q 'Kafka Server started' "$dir/kafka.log"; then
            log "Kafka ready on 127.0.0.1:$kafka_port"; return
        fi
        alive kafka || { tail -20 "$dir/kafka.log"; log "Kafka exited"; exit 1; }
        sleep 0.5
    done
    log "Kafka did not start; see $dir/kafka.log"; exit 1
}

start_s3() {
    if [ -n "${PROCURA_S3_ENDPOINT:-}" ]; then log "using external S3 $PROCURA_S3_ENDPOINT"; return; fi
    if alive s3proxy; then log "S3Proxy already running"; return; fi
    local dir=$run/s3proxy
    mkdir -p "$dir/data"
    cat > "$dir/s3proxy.conf" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${PROCURA_LOCAL_S3_ACCESS_KEY:-procura-local}
s3proxy.credential=${PROCURA_LOCAL_S3_SECRET_KEY:-procura-local-only}
s3proxy.ignore-unknown-headers=true
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$dir/data
jclouds.identity=unused
jclouds.credential=unused
PROPS
    nohup java -Xmx256m -jar "$jars/s3proxy/s3proxy.jar" --properties "$dir/s3proxy.conf" > "$dir/s3proxy.log" 2>&1 &
    echo $! > "$run/s3proxy.pid"
    for _ in $(seq 1 60); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$s3_port/" || true)" = 403 ]; then
            log "S3Proxy ready on 127.0.0.1:$s3_port"; return
        fi
        alive s3proxy || { tail -20 "$dir/s3proxy.log"; log "S3Proxy exited"; exit 1; }
        sleep 0.5
    done
    log "S3Proxy did not start; see $dir/s3proxy.log"; exit 1
}

start_greenmail() {
    if [ -n "${PROCURA_SMTP_HOST:-}" ]; then log "using external SMTP server $PROCURA_SMTP_HOST"; return; fi
    if alive greenmail; then log "GreenMail already running"; return; fi
    local dir=$run/greenmail
    mkdir -p "$dir"
    # Plain SMTP and IMAP on loopback; every recipient gets a mailbox on first delivery.
    nohup java -Xmx128m -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.imap.port="$imap_port" \
        -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_api_port" \
        -jar "$jars/greenmail/greenmail.jar" > "$dir/greenmail.log" 2>&1 &
    echo $! > "$run/greenmail.pid"
    for _ in $(seq 1 60); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mail_api_port/api/service/readiness" || true)" = 200 ]; then
            log "GreenMail ready: SMTP 127.0.0.1:$smtp_port, IMAP $imap_port, API http://127.0.0.1:$mail_api_port"; return
        fi
        alive greenmail || { tail -20 "$dir/greenmail.log"; log "GreenMail exited"; exit 1; }
        sleep 0.5
    done
    log "GreenMail did not start; see $dir/greenmail.log"; exit 1
}

stop_one() {
    if alive "$1"; then
        local pid
        pid=$(cat "$run/$1.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
        log "stopped $1"
    fi
    rm -f "$run/$1.pid"
}

watch_and_stop() {
    local watched=$1
    # Detached, with its own output, so the build does not wait for it.
    setsid bash -c "while kill -0 $watched 2>/dev/null; do sleep 2; done; '$0' stop" \
        > "$run/watchdog.log" 2>&1 < /dev/null &
}

case "${1:-}" in
    start)
        fetch_jars
        start_kafka
        start_s3
        start_greenmail
        if [ "${2:-}" = "--watch" ] && [ -n "${3:-}" ]; then watch_and_stop "$3"; fi
        # From the Maven build: stop them when the build (this script's parent) ends.
        if [ "${2:-}" = "--with-parent" ]; then watch_and_stop "$PPID"; fi
        ;;
    stop)
        # stop [kafka|s3proxy|greenmail]: all by default
        case "${2:-all}" in
            kafka) stop_one kafka ;;
            s3proxy) stop_one s3proxy ;;
            greenmail) stop_one greenmail ;;
            *) stop_one kafka; stop_one s3proxy; stop_one greenmail ;;
        esac
        ;;
    *)
        echo "usage: $0 start [--watch PID] | stop" >&2
        exit 2
        ;;
esac

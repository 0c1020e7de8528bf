#!/usr/bin/env bash
# Every benchmark, at sizes that finish in under 45 minutes on 2 cores, and bench/RESULTS.md with
# each figure, its baseline from the same run, the ratio and the target; then the full reports.
# Usage: bench/all.sh        (nothing may listen on 4999, 5996, 5997, 5998, nor on the Kafka and S3Proxy
#                             ports of documents.sh, conversions-api.sh, audit.sh, backup.sh, limits.sh, customfields.sh, imports.sh, analytics.sh, reports.sh, traceability.sh and scans.sh, nor
#                             on 5434, where backup.sh may run a PostgreSQL cluster of its own; see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp /tmp/bench-results.XXXXXX)
reports=$(mktemp -d /tmp/bench-reports.XXXXXX)
export BENCH_RESULTS=$results
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git rev-parse --short HEAD)
dirty=$([ -n "$(git status --porcelain -- src pom.xml liberty bench)" ] && echo " (with uncommitted changes)" || true)

echo "Building the WAR once…"
./mvnw -q -o -DskipTests -Djacoco.skip=true package liberty:create liberty:deploy >/dev/null 2>&1 \
    || ./mvnw -q -DskipTests -Djacoco.skip=true package liberty:create liberty:deploy >/dev/null

run() {   # $1 = name, rest = command
    local name=$1 t0; shift
    echo "== $name"
    t0=$(date +%s)
    if "$@" > "$reports/$name.txt" 2>&1; then
        echo "   done in $(( $(date +%s) - t0 )) s"
    else
        echo "   FAILED after $(( $(date +%s) - t0 )) s; see the report below" | tee -a "$reports/$name.txt"
    fi
}
# First, on the quiet machine after the build: no server, no port; its section of RESULTS.md is written below.
run conversions env BENCH_RESULTS_MD="$reports/conversions.md" bench/conversions.sh
run hot-paths env BENCH_DURATION="${BENCH_DURATION:-10}" bench/run.sh
run documents env BENCH_UPLOAD_MB="${BENCH_UPLOAD_MB:-100}" BENCH_REPEAT="${BENCH_REPEAT:-3}" bench/documents.sh
run conversions-api env BENCH_PDFS="${BENCH_PDFS:-1000}" BENCH_CONCURRENCY="${BENCH_CONCURRENCY:-4}" bench/conversions-api.sh
run tenants env BENCH_PROVISION="${BENCH_PROVISION:-30}" BENCH_TENANTS="${BENCH_TENANTS:-1000}" \
    BENCH_DURATION="${BENCH_DURATION:-10}" BENCH_STARTS="${BENCH_STARTS:-2}" bench/tenants.sh
# These write their own sections of RESULTS.md (into files of this run, put together below).
# The targets of audit and search are for 2 connections.
run audit env BENCH_RESULTS_MD="$reports/audit.md" BENCH_CONNECTIONS=2 bench/audit.sh
run search env BENCH_RESULTS_MD="$reports/search.md" BENCH_CONNECTIONS=2 BENCH_DURATION="${BENCH_DURATION:-15}" bench/search.sh
run backup env BENCH_RESULTS_MD="$reports/backup.md" BENCH_SIZE_MB="${BENCH_SIZE_MB:-1024}" BENCH_REPEAT=1 bench/backup.sh
run limits env BENCH_RESULTS_MD="$reports/limits.md" BENCH_CONNECTIONS=16 BENCH_DURATION="${BENCH_DURATION:-15}" bench/limits.sh
run customfields env BENCH_RESULTS_MD="$reports/customfields.md" BENCH_DURATION="${BENCH_DURATION:-15}" bench/customfields.sh
run imports env BENCH_RESULTS_MD="$reports/imports.md" bench/imports.sh
run analytics env BENCH_RESULTS_MD="$reports/analytics.md" bench/analytics.sh
run reports env BENCH_RESULTS_MD="$reports/reports.md" bench/reports.sh
run traceability env BENCH_RESULTS_MD="$reports/traceability.md" bench/traceability.sh
run labels env BENCH_RESULTS_MD="$reports/labels.md" bench/labels.sh
run scans env BENCH_RESULTS_MD="$reports/scans.md" bench/scans.sh

{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/all.sh\` on $started, commit \`$commit\`$dirty, on $(nproc) cores"
    echo "($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo))."
    echo "Load average (1, 5, 15 min) before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Each baseline was measured in the same run, on the same machine, side by side with its figure."
    echo "How each figure is taken: bench/README.md."
    echo
    echo "| figure | value | baseline | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    cat "$results"
    echo
    for name in hot-paths documents conversions-api tenants; do
        echo "## $name"
        echo
        echo '```'
        grep -v '^\[services\]\|debconf' "$reports/$name.txt"
        echo '```'
        echo
    done
    for name in audit search backup limits customfields imports analytics reports traceability labels scans; do
        if [ -s "$reports/$name.md" ]; then
            cat "$reports/$name.md"
        else
            case $name in backup) heading="Backup and restore" ;; limits) heading="Limit enforcement" ;; customfields) heading="Custom fields" ;; imports) heading="Bulk imports" ;; traceability) heading="Production, quality and traceability" ;; labels) heading="Logistics: labels" ;; scans) heading="Logistics: scans" ;; *) heading=${name^} ;; esac
            printf '## %s\n\n```\n' "$heading"; grep -v '^\[services\]\|debconf' "$reports/$name.txt"; echo '```'
        fi
        echo
    done
    if [ -s "$reports/conversions.md" ]; then
        cat "$reports/conversions.md"
    else
        printf '## Conversions: renderers\n\n```\n'; cat "$reports/conversions.txt"; echo '```'
    fi
} > bench/RESULTS.md
rm -rf "$results" "$reports"
echo "bench/RESULTS.md written"

# Shared by the benchmarks that run their own copy of the server (tenants.sh, documents.sh).
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

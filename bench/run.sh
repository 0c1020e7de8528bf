#!/usr/bin/env bash
# Identity benchmark: authenticated GET /api/v1/users/me vs /health/live, and login vs raw bcrypt.
# Usage: bench/run.sh            (builds and starts its own server at bcrypt cost 10, then stops it)
#        BENCH_URL=http://host:port bench/run.sh   (uses a running server; set BENCH_COST to its cost)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
LOGIN_CONNECTIONS=${BENCH_LOGIN_CONNECTIONS:-2}
COST=${BENCH_COST:-10}
B=${BENCH_URL:-http://localhost:4999}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

started_server=false
cleanup() { if $started_server; then ./mvnw -q liberty:stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT
if [ -z "${BENCH_URL:-}" ]; then
    echo "Building and starting Liberty (bcrypt cost $COST)…"
    ./mvnw -q -DskipTests -Djacoco.skip=true package liberty:create liberty:deploy liberty:start \
        -Dliberty.var.procura.bcrypt.cost="$COST" >/dev/null
    started_server=true
fi
for _ in $(seq 1 60); do curl -sf "$B/health/ready" >/dev/null && break; sleep 1; done

export BENCH_EMAIL="bench-$(date +%s%N)@example.com" BENCH_PASSWORD="Bench-password-2026"
curl -sf -X POST "$B/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Mark\"}" >/dev/null
TOKEN=$(curl -sf -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

# wrk prints "Requests/sec: N" and, with --latency, "50% 1.23ms" / "99% 4.56ms".
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
percentile() { awk -v p="$2%" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$1"; }
out=$(mktemp -d)

wrk -t1 -c4 -d3s "$B/health/live" >/dev/null   # warm-up
wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "$B/api/v1/users/me" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$B/health/live" > "$out/health.txt"
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$B/api/v1/users/me" > "$out/me.txt"
wrk -t1 -c"$LOGIN_CONNECTIONS" -d"${DURATION}s" --latency -s bench/login.lua "$B/api/v1/auth/login" > "$out/login.txt"
grep -q "Non-2xx" "$out/me.txt" "$out/login.txt" && { echo "errors during the run:"; grep -H "Non-2xx" "$out"/*.txt; }

classpath=$(find ~/.m2/repository/at/favre/lib -name '*.jar' | tr '\n' ':')
bcrypt=$(java -cp "$classpath" bench/BcryptVerifyRate.java "$COST" "$LOGIN_CONNECTIONS" "$DURATION")

# Unknown email vs wrong password: median response time of 20 of each, every attempt from a
# fresh client address so no throttle interferes (the loopback peer is a trusted proxy in dev).
declare -a wrong unknown
for i in $(seq 1 20); do
    email="timing-$i-$(date +%s%N)@example.com"
    curl -sf -o /dev/null -X POST "$B/api/v1/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$BENCH_PASSWORD\",\"first_name\":\"T\",\"last_name\":\"T\"}"
    wrong+=($(curl -s -o /dev/null -w '%{time_total}' -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -H "X-Forwarded-For: 198.18.1.$i" -d "{\"email\":\"$email\",\"password\":\"Not-the-password-1\"}"))
    unknown+=($(curl -s -o /dev/null -w '%{time_total}' -X POST "$B/api/v1/auth/login" -H 'Content-Type: application/json' \
        -H "X-Forwarded-For: 198.18.2.$i" -d "{\"email\":\"nobody-$i-$(date +%s%N)@example.com\",\"password\":\"Not-the-password-1\"}"))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}'; }

me_rate=$(rate "$out/me.txt"); health_rate=$(rate "$out/health.txt"); login_rate=$(rate "$out/login.txt")
cat <<REPORT

Procura identity benchmark — $(nproc) cores, ${DURATION}s per run, wrk -t1, bcrypt cost $COST
                                      req/s        p50 ms    p99 ms
GET /health/live (baseline, c=$CONNECTIONS)   $(printf '%10.0f %10s %9s' "$health_rate" "$(percentile "$out/health.txt" 50)" "$(percentile "$out/health.txt" 99)")
GET /api/v1/users/me (JWT, c=$CONNECTIONS)    $(printf '%10.0f %10s %9s' "$me_rate" "$(percentile "$out/me.txt" 50)" "$(percentile "$out/me.txt" 99)")
  ratio me / health:                  $(awk -v a="$me_rate" -v b="$health_rate" 'BEGIN {printf "%.2f", a/b}')
POST /api/v1/auth/login (c=$LOGIN_CONNECTIONS)        $(printf '%10.1f %10s %9s' "$login_rate" "$(percentile "$out/login.txt" 50)" "$(percentile "$out/login.txt" 99)")
raw bcrypt verify ($LOGIN_CONNECTIONS threads, baseline)  $(printf '%8.1f' "$bcrypt")
  ratio login / bcrypt:               $(awk -v a="$login_rate" -v b="$bcrypt" 'BEGIN {printf "%.2f", a/b}')
failed login, median of 20:  wrong password $(median "${wrong[@]}") ms, unknown email $(median "${unknown[@]}") ms
REPORT
rm -rf "$out"

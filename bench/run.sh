#!/usr/bin/env bash
# Hot paths: authenticated GET /api/v1/users/me and a tenant-scoped read vs /health/live, login vs
# raw bcrypt, and purchase-order creation for a supplier with a year of history vs a new one.
# Usage: bench/run.sh            (builds and starts its own server at bcrypt cost 10, then stops it)
#        BENCH_URL=http://host:port bench/run.sh   (uses a running server; set BENCH_COST to its cost)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
LOGIN_CONNECTIONS=${BENCH_LOGIN_CONNECTIONS:-2}
COST=${BENCH_COST:-10}
B=${BENCH_URL:-http://localhost:4999}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

started_server=false
SHOP=; SHOP_DB=; SHOP_PORT=5432
cleanup() {
    if $started_server; then ./mvnw -q liberty:stop >/dev/null 2>&1 || true; fi
    if [ -n "$SHOP_DB" ]; then   # the bench tenant: its database, role and control rows
        local role
        role=$(psql -X -h 127.0.0.1 -U postgres -d procura -Atc "SELECT owner_role FROM tenant_databases WHERE tenant_id = '$SHOP'")
        psql -X -q -h 127.0.0.1 -p "$SHOP_PORT" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $SHOP_DB WITH (FORCE)" \
            ${role:+-c "DROP ROLE IF EXISTS $role"} >/dev/null 2>&1 || true
        psql -X -q -h 127.0.0.1 -U postgres -d procura -c "DELETE FROM tenant_databases WHERE tenant_id = '$SHOP'" \
            -c "DELETE FROM tenants WHERE id = '$SHOP'" >/dev/null 2>&1 || true
    fi
}
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

# A tenant with two suppliers: one new, one with a year of history (orders, receipts, ratings
# written straight into its database), and the supplier read path.
SHOP=$(curl -sf -X POST "$B/api/v1/tenants" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Bench hot paths"}' | sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p')
supplier() {
    curl -sf -X POST "$B/api/v1/tenants/$SHOP/suppliers" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$1\",\"legal_name\":\"$1 Ltd\",\"currency\":\"EUR\",\"country\":\"PT\"}" | sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p'
}
# Orders name an existing, active cost centre.
curl -sf -X POST "$B/api/v1/tenants/$SHOP/cost-centres" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"code":"IT","name":"Information technology"}' >/dev/null
NEW_SUPPLIER=$(supplier NEW1)
OLD_SUPPLIER=$(supplier OLD1)
read -r SHOP_DB SHOP_SERVER <<<"$(psql -X -h 127.0.0.1 -U postgres -d procura -Atc \
    "SELECT database_name || ' ' || server_name FROM tenant_databases WHERE tenant_id = '$SHOP'" | tr '|' ' ')"
SHOP_PORT=5432; [ "$SHOP_SERVER" = second ] && SHOP_PORT=5433
USER_ID=$(psql -X -h 127.0.0.1 -U postgres -d procura -Atc "SELECT id FROM users WHERE email = '$BENCH_EMAIL'")
psql -X -q -h 127.0.0.1 -p "$SHOP_PORT" -U postgres -d "$SHOP_DB" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO purchase_orders (id, number, supplier_id, status, currency, cost_center, order_date, expected_delivery_date,
    subtotal, tax_total, total, created_by, created_at, updated_at)
SELECT md5('po' || n)::uuid, 'PO-H' || n, '$OLD_SUPPLIER', 'received', 'EUR', 'IT', current_date - (n % 365),
    current_date - (n % 365) + 7, 100, 23, 123, '$USER_ID', now() - (n % 365) * interval '1 day', now()
FROM generate_series(1, 1500) n;
INSERT INTO purchase_order_lines (purchase_order_id, line_no, item_code, quantity, unit, unit_price, tax_rate,
    net_amount, tax_amount, total_amount)
SELECT md5('po' || n)::uuid, 1, 'ITEM-' || (n % 50), 10, 'ea', 10, 23, 100, 23, 123 FROM generate_series(1, 1500) n;
INSERT INTO receipts (id, number, purchase_order_id, received_on, received_by, created_at)
SELECT md5('grn' || n)::uuid, 'GRN-H' || n, md5('po' || n)::uuid, current_date - (n % 365) + 5 + (n % 4),
    '$USER_ID', now() - (n % 365) * interval '1 day' FROM generate_series(1, 1500) n;
INSERT INTO receipt_lines (receipt_id, line, accepted_quantity, rejected_quantity)
SELECT md5('grn' || n)::uuid, 1, 10 - (n % 3), n % 3 FROM generate_series(1, 1500) n;
INSERT INTO supplier_ratings (id, supplier_id, purchase_order_id, rated_by, quality, delivery, price, service, created_at)
SELECT md5('rating' || n)::uuid, '$OLD_SUPPLIER', md5('po' || n)::uuid, '$USER_ID', 3 + n % 3, 2 + n % 4, 4, 3 + n % 2,
    now() - (n % 365) * interval '1 day' FROM generate_series(1, 500) n;
SQL
order_body() {
    printf '{"supplier_id":"%s","currency":"EUR","cost_center":"IT","lines":[{"item_code":"LAP-1","quantity":2,"unit":"ea","unit_price":1200,"tax_rate":23}]}' "$1"
}

# wrk prints "Requests/sec: N" and, with --latency, "50% 1.23ms" / "99% 4.56ms".
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
percentile() { awk -v p="$2%" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$1"; }
out=$(mktemp -d)

wrk -t1 -c4 -d3s "$B/health/live" >/dev/null   # warm-up
wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "$B/api/v1/users/me" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$B/health/live" > "$out/health.txt"
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$B/api/v1/users/me" > "$out/me.txt"
wrk -t1 -c"$LOGIN_CONNECTIONS" -d"${DURATION}s" --latency -s bench/login.lua "$B/api/v1/auth/login" > "$out/login.txt"
SUPPLIER_PATH="/api/v1/tenants/$SHOP/suppliers/$NEW_SUPPLIER"
wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "$B$SUPPLIER_PATH" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$B$SUPPLIER_PATH" > "$out/supplier.txt"
# Purchase orders: 2 connections, new supplier then the one with history, after a warm-up of each.
ORDERS="$B/api/v1/tenants/$SHOP/purchase-orders"
order_body "$NEW_SUPPLIER" > "$out/new-order.json"
order_body "$OLD_SUPPLIER" > "$out/old-order.json"
for who in new old; do
    BENCH_BODY_FILE="$out/$who-order.json" wrk -t1 -c2 -d3s -H "Authorization: Bearer $TOKEN" -s bench/post.lua "$ORDERS" >/dev/null
done
for who in new old; do
    BENCH_BODY_FILE="$out/$who-order.json" wrk -t1 -c2 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" \
        -s bench/post.lua "$ORDERS" > "$out/$who-orders.txt"
done
grep -q "Non-2xx" "$out"/*.txt && { echo "errors during the run:"; grep -H "Non-2xx" "$out"/*.txt; }

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
supplier_rate=$(rate "$out/supplier.txt")
p95() { awk '/^p95_ms/ {print $2}' "$1"; }
new_p95=$(p95 "$out/new-orders.txt"); old_p95=$(p95 "$out/old-orders.txt")
cat <<REPORT

Procura identity benchmark — $(nproc) cores, ${DURATION}s per run, wrk -t1, bcrypt cost $COST
                                      req/s        p50 ms    p99 ms
GET /health/live (baseline, c=$CONNECTIONS)   $(printf '%10.0f %10s %9s' "$health_rate" "$(percentile "$out/health.txt" 50)" "$(percentile "$out/health.txt" 99)")
GET /api/v1/users/me (JWT, c=$CONNECTIONS)    $(printf '%10.0f %10s %9s' "$me_rate" "$(percentile "$out/me.txt" 50)" "$(percentile "$out/me.txt" 99)")
  ratio me / health:                  $(awk -v a="$me_rate" -v b="$health_rate" 'BEGIN {printf "%.2f", a/b}')
GET /tenants/{id}/suppliers/{sid} (c=$CONNECTIONS)  $(printf '%8.0f %10s %9s' "$supplier_rate" "$(percentile "$out/supplier.txt" 50)" "$(percentile "$out/supplier.txt" 99)")
  ratio supplier read / health:       $(awk -v a="$supplier_rate" -v b="$health_rate" 'BEGIN {printf "%.2f", a/b}')
POST /tenants/{id}/purchase-orders (c=2), p95 ms: new supplier $new_p95, supplier with a year of history $old_p95
  (1,500 orders with receipts and 500 ratings over the last 365 days)
  ratio history / new (p95):          $(awk -v a="$old_p95" -v b="$new_p95" 'BEGIN {printf "%.2f", a/b}')
POST /api/v1/auth/login (c=$LOGIN_CONNECTIONS)        $(printf '%10.1f %10s %9s' "$login_rate" "$(percentile "$out/login.txt" 50)" "$(percentile "$out/login.txt" 99)")
raw bcrypt verify ($LOGIN_CONNECTIONS threads, baseline)  $(printf '%8.1f' "$bcrypt")
  ratio login / bcrypt:               $(awk -v a="$login_rate" -v b="$bcrypt" 'BEGIN {printf "%.2f", a/b}')
failed login, median of 20:  wrong password $(median "${wrong[@]}") ms, unknown email $(median "${unknown[@]}") ms
REPORT
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
result "authenticated GET /users/me, req/s (c=$CONNECTIONS)" "$me_rate" "GET /health/live: $health_rate" "$(ratio2 "$me_rate" "$health_rate")" "≥ 0.6"
result "tenant-scoped GET /tenants/{id}/suppliers/{sid}, req/s" "$supplier_rate" "GET /health/live: $health_rate" "$(ratio2 "$supplier_rate" "$health_rate")" "≥ 0.5"
result "POST /auth/login, logins/s (c=$LOGIN_CONNECTIONS, bcrypt $COST)" "$login_rate" "raw bcrypt verifications/s: $bcrypt" "$(ratio2 "$login_rate" "$bcrypt")" "≥ 0.9"
result "PO create p95 ms, supplier with a year of history" "$old_p95" "new supplier: $new_p95" "$(ratio2 "$old_p95" "$new_p95")" "≤ 1.2"
rm -rf "$out"

#!/usr/bin/env bash
# Makes sure a second local PostgreSQL cluster listens on 127.0.0.1:${1:-5433} with trust auth
# for loopback, so tenant placement across servers is tested for real. Idempotent; Debian only.
set -euo pipefail
port=${1:-5433}
if pg_isready -h 127.0.0.1 -p "$port" -q 2>/dev/null; then
    exit 0
fi
if ! command -v pg_createcluster >/dev/null 2>&1; then
    echo "WARNING: no Debian PostgreSQL tools: tenant server 'second' (port $port) stays down;" \
         "tenants are placed on the servers that answer." >&2
    exit 0
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx second; then
    pg_createcluster "$version" second --port "$port" >/dev/null
    hba=/etc/postgresql/$version/second/pg_hba.conf
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$version" second start
for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p "$port" -q && exit 0
    sleep 1
done
echo "second PostgreSQL cluster did not start on port $port" >&2
exit 1

#!/usr/bin/env bash
# Runs the Postman flows (postman/procura.postman_collection.json) with newman against a Procura server.
#
#   postman/run.sh [BASE_URL]    e.g. postman/run.sh https://procura.staging.example.com
#
# Without BASE_URL the environment file's base_url (http://localhost:4999) is used. Reports: the CLI,
# and JUnit XML in target/newman/procura-flows.xml. Exits non-zero when any assertion fails or a request
# cannot be sent. Needs Node.js 18+ (npx fetches newman 6 from the npm registry the first time).
#
# The operator requests (plans, user administration, backups) need a platform administrator:
#   PROCURA_POSTMAN_OPERATOR_EMAIL, PROCURA_POSTMAN_OPERATOR_PASSWORD  an existing platform-admin's login,
#       passed to newman as the environment variables operator_email and operator_password;
#   PROCURA_POSTMAN_PROMOTE_OPERATOR_DB  (opt-in, for test servers only) a libpq connection string of the
#       control database, e.g. postgresql://postgres@127.0.0.1:5432/procura: the script registers a fresh
#       user through the API with curl (a random password from /dev/urandom, new each run), puts it into
#       the group platform-admin with psql, and uses it as the operator.
# Without either, the collection skips the operator requests (a note on the console) and still passes.
#
# The Maven build (execution postman-flows, integration-test phase) sets PROCURA_POSTMAN_DEFER_FAILURE=true:
# the exit status is then written to target/newman/exit-status and the script exits 0, so the build goes
# on to stop the server; `postman/run.sh --check` (execution postman-flows-check, verify phase) then fails
# the build if the run failed, as failsafe does for the integration tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/newman"
status_file="$out/exit-status"

if [[ "${1:-}" == "--check" ]]; then
    if [[ ! -f "$status_file" ]]; then
        echo "postman/run.sh --check: no $status_file; the Postman flows did not run" >&2
        exit 1
    fi
    status="$(cat "$status_file")"
    if [[ "$status" != "0" ]]; then
        echo "The Postman flows failed (exit status $status); see the newman output above and $out/procura-flows.xml" >&2
        exit 1
    fi
    echo "The Postman flows passed ($out/procura-flows.xml)"
    exit 0
fi

cd "$root"
mkdir -p "$out"
rm -f "$status_file"

args=(run postman/procura.postman_collection.json
    --environment postman/procura.postman_environment.json
    --working-dir "$root"
    --timeout-request 60000
    --reporters cli,junit
    --reporter-junit-export "$out/procura-flows.xml")
base_url="http://localhost:4999"
if [[ $# -ge 1 && -n "$1" ]]; then
    base_url="$1"
    args+=(--env-var "base_url=$1")
fi

# Registers a fresh user and makes it a platform administrator in the control database (as the
# integration tests' Tenants.platformAdmin() does) and sets the operator variables to it.
promote_operator() {
    local db="$1" suffix password body answer promoted
    suffix="$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    password="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
    PROCURA_POSTMAN_OPERATOR_EMAIL="user-postman-operator-$suffix@example.com"
    body="{\"email\":\"$PROCURA_POSTMAN_OPERATOR_EMAIL\",\"password\":\"$password\",\"first_name\":\"Olga\",\"last_name\":\"Operator\"}"
    answer="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base_url/api/v1/auth/register" \
        -H 'Content-Type: application/json' --data-binary @- <<<"$body")" || answer="no answer"
    if [[ "$answer" != "201" ]]; then
        echo "postman/run.sh: registering the operator at $base_url answered $answer" >&2
        return 1
    fi
    promoted="$(psql "$db" -X -q -t -A -v ON_ERROR_STOP=1 -v email="$PROCURA_POSTMAN_OPERATOR_EMAIL" <<'SQL'
WITH promoted AS (
    UPDATE users SET platform_roles = 'platform-admin' WHERE email = :'email' RETURNING id
)
SELECT count(*) FROM promoted;
SQL
)" || promoted=0
    if [[ "$promoted" != "1" ]]; then
        echo "postman/run.sh: could not make $PROCURA_POSTMAN_OPERATOR_EMAIL a platform-admin through $db" >&2
        return 1
    fi
    PROCURA_POSTMAN_OPERATOR_PASSWORD="$password"
    echo "postman/run.sh: operator $PROCURA_POSTMAN_OPERATOR_EMAIL (platform-admin) registered for this run"
}

status=0
if [[ -n "${PROCURA_POSTMAN_PROMOTE_OPERATOR_DB:-}" ]]; then
    promote_operator "$PROCURA_POSTMAN_PROMOTE_OPERATOR_DB" || status=1
fi
if [[ -n "${PROCURA_POSTMAN_OPERATOR_EMAIL:-}" && -n "${PROCURA_POSTMAN_OPERATOR_PASSWORD:-}" ]]; then
    # The credentials go to newman in a private copy of the environment file, not on its command line.
    environment="$(mktemp "${TMPDIR:-/tmp}/procura-postman-env.XXXXXX")"
    trap 'rm -f "$environment"' EXIT
    export PROCURA_POSTMAN_OPERATOR_EMAIL PROCURA_POSTMAN_OPERATOR_PASSWORD
    node -e '
        const fs = require("fs");
        const env = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        env.values = env.values.filter(v => !["operator_email", "operator_password"].includes(v.key));
        env.values.push({ key: "operator_email", value: process.env.PROCURA_POSTMAN_OPERATOR_EMAIL, type: "default", enabled: true });
        env.values.push({ key: "operator_password", value: process.env.PROCURA_POSTMAN_OPERATOR_PASSWORD, type: "secret", enabled: true });
        fs.writeFileSync(process.argv[2], JSON.stringify(env));
    ' postman/procura.postman_environment.json "$environment"
    args[3]="$environment"
else
    echo "postman/run.sh: no operator credentials; the operator requests are skipped"
fi

if command -v npx >/dev/null 2>&1; then
    npx --yes newman@6 "${args[@]}" || { newman_status=$?; [[ "$status" != "0" ]] || status=$newman_status; }
else
    echo "postman/run.sh: npx not found; the Postman flows need Node.js 18+" \
        "(in Maven, -Dprocura.postman.skip=true leaves them out)" >&2
    status=127
fi

if [[ "${PROCURA_POSTMAN_DEFER_FAILURE:-false}" == "true" ]]; then
    echo "$status" > "$status_file"
    if [[ "$status" != "0" ]]; then
        echo "The Postman flows failed (exit status $status); the build fails in the verify phase" >&2
    fi
    exit 0
fi
exit "$status"

#!/usr/bin/env bash
# Runs the Postman flows (postman/procura.postman_collection.json) with newman against a Procura server.
#
#   postman/run.sh [BASE_URL]    e.g. postman/run.sh https://procura.staging.example.com
#
# Without BASE_URL the environment file's base_url (http://localhost:4999) is used. Reports: the CLI,
# and JUnit XML in target/newman/procura-flows.xml. Exits non-zero when any assertion fails or a request
# cannot be sent. Needs Node.js 18+ (npx fetches newman 6 from the npm registry the first time).
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
if [[ $# -ge 1 && -n "$1" ]]; then
    args+=(--env-var "base_url=$1")
fi

status=0
if command -v npx >/dev/null 2>&1; then
    npx --yes newman@6 "${args[@]}" || status=$?
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

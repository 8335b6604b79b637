#!/usr/bin/env bash
# The history fetcher benchmark: 1,000,000 sandbox messages over 365 days archived into files.
# Usage: ./telegate bench fetcher [messages] [days] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Dmaven.test.skip=true -pl bench -am package
exec java -Xmx2g -jar bench/target/bench.jar fetcher "$@"

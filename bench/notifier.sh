#!/usr/bin/env bash
# The notifier benchmark: 100 bots x 1,000 private chats, 100,000 messages through Telegate's notifier and through
# grammY (throttler + auto-retry) against the Bot API emulator with Telegram's limits, printed side by side.
# Usage: ./telegate bench notifier [bots] [chats] [tasks]
# Knobs (JAVA_OPTS): -Dtelegate.bench.runs=telegate|grammy, -Dtelegate.bench.workers=32, -Dtelegate.bench.batch=200,
#   -Dtelegate.bench.pollMillis=1000, -Dtelegate.bench.perSecond=30, -Dtelegate.bench.store=indexed|testkit
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Dmaven.test.skip=true -pl bench -am package
if [[ ! -d bench/grammy/node_modules ]]; then
  if command -v npm >/dev/null; then
    npm ci --prefix bench/grammy --no-audit --no-fund --loglevel=error >&2
  else
    echo "notifier: npm not found; the grammY peer will be skipped" >&2
  fi
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java -Xmx4g ${JAVA_OPTS:-} -jar bench/target/bench.jar notifier "$@"

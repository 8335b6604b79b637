#!/usr/bin/env bash
# The chat monitor benchmark: 1,000 sandbox chats across 20 sessions, a steady post rate, events to RabbitMQ with
# publisher confirms, one session revoked half-way.
# Usage: ./telegate bench monitor [chats] [sessions] [posts/s] [seconds] [rabbitmq|memory]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${5:-rabbitmq} == rabbitmq ]]; then
  bash scripts/services.sh up >/dev/null
fi
./mvnw -B -ntp -q -Dmaven.test.skip=true -pl bench -am package
exec java -Xmx2g -jar bench/target/bench.jar monitor "$@"

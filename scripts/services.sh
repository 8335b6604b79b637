#!/usr/bin/env bash
# Local PostgreSQL, Redis and RabbitMQ for the integration tests (Debian; CI runs it as root).
#
#   scripts/services.sh up       start whatever is not reachable, installing it from Debian's
#                                packages when absent, and make sure the database "telegate" exists
#   scripts/services.sh status   print the state of each service without changing anything
#
# Services are expected on 127.0.0.1: PostgreSQL 5432 (user postgres, trust auth), Redis 6379,
# RabbitMQ 5672 (guest/guest). When everything is already up, "up" only checks and returns.
# TELEGATE_SERVICES_TIMEOUT sets how many seconds to wait for each service (default 60).
set -euo pipefail

readonly HOST=127.0.0.1
readonly PG_PORT=5432
readonly REDIS_PORT=6379
readonly RABBIT_PORT=5672
readonly DATABASE=telegate
readonly TIMEOUT="${TELEGATE_SERVICES_TIMEOUT:-60}"

# rabbitmq-server and friends live in /usr/sbin, which is not always on PATH.
case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac
export PATH

START_LOGS=""    # directory holding the output of start commands, shown when a start fails
APT_UPDATED=0
PG_FRESH=0       # 1 when this run installed PostgreSQL or created its cluster
PG_VERSION=""    # the cluster pg_start works on, e.g. 15 main
PG_NAME=""

say() { echo "$*"; }
fail() { echo "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- checks -----------------------------------------------------------------------------------

port_open() {
  timeout 2 bash -c ": <>/dev/tcp/$1/$2" 2>/dev/null
}

pg_ready() {
  if have pg_isready; then
    pg_isready -q -h "$HOST" -p "$PG_PORT" -t 2
  else
    port_open "$HOST" "$PG_PORT"
  fi
}

redis_ready() {
  if have redis-cli; then
    [[ $(timeout 2 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]
  else
    port_open "$HOST" "$REDIS_PORT"
  fi
}

rabbit_ready() {
  port_open "$HOST" "$RABBIT_PORT"
}

pg_installed() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && have pg_ctlcluster; }
redis_installed() { have redis-server; }
rabbit_installed() { have rabbitmq-server; }

# Polls the check function $1 until it succeeds or TIMEOUT seconds have passed.
wait_for() {
  local check=$1 deadline=$((SECONDS + TIMEOUT))
  until "$check"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

# --- packages ---------------------------------------------------------------------------------

install_packages() {
  (($# > 0)) || return 0
  if ((EUID != 0)); then
    fail "services: installing $* needs root; run this as root or install them yourself (apt-get install $*)"
    exit 1
  fi
  have apt-get || { fail "services: apt-get not found; install $* yourself"; exit 1; }

  say "services: installing $*"
  if ((APT_UPDATED == 0)); then
    apt-get -q -o DPkg::Lock::Timeout=300 update </dev/null || { fail "services: apt-get update failed"; exit 1; }
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 install -y "$@" </dev/null \
    || { fail "services: could not install $*"; exit 1; }
}

# --- PostgreSQL -------------------------------------------------------------------------------

# Sets PG_VERSION and PG_NAME to the cluster to use: the one on PG_PORT, else the newest one.
pg_find_cluster() {
  local version name port
  PG_VERSION="" PG_NAME=""
  have pg_lsclusters || return 1
  while read -r version name port _; do
    [[ -n $version ]] || continue
    if [[ -z $PG_VERSION || $port == "$PG_PORT" ]]; then
      PG_VERSION=$version PG_NAME=$name
    fi
    [[ $port != "$PG_PORT" ]] || break
  done < <(pg_lsclusters -h 2>/dev/null | sort -k1,1nr)
  [[ -n $PG_VERSION ]]
}

# Creates the cluster "main" for the newest installed server version.
pg_create_cluster() {
  local version
  version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -nr | head -n 1)
  [[ -n $version ]] || return 1
  say "postgresql: creating cluster $version/main"
  pg_createcluster --port "$PG_PORT" "$version" main >/dev/null || return 1
  PG_VERSION=$version PG_NAME=main PG_FRESH=1
}

# Lets TCP connections from 127.0.0.1 and ::1 in without a password, as the tests expect.
# pg_hba.conf is first-match, so the lines go on top.
pg_trust_local_tcp() {
  local hba="/etc/postgresql/$PG_VERSION/$PG_NAME/pg_hba.conf"
  local marker="# Local TCP connections without password (scripts/services.sh; development and CI only)"
  [[ -f $hba ]] || return 0
  grep -qF "$marker" "$hba" && return 0
  say "postgresql: enabling trust auth for 127.0.0.1 and ::1 in $hba"
  sed -i "1i $marker\nhost    all             all             127.0.0.1/32            trust\nhost    all             all             ::1/128                 trust\n" "$hba"
}

pg_start() {
  if ! pg_find_cluster && ! pg_create_cluster; then
    fail "postgresql: could not be started (no cluster found and none could be created)"
    return 1
  fi
  ((PG_FRESH == 0)) || pg_trust_local_tcp

  if pg_ctlcluster "$PG_VERSION" "$PG_NAME" status >/dev/null 2>&1; then
    # Running (the package may have started it) but not reachable yet; pick up pg_hba.conf.
    ((PG_FRESH == 0)) || pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_NAME" reload
  else
    say "postgresql: starting cluster $PG_VERSION/$PG_NAME"
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_NAME" start \
      >"$START_LOGS/postgresql.log" 2>&1 || true
  fi
}

psql_admin() {
  PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
}

database_exists() {
  [[ $(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'") == 1 ]]
}

ensure_database() {
  if ! psql_admin -tAc 'SELECT 1' >/dev/null; then
    fail "postgresql: cannot connect as postgres to $HOST:$PG_PORT without a password; allow it with 'trust' for 127.0.0.1/32 and ::1/128 in pg_hba.conf"
    return 1
  fi
  database_exists && return 0
  # A concurrent run may create it first; that is fine.
  if psql_admin -c "CREATE DATABASE $DATABASE OWNER postgres" 2>/dev/null || database_exists; then
    say "postgresql: created database $DATABASE"
  else
    fail "postgresql: could not create database $DATABASE"
    return 1
  fi
}

# --- Redis and RabbitMQ -----------------------------------------------------------------------

redis_start() {
  say "redis: starting"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >"$START_LOGS/redis.log" 2>&1 || true
}

rabbit_start() {
  say "rabbitmq: starting"
  rabbitmq-server -detached >"$START_LOGS/rabbitmq.log" 2>&1 || true
}

# --- commands ---------------------------------------------------------------------------------

# Waits for one service and prints its line; returns non-zero when it did not come up.
await_service() {
  local service=$1 check=$2 port=$3 hint=$4
  if wait_for "$check"; then
    say "$service: up ($HOST:$port)"
    return 0
  fi
  fail "$service: could not be started ($HOST:$port not reachable after ${TIMEOUT}s; see $hint)"
  if [[ -s $START_LOGS/$service.log ]]; then
    sed "s/^/  $service: /" "$START_LOGS/$service.log" >&2
  fi
  return 1
}

cmd_up() {
  local pg_down=0 redis_down=0 rabbit_down=0 pg_failed=0 failed=0 packages=()
  pg_ready || pg_down=1
  redis_ready || redis_down=1
  rabbit_ready || rabbit_down=1

  if ((pg_down)) && ! pg_installed; then
    packages+=(postgresql)
    PG_FRESH=1
  fi
  have psql || packages+=(postgresql-client)
  if ((redis_down)); then
    redis_installed || packages+=(redis-server)
    have redis-cli || packages+=(redis-tools)
  fi
  if ((rabbit_down)) && ! rabbit_installed; then
    packages+=(rabbitmq-server)
  fi
  install_packages "${packages[@]}"

  if ((pg_down + redis_down + rabbit_down > 0)); then
    START_LOGS=$(mktemp -d)
    trap 'rm -rf "$START_LOGS"' EXIT
    # Start everything first, then wait, so the slow starts overlap.
    if ((pg_down)); then pg_start || pg_failed=1; fi
    if ((redis_down)) && ! redis_ready; then redis_start; fi
    if ((rabbit_down)) && ! rabbit_ready; then rabbit_start; fi
  fi

  if ((pg_failed)); then
    failed=1
  elif await_service postgresql pg_ready "$PG_PORT" /var/log/postgresql/; then
    ensure_database || failed=1
  else
    failed=1
  fi
  await_service redis redis_ready "$REDIS_PORT" /var/log/redis/ci.log || failed=1
  await_service rabbitmq rabbit_ready "$RABBIT_PORT" /var/log/rabbitmq/ || failed=1
  return "$failed"
}

# Prints one status line for a service; returns non-zero when it is down.
status_line() {
  local service=$1 check=$2 installed=$3 port=$4
  if "$check"; then
    say "$service: up ($HOST:$port)"
    return 0
  fi
  if "$installed"; then
    say "$service: down ($HOST:$port not reachable)"
  else
    say "$service: down ($HOST:$port not reachable; not installed)"
  fi
  return 1
}

cmd_status() {
  local down=0
  if status_line postgresql pg_ready pg_installed "$PG_PORT"; then
    if ! have psql; then
      say "postgresql: database $DATABASE not checked (psql not installed)"
    elif ! psql_admin -tAc 'SELECT 1' >/dev/null 2>&1; then
      say "postgresql: cannot connect as postgres without a password"
      down=1
    elif ! database_exists; then
      say "postgresql: database $DATABASE missing (created by: scripts/services.sh up)"
      down=1
    fi
  else
    down=1
  fi
  status_line redis redis_ready redis_installed "$REDIS_PORT" || down=1
  status_line rabbitmq rabbit_ready rabbit_installed "$RABBIT_PORT" || down=1
  return "$down"
}

usage() {
  echo "usage: scripts/services.sh up|status" >&2
}

main() {
  case ${1:-} in
    up) cmd_up ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *)
      usage
      exit 2
      ;;
  esac
}

main "$@"

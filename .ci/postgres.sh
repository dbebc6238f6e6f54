#!/usr/bin/env bash
# PostgreSQL 15 + pgvector for the test suite, from Debian packages only.
#
#   .ci/postgres.sh install        apt: postgresql-15 + server headers, then
#                                  pgvector built from Debian trixie's source
#                                  package (bookworm ships no pgvector)
#   .ci/postgres.sh start DIR      a throwaway cluster in DIR on 127.0.0.1 (port
#                                  $PGPORT_TEST or the first free from 55432);
#                                  prints the URL to export as STORYLINE_TEST_PG
#   .ci/postgres.sh stop DIR       stop it (DIR may then be deleted)
#
# PostgreSQL refuses to run as root: as root the cluster runs as the
# `postgres` system user the Debian package creates.
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

free_port() {  # $PGPORT_TEST, else the first free one from 55432
  if [ -n "${PGPORT_TEST:-}" ]; then echo "$PGPORT_TEST"; return; fi
  local p
  for p in $(seq 55432 55532); do
    if ! (echo > /dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo $p; return; fi
  done
  echo "no free port in 55432-55532" >&2; return 1
}

install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    postgresql-15 postgresql-server-dev-15 build-essential dpkg-dev >/dev/null
  if [ -f "$($PG_BIN/pg_config --sharedir)/extension/vector.control" ]; then
    echo "pgvector already installed"; return
  fi
  # deb-src for trixie only (no binaries from it are installed)
  cat > /etc/apt/sources.list.d/trixie-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt-get update -qq
  local build; build=$(mktemp -d)
  (cd "$build" && apt-get source -qq pgvector >/dev/null 2>&1 && cd pgvector-*/ \
    && make -s PG_CONFIG=$PG_BIN/pg_config >/dev/null && make -s PG_CONFIG=$PG_BIN/pg_config install >/dev/null)
  rm -rf "$build"
  test -f "$($PG_BIN/pg_config --sharedir)/extension/vector.control"
  echo "pgvector built and installed"
}

as_owner() {  # run a command as the cluster's (non-root) owner
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start() {
  local dir=$1 PORT
  PORT=$(free_port)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$PG_BIN/initdb -D '$dir/data' -U storyline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  as_owner "$PG_BIN/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$dir' -c fsync=off -c max_connections=200\" start >/dev/null"
  as_owner "$PG_BIN/createdb -h 127.0.0.1 -p $PORT -U storyline storyline"
  echo "postgresql://storyline@127.0.0.1:$PORT/storyline"
}

stop() {
  as_owner "$PG_BIN/pg_ctl -D '$1/data' -m fast stop >/dev/null" || true
}

"$@"

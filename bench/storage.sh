#!/usr/bin/env bash
# Storage benchmark of the packaged server, once on the embedded SQLite file and once on PostgreSQL:
#   1. write throughput: POST /api/v1/alliances under wrk (every request opens a new case file);
#   2. restart time: fill the database with stored assessments (10,000 by default), stop the server
#      with SIGTERM, start it again and time it until /health answers and until a stored assessment
#      reads back; and the size of the database on disk.
# SQLite runs in a fresh temporary data directory; PostgreSQL on a private throw-away server
# (Debian's binaries, loopback only, a free port, its own temporary directory). Everything is
# stopped and removed on exit, whatever happens.
#
# Environment (all optional):
#   PORT         port for the server under test (default 7098; must be free)
#   JAVA_OPTS    JVM options for the server (default -Xmx256m)
#   DATABASES    databases to measure, in order (default "sqlite postgres")
#   DURATION     seconds of measured write load (default 15)
#   WARMUP       seconds of write load before measuring (default 5)
#   THREADS      wrk threads (default 2)
#   CONNECTIONS  wrk connections (default 8)
#   TIMEOUT      wrk per-request timeout in seconds (default 30)
#   ASSESSMENTS  stored assessments before the restart (default 10000)
#   ALLIANCES    alliances the stored assessments are spread over (default 100)
#   WORKERS      parallel curl workers storing the assessments (default 4)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="$ROOT/target/alliance-trust-advisor.jar"
ASSESSMENT="$SCRIPT_DIR/assessment.json"
LUA="$SCRIPT_DIR/alliance.lua"

HOST=127.0.0.1
PORT="${PORT:-7098}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
DATABASES="${DATABASES:-sqlite postgres}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
TIMEOUT="${TIMEOUT:-30}"
ASSESSMENTS="${ASSESSMENTS:-10000}"
ALLIANCES="${ALLIANCES:-100}"
WORKERS="${WORKERS:-4}"
READY_TIMEOUT=120     # seconds a start may take before the run is declared failed
STALL_LIMIT=50        # consecutive failed stores after which a fill worker gives up
BASE="http://$HOST:$PORT"
ALLIANCE_PATH=/api/v1/alliances
ASSESS_PATH=/api/v1/partner-assessments
ALLIANCE_BODY='{"partner":{"name":"Bench Partner","country":"JP"},"purpose":"SUPPLY","countries":["JP"],"owner":"bench"}'

die() {
    echo "bench: FAIL: $*" >&2
    exit 1
}
log() { echo "bench: $*"; }

for n in "$PORT" "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$TIMEOUT" "$ASSESSMENTS" "$ALLIANCES" "$WORKERS"; do
    [[ "$n" =~ ^[0-9]+$ ]] || die "PORT, DURATION, WARMUP, THREADS, CONNECTIONS, TIMEOUT, ASSESSMENTS, ALLIANCES and WORKERS must be whole numbers, got '$n'"
done
((DURATION > 0 && ALLIANCES > 0 && WORKERS > 0 && ASSESSMENTS > 0)) || die "DURATION, ALLIANCES, WORKERS and ASSESSMENTS must be above 0"
for db in $DATABASES; do
    [[ "$db" == sqlite || "$db" == postgres ]] || die "DATABASES may name sqlite and postgres, got '$db'"
done
[[ -r "$ASSESSMENT" ]] || die "request body $ASSESSMENT not found"
[[ -r "$LUA" ]] || die "wrk script $LUA not found"

# --- tools -------------------------------------------------------------------------------------
install_packages() {
    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null || die "need root or sudo to install: $*"
        sudo=(sudo)
    fi
    log "installing $* from Debian packages"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The newest PostgreSQL server binaries Debian installed, if any.
find_pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/psql" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 0
}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
PG_BIN=""
if [[ " $DATABASES " == *" postgres "* ]]; then
    PG_BIN="$(find_pg_bin)"
    [[ -n "$PG_BIN" ]] || missing+=(postgresql)
fi
if ((${#missing[@]})); then
    install_packages "${missing[@]}"
fi
if [[ " $DATABASES " == *" postgres "* && -z "$PG_BIN" ]]; then
    PG_BIN="$(find_pg_bin)"
    [[ -n "$PG_BIN" ]] || die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin after installing postgresql"
fi
command -v java >/dev/null || die "java is not on the PATH"

# --- build ---------------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "$JAR missing, building it"
    command -v mvn >/dev/null || die "mvn is not on the PATH and the jar is not built"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

# --- processes and clean-up ----------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
port_in_use "$PORT" && die "port $PORT on $HOST is already in use; choose another with PORT=..."

WORK="$(mktemp -d)"
SERVER_PID=""
WORKER_PIDS=()
PG_DIR=""          # the private PostgreSQL server's directory while it exists
PG_PORT=""
IS_ROOT=false
[[ "$(id -u)" -eq 0 ]] && IS_ROOT=true

# PostgreSQL refuses to run as root: as root, its server programs run as the postgres user.
as_pg() {
    if $IS_ROOT; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_workers() {
    local pid
    for pid in "${WORKER_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${WORKER_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    WORKER_PIDS=()
}

kill_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

pg_stop() {
    if [[ -n "$PG_DIR" ]]; then
        if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
            as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
                || as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_DIR"
        PG_DIR=""
    fi
}

cleanup() {
    stop_workers
    kill_server
    pg_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ns() { date +%s%N; }
secs_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

# --- server --------------------------------------------------------------------------------------
LOG=""              # the server log of the database being measured
START_NS=0          # when the server process was started
SERVER_ENV=()       # ADVISOR_DB_* for PostgreSQL, nothing for SQLite

# start_server DATA_DIR: starts the packaged server and notes the time it was started.
start_server() {
    port_in_use "$PORT" && die "port $PORT on $HOST is taken by another process"
    START_NS="$(now_ns)"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    env ADVISOR_RATE_LIMIT=0 "${SERVER_ENV[@]}" java $JAVA_OPTS -jar "$JAR" --host "$HOST" --port "$PORT" --home "$ROOT" --data "$1" >>"$LOG" 2>&1 &
    SERVER_PID=$!
}

server_failed() {
    tail -n 60 "$LOG" >&2
    die "$*"
}

# wait_health: waits until /health answers 200, polling every 50 ms; sets HEALTH_S to the seconds
# since the start.
HEALTH_S=""
wait_health() {
    local deadline=$((SECONDS + READY_TIMEOUT))
    until curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2>/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server exited before answering /health"
        ((SECONDS < deadline)) || server_failed "the server did not answer /health within ${READY_TIMEOUT}s"
        sleep 0.05
    done
    HEALTH_S="$(secs_since "$START_NS")"
}

# stop_server: SIGTERM, then waits for the process to exit; sets STOP_S to the seconds it took.
STOP_S=""
stop_server() {
    local t0 pid="$SERVER_PID"
    t0="$(now_ns)"
    kill -TERM "$pid"
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        SERVER_PID=""
        server_failed "the server did not stop within 30 s of SIGTERM"
    fi
    wait "$pid" 2>/dev/null || true
    SERVER_PID=""
    STOP_S="$(secs_since "$t0")"
}

# --- private PostgreSQL server -------------------------------------------------------------------
pg_start() {
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/advisor-bench-pg.XXXXXX")"
    $IS_ROOT && chown postgres "$PG_DIR"
    PG_PORT=55432
    while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U advisor --auth=trust -E UTF8 >"$WORK/initdb.log" 2>&1 \
        || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
    # The server keeps its default durability (fsync on, synchronous_commit on), as SQLite keeps
    # synchronous=FULL: a write is on disk when its 201 is sent.
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=$HOST" start >"$WORK/pg_ctl.log" 2>&1 \
        || { cat "$WORK/pg_ctl.log" "$PG_DIR/server.log" >&2 2>/dev/null; die "the PostgreSQL server did not start"; }
    "$PG_BIN/createdb" -h "$HOST" -p "$PG_PORT" -U advisor advisor || die "createdb failed"
}

pg_query() { "$PG_BIN/psql" -X -q -At -h "$HOST" -p "$PG_PORT" -U advisor -d advisor -c "$1"; }

# --- wrk output ----------------------------------------------------------------------------------
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
sockerr() { awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10; exit}' "$1"; }
non201() { awk '$1 == "non201" {print $2; exit}' "$1"; }

# --- filling the database ------------------------------------------------------------------------
# fill_worker N QUOTA: stores QUOTA assessments, rotating over the alliances from index N, until
# QUOTA answers were 201. Writes "ok", "retried" and the failed statuses to its own files.
fill_worker() {
    local n="$1" quota="$2" ok=0 retried=0 stalled=0 i="$1" code
    local out="$WORK/fill.$n"
    : >"$out.codes"
    while ((ok < quota)); do
        code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 60 -X POST -H 'Content-Type: application/json' \
            --data-binary "@$WORK/bodies/$((i % ALLIANCES)).json" "$BASE$ASSESS_PATH" 2>/dev/null || true)"
        if [[ "$code" == 201 ]]; then
            ok=$((ok + 1)); stalled=0; i=$((i + WORKERS))
            ((ok % 50)) || echo "$ok" >"$out.ok"
        else
            retried=$((retried + 1)); stalled=$((stalled + 1))
            echo "${code:-000}" >>"$out.codes"
            ((stalled < STALL_LIMIT)) || { echo "$ok" >"$out.ok"; echo "$retried" >"$out.retried"; exit 1; }
        fi
    done
    echo "$ok" >"$out.ok"
    echo "$retried" >"$out.retried"
}

sum_files() { { cat "$@" 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }'; }
fill_done() { sum_files "$WORK"/fill.*.ok; }

# --- one database --------------------------------------------------------------------------------
failures=()
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # sqlite | postgres
    local db="$1" data="$WORK/data-$1" name where t0 i id code
    LOG="$WORK/server-$db.log"
    : >"$LOG"
    mkdir -p "$data"
    if [[ "$db" == postgres ]]; then
        name=PostgreSQL
        log "starting a private PostgreSQL server ($PG_BIN)"
        pg_start
        SERVER_ENV=("ADVISOR_DB_URL=jdbc:postgresql://$HOST:$PG_PORT/advisor" ADVISOR_DB_USER=advisor ADVISOR_DB_PASSWORD=)
        where="database advisor on a private server $("$PG_BIN/postgres" --version | awk '{print $3}'), fsync on"
    else
        name=SQLite
        SERVER_ENV=()
        where="advisor.db in a fresh data directory, journal_mode=WAL, synchronous=FULL"
    fi

    log "$name: starting the server on $BASE ($JAVA_OPTS)"
    start_server "$data"
    wait_health
    local start_empty="$HEALTH_S"
    grep -q "Case files in $name" "$LOG" || server_failed "the server does not say it keeps its case files in $name"
    log "$name: /health answered ${start_empty}s after the start"

    # The alliances the assessments go to; also checks by hand that an alliance is created.
    local ids=()
    for ((i = 0; i < ALLIANCES; i++)); do
        code="$(curl -sS -o "$WORK/alliance.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
            --data-binary "$ALLIANCE_BODY" "$BASE$ALLIANCE_PATH")"
        if [[ "$code" != 201 ]]; then
            cat "$WORK/alliance.json" >&2; echo >&2
            die "$name: POST $ALLIANCE_PATH answered $code, expected 201"
        fi
        id="$(grep -o '"id":"[^"]*"' "$WORK/alliance.json" | awk -F'"' 'NR == 1 { print $4 }')"
        [[ -n "$id" ]] || die "$name: no id in the answer to POST $ALLIANCE_PATH"
        ids+=("$id")
    done

    # 1. write throughput
    local wrk_opts=(-t"$THREADS" -c"$CONNECTIONS" --timeout "${TIMEOUT}s")
    if ((WARMUP > 0)); then
        log "$name: write warm-up, ${WARMUP}s"
        wrk "${wrk_opts[@]}" -d"${WARMUP}s" -s "$LUA" "$BASE$ALLIANCE_PATH" >"$WORK/warm-$db.txt"
    fi
    log "$name: measuring writes, ${DURATION}s, wrk ${wrk_opts[*]}"
    wrk "${wrk_opts[@]}" -d"${DURATION}s" --latency -s "$LUA" "$BASE$ALLIANCE_PATH" >"$WORK/write-$db.txt"
    local f="$WORK/write-$db.txt" w_rps w_n w_bad w_err w_p50 w_p99
    w_rps="$(rps "$f")"; w_n="$(total "$f")"; w_bad="$(non201 "$f")"; w_err="$(sockerr "$f")"; w_err="${w_err:-0}"
    [[ -n "$w_rps" && -n "$w_n" && -n "$w_bad" ]] || { cat "$f" >&2; die "$name: could not read wrk's output"; }
    ((w_n > 0)) || { cat "$f" >&2; die "$name: no write completed in ${DURATION}s"; }
    w_p50="$(to_ms "$(field "$f" 50%)")"; w_p99="$(to_ms "$(field "$f" 99%)")"
    local warm_bad
    warm_bad="$(non201 "$WORK/warm-$db.txt" 2>/dev/null || true)"
    ((w_bad == 0)) || failures+=("$name: $w_bad of $w_n POST $ALLIANCE_PATH answers were not 201")
    ((${warm_bad:-0} == 0)) || failures+=("$name: $warm_bad POST $ALLIANCE_PATH answers during the warm-up were not 201")
    ((w_err == 0)) || failures+=("$name: $w_err socket errors during the write load")

    # 2. stored assessments
    mkdir -p "$WORK/bodies"
    local body
    body="$(<"$ASSESSMENT")"
    body="${body#*\{}"
    for ((i = 0; i < ALLIANCES; i++)); do
        printf '{"allianceId":"%s",%s' "${ids[i]}" "$body" >"$WORK/bodies/$i.json"
    done
    rm -f "$WORK"/fill.*
    log "$name: storing $ASSESSMENTS assessments over $ALLIANCES alliances with $WORKERS curl workers"
    t0="$(now_ns)"
    # The first one by hand, so that a rejected body fails here with the server's own words.
    code="$(curl -sS -o "$WORK/first.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        --data-binary "@$WORK/bodies/0.json" "$BASE$ASSESS_PATH")"
    if [[ "$code" != 201 ]]; then
        head -c 2000 "$WORK/first.json" >&2; echo >&2
        die "$name: POST $ASSESS_PATH with an allianceId answered $code, expected 201"
    fi
    echo 1 >"$WORK/fill.first.ok"
    local quota=$(((ASSESSMENTS - 1) / WORKERS)) extra=$(((ASSESSMENTS - 1) % WORKERS)) q
    for ((i = 0; i < WORKERS; i++)); do
        q=$((quota + (i < extra ? 1 : 0)))
        fill_worker "$((i + 1))" "$q" &
        WORKER_PIDS+=($!)
    done
    local running=1 next=$((SECONDS + 30)) pid
    while ((running)); do
        running=0
        for pid in "${WORKER_PIDS[@]}"; do
            kill -0 "$pid" 2>/dev/null && running=1
        done
        if ((running && SECONDS >= next)); then
            log "$name: $(fill_done) of $ASSESSMENTS stored"
            next=$((SECONDS + 30))
        fi
        if ((running)); then sleep 0.5; fi
    done
    local worker_failed=0
    for pid in "${WORKER_PIDS[@]}"; do
        wait "$pid" || worker_failed=1
    done
    WORKER_PIDS=()
    local fill_s stored retried codes
    fill_s="$(secs_since "$t0")"
    stored="$(fill_done)"
    retried="$(sum_files "$WORK"/fill.*.retried)"
    codes="$({ cat "$WORK"/fill.*.codes 2>/dev/null || true; } | sort | uniq -c | awk '{ printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1 }')"
    if ((worker_failed)); then
        tail -n 60 "$LOG" >&2
        die "$name: a fill worker gave up after $STALL_LIMIT failed stores in a row ($stored stored; statuses: $codes)"
    fi
    ((stored == ASSESSMENTS)) || die "$name: $stored assessments stored, expected $ASSESSMENTS"
    local total_assessments="$ASSESSMENTS"
    local alliances
    alliances="$(curl -fsS "$BASE$ALLIANCE_PATH?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)"

    # An assessment stored mid-way through the fill, to read after the restart.
    local probe
    probe="$(curl -fsS "$BASE$ALLIANCE_PATH/${ids[ALLIANCES / 2]}/assessments" | grep -o '"id":"[^"]*"' \
        | cut -d'"' -f4 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')"
    [[ -n "$probe" ]] || die "$name: no stored assessment listed for alliance ${ids[ALLIANCES / 2]}"

    log "$name: stopping the server (SIGTERM)"
    stop_server
    local stop_s="$STOP_S"

    log "$name: starting it again with $total_assessments stored assessments"
    start_server "$data"
    wait_health
    local restart_health="$HEALTH_S" restart_first get_s deadline=$((SECONDS + READY_TIMEOUT)) answer
    while :; do
        answer="$(curl -sS -o "$WORK/probe.json" -w '%{http_code} %{time_total}' --max-time 30 \
            "$BASE/api/v1/assessments/$probe" 2>/dev/null || true)"
        [[ "${answer%% *}" == 200 ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server exited before the stored assessment read back"
        ((SECONDS < deadline)) || { head -c 2000 "$WORK/probe.json" >&2; echo >&2; die "$name: GET /api/v1/assessments/$probe did not answer 200 within ${READY_TIMEOUT}s (last: ${answer%% *})"; }
        sleep 0.05
    done
    restart_first="$(secs_since "$START_NS")"
    get_s="${answer#* }"
    grep -q "\"assessmentId\":\"$probe\"" "$WORK/probe.json" || die "$name: GET /api/v1/assessments/$probe answered another assessment"

    # Everything stored is still there: count the assessments each alliance lists.
    local read_back=0 n
    for ((i = 0; i < ALLIANCES; i++)); do
        n="$(curl -fsS "$BASE$ALLIANCE_PATH/${ids[i]}/assessments" | { grep -o '"allianceId"' || true; } | wc -l)"
        read_back=$((read_back + n))
    done
    ((read_back == total_assessments)) || failures+=("$name: $read_back assessments listed after the restart, $total_assessments were stored")
    local load_end
    load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
    stop_server

    local size_bytes size_note
    if [[ "$db" == postgres ]]; then
        size_bytes="$(pg_query "SELECT pg_database_size('advisor')")"
        size_note="pg_database_size('advisor')"
        pg_stop
    else
        size_bytes="$(stat -c %s "$data/advisor.db")"
        size_note="advisor.db"
        local extra_files
        extra_files="$(find "$data" -name 'advisor.db-*' -printf '%f ' | sed 's/ $//')"
        [[ -z "$extra_files" ]] || size_note="$size_note, also left: $extra_files"
    fi

    # --- the table ---
    local kv='  %-44s %s\n'
    echo
    echo "$name: $where"
    printf "$kv" "writes: POST $ALLIANCE_PATH" "wrk ${wrk_opts[*]} -d${DURATION}s after ${WARMUP}s warm-up"
    printf "$kv" "  writes/s" "$w_rps"
    printf "$kv" "  latency p50 / p99" "$w_p50 ms / $w_p99 ms"
    printf "$kv" "  writes, non-201, socket errors" "$w_n, $w_bad, $w_err"
    printf "$kv" "start with an empty database" "/health after ${start_empty} s"
    printf "$kv" "fill: stored assessments" "$ASSESSMENTS in ${fill_s} s, $(awk -v n="$ASSESSMENTS" -v s="$fill_s" 'BEGIN { printf "%.1f", n / s }')/s ($WORKERS curl workers)"
    printf "$kv" "  answers not 201, retried" "$retried${codes:+ ($codes)}"
    printf "$kv" "stop (SIGTERM until exit)" "${stop_s} s"
    echo "  restart with $total_assessments stored assessments"
    printf "$kv" "  /health answers" "${restart_health} s after the start"
    printf "$kv" "  first GET /api/v1/assessments/{id} 200" "${restart_first} s after the start (the GET itself: $(awk -v s="$get_s" 'BEGIN { printf "%.0f", s * 1000 }') ms)"
    printf "$kv" "  assessments listed after the restart" "$read_back"
    printf "$kv" "database size on disk" "$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f MiB", b / 1048576 }') ($size_bytes bytes, $size_note)"
    printf "$kv" "  holding" "$alliances alliances, $total_assessments assessments"
    printf "$kv" "load average at the end (1/5/15 min)" "$load_end"
    echo
}

log "$(nproc) cores, load average $LOAD_BEFORE before the run; databases: $DATABASES"
for db in $DATABASES; do
    measure "$db"
done

if ((${#failures[@]})); then
    for f in "${failures[@]}"; do echo "bench: FAIL: $f" >&2; done
    exit 1
fi

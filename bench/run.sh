#!/usr/bin/env bash
# Throughput and latency of every endpoint of the packaged server, each measured against GET /health
# (the HTTP stack alone) in the same run, with the project's performance targets; the time from
# process start to the first answered assessment; the server's peak resident memory; and a mixed
# load over all endpoints at once.
#
# Environment (all optional):
#   PORT         port for the server under test (default 7099; must be free)
#   JAVA_OPTS    JVM options for the server (default -Xmx256m)
#   DURATION     seconds of measured load per endpoint (default 8)
#   WARMUP       seconds of load per endpoint before measuring it (default 2)
#   THREADS      wrk threads (default 2)
#   CONNECTIONS  wrk connections per endpoint (default 16)
#   TIMEOUT      wrk per-request timeout in seconds (default 30; wrk's own 2 s would drop slow
#                answers from the latency figures and count them as errors)
#   SERVER_WARMUP      seconds of the advisory requests together before the first endpoint, at least
#                      (default 20; 0: no warm-up); the warm-up then goes on, 10 s at a time, until the
#                      JIT compilers use less than 5 % of the server's processor time
#   SERVER_WARMUP_MAX  seconds after which the warm-up stops even so (default 180)
#   MIXED_DURATION     seconds of the mixed load (default 60; 0 skips it)
#   MIXED_CONNECTIONS  connections of the mixed load (default 64)
#   ONLY         an extended regular expression: measure only the endpoints whose name matches
#                (GET /health is always measured)
#   STRICT       1: exit non-zero when a performance target is missed, not only on errors
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="$ROOT/target/alliance-trust-advisor.jar"
BODIES="$SCRIPT_DIR/bodies"
ASSESSMENT="$SCRIPT_DIR/assessment.json"
LUA="$SCRIPT_DIR/requests.lua"

HOST=127.0.0.1
PORT="${PORT:-7099}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
DURATION="${DURATION:-8}"
WARMUP="${WARMUP:-2}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
TIMEOUT="${TIMEOUT:-30}"
MIXED_DURATION="${MIXED_DURATION:-60}"
MIXED_CONNECTIONS="${MIXED_CONNECTIONS:-64}"
SERVER_WARMUP="${SERVER_WARMUP:-20}"
SERVER_WARMUP_MAX="${SERVER_WARMUP_MAX:-180}"
JIT_SETTLED_PERCENT=5 # the JIT compilers' share of the server's processor time under which the warm-up ends
ONLY="${ONLY:-}"
STRICT="${STRICT:-0}"
READY_TIMEOUT=120
BASE="http://$HOST:$PORT"

# The targets (a 2-core machine, the load generator on the same machine).
# Each endpoint's own targets are in the ENDPOINTS list below (its share of /health's throughput, and
# for the assessment a p99 latency with CONNECTIONS connections); these are the run's as a whole.
DEFAULT_TARGET_RATIO=0.1  # an endpoint's share of /health's throughput, unless ENDPOINTS says otherwise
TARGET_FIRST_S=2        # first answered assessment after the process starts
TARGET_MIXED_P99_MS=250 # p99 of the mixed load with MIXED_CONNECTIONS connections
TARGET_ANSWER_BYTES=25000 # the assessment answer for bench/assessment.json

# The data the endpoints work on: alliances with a year of quarterly health checks (read by the
# health, portfolio and case-file endpoints), stored assessments, guided diagnosis sessions and
# checklists. Writes rotate over records of their own, so that they neither race each other nor
# grow the records the reads measure.
ALLIANCES=40
CHECKS_PER_ALLIANCE=4
SESSIONS=3000           # answers rotate over these: a session is answered again only long after
CHECKLISTS=10
WRITE_ALLIANCES=100     # health checks and stored assessments rotate over these

die() {
    echo "bench: FAIL: $*" >&2
    exit 1
}
log() { echo "bench: $*" >&2; }

for n in "$PORT" "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$TIMEOUT" "$MIXED_DURATION" "$MIXED_CONNECTIONS" "$SERVER_WARMUP" "$SERVER_WARMUP_MAX"; do
    [[ "$n" =~ ^[0-9]+$ ]] || die "PORT, DURATION, WARMUP, THREADS, CONNECTIONS, TIMEOUT, MIXED_DURATION, MIXED_CONNECTIONS, SERVER_WARMUP and SERVER_WARMUP_MAX must be whole numbers, got '$n'"
done
((DURATION > 0 && THREADS > 0 && CONNECTIONS >= THREADS)) || die "DURATION and THREADS must be above 0, CONNECTIONS at least THREADS"
((MIXED_DURATION == 0 || MIXED_CONNECTIONS >= THREADS)) || die "MIXED_CONNECTIONS must be at least THREADS"
[[ -r "$LUA" ]] || die "wrk script $LUA not found"
[[ -r "$ASSESSMENT" && -d "$BODIES" ]] || die "request bodies not found in $SCRIPT_DIR"

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

missing=()
for tool in wrk curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then install_packages "${missing[@]}"; fi
command -v java >/dev/null || die "java is not on the PATH"

# --- build ---------------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "$JAR missing, building it"
    command -v mvn >/dev/null || die "mvn is not on the PATH and the jar is not built"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

# --- server --------------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
port_in_use "$PORT" && die "port $PORT on $HOST is already in use; choose another with PORT=..."

WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
    local pid="$SERVER_PID"
    [[ -n "$pid" ]] || return 0
    SERVER_PID=""
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ns() { date +%s%N; }
secs_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

server_failed() {
    tail -n 60 "$LOG" >&2
    die "$*"
}

# start_server NAME: starts the packaged server on a fresh data directory and polls, from the moment
# the process is started, until an assessment is answered; sets FIRST_S to the seconds that took.
FIRST_S=""
start_server() {
    LOG="$WORK/server-$1.log"
    local t0
    t0="$(now_ns)"
    # As the README starts it: the start script hands the JVM the class archive built with the jar.
    # Rate limiting (where the server has it) would turn a load test into a test of the limiter.
    ADVISOR_RATE_LIMIT=0 JAVA_OPTS="$JAVA_OPTS" "$ROOT/advisor" --host "$HOST" --port "$PORT" --home "$ROOT" --data "$WORK/data-$1" >"$LOG" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + READY_TIMEOUT)) code
    while :; do
        code="$(curl -s -o "$WORK/first.json" -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
            --data-binary "@$ASSESSMENT" "$BASE/api/v1/partner-assessments" 2>/dev/null || true)"
        [[ "$code" == 200 ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server exited before answering an assessment"
        if [[ "$code" =~ ^[1-9] ]]; then
            head -c 2000 "$WORK/first.json" >&2; echo >&2
            die "POST /api/v1/partner-assessments answered $code, expected 200"
        fi
        ((SECONDS < deadline)) || server_failed "no assessment answered within ${READY_TIMEOUT}s of the start"
        sleep 0.02
    done
    FIRST_S="$(secs_since "$t0")"
    # The processor time the server used until then: less dependent on what else the machine runs.
    FIRST_CPU_S="$(awk -v hz="$CLK_TCK" -v t="$(server_ticks)" 'BEGIN { printf "%.2f", t / hz }')"
    # It logs that it listens once the database is open too, which may come after its first answer.
    until grep -q "listening on http://$HOST:$PORT" "$LOG"; do
        kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server exited after its first answer"
        ((SECONDS < deadline)) || die "the server answering on $PORT did not log that it listens there"
        sleep 0.05
    done
}

peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status"; }
# User and system time, in clock ticks, from a /proc stat file. The fields are counted after the name in
# brackets, which may hold spaces (a thread named "C2 CompilerThre"): utime and stime are the 12th and 13th.
stat_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$1"; }
# The processor time the server has used so far: every thread of it, the JIT's and the collector's too.
server_ticks() { stat_ticks "/proc/$SERVER_PID/stat"; }
# The part of it the JIT compilers' threads have used (HotSpot names them "C1 CompilerThre..." and "C2 CompilerThre...").
jit_ticks() {
    local task ticks=0
    for task in /proc/"$SERVER_PID"/task/*; do
        [[ "$(cat "$task/comm" 2>/dev/null)" == C[12]\ CompilerThre* ]] || continue
        ticks=$((ticks + $(stat_ticks "$task/stat" 2>/dev/null || echo 0)))
    done
    echo "$ticks"
}
CLK_TCK="$(getconf CLK_TCK)"

# --- requests ------------------------------------------------------------------------------------
# call METHOD PATH [BODY-FILE] EXPECTED-STATUS: one request by hand; prints the answer, and fails
# with the server's own words when the status is not the expected one.
call() {
    local method="$1" path="$2" body="${3:-}" expected="${4:-200}" code answer="$WORK/answer.$BASHPID.json"
    local args=(-sS -o "$answer" -w '%{http_code}' --max-time 60 -X "$method")
    [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
    code="$(curl "${args[@]}" "$BASE$path")"
    if [[ "$code" != "$expected" ]]; then
        head -c 2000 "$answer" >&2; echo >&2
        die "$method $path answered $code, expected $expected"
    fi
    cat "$answer"
}

# one_line FILE [SED-SCRIPT]: a JSON body on one line (wrk's request files hold one request a line).
one_line() { jq -c . "$1" | sed "${2:-}"; }

# line NAME METHOD PATH [BODY]: one line of a request file.
line() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}"; }

# --- the data the endpoints work on, written by curl in parallel ---------------------------------
# bulk NAME: sends the requests queued with queue NAME, eight at a time, and fails unless every one
# was answered 201. The answers are $WORK/bulk/NAME.N.json, N counting from 0 in queue order.
queue() { # NAME METHOD PATH BODY-FILE
    local n
    n="$(cat "$WORK/bulk/$1.count" 2>/dev/null || echo 0)"
    {
        ((n == 0)) || echo next
        printf 'url = "%s%s"\nrequest = "%s"\nheader = "Content-Type: application/json"\n' "$BASE" "$3" "$2"
        printf 'data-binary = "@%s"\noutput = "%s"\nmax-time = 120\n' "$4" "$WORK/bulk/$1.$n.json"
        printf 'silent\nshow-error\nwrite-out = "%%{http_code}\\n"\n' # options hold per request in a config file
    } >>"$WORK/bulk/$1.curl"
    echo $((n + 1)) >"$WORK/bulk/$1.count"
}
bulk() {
    local codes
    codes="$(curl --parallel --parallel-max 8 -K "$WORK/bulk/$1.curl" 2>"$WORK/bulk/$1.err" | sort | uniq -c \
        | awk '{ printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1 }')"
    [[ "$codes" == "201 x$(cat "$WORK/bulk/$1.count")" ]] || {
        grep -l '"status"' "$WORK/bulk/$1".*.json 2>/dev/null | head -1 | xargs -r head -c 2000 >&2
        grep -v '^$' "$WORK/bulk/$1.err" | head -5 >&2; echo >&2
        die "preparing the data ($1): answers $codes, expected 201 for all $(cat "$WORK/bulk/$1.count")"
    }
}
answer_of() { cat "$WORK/bulk/$1.$2.json"; } # NAME N
# field_of NAME COUNT FILTER: the filter applied to every answer of NAME, in queue order, one jq for all.
field_of() {
    local i files=()
    for ((i = 0; i < $2; i++)); do files+=("$WORK/bulk/$1.$i.json"); done
    jq -r "$3" "${files[@]}"
}

ALLIANCE_IDS=() WRITE_IDS=() ASSESSMENT_IDS=() SESSION_IDS=() CHECKLIST_IDS=() MARKS=()
fixtures() {
    ALLIANCE_IDS=() WRITE_IDS=() ASSESSMENT_IDS=() SESSION_IDS=() CHECKLIST_IDS=() MARKS=()
    rm -rf "$WORK/bulk"
    mkdir -p "$WORK/bulk"
    local i j id purposes=(SUPPLY JOINT_RND DISTRIBUTION INNOVATION LICENSING CO_MARKETING JOINT_VENTURE)
    # 1. the alliances: the portfolio, then those the write endpoints add to
    for ((i = 0; i < ALLIANCES + WRITE_ALLIANCES; i++)); do
        one_line "$BODIES/alliance.json" "s/Bench Partner/Partner $i/; s/\"SUPPLY\"/\"${purposes[i % ${#purposes[@]}]}\"/" >"$WORK/bulk/alliance.$i.body"
        queue alliances POST /api/v1/alliances "$WORK/bulk/alliance.$i.body"
    done
    bulk alliances
    local all=()
    mapfile -t all < <(field_of alliances $((ALLIANCES + WRITE_ALLIANCES)) .id)
    ALLIANCE_IDS=("${all[@]:0:ALLIANCES}")
    WRITE_IDS=("${all[@]:ALLIANCES}")
    # 2. a year of quarterly health checks and a stored assessment for each portfolio alliance;
    #    diagnosis sessions; checklists
    for ((j = 1; j <= CHECKS_PER_ALLIANCE; j++)); do
        one_line "$BODIES/health-check.json" "s/{date}/$(date -u -d "-$(((CHECKS_PER_ALLIANCE - j) * 91 + 11)) days" +%F)/" >"$WORK/bulk/check.$j.body"
    done
    for ((i = 0; i < ALLIANCES; i++)); do
        jq -c --arg id "${ALLIANCE_IDS[i]}" '. + {allianceId: $id}' "$ASSESSMENT" >"$WORK/bulk/assessment.$i.body"
        queue assessments POST /api/v1/partner-assessments "$WORK/bulk/assessment.$i.body"
    done
    for ((j = 1; j <= CHECKS_PER_ALLIANCE; j++)); do # in date order, one round per quarter
        for ((i = 0; i < ALLIANCES; i++)); do queue "checks$j" POST "/api/v1/alliances/${ALLIANCE_IDS[i]}/health-checks" "$WORK/bulk/check.$j.body"; done
    done
    for ((i = 0; i < SESSIONS; i++)); do queue sessions POST /api/v1/diagnoses "$BODIES/diagnosis.json"; done
    for ((i = 0; i < CHECKLISTS; i++)); do queue checklists POST /api/v1/checklists "$BODIES/checklist.json"; done
    bulk assessments
    for ((j = 1; j <= CHECKS_PER_ALLIANCE; j++)); do bulk "checks$j"; done
    bulk sessions
    bulk checklists
    mapfile -t ASSESSMENT_IDS < <(field_of assessments "$ALLIANCES" .assessmentId)
    mapfile -t SESSION_IDS < <(field_of sessions "$SESSIONS" .id)
    mapfile -t CHECKLIST_IDS < <(field_of checklists "$CHECKLISTS" .id)
    mapfile -t MARKS < <(field_of checklists "$CHECKLISTS" '.id as $id | .items[] | "\($id)/items/\(.id)"')
    ((${#MARKS[@]} > 0)) || die "the checklist has no items"
}

# Every endpoint measured: NAME|EXPECTED|how its request file is written|target share of /health's
# throughput|target p99 in ms ("-": none). Reads first, then the writes whose records only grow,
# alliance creation last (it grows the portfolio). A comparison runs the rules for three candidates,
# hence its lower target; every other endpoint is to answer at least a tenth as fast as /health.
ENDPOINTS=(
    "POST /api/v1/partner-assessments|200|req_assess|0.1|20"
    "POST /api/v1/partner-assessments/compare|200|req_body POST /api/v1/partner-assessments/compare compare.json|0.03"
    "POST /api/v1/contract-balance|200|req_body POST /api/v1/contract-balance contract-balance.json"
    "POST /api/v1/early-warning|200|req_body POST /api/v1/early-warning early-warning.json"
    "POST /api/v1/culture-advice|200|req_body POST /api/v1/culture-advice culture-advice.json"
    "POST /api/v1/trust-building-plans|200|req_body POST /api/v1/trust-building-plans trust-building-plan.json"
    "POST /api/v1/diagnoses/one-shot|200|req_body POST /api/v1/diagnoses/one-shot diagnosis-one-shot.json"
    "GET  /api/v1/diagnoses/{id}|200|req_each GET /api/v1/diagnoses/ SESSION_IDS"
    "GET  /api/v1/alliances/{id}/health|200|req_health"
    "GET  /api/v1/portfolio|200|req_get /api/v1/portfolio"
    "GET  /api/v1/alliances/{id}|200|req_each GET /api/v1/alliances/ ALLIANCE_IDS"
    "GET  /api/v1/alliances|200|req_get /api/v1/alliances"
    "GET  /api/v1/assessments/{id}|200|req_each GET /api/v1/assessments/ ASSESSMENT_IDS"
    "POST /api/v1/assessments/{id}/rerun|200|req_rerun"
    "GET  /api/v1/checklists/{id}|200|req_each GET /api/v1/checklists/ CHECKLIST_IDS"
    "GET  /api/v1/checklists/{id}/export|200|req_export"
    "GET  /api/v1/rules|200|req_get /api/v1/rules"
    "GET  /api/v1/knowledge/evidence|200|req_get /api/v1/knowledge/evidence"
    "GET  /api/v1/knowledge/elements|200|req_get /api/v1/knowledge/elements"
    "GET  /api/v1/knowledge/stages|200|req_get /api/v1/knowledge/stages"
    "GET  /api/v1/knowledge/glossary|200|req_get /api/v1/knowledge/glossary"
    "GET  /api/v1/knowledge/bibliography|200|req_get /api/v1/knowledge/bibliography"
    "GET  /api/v1/knowledge/trust-survey|200|req_get /api/v1/knowledge/trust-survey"
    "GET  /api/v1/knowledge/countries|200|req_get /api/v1/knowledge/countries"
    "GET  /openapi.json|200|req_get /openapi.json"
    "POST /api/v1/diagnoses|201|req_body POST /api/v1/diagnoses diagnosis.json"
    "POST /api/v1/diagnoses/{id}/answers|200|req_answers"
    "POST /api/v1/checklists|201|req_body POST /api/v1/checklists checklist.json"
    "PUT  /api/v1/checklists/{id}/items/{itemId}|200|req_marks"
    "POST /api/v1/alliances/{id}/health-checks|201|req_record"
    "POST /api/v1/partner-assessments (stored)|201|req_stored"
    "POST /api/v1/alliances|201|req_body POST /api/v1/alliances alliance.json"
)

req_get() { line "GET $1" GET "$1"; }
req_body() { line "$1 $2" "$1" "$2" "$(one_line "$BODIES/$3")"; }
req_assess() { line "POST /api/v1/partner-assessments" POST /api/v1/partner-assessments "$(one_line "$ASSESSMENT")"; }
req_each() { # METHOD PREFIX ARRAY-NAME
    local -n ids="$3"
    local id
    for id in "${ids[@]}"; do line "$1 $2{id}" "$1" "$2$id"; done
}
req_health() { local id; for id in "${ALLIANCE_IDS[@]}"; do line "GET /api/v1/alliances/{id}/health" GET "/api/v1/alliances/$id/health"; done; }
req_rerun() { local id; for id in "${ASSESSMENT_IDS[@]}"; do line "POST /api/v1/assessments/{id}/rerun" POST "/api/v1/assessments/$id/rerun"; done; }
req_export() { local id; for id in "${CHECKLIST_IDS[@]}"; do line "GET /api/v1/checklists/{id}/export" GET "/api/v1/checklists/$id/export?format=MARKDOWN"; done; }
req_answers() {
    local id body
    body="$(one_line "$BODIES/diagnosis-answer.json")"
    for id in "${SESSION_IDS[@]}"; do line "POST /api/v1/diagnoses/{id}/answers" POST "/api/v1/diagnoses/$id/answers" "$body"; done
}
req_marks() { # each mark sends the version the item is at (requests.lua counts them)
    local mark body
    body="$(one_line "$BODIES/checklist-mark.json" 's/"version":1/"version":{version}/')"
    for mark in "${MARKS[@]}"; do line "PUT /api/v1/checklists/{id}/items/{itemId}" PUT "/api/v1/checklists/$mark" "$body"; done
}
req_record() {
    local id body
    body="$(one_line "$BODIES/health-check.json" "s/{date}/$(date -u +%F)/")"
    for id in "${WRITE_IDS[@]}"; do line "POST /api/v1/alliances/{id}/health-checks" POST "/api/v1/alliances/$id/health-checks" "$body"; done
}
req_stored() {
    local id
    for id in "${WRITE_IDS[@]}"; do
        line "POST /api/v1/partner-assessments (stored)" POST /api/v1/partner-assessments "$(jq -c --arg id "$id" '. + {allianceId: $id}' "$ASSESSMENT")"
    done
}

# mix_weight NAME: how many lines of the mixed load's request file an endpoint has. Alliances are
# opened rarely, as in use.
# The file is long (about 4,500 lines) so that a wrk thread comes back to a line, say an answer to
# one diagnosis session, only long after it sent it: even a slow answer is then back first.
mix_weight() {
    case "$1" in
        "POST /api/v1/alliances") echo 16 ;;
        "POST /api/v1/partner-assessments/compare") echo 80 ;;
        *) echo 160 ;;
    esac
}

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
unexpected() { awk '$1 == "unexpected" {print $2; exit}' "$1"; }
statuses() { awk '$1 == "status" { printf "%s%s x%s", (n++ ? ", " : ""), $2, $3 }' "$1"; }

# load FILE-OF-REQUESTS EXPECTED SECONDS CONNECTIONS OUT: one wrk run. wrk stops without waiting
# for the requests still in flight; the pause lets the server finish them before the next run, so
# that they neither race its first requests nor count against it.
load() {
    if grep -q '{version}' "$1"; then item_versions >"$WORK/versions.txt"; else : >"$WORK/versions.txt"; fi
    local before jit_before; before="$(server_ticks)"; jit_before="$(jit_ticks)"
    wrk -t"$THREADS" -c"$4" -d"$3s" --timeout "${TIMEOUT}s" --latency -s "$LUA" "$BASE" -- "$1" "$2" "$THREADS" "$WORK/versions.txt" \
        >"$5" 2>&1 || { cat "$5" >&2; die "wrk failed"; }
    LOAD_TICKS=$(($(server_ticks) - before)) # the server's processor time during the load, wrk's own left out
    # The JIT compilers' share of it, in percent (a compiler thread that ended meanwhile takes its ticks along: never below 0).
    JIT_PERCENT="$(awk -v j="$(($(jit_ticks) - jit_before))" -v t="$LOAD_TICKS" 'BEGIN { printf "%.0f", (t > 0 && j > 0) ? 100 * j / t : 0 }')"
    sleep 1
}

# item_versions: "PATH VERSION" for every checklist item, as the marks of a request file need them.
item_versions() {
    local id
    for id in "${CHECKLIST_IDS[@]}"; do
        curl -sf "$BASE/api/v1/checklists/$id" | jq -r '.id as $c | .items[] | "/api/v1/checklists/\($c)/items/\(.id) \(.version)"' \
            || die "could not read checklist $id"
    done
}

failures=()   # errors: a wrong status, a socket error, a dead server
missed=()     # performance targets missed
ROWS=()

# measure NAME EXPECTED REQUEST-FILE [RATIO-TARGET P99-TARGET]: warms up, measures, and records one
# row of the table.
measure() {
    local name="$1" expected="$2" requests="$3" out="$WORK/wrk.txt"
    if ((WARMUP > 0)); then load "$requests" "$expected" "$WARMUP" "$CONNECTIONS" "$WORK/warm.txt"; fi
    load "$requests" "$expected" "$DURATION" "$CONNECTIONS" "$out"
    kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server died while $name was measured"
    local r n bad err p50 p99 warm_bad cpu jit="$JIT_PERCENT"
    r="$(rps "$out")"; n="$(total "$out")"; bad="$(unexpected "$out")"; err="$(sockerr "$out")"; err="${err:-0}"
    [[ -n "$r" && -n "$n" && -n "$bad" ]] || { cat "$out" >&2; die "could not read wrk's output for $name"; }
    ((n > 0)) || { cat "$out" >&2; die "$name: no request completed in ${DURATION}s"; }
    cpu="$(awk -v t="$LOAD_TICKS" -v hz="$CLK_TCK" -v n="$n" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
    p50="$(to_ms "$(field "$out" 50%)")"; p99="$(to_ms "$(field "$out" 99%)")"
    warm_bad=0
    if ((WARMUP > 0)); then warm_bad="$(unexpected "$WORK/warm.txt")"; fi
    ((bad == 0)) || failures+=("$name: $bad of $n answers were not $expected ($(statuses "$out"))")
    ((${warm_bad:-0} == 0)) || failures+=("$name: $warm_bad answers during the warm-up were not $expected")
    ((err == 0)) || failures+=("$name: $err socket errors (connect/read/write/timeout)")
    ROWS+=("$name|$r|$p50|$p99|$n|$bad|$err|${4:--}|${5:--}|$cpu|$jit")
    log "$(printf '%-52s %10s req/s  p50 %8s ms  p99 %8s ms  cpu %7s ms  jit %3s %%' "$name" "$r" "$p50" "$p99" "$cpu" "$jit")"
}

# --- the run -------------------------------------------------------------------------------------
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
log "$(nproc) cores, load average $LOAD_BEFORE; starting the server ($JAVA_OPTS) on $BASE"
start_server endpoints
FIRST_1="$FIRST_S"
FIRST_CPU_1="$FIRST_CPU_S"
FIRST_2=""
ANSWER_BYTES="$(wc -c <"$WORK/first.json")"
ANSWER_GZIP_BYTES="$(curl -s -o /dev/null -w '%{size_download}' --compressed -X POST -H 'Content-Type: application/json' \
    --data-binary "@$ASSESSMENT" "$BASE/api/v1/partner-assessments")"
log "first assessment answered ${FIRST_1}s after the process started (target ${TARGET_FIRST_S}s); preparing the data"
t0="$(now_ns)"
fixtures
log "data ready in $(secs_since "$t0")s"

# The JIT compiles the rules' paths over the first minute or so under load: on 2 cores, 20 s into a
# load of assessments alone its compilers still took a sixth of the server's processor time, and the
# assessment was measured at half the rate it reached once they had settled. The advisory requests,
# which change nothing stored, warm the server up together, for SERVER_WARMUP seconds and then on,
# 10 s at a time, until the compilers' share falls under JIT_SETTLED_PERCENT (or SERVER_WARMUP_MAX).
WARMED=0
WARMUP_JIT="-"
if ((SERVER_WARMUP > 0)); then
    log "warming the server up: at least ${SERVER_WARMUP}s of the advisory requests together, until the JIT compilers settle"
    for spec in "${ENDPOINTS[@]}"; do
        IFS='|' read -r name expected how _ <<<"$spec"
        [[ "$expected" == 200 && "$how" =~ ^req_(assess|body\ POST) ]] || continue
        # shellcheck disable=SC2086
        $how
    done >"$WORK/server-warmup.req"
    while :; do
        step=$((WARMED < SERVER_WARMUP ? SERVER_WARMUP - WARMED : 10))
        load "$WORK/server-warmup.req" 200 "$step" "$CONNECTIONS" "$WORK/server-warmup.txt"
        WARMED=$((WARMED + step))
        warm_bad="$(unexpected "$WORK/server-warmup.txt")"
        ((${warm_bad:-0} == 0)) || failures+=("server warm-up: $warm_bad answers were not 200")
        log "  ${WARMED}s: the JIT compilers took ${JIT_PERCENT} % of the server's processor time in the last ${step}s"
        ((JIT_PERCENT < JIT_SETTLED_PERCENT || WARMED >= SERVER_WARMUP_MAX)) && break
    done
    WARMUP_JIT="$JIT_PERCENT"
fi

log "measuring, ${WARMUP}s warm-up and ${DURATION}s per endpoint, wrk -t$THREADS -c$CONNECTIONS"
line "GET /health" GET /health >"$WORK/health.req"
load "$WORK/health.req" 200 5 "$CONNECTIONS" "$WORK/warm.txt" # the HTTP stack warms up more slowly than the rest
measure "GET  /health" 200 "$WORK/health.req"
for spec in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name expected how ratio_target p99_target <<<"$spec"
    if [[ -n "$ONLY" ]] && ! [[ "$name" =~ $ONLY ]]; then continue; fi
    # shellcheck disable=SC2086  # "how" is a function and its arguments
    $how >"$WORK/endpoint.req"
    measure "$name" "$expected" "$WORK/endpoint.req" "${ratio_target:-$DEFAULT_TARGET_RATIO}" "${p99_target:--}"
done
measure "GET  /health (again, at the end)" 200 "$WORK/health.req"
HWM_ENDPOINTS="$(peak_rss_kb)"
grep -q "OutOfMemoryError" "$LOG" && failures+=("the server ran out of memory ($JAVA_OPTS)")
stop_server

# The mixed load: a fresh server and data, every endpoint's requests interleaved in one file.
MIXED=""
if ((MIXED_DURATION > 0)); then
    log "mixed load: a fresh server, ${MIXED_DURATION}s over all endpoints with $MIXED_CONNECTIONS connections"
    start_server mixed
    FIRST_2="$FIRST_S"
    fixtures
    : >"$WORK/mixed.parts"
    for spec in "${ENDPOINTS[@]}"; do
        IFS='|' read -r name expected how _ <<<"$spec"
        # shellcheck disable=SC2086
        $how >"$WORK/part.req"
        # Each endpoint's share of the mix, in lines; records rotate as in its own run, and every
        # session answered has a line of its own.
        # A line that takes a version (a mark) is never repeated: one thread alone must send each record's.
        awk -v k="$(mix_weight "$name")" '{ line[NR] = $0 } END { if (line[1] ~ /[{]version[}]/ && k > NR) k = NR
            for (i = 0; i < k; i++) print line[i % NR + 1] }' "$WORK/part.req" >>"$WORK/mixed.parts"
    done
    # Interleaved: shuffled with a fixed seed, so that runs are alike.
    shuf --random-source=<(yes) "$WORK/mixed.parts" >"$WORK/mixed.req"
    line "GET /health" GET /health >>"$WORK/mixed.req"
    load "$WORK/mixed.req" 2xx "$MIXED_DURATION" "$MIXED_CONNECTIONS" "$WORK/mixed.txt"
    kill -0 "$SERVER_PID" 2>/dev/null || server_failed "the server died under the mixed load"
    out="$WORK/mixed.txt"
    m_n="$(total "$out")"; m_bad="$(unexpected "$out")"; m_err="$(sockerr "$out")"; m_err="${m_err:-0}"
    [[ -n "$m_n" && -n "$m_bad" ]] || { cat "$out" >&2; die "could not read wrk's output for the mixed load"; }
    ((m_bad == 0)) || failures+=("mixed load: $m_bad of $m_n answers were not 2xx ($(statuses "$out"))")
    ((m_err == 0)) || failures+=("mixed load: $m_err socket errors")
    m_cpu="$(awk -v t="$LOAD_TICKS" -v hz="$CLK_TCK" -v n="$m_n" 'BEGIN { printf "%.3f", n ? t * 1000 / hz / n : 0 }')"
    MIXED="$(rps "$out")|$(to_ms "$(field "$out" 50%)")|$(to_ms "$(field "$out" 99%)")|$m_n|$m_bad|$m_err|$m_cpu|$JIT_PERCENT|$(statuses "$out")"
    HWM_MIXED="$(peak_rss_kb)"
    grep -q "OutOfMemoryError" "$LOG" && failures+=("the server ran out of memory under the mixed load ($JAVA_OPTS)")
    awk '$1 == "sent" { $1 = ""; n = $NF; $NF = ""; sub(/^ /, ""); sub(/ $/, ""); printf "  %-52s %9d\n", $0, n }' "$out" | sort >"$WORK/mixed.sent"
    stop_server
fi
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report --------------------------------------------------------------------------------------
IFS='|' read -r _ HEALTH_1 _ <<<"${ROWS[0]}"
IFS='|' read -r _ HEALTH_2 _ <<<"${ROWS[${#ROWS[@]} - 1]}"
HEALTH="$(awk -v a="$HEALTH_1" -v b="$HEALTH_2" 'BEGIN { printf "%.2f", (a + b) / 2 }')"
yes_no() { awk -v ok="$1" 'BEGIN { print (ok ? "yes" : "NO") }'; }

echo
echo "Alliance Trust Advisor benchmark: $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo "server: $JAVA_OPTS; warmed up for ${WARMED}s (the JIT compilers' share at its end: ${WARMUP_JIT} %)"
echo "wrk -t$THREADS -c$CONNECTIONS --latency, ${WARMUP}s warm-up and ${DURATION}s per endpoint, in this order"
echo "ratio: req/s against GET /health's mean of the first and the last run ($HEALTH req/s)"
printf '%-52s %10s %8s %8s %8s %9s %6s %6s %7s %5s  %-11s %-11s\n' endpoint "req/s" "p50 ms" "p99 ms" ratio requests wrong errors "cpu ms" "jit %" "ratio>=" "p99<="
for row in "${ROWS[@]}"; do
    IFS='|' read -r name r p50 p99 n bad err ratio_target p99_target cpu jit <<<"$row"
    ratio="$(awk -v r="$r" -v h="$HEALTH" 'BEGIN { printf "%.3f", r / h }')"
    if [[ "$name" == GET\ \ /health* ]]; then
        printf '%-52s %10s %8s %8s %8s %9s %6s %6s %7s %5s\n' "$name" "$r" "$p50" "$p99" "$ratio" "$n" "$bad" "$err" "$cpu" "$jit"
        continue
    fi
    ratio_ok="$(yes_no "$(awk -v x="$ratio" -v t="$ratio_target" 'BEGIN { print (x >= t) }')")"
    [[ "$ratio_ok" == yes ]] || missed+=("$name: $ratio of /health's throughput (target $ratio_target)")
    p99_ok="-"
    if [[ "$p99_target" != - ]]; then
        p99_ok="$(yes_no "$(awk -v x="$p99" -v t="$p99_target" 'BEGIN { print (x != "?" && x <= t) }')")"
        [[ "$p99_ok" == yes ]] || missed+=("$name: p99 $p99 ms (target $p99_target ms)")
        p99_ok="${p99_target}ms $p99_ok"
    fi
    printf '%-52s %10s %8s %8s %8s %9s %6s %6s %7s %5s  %-11s %-11s\n' "$name" "$r" "$p50" "$p99" "$ratio" "$n" "$bad" "$err" "$cpu" "$jit" "$ratio_target $ratio_ok" "$p99_ok"
done
echo
first_ok="$(yes_no "$(awk -v x="$FIRST_1" -v t="$TARGET_FIRST_S" 'BEGIN { print (x <= t) }')")"
[[ "$first_ok" == yes ]] || missed+=("first answered assessment ${FIRST_1}s after the start (target ${TARGET_FIRST_S}s)")
printf '%-52s %s\n' "process start to first answered assessment" "${FIRST_1} s${FIRST_2:+ (start of the mixed load: ${FIRST_2} s)}; <= ${TARGET_FIRST_S} s: $first_ok"
printf '%-52s %s\n' "  processor time the server used until then" "${FIRST_CPU_1} s"
answer_ok="$(yes_no "$(awk -v x="$ANSWER_GZIP_BYTES" -v t="$TARGET_ANSWER_BYTES" 'BEGIN { print (x <= t) }')")"
answer_raw_ok="$(yes_no "$(awk -v x="$ANSWER_BYTES" -v t="$TARGET_ANSWER_BYTES" 'BEGIN { print (x <= t) }')")"
[[ "$answer_raw_ok" == yes ]] || missed+=("the assessment answer is $ANSWER_BYTES bytes uncompressed (target $TARGET_ANSWER_BYTES)")
printf '%-52s %s\n' "assessment answer for bench/assessment.json" "$ANSWER_BYTES bytes, $ANSWER_GZIP_BYTES sent gzip-compressed; <= $TARGET_ANSWER_BYTES: $answer_raw_ok uncompressed, $answer_ok compressed"
printf '%-52s %s\n' "peak resident memory (VmHWM), endpoint runs" "$(awk -v k="$HWM_ENDPOINTS" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
if [[ -n "$MIXED" ]]; then
    IFS='|' read -r m_rps m_p50 m_p99 m_n m_bad m_err m_cpu m_jit m_statuses <<<"$MIXED"
    printf '%-52s %s\n' "peak resident memory (VmHWM), mixed load" "$(awk -v k="$HWM_MIXED" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
    echo
    echo "mixed load: every endpoint above interleaved, ${MIXED_DURATION}s, wrk -t$THREADS -c$MIXED_CONNECTIONS, a fresh server"
    mixed_ok="$(yes_no "$(awk -v x="$m_p99" -v t="$TARGET_MIXED_P99_MS" 'BEGIN { print (x != "?" && x <= t) }')")"
    [[ "$mixed_ok" == yes ]] || missed+=("mixed load: p99 $m_p99 ms (target $TARGET_MIXED_P99_MS ms)")
    printf '  %-52s %s\n' "req/s, p50 / p99" "$m_rps, $m_p50 ms / $m_p99 ms; p99 <= $TARGET_MIXED_P99_MS ms: $mixed_ok"
    printf '  %-52s %s\n' "requests, not 2xx, socket errors" "$m_n, $m_bad, $m_err"
    printf '  %-52s %s\n' "server processor time per request" "$m_cpu ms, the JIT compilers' share $m_jit %"
    printf '  %-52s %s\n' "statuses" "$m_statuses"
    echo "  requests sent per endpoint:"
    cat "$WORK/mixed.sent"
fi
if ((${#failures[@]} == 0)); then heap_ok=yes; else heap_ok=NO; fi
printf '%-52s %s\n' "whole load served with $JAVA_OPTS, no error" "$heap_ok"

if ((${#missed[@]})); then
    echo
    for m in "${missed[@]}"; do echo "bench: target missed: $m"; done
fi
if ((${#failures[@]})); then
    echo >&2
    for f in "${failures[@]}"; do echo "bench: FAIL: $f" >&2; done
    exit 1
fi
if [[ "$STRICT" == 1 ]] && ((${#missed[@]})); then exit 2; fi

#!/bin/bash
# A meeting's public page beside nginx serving its bytes, in one run (README, issue 14 item 3).
#   bash src/test/benchmark/meeting-page-vs-nginx.sh        (project root; builds if needed, like the shared bench)
# Uses ../shared/bench (server.sh, wrkrun.py, static-limit.sh; BENCH= to point elsewhere) and MariaDB on 127.0.0.1:3306;
# needs `apt-get install -y nginx wrk`. Starts a fresh server, creates one meeting with 30 places, then measures with
# wrk -t2 -c32 (median of REPEATS runs of DUR, a 5 s warm-up before each case):
#   app meeting page         the page as every anonymous visitor gets it (kept: meeting/boundary/KeptPages)
#   app meeting page render  the same page with a session cookie, which is rendered by Faces every time
#   nginx-page               the saved bytes of the page from a tuned nginx (the shared static-limit.sh)
# Nothing is asserted; compare the ratios within one run.
set -u
BENCH=${BENCH:-$(dirname "$(readlink -f "$0")")/../../../../shared/bench}
HERE=$BENCH
OUT=${OUT:-/tmp/perf/meeting-page}; mkdir -p "$OUT"
export DUR=${DUR:-10s} REPEATS=${REPEATS:-3}
BARS_DB=mariadb
source "$BENCH/server.sh"
build || exit 1
start_server TREFFPUNKT_REGISTRATION_RATE_LIMIT=0 || exit 1
JPID=$(pgrep -g "$SERVER_PGID" java | head -1); export OWN_PIDS=$JPID
warm() { wrk -t2 -c32 -d5s "$@" >/dev/null 2>&1; }
day=$(date -d '+7 days' +%F)
id=$(curl -s "${ADMIN[@]}" -H 'Content-Type: application/json' -d "{\"title\":{\"de\":\"Sprachcafé am Nachmittag\",
  \"ar\":\"مقهى اللغة\"},\"summary\":{\"de\":\"Deutsch üben, Nachbarn treffen.\"},\"formatId\":1,\"districtId\":3,
  \"onlineUrl\":\"https://treffen.example.org/raum\",\"start\":\"${day}T16:00\",\"end\":\"${day}T18:00\",\"capacity\":30,
  \"registrationRequired\":true,\"languages\":[\"de\",\"ar\"]}" "$BASE/api/meetings" | jq_ 'd["id"]')
curl -s -o "$OUT/meeting.html" "$BASE/meetings/$id"
echo "meeting page: $(wc -c <"$OUT/meeting.html") bytes (meeting $id, $DB_KIND)"
warm "$BASE/meetings/$id"; python3 "$HERE/wrkrun.py" "app meeting page" "$BASE/meetings/$id"
warm -H "Cookie: JSESSIONID=bench" "$BASE/meetings/$id"
python3 "$HERE/wrkrun.py" "app meeting page render" "$BASE/meetings/$id" -H "Cookie: JSESSIONID=bench"
stop_server
WORKERS_LIST=1 CASES='off 200-identity' bash "$HERE/static-limit.sh" "$OUT/meeting.html" 18082 | sed 's/^nginx /nginx-page /'

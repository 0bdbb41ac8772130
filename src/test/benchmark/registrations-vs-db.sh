#!/bin/bash
# Registrations beside the raw capacity-checked MariaDB transaction, in one run (README, issue 14 item 2).
#   bash src/test/benchmark/registrations-vs-db.sh [server directory]      (after mvn -DskipTests package)
# Needs MariaDB on 127.0.0.1:3306 (root without password, as on every machine here) and
# `apt-get install -y wrk sysbench`; uses reg.lua and db-reg.lua of ../shared/bench (BENCH= to point elsewhere).
# 1. starts the server on a fresh MariaDB database (rate limit and per-client place limit off: one client plays many
#    residents), creates 100 meetings of 100 places in one district;
# 2. warms the JIT with 8 s of registrations on 50 of them (discarded), then wrk -t2 -c32 for DUR on the other 50
#    (reg.lua: round robin, one adult, a language, consent), and counts overbooked meetings;
# 3. stops the server and runs the same work on MariaDB alone (a database of its own): sysbench db-reg.lua --mode=checked --meetings=50
#    --threads=32 (lock the meeting row, count, insert, update the counter, commit);
# then prints both rates and their ratio, and the CPU time per registration of the server and of MariaDB (from
# /proc, user + system) beside MariaDB's per raw transaction: on a shared machine the rates move with other load
# (±15 % between runs), the CPU time per registration much less. Nothing is asserted.
# JFR=/tmp/registrations.jfr records the server with JDK Flight Recorder (settings=profile) during the measured run;
# `jfr print --events jdk.ExecutionSample FILE` or `jfr view hot-methods FILE` (JDK 21+) shows where the time goes.
set -euo pipefail
server=${1:-target/server}
bench=${BENCH:-$(dirname "$0")/../../../../shared/bench}
DUR=${DUR:-10s}
db=tp_regbench
base=http://localhost:8080
mariadb -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  DROP DATABASE IF EXISTS ${db}_raw; CREATE DATABASE ${db}_raw; CREATE USER IF NOT EXISTS 'regbench'@'%' IDENTIFIED BY
  'regbench-pw'; GRANT ALL PRIVILEGES ON $db.* TO 'regbench'@'%'; GRANT ALL PRIVILEGES ON ${db}_raw.* TO 'regbench'@'%';"
export TREFFPUNKT_DB_DRIVER=mariadb TREFFPUNKT_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db TREFFPUNKT_DB_USER=regbench \
  TREFFPUNKT_DB_PASSWORD=regbench-pw TREFFPUNKT_ADMIN_PASSWORD=regbench-admin TREFFPUNKT_REGISTRATION_RATE_LIMIT=0 \
  TREFFPUNKT_MAX_PLACES_PER_CLIENT=1000000
"$server/bin/standalone.sh" >/tmp/regbench-server.log 2>&1 &
trap '"$server/bin/jboss-cli.sh" -c --command=shutdown >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 180); do curl -sf "$base/api/districts" >/dev/null && break; sleep 1; done
ids=$(python3 - "$base" <<'PY'
import base64, datetime, json, sys, urllib.request
base = sys.argv[1]
basic = "Basic " + base64.b64encode(b"admin:regbench-admin").decode()
issued = urllib.request.Request(base + "/api/tokens", data=b'{"name": "registrations-vs-db"}', method="POST",
                                headers={"Content-Type": "application/json", "Authorization": basic})
auth = "Bearer " + json.load(urllib.request.urlopen(issued))["token"]  # one password check, then tokens
ids = []
for i in range(100):
    day = datetime.date.today() + datetime.timedelta(days=20 + i % 20)
    body = {"title": {"de": f"Registrierung {i}"}, "formatId": 1, "districtId": 40, "onlineUrl": "https://x.example",
            "start": f"{day}T17:00", "end": f"{day}T19:00", "capacity": 100, "registrationRequired": True,
            "published": True}
    request = urllib.request.Request(base + "/api/meetings", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": auth})
    ids.append(str(json.load(urllib.request.urlopen(request))["id"]))
print(",".join(ids))
PY
)
MEETINGS=$(echo "$ids" | cut -d, -f51-100) wrk -t2 -c32 -d"${WARMUP:-8s}" -s "$bench/reg.lua" "$base/" >/dev/null
measured=$(echo "$ids" | cut -d, -f1-50)
server_pid=$(pgrep -f "jboss.home.dir=$(readlink -f "$server")" | head -1)
if [[ -n ${JFR:-} ]]; then
  jcmd "$server_pid" JFR.start name=registrations settings="${JFR_SETTINGS:-profile}" \
    duration="${DUR%s}s" filename="$JFR" >/dev/null
fi
# CPU time (user + system, clock ticks) of a process: less noisy than the rate on a shared machine
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
db_pid=$(pgrep -xo mariadbd)  # the oldest: the machine's own on port 3306, not a test's
server_t0=$(ticks "$server_pid"); db_t0=$(ticks "$db_pid")
app=$(MEETINGS=$measured wrk -t2 -c32 -d"$DUR" --latency -s "$bench/reg.lua" "$base/")
server_t1=$(ticks "$server_pid"); db_t1=$(ticks "$db_pid")
app_rps=$(echo "$app" | awk '/Requests\/sec/ {print $2}')
app_n=$(echo "$app" | awk '/requests in/ {print $1}')
echo "app: $app_rps registrations/s, p50 $(echo "$app" | awk '$1=="50%" {print $2}'), p99 $(echo "$app" | awk '$1=="99%" {print $2}'), non-2xx $(echo "$app" | awk '/Non-2xx/ {print $NF}')"
hz=$(getconf CLK_TCK)
python3 -c "import sys; s, d, n, hz = map(float, sys.argv[1:]); print(f'CPU per registration: server {s / hz / n * 1000:.2f} ms, MariaDB {d / hz / n * 1000:.2f} ms')" \
  "$((server_t1 - server_t0))" "$((db_t1 - db_t0))" "$app_n" "$hz"
mariadb -uroot "$db" -N -e "SELECT CONCAT('overbooked meetings: ', COUNT(*)) FROM (SELECT m.id FROM meeting m
  JOIN registration r ON r.meeting_id = m.id AND r.status = 'CONFIRMED' WHERE m.id IN ($measured)
  GROUP BY m.id, m.capacity HAVING SUM(r.adults + r.children) > m.capacity) o"
"$server/bin/jboss-cli.sh" -c --command=shutdown >/dev/null 2>&1 || true
sleep 3
sb=("$bench/db-reg.lua" --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=3306 --mysql-user=regbench
    --mysql-password=regbench-pw --mysql-db=${db}_raw)
sysbench "${sb[@]}" prepare >/dev/null
db_t0=$(ticks "$db_pid")
raw=$(sysbench "${sb[@]}" --mode=checked --meetings=50 --threads=32 --time="${DUR%s}" run)
db_t1=$(ticks "$db_pid")
raw_tps=$(echo "$raw" | awk '/transactions:/ {gsub(/\(/, "", $3); print $3}')
raw_n=$(echo "$raw" | awk '/transactions:/ {print $2}')
echo "MariaDB alone (sysbench checked-50, 32 threads): $raw_tps transactions/s"
python3 -c "import sys; d, n, hz = map(float, sys.argv[1:]); print(f'CPU per transaction: MariaDB {d / hz / n * 1000:.2f} ms')" \
  "$((db_t1 - db_t0))" "$raw_n" "$hz"
python3 -c "import sys; print(f'ratio: {float(sys.argv[1]) / float(sys.argv[2]) * 100:.1f} % (goal 30 %)')" "$app_rps" "$raw_tps"

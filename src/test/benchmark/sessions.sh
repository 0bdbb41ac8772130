#!/bin/bash
# HTTP sessions and heap after anonymous page views, against a running server (README, Security and privacy).
#   bash src/test/benchmark/sessions.sh [base URL] [server directory] [views]
# Views the start page, the privacy notice and up to 20 published meeting pages `views` times in turn (no cookie kept,
# as many visitors), then 500 registration forms (PID= names the server process if several run); prints the server's active sessions (jboss-cli, local) and the heap
# used after a full GC (jcmd) before and after each. Needs python3 and published meetings; nothing is asserted.
set -euo pipefail
base=${1:-http://localhost:8080}
server=${2:-target/server}
views=${3:-5000}
pid=${PID:-$(pgrep -f "jboss-modules.jar" | head -1)}
sessions() { "$server/bin/jboss-cli.sh" -c --commands='/deployment=ROOT.war/subsystem=undertow:read-attribute(name=active-sessions)' | sed -n 's/.*"result" => //p'; }
heap() { jcmd "$pid" GC.run >/dev/null; sleep 1; jcmd "$pid" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1; }
report() { echo "$1: $(sessions) active sessions, heap used after GC $(( $(heap) / 1024 )) MB"; }
ids=$(curl -sf "$base/api/meetings?size=20" | python3 -c 'import json,sys; print(" ".join(str(m["id"]) for m in json.load(sys.stdin)["items"]))')
[ -n "$ids" ] || { echo "no published meetings at $base" >&2; exit 1; }
report "before"
python3 - "$base" "$views" $ids <<'PY'
import sys, urllib.request
base, views, ids = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
paths = ["/", "/privacy.xhtml"] + [f"/meetings/{i}" for i in ids]
cookies = sum(any(h.lower() == "set-cookie" for h in urllib.request.urlopen(base + paths[n % len(paths)]).headers.keys())
              for n in range(views))
print(f"{views} anonymous views of {len(paths)} pages (start, privacy notice, meeting pages): {cookies} set a cookie")
PY
report "after the page views"
python3 - "$base" $ids <<'PY'
import sys, urllib.request
base, ids = sys.argv[1], sys.argv[2:]
cookies = sum(any(h.lower() == "set-cookie" for h in urllib.request.urlopen(f"{base}/meetings/{ids[n % len(ids)]}/register").headers.keys())
              for n in range(500))
print(f"500 first views of registration forms: {cookies} set a cookie")
PY
report "after the form views"

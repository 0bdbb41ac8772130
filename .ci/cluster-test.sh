#!/usr/bin/env bash
# The cluster test (README, "Running more than one server"): two nodes of the provisioned target/server behind HAProxy
# (docker/haproxy.cfg), a MariaDB of its own (port 3307, data in target/cluster-test/db), an SMTP sink; the checks are
# in src/test/cluster/ClusterTest.java. Needs a built target/server (mvn package), haproxy and mariadb-server.
# Uses ports 3026, 3307, 7600, 7700, 8000, 8080, 8180, 9990, 10090. Fails when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v haproxy >/dev/null; then
  echo "the cluster test needs haproxy (apt-get install haproxy)" >&2
  exit 1
fi
if [ ! -x target/server/bin/standalone.sh ] || [ ! -f target/server/standalone/deployments/ROOT.war ]; then
  echo "build the server first: mvn -DskipTests package" >&2
  exit 1
fi
start=$(date +%s)
java src/test/cluster/ClusterTest.java
echo "cluster test took $(( $(date +%s) - start )) s"

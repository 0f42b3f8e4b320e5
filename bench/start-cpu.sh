#!/bin/bash
# CPU seconds a GeoBrief start needs before it answers: starts the given command on a fresh data folder, polls
# http://127.0.0.1:PORT/ until the first HTTP 200, then prints the JVM's CPU time (user+system, all threads), the
# CPU by thread group (main, JIT compilers, GC, ...), the wall time and the resident memory, and stops it.
#   bench/start-cpu.sh 8095 ./geobrief
#   bench/start-cpu.sh 8095 java -jar target/geobrief.jar
set -u
port=$1; shift
data=$(mktemp -d /tmp/geobrief-start.XXXXXX)
"$@" --server.port="$port" --geobrief.data-dir="$data" >"$data.log" 2>&1 &
pid=$!
t0=$(date +%s.%N)
for _ in $(seq 1 3000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ] && break
  kill -0 $pid 2>/dev/null || { echo "the app stopped; its log:"; tail -20 "$data.log"; exit 1; }
  sleep 0.1
done
t1=$(date +%s.%N)
tck=$(getconf CLK_TCK)
for t in /proc/$pid/task/*; do
  { read -r n <"$t/comm" && awk -v n="$n" -v tck="$tck" '{printf "%.2f %s\n", ($14+$15)/tck, n}' "$t/stat"; } 2>/dev/null
done | awk '{k=$2; sub(/[0-9]+$/,"",k); a[k]+=$1} END {for (k in a) if (a[k]>=0.1) printf "  %6.2f s  %s\n", a[k], k}' | sort -rn
awk -v tck="$tck" '{printf "cpu %.2f s", ($14+$15)/tck}' /proc/$pid/stat
echo "  wall $(echo "$t1 - $t0" | bc | cut -c1-5) s  rss $(($(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024)) MB  load $(cut -d' ' -f1 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null; rm -rf "$data" "$data.log"

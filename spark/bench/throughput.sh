#!/usr/bin/env bash
# Throughput of the batch job in Spark's local mode at each of the given core counts (default: 1 2), on the JSON
# Lines folder IN (spark/bench/lgl-jsonl.py makes one from LGL). Needs spark/target (../mvnw -f spark/pom.xml package).
#   spark/bench/throughput.sh /tmp/lgl-jsonl 1 2
set -euo pipefail
cd "$(dirname "$0")/.."
in="$1"; shift
cores=("${@:-1 2}"); [ $# -gt 0 ] || cores=(1 2)
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
mb=$(du -cb "$in"/* | tail -1 | awk '{printf "%.1f", $1 / 1e6}')
for n in "${cores[@]}"; do
  out="${TMPDIR:-/tmp}/geobrief-batch-bench-$n"
  load0=$(cut -d' ' -f1-3 /proc/loadavg)
  line=$(/usr/bin/time -f "%e %U %S" -o "$out.cpu" java -Xmx6g $opens -cp "target/geobrief-spark.jar:$(cat target/local-classpath.txt)" \
    org.geobrief.batch.BatchGeoparse --master "local[$n]" --in "$in" --format jsonl --out "$out" 2>"$out.log" | tail -1)
  secs=$(echo "$line" | sed -E 's/.* in ([0-9.]+) s .*/\1/')
  cpu=$(awk '{print $2 + $3}' "$out.cpu"); wall=$(awk '{print $1}' "$out.cpu")
  load1=$(cut -d' ' -f1-3 /proc/loadavg)
  # MB per CPU-second: what one fully used core does, whatever else the machine runs (JVM start included)
  awk -v n="$n" -v mb="$mb" -v s="$secs" -v c="$cpu" -v l="$line" -v w="$wall" -v l0="$load0" -v l1="$load1" 'BEGIN {
    printf "local[%d]: %s MB in %s s = %.3f MB/s, %.3f MB/s per core; %.0f CPU-s = %.3f MB per CPU-s; process %s s wall  (%s)" \
      "  load average %s at start, %s at end\n", n, mb, s, mb / s, mb / s / n, c, mb / c, w, l, l0, l1 }'
done

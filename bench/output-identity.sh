#!/bin/sh
# Output identity for performance work (issue 18): writes the 588 LGL and 200 GeoWebNews texts as files, then records
# `parse` JSON on each corpus and an `import` of the LGL files exported as CSV and GeoJSON, from JAR into OUT.
# Run it on the jar before and after a change and compare: cmp BEFORE/* AFTER/* (all must be byte-for-byte equal).
# usage: bench/output-identity.sh JAR OUT     (from the repository root, ../shared/eval present)
set -e
mkdir -p "$2"; jar=$(realpath "$1"); out=$(realpath "$2"); work=$(mktemp -d)
python3 - "$work" <<'PY' # before the cd below: ../shared is relative to the repository
import os, sys, xml.etree.ElementTree as ET
for name, path in [('lgl', '../shared/eval/lgl/lgl.xml'), ('gwn', '../shared/eval/geowebnews/GWN.xml')]:
    d = os.path.join(sys.argv[1], name); os.makedirs(d)
    for i, a in enumerate(ET.parse(path).getroot().findall('article')):
        open(os.path.join(d, '%04d.txt' % i), 'w', encoding='utf-8').write(a.find('text').text or '')
PY
j="java -XX:TieredStopAtLevel=1 -jar $jar" # the JIT tier changes no output, only the time taken
here=$(pwd)
cd "$work" # relative file names: parse prints them
$j parse lgl/*.txt > "$out/lgl.json"
$j parse gwn/*.txt > "$out/gwn.json"
$j import --single --data-dir db lgl > "$out/import.out"
$j export --format csv --out "$out/lgl.csv" --data-dir db > /dev/null
$j export --format geojson --out "$out/lgl.geojson" --data-dir db > /dev/null
cd "$here"
rm -rf "$work"
ls -l "$out"

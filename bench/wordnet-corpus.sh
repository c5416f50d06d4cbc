#!/usr/bin/env bash
# Builds the second benchmark corpus: the glosses of WordNet 3.0 (Debian's wordnet-base package),
# about 1.5 M words of modern English written as definitions and example sentences, one sentence a
# line, tokenized and normalized the same way as Brown (../shared/bench/normalize.py: lowercase,
# tokens without a letter or digit dropped).
#   usage: bench/wordnet-corpus.sh OUT.txt      (needs apt-get and dpkg; no root needed)
# Each synset's gloss "definition; "example"; "example"" gives one line per part. Punctuation is
# split off the words (hyphens and apostrophes inside a word stay, as in Brown). The lines are
# shuffled with a fixed seed: the package lists nouns, then verbs, adjectives and adverbs, and
# without shuffling the same part of speech would always train last, at the lowest learning rate.
set -euo pipefail
out=${1:?usage: bench/wordnet-corpus.sh OUT.txt}
here=$(cd "$(dirname "$0")/.." && pwd); shared=$here/../shared
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
(cd "$D" && apt-get download wordnet-base >/dev/null 2>&1) || { echo "apt-get download wordnet-base failed (run apt-get update?)" >&2; exit 1; }
dpkg -x "$D"/wordnet-base_*.deb "$D/x"
wn=$D/x/usr/share/wordnet
/usr/bin/python3 - "$wn" > "$D/glosses.txt" <<'PY'
import random, re, sys
wn = sys.argv[1]
word = re.compile(r"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")
lines = []
for pos in ("noun", "verb", "adj", "adv"):
    with open(f"{wn}/data.{pos}", encoding="latin-1") as f:
        for row in f:
            if row.startswith("  ") or " | " not in row:   # licence header lines start with two spaces
                continue
            gloss = row.split(" | ", 1)[1]
            for part in gloss.split(";"):
                toks = word.findall(part)
                if toks:
                    lines.append(" ".join(toks))
random.Random(1).shuffle(lines)
sys.stdout.write("\n".join(lines) + "\n")
PY
/usr/bin/python3 "$shared/bench/normalize.py" < "$D/glosses.txt" > "$D/out.txt"
mv "$D/out.txt" "$out"
echo "$out: $(wc -l < "$out") lines, $(wc -w < "$out") words" >&2

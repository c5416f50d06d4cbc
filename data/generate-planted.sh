#!/usr/bin/env bash
# Regenerates data/planted.txt: 4,000 sentences in which words come in planted groups of six
# interchangeable words (animals, fruits, colours, vehicles, cities, names, numbers, tools).
# The generator is src/main/java/cbow/synthetic/PlantedCorpus.java; the tests use the same class.
set -euo pipefail
cd "$(dirname "$0")/.."
./cbow --version >/dev/null   # builds the jar on first use
java -cp target/cbow.jar cbow.synthetic.PlantedCorpus 1 4000 > data/planted.txt
echo "wrote data/planted.txt ($(wc -l < data/planted.txt) lines)" >&2

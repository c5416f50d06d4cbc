#!/usr/bin/env python3
"""Scores a word2vec-text vector file with gensim, as ../shared/bench/evalvec.py does, on more sets:
WS-353 (../shared/data, or $DATA), its similarity and relatedness halves (Agirre et al. 2009, bench/data),
and the analogy questions (restrict 30,000), split into semantic and syntactic sections.
Prints one line: name=value pairs (Spearman rho for pair sets, accuracy for analogies).
With SIMLEX=FILE also SimLex-999 (a held-out check, not in this repository: gensim's test data has a copy,
gensim/test/test_data/simlex999.txt), as simlex= at the end.
usage: [SIMLEX=simlex999.txt] score.py VECTORS.txt    (needs python3-gensim: run with /usr/bin/python3)"""
import logging, os, sys
from gensim.models import KeyedVectors
logging.disable(logging.WARNING)
here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("DATA", os.path.join(here, "..", "..", "shared", "data"))
kv = KeyedVectors.load_word2vec_format(sys.argv[1], binary=False)
out = {"vocab": len(kv.index_to_key)}
for name, path in (("ws353", os.path.join(shared, "wordsim353.tsv")),
                   ("ws_sim", os.path.join(here, "data", "ws353-similarity.tsv")),
                   ("ws_rel", os.path.join(here, "data", "ws353-relatedness.tsv"))):
    _, spearman, oov = kv.evaluate_word_pairs(path)
    out[name] = round(spearman.correlation, 4)
    out[name + "_oov%"] = round(oov, 1)
score, sections = kv.evaluate_word_analogies(os.path.join(shared, "questions-words.txt"), restrict_vocab=30000)
sem = [s for s in sections if not s["section"].startswith("gram") and s["section"] != "Total accuracy"]
syn = [s for s in sections if s["section"].startswith("gram")]
def acc(parts):
    right = sum(len(s["correct"]) for s in parts)
    n = right + sum(len(s["incorrect"]) for s in parts)
    return round(right / n, 4) if n else 0.0, n
out["analogy"] = round(score, 4)
out["analogy_sem"], out["sem_n"] = acc(sem)
out["analogy_syn"], out["syn_n"] = acc(syn)
if os.environ.get("SIMLEX"):
    _, spearman, oov = kv.evaluate_word_pairs(os.environ["SIMLEX"])
    out["simlex"] = round(spearman.correlation, 4)
    out["simlex_oov%"] = round(oov, 1)
print(" ".join(f"{k}={v}" for k, v in out.items()))

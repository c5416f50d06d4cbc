#!/usr/bin/env python3
"""gensim's figures for a word2vec-format vector file, in the layout of `cbow evaluate`, to compare
line by line. usage: gensim-eval.py VECTORS [PAIRS] [ANALOGIES] [RESTRICT]   (binary if VECTORS ends in .bin)"""
import sys, logging
from gensim.models import KeyedVectors
vec = sys.argv[1]
pairs = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/wordsim353.tsv"
analogies = sys.argv[3] if len(sys.argv) > 3 else "../shared/data/questions-words.txt"
restrict = int(sys.argv[4]) if len(sys.argv) > 4 else 30000
kv = KeyedVectors.load_word2vec_format(vec, binary=vec.endswith(".bin"))
p, s, oov = kv.evaluate_word_pairs(pairs)
print(f"spearman\t{s.correlation:.6f}\npearson\t{p[0]:.6f}\noov%\t{oov:.4f}")
score, sections = kv.evaluate_word_analogies(analogies, restrict_vocab=restrict)
for sec in sections:
    c, i = len(sec["correct"]), len(sec["incorrect"])
    print(f"{sec['section']}\t{c / (c + i) if c + i else 0:.4f}\t{c}/{c + i}")

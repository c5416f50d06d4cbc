#!/usr/bin/env python3
"""gensim CBOW peer with the sample threshold and seed as arguments (the shared
../shared/bench/gensim_train.py fixes sample 1e-3 and gensim's default seed); otherwise the same
settings: dim 100, window 5, 5 negatives, min-count 5, 2 workers unless WORKERS says otherwise.
usage: gensim-cbow.py CORPUS OUT.txt EPOCHS SAMPLE SEED [WORKERS]"""
import sys
from gensim.models import Word2Vec
from gensim.models.word2vec import LineSentence

corpus, out, epochs, sample, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
workers = int(sys.argv[6]) if len(sys.argv) > 6 else 2
model = Word2Vec(LineSentence(corpus), vector_size=100, window=5, negative=5, hs=0, sample=sample,
                 min_count=5, epochs=epochs, workers=workers, sg=0, seed=seed)
model.wv.save_word2vec_format(out, binary=False)

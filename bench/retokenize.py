#!/usr/bin/env python3
"""Rewrites a text so that two tokenizers see the same tokens (the hs comparison in the README).

  retokenize.py cbow  < text > out   cbow's tokens, white-space separated, for fastText and gensim:
                                     runs of letters and digits, joined by ' or - (and _) between
                                     two runs, by . or , between two digits; lowercased
  retokenize.py space < text > out   white-space tokens that cbow's tokenizer keeps whole, for
                                     text normalized by ../shared/bench/normalize.py: every character
                                     but a-z, 0-9, ' and - is spelled out between underscores
                                     (mr. -> mr_dot, $100 -> dollar_100)
"""
import re
import sys

CBOW_TOKEN = re.compile(r"[^\W_]+(?:(?:['\-_’][^\W_]+)|(?:(?<=\d)[.,](?=\d)\d+))*")
NAMES = {'.': 'dot', ',': 'comma', '$': 'dollar', '/': 'slash', ':': 'colon', '*': 'star', '%': 'pct',
         '(': 'lp', ')': 'rp', '&': 'amp', '!': 'bang', '?': 'qm', ';': 'semi', '"': 'quot', '`': 'bq',
         '+': 'plus', '=': 'eq', '[': 'lb', ']': 'rb', '#': 'hash'}


def spelled(token):
    out = re.sub(r"[^a-z0-9'\-]", lambda m: '_' + NAMES.get(m.group(), 'x') + '_', token)
    out = re.sub(r"_+", "_", out).strip('_')
    # cbow joins ' and - only between two runs: give each one a run on both sides
    out = re.sub(r"^['\-]", "q_", out)
    out = re.sub(r"['\-]$", "_q", out)
    out = out.replace("-_", "-q_").replace("_-", "_q-").replace("'_", "'q_").replace("_'", "_q'")
    return re.sub(r"(['\-])(['\-])", r"\1q\2", out)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    if mode not in ('cbow', 'space'):
        sys.exit(__doc__)
    for line in sys.stdin:
        if mode == 'cbow':
            words = [t.lower().replace('’', "'") for t in CBOW_TOKEN.findall(line)]
        else:
            words = [spelled(t) for t in line.split()]
        sys.stdout.write(' '.join(words) + '\n')


if __name__ == '__main__':
    main()

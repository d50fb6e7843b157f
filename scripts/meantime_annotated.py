#!/usr/bin/env python3
"""MEANTIME scored on the part of each article its annotators covered.

MEANTIME (NewsReader, Minard et al. 2016) annotates the headline, the dateline and the first
sentences of each Wikinews article: in the corpus's own sentence numbering, sentences 0 to 5
(one article of the 60 has one more annotated sentence, one has one fewer). The rest of each
article has no gold at all, so `score_meantime.py` run on whole articles counts every correct
time or name that byline finds in the body as spurious.

This script runs the unchanged scorer of ../shared/eval with byline analysing the WHOLE
article (so context from later paragraphs is used as usual) and then drops the times and actor
mentions that start after the sixth line (sentences 0-5). Nothing of the evaluation data is
read here except the scorer's own input file.

    scripts/meantime_annotated.py --bin target/release/byline [scorer options, e.g. --errors 10]

Internally the scorer calls this script back as `meantime_annotated.py filter BIN INPUT`.
"""

import json
import os
import shlex
import subprocess
import sys

ANNOTATED_LINES = 6  # sentences 0-5: headline, dateline, then the article's first sentences


def line_limit(text):
    """Character offset where the first line after the annotated ones starts."""
    pos = -1
    for _ in range(ANNOTATED_LINES):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def restrict(article, out):
    """Drops the times and actor mentions of `out` that start beyond the annotated lines."""
    limit = line_limit(article.get("text", ""))
    out["times"] = [t for t in out.get("times", []) if t.get("start", 0) < limit]
    for actor in out.get("actors", []):
        actor["mentions"] = [m for m in actor.get("mentions", []) if m.get("start", 0) < limit]
    return out


def filter_mode(binary, input_path):
    proc = subprocess.run([binary, "analyze", "--format", "json", input_path],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    sys.stderr.write(proc.stderr)
    with open(input_path, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    outputs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(outputs) != len(articles):
        sys.exit("meantime_annotated: %d articles in, %d analyses out" % (len(articles), len(outputs)))
    for article, out in zip(articles, outputs):
        print(json.dumps(restrict(article, out)))
    return proc.returncode


def main(argv):
    if len(argv) >= 3 and argv[0] == "filter":
        return filter_mode(argv[1], argv[2])
    if "--bin" not in argv or argv.index("--bin") + 1 >= len(argv):
        sys.exit(__doc__)
    i = argv.index("--bin")
    binary = os.path.abspath(argv[i + 1])
    rest = argv[:i] + argv[i + 2:]
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, "..", "..", "shared", "eval", "score_meantime.py")
    if not os.path.exists(scorer):
        sys.exit("meantime_annotated: %s is not here" % scorer)
    cmd = " ".join(shlex.quote(x) for x in [sys.executable, os.path.abspath(__file__), "filter", binary])
    return subprocess.call([sys.executable, scorer, "--cmd", cmd] + rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

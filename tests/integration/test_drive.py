# SPDX-License-Identifier: MIT
"""test_drive.py - the shared evaluation driver (shared/eval/drive.py) must
pass against the real siftd with no extraction plugins configured.
Exits 77 (ctest: skipped) when the shared directory is absent."""

import os
import subprocess
import sys
import tempfile

from harness import SHARED_DIR, SIFTD

drive = os.path.join(SHARED_DIR, "eval", "drive.py")
gold = os.path.join(SHARED_DIR, "corpus", "tariffs.dev.jsonl")
if not (os.path.exists(drive) and os.path.exists(gold)):
    print("SKIP: %s or %s not found (shared dir absent); drive.py test not run"
          % (drive, gold))
    sys.exit(77)

with tempfile.TemporaryDirectory(prefix="sift-drive-t-", dir="/tmp") as tmp:
    out = os.path.join(tmp, "pred.jsonl")
    cmd = ["/usr/bin/python3", drive, "--gold", gold, "--out", out, "--timeout", "30",
           "--warmup-timeout", "20", "--", SIFTD, "--plugins", "none", "--workers", "2"]
    print(" ".join(cmd), flush=True)
    r = subprocess.run(cmd, timeout=55)
    if r.returncode != 0:
        print("FAIL: drive.py exited %d" % r.returncode)
        sys.exit(1)
    with open(gold) as fh:
        n_gold = sum(1 for ln in fh if ln.strip())
    with open(out) as fh:
        n_out = sum(1 for ln in fh if ln.strip())
    if n_out != n_gold:
        print("FAIL: %d results for %d gold articles" % (n_out, n_gold))
        sys.exit(1)
print("OK")

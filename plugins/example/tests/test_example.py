#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The README's example plugin tags each "Reuters" as an ORG, via `sift process`."""
import json, subprocess, tempfile, os

# sift_add_plugin(... TESTS) passes these
sift, plugin_dir = os.environ["SIFT"], os.environ["SIFT_PLUGIN_DIR"]
text = "Reuters reported it. Reuters again, not reuters."
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    f.write(json.dumps({"id": "x", "text": text}) + "\n")
out = subprocess.run([sift, "process", "--plugins", "example", "--plugin-dir", plugin_dir, f.name],
                     capture_output=True, text=True, timeout=30)
os.unlink(f.name)
assert out.returncode == 0, out.stderr
art = json.loads(out.stdout)
spans = [m for e in art["entities"] for m in e["mentions"]]
assert spans == [[0, 7], [21, 28]], spans
assert all(e["type"] == "ORG" and e["name"] == "Reuters" for e in art["entities"])
status = [dict(p) for p in art["plugins"]]
assert all(isinstance(p.pop("elapsed_us"), int) for p in status), art["plugins"]
assert status == [{"name": "example", "version": "1.0", "ok": True}], art["plugins"]
print("1 passed, 0 failed")

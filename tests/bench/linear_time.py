#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""linear_time.py [--sift BIN] [--plugins L] [--sizes N,...] [--check] -
how each plugin's per-article time grows with the text's length.

Builds, for every size (bytes of UTF-8 text), one article of ordinary news
prose and one of each adversarial shape (quote marks, cue verbs, numbers,
capitalised words, one long sentence, law words with "of" and "on" between
them, acronyms defined by lower-case words, and the quote-attribution pattern of issue 13), runs them through `sift process` with all the plugins, and
reads each plugin's `elapsed_us` from the results (`sift process
--cpu-time`: the CPU time of the plugin's call; the smallest of --repeat
runs).

Prints a Markdown table: µs per article and per size, and the growth ratio
time(largest) / time(64 KiB). Linear time gives 16 for 1 MiB / 64 KiB,
n log n about 20; with --check the exit status is 1 when a ratio is over
--max-ratio (32), so the test suite asserts growth, never a wall time."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--sift", default=os.path.join(here, "..", "..", "build", "sift"))
ap.add_argument("--plugin-dir", default=None)
ap.add_argument("--plugins", default="entities,tariffs,quotes")
ap.add_argument("--sizes", default="16384,65536,262144,1048576")
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("--check", action="store_true")
ap.add_argument("--max-ratio", type=float, default=32.0)
args = ap.parse_args()

NEWS = ("The United States raised tariffs on Chinese steel to 25% on Monday, the Commerce "
        "Department said. “We will respond firmly,” said Wang Yi, China's foreign minister, "
        "adding that Beijing would impose duties on $3 billion of American goods. Shares in "
        "Tokyo fell 1.2 percent. Mr. Smith told reporters in Washington that the European "
        "Union and Japan were also studying measures. \"It's a mistake,\" she said.\n\n")
SHAPES = {
    "news": NEWS,
    "attribution": "Mr. Smith said “We will act.” ",
    "quote marks": "“ \" ‘ ’ ' « “a ”b \"c ",
    "cue verbs": "said told added says stated argued warned noted ",
    "numbers": "25% 1,000 $3.5 billion 2019 12.5 mln dlrs 40 percent ",
    "capitalised": "Alpha Beta Gamma Delta Corp Inc Washington China Smith ",
    "one sentence": "and the tariffs on steel, aluminium, cars, ",
    "law names": "Treaty of Act on Accord of ",
    "acronyms": "gross domestic product (GDP) Alpha Corp said ",
    "joins": "Kidder, Peabody and Co. Punta del Este Sun and Sea Initiative the Sun and Sea "
             "cooperation Hong Kong Special Administrative Region (SAR) ",
    "appositions": "Veltrona, a Dutch market research company. Savers for Open Trade, the coalition. ",
    "credits": "(Xinhua/Xing Wanli) [Photo: VCG/Ye Pingfan] [File photo: China Plus] ",
    "zones and bodies": "Harbin Free Trade Zone. the Yangtze River. the Chinese Embassy said. Asia Forestry "
                        "Research Institute. Varneko will cut its prices. ",
    "lists and sites": "cctv.com reported. Kestria, Vandor and Pellmark Group rose. VELTRIX (HK) LIMITED said. "
                       "the Norvik Ministry of Trade's Export Research Institute. a campaign called "
                       "\"Tariffs Hurt the Prairie\". Alipay, China's largest payment platform. ",
}


def text_of(shape, size):
    """`shape` repeated to exactly `size` bytes of valid UTF-8 (or a few less)."""
    unit = SHAPES[shape].encode()
    raw = (unit * (size // len(unit) + 1))[:size]
    return raw.decode("utf-8", "ignore")


sizes = [int(s) for s in args.sizes.split(",")]
best = {}  # (plugin, shape, size) -> µs, the fastest run


def measure(shapes, run_sizes, repeat):
    """Runs each shape at each size `repeat` times through `sift process`
    and keeps each plugin's fastest time in `best`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        # sizes interleaved, so a change in the machine's load touches all alike
        for r in range(repeat):
            for shape in shapes:
                for size in run_sizes:
                    f.write(json.dumps({"id": "%s|%d|%d" % (shape, size, r),
                                        "text": text_of(shape, size)}) + "\n")
    # CPU time, not the wall clock: on a shared machine a long article is
    # preempted more often than a short one, which would skew the ratio.
    cmd = [args.sift, "process", "--cpu-time", "--plugins", args.plugins]
    if args.plugin_dir:
        cmd += ["--plugin-dir", args.plugin_dir]
    proc = subprocess.run(cmd + [f.name], capture_output=True, text=True)
    os.unlink(f.name)
    if proc.returncode != 0:
        sys.exit("sift process failed: %s" % proc.stderr[-2000:])
    for line in proc.stdout.splitlines():
        a = json.loads(line)
        shape, size, _ = a["id"].split("|")
        for p in a["plugins"]:
            if not p["ok"]:
                sys.exit("%s failed on %s: %s" % (p["name"], a["id"], p.get("error")))
            key = (p["name"], shape, int(size))
            best[key] = min(best.get(key, 1 << 62), max(p["elapsed_us"], 1))


base = 65536 if 65536 in sizes else sizes[0]
top = sizes[-1]
plugins = [p.strip() for p in args.plugins.split(",")]
measure(list(SHAPES), sizes, args.repeat)


def ratio_of(plugin, shape):
    return best[(plugin, shape, top)] / best[(plugin, shape, base)]


# a time of a few hundred microseconds at the base size is within the
# machine's noise: a shape over the bar is measured again, three times as
# often, before it counts (the fastest run still decides)
again = sorted({shape for plugin in plugins for shape in SHAPES if ratio_of(plugin, shape) > args.max_ratio})
if again:
    measure(again, [base, top], 3 * args.repeat)
print("| plugin | text | %s | ratio %s / %s |" % (
    " | ".join("%d KiB" % (s // 1024) for s in sizes), "%d KiB" % (top // 1024),
    "%d KiB" % (base // 1024)))
print("|---|---|%s---|" % ("---:|" * len(sizes)))
worst = 0.0
for plugin in plugins:
    for shape in SHAPES:
        ratio = ratio_of(plugin, shape)
        worst = max(worst, ratio)
        print("| %s | %s | %s | %.1f%s |" % (
            plugin, shape, " | ".join("%.0f" % (best[(plugin, shape, s)] / 1000.0)
                                      if best[(plugin, shape, s)] >= 10000 else
                                      "%.2f" % (best[(plugin, shape, s)] / 1000.0)
                                      for s in sizes),
            ratio, " **over %g**" % args.max_ratio if ratio > args.max_ratio else ""))
print("\n(ms per article, the fastest of %d runs%s; worst ratio %.1f)" % (
    args.repeat, ", %d more of %s" % (3 * args.repeat, ", ".join(again)) if again else "", worst))
if args.check and worst > args.max_ratio:
    sys.exit("a plugin's time grows faster than n log n: ratio %.1f > %g"
             % (worst, args.max_ratio))

#!/usr/bin/python3
"""Writes a seeded git repository with a long history for the repository scan benchmark.

    bench/git_history.py --out /tmp/history.git --commits 10000 --files 60 --file-kb 0.85

Every commit edits one to three of the files (a changed line, an added line), so history holds
many versions of each file but shares everything else: the layout of a real project. Some lines
carry planted emails and provider-shaped tokens (random, never real). The repository is bare and
written with `git fast-import` in one pass. Prints the history's logical size (the bytes of every
commit's whole tree: what scanning each commit's checkout would read) and its distinct blob bytes.
"""
import argparse
import random
import string
import subprocess
import sys

WORDS = ("the report covers quarterly revenue forecast for the northern region and the updated "
         "pricing model with assumptions about churn retention and headcount plus notes from the "
         "review meeting on vendor contracts deliverables milestones risks and open questions "
         "def return import class self value result config server client request response data "
         "list map filter update index table column schema query cache timeout retry").split()
KINDS = [(".py", "# "), (".md", ""), (".txt", ""), (".yaml", "# "), (".js", "// "), (".env", "# ")]


def line(rng, prefix):
    n = rng.randint(6, 14)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    roll = rng.random()
    if roll < 0.02:
        text += " contact " + rng.choice(["ana", "li", "sam", "joe"]) + str(rng.randint(1, 999)) + \
            "@example-corp.com"
    elif roll < 0.025:
        text = "TOKEN = ghp_" + "".join(rng.choice(string.ascii_letters + string.digits)
                                         for _ in range(36))
    return prefix + text + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--commits", type=int, default=10000)
    ap.add_argument("--files", type=int, default=60)
    ap.add_argument("--file-kb", type=float, default=0.85, help="average file size in KiB")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", a.out], check=True)
    names, files = [], []
    for i in range(a.files):
        ext, prefix = KINDS[i % len(KINDS)]
        names.append((f"pkg{i % 7}/file{i:03d}{ext}", prefix))
        body = []
        while sum(map(len, body)) < a.file_kb * 1024:
            body.append(line(rng, prefix))
        files.append(body)
    imp = subprocess.Popen(["git", "-C", a.out, "fast-import", "--quiet"], stdin=subprocess.PIPE)
    out = imp.stdin
    logical = 0
    mark = 0
    t0 = 1700000000
    for c in range(a.commits):
        changed = range(a.files) if c == 0 else rng.sample(range(a.files), rng.randint(1, 3))
        blobs = []
        for i in changed:
            body = files[i]
            if c > 0:
                j = rng.randrange(len(body))
                if rng.random() < 0.5:
                    body[j] = line(rng, names[i][1])
                else:
                    body.insert(j, line(rng, names[i][1]))
                    if sum(map(len, body)) > a.file_kb * 1024 * 1.5:
                        del body[rng.randrange(len(body))]
            data = "".join(body).encode()
            mark += 1
            out.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)) + data + b"\n")
            blobs.append((names[i][0], mark))
        logical += sum(len("".join(b).encode()) for b in files)
        who = rng.choice(["Ana Pereira <ana@example-corp.com>", "Li Wei <li.wei@example-corp.com>",
                          "Sam Okafor <sam@example-corp.com>"])
        msg = f"Update {len(blobs)} files ({c})\n".encode()
        out.write(b"commit refs/heads/main\ncommitter %s %d +0000\ndata %d\n%s" %
                  (who.encode(), t0 + c * 600, len(msg), msg))
        for path, m in blobs:
            out.write(b"M 100644 :%d %s\n" % (m, path.encode()))
        out.write(b"\n")
    out.close()
    if imp.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", a.out, "gc", "-q"], check=True)
    unique = subprocess.run(
        ["git", "-C", a.out, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectsize)"],
        check=True, capture_output=True, text=True).stdout
    blob_bytes = sum(int(s) for t, s in (l.split() for l in unique.splitlines()) if t == "blob")
    print(f"commits {a.commits}  logical history {logical / 1e6:.1f} MB  "
          f"distinct blobs {blob_bytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

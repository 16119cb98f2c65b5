"""Times the review page on a large task: one CSV of N rows (a name, an email and a phone each),
through `deskbench task init/add/scrub`, then `task review`: the start (one scrub), the report and
the preview as the page fetches them, and, when the browser test has installed playwright-core
into BUILD/e2e-node, the page in headless Chromium until it is ready.

  /usr/bin/python3 bench/review_page.py build/deskbench [ROWS]
"""
import http.client
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

deskbench = str(Path(sys.argv[1]).resolve())
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
tmp = Path(tempfile.mkdtemp(prefix="deskbench-review-bench-"))
try:
    random.seed(1)
    first = ["Jane", "Mark", "Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan"]
    last = ["Doe", "Stone", "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson"]
    lines = ["owner,email,phone,amount"]
    for i in range(rows):
        f, l = random.choice(first), random.choice(last)
        lines.append(f"{f} {l},{f.lower()}.{l.lower()}{i}@brightline.com,"
                     f"+1 415 555 {1000 + i % 9000:04d},{i}")
    (tmp / "big.csv").write_text("\n".join(lines) + "\n")
    (tmp / "req.md").write_text("Please review the attached big.csv and summarise the owners and "
                                "the amounts they are responsible for in a short memo for the "
                                "board meeting next week, thanks.\n")
    task = tmp / "t"
    def run(*a):
        subprocess.run([deskbench, *map(str, a)], check=True, capture_output=True)
    run("task", "init", task, "--title", "Big review", "--occupation", "Analyst", "--sector",
        "Logistics", "--hours", "2", "--month", "2025-01", "--request", tmp / "req.md")
    run("task", "add", task, "--reference", tmp / "big.csv")
    t = time.monotonic()
    proc = subprocess.Popen([deskbench, "task", "review", str(task), "--no-browser", "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = proc.stdout.readline().strip()
    print(f"start (scrub of the task, then listening): {time.monotonic() - t:.2f} s")
    port, token = re.search(r":(\d+)/\?token=(\w+)", url).groups()
    def get(path):
        c = http.client.HTTPConnection("127.0.0.1", int(port))
        t = time.monotonic()
        c.request("GET", path, headers={"Host": f"127.0.0.1:{port}", "X-Deskbench-Token": token})
        body = c.getresponse().read()
        return time.monotonic() - t, body
    s, body = get("/api/report")
    report = json.loads(body)
    big = next(f for f in report["files"] if f["path"].endswith("big.csv"))
    print(f"/api/report: {s:.2f} s, {len(body) / 1e6:.1f} MB, {report['findings']} findings, "
          f"{len(report['values'])} values")
    s, body = get(f"/api/preview/{big['index']}")
    print(f"/api/preview (big.csv): {s:.2f} s, {len(body) / 1e6:.1f} MB")
    node_dir = Path(deskbench).parent / "e2e-node"
    if (node_dir / "node_modules" / "playwright-core").exists():
        js = tmp / "ready.js"
        js.write_text(
            "const { chromium } = require(process.argv[2] + '/node_modules/playwright-core');\n"
            "(async () => {\n"
            "  const b = await chromium.launch({ executablePath: '/usr/bin/chromium',"
            " args: ['--no-sandbox'] });\n"
            "  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });\n"
            "  const t = Date.now();\n"
            "  await p.goto(process.argv[3]);\n"
            "  await p.waitForSelector('body[data-ready=\"true\"]', { timeout: 120000 });\n"
            "  const ready = Date.now() - t;\n"
            "  const t2 = Date.now();\n"
            "  await p.click('#tab-identity');\n"
            "  await p.waitForSelector('#panel-body section.group');\n"
            "  console.log(`page ready in Chromium: ${(ready / 1000).toFixed(2)} s;`"
            " + ` by person: ${((Date.now() - t2) / 1000).toFixed(2)} s`);\n"
            "  await b.close();\n"
            "})();\n")
        out = subprocess.run(["node", str(js), str(node_dir), url], capture_output=True,
                             text=True, timeout=300)
        print(out.stdout.strip() or out.stderr.strip())
    proc.terminate()
    proc.wait()
finally:
    shutil.rmtree(tmp, ignore_errors=True)

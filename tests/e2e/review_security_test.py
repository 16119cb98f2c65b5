"""The review page answers only this computer, only with its token, only by its own name."""
import http.client
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_support import Review, make_bundle, wait_until  # noqa: E402


def request(port, path, method="GET", headers=None, body=None, host=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    h = {"Host": f"127.0.0.1:{port}" if host is None else host}
    h.update(headers or {})
    c.request(method, path, body=body, headers=h)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r, data


def listening_addresses(port):
    """Local addresses with a socket listening on port, from /proc/net/tcp{,6}."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            addr, hexport = fields[1].split(":")
            if int(hexport, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.append((table, addr))
    return found


def other_addresses():
    """This machine's IPv4 addresses other than loopback."""
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    return [a for a in out if ":" not in a and not a.startswith("127.")]


class ReviewSecurityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="deskbench-review-sec-"))
        cls.bundle = make_bundle(cls.tmp / "task")
        cls.review = Review(cls.bundle, "--idle-timeout", "5m")

    @classmethod
    def tearDownClass(cls):
        cls.review.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_every_request_needs_the_token(self):
        port = self.review.port
        for path in ("/", "/static/review.js", "/static/review.css", "/api/report",
                     "/api/preview/0", "/api/output/0", "/favicon.ico", "/nothing"):
            r, _ = request(port, path)
            self.assertEqual(r.status, 403, path)
            r, _ = request(port, path + ("&" if "?" in path else "?") + "token=" + "0" * 64)
            self.assertEqual(r.status, 403, path)
            r, _ = request(port, path, headers={"Cookie": f"deskbench_review_{port}={'1' * 64}"})
            self.assertEqual(r.status, 403, path)
        r, _ = request(port, "/api/save", "POST", {"Content-Type": "application/json"}, "{}")
        self.assertEqual(r.status, 403)
        self.assertFalse((self.bundle / ".deskbench" / "decisions.json").exists())

    def test_token_becomes_a_strict_cookie(self):
        port, token = self.review.port, self.review.token
        r, _ = request(port, "/?token=" + token)
        self.assertEqual(r.status, 303)
        self.assertEqual(r.getheader("Location"), "/")
        cookie = r.getheader("Set-Cookie")
        self.assertIn(f"deskbench_review_{port}={token}", cookie)
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Strict", cookie)
        r, page = request(port, "/", headers={"Cookie": cookie.split(";")[0]})
        self.assertEqual(r.status, 200)
        self.assertIn(b"/static/review.js", page)
        csp = r.getheader("Content-Security-Policy")
        self.assertIn("default-src 'none'", csp)
        self.assertIn("script-src 'self'", csp)
        self.assertIn("frame-ancestors 'none'", csp)
        self.assertEqual(r.getheader("X-Content-Type-Options"), "nosniff")
        r, body = request(port, "/api/report", headers={"X-Deskbench-Token": token})
        self.assertEqual(r.status, 200)
        self.assertEqual(json.loads(body)["bundle"], "task")

    def test_wrong_host_is_refused(self):
        port, token = self.review.port, self.review.token
        for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1:{port + 1}",
                     f"localhost.evil.example:{port}", ""):
            r, _ = request(port, "/api/report", headers={"X-Deskbench-Token": token}, host=host)
            self.assertEqual(r.status, 403, host)
        r, _ = request(port, "/api/report", headers={"X-Deskbench-Token": token},
                       host=f"localhost:{port}")
        self.assertEqual(r.status, 200)

    def test_changes_only_from_the_page(self):
        port, token = self.review.port, self.review.token
        auth = {"X-Deskbench-Token": token}
        # A form post (no JSON) and a post from another origin are refused.
        r, _ = request(port, "/api/terms", "POST",
                       dict(auth, **{"Content-Type": "application/x-www-form-urlencoded"}),
                       "deny=x")
        self.assertEqual(r.status, 403)
        r, _ = request(port, "/api/terms", "POST",
                       dict(auth, **{"Content-Type": "application/json",
                                     "Origin": "http://evil.example"}), '{"deny": ["x"]}')
        self.assertEqual(r.status, 403)
        r, body = request(port, "/api/report", headers=auth)
        self.assertEqual(json.loads(body)["terms"]["deny"], [])
        # Bad input is answered with a reason, not applied.
        r, body = request(port, "/api/terms", "POST",
                          dict(auth, **{"Content-Type": "application/json"}),
                          json.dumps({"deny": ["x" * 500]}))
        self.assertEqual(r.status, 400)
        self.assertIn("longer than 200", json.loads(body)["error"])
        r, body = request(port, "/api/decision", "POST",
                          dict(auth, **{"Content-Type": "application/json"}),
                          json.dumps({"scope": "finding", "file": 999, "finding": 0,
                                      "keep": True}))
        self.assertEqual(r.status, 400)
        # Positions are whole numbers: a float is refused, not cast (undefined behaviour in C++).
        r, body = request(port, "/api/decision", "POST",
                          dict(auth, **{"Content-Type": "application/json"}),
                          json.dumps({"scope": "finding", "file": 0, "finding": 1e300,
                                      "keep": True}))
        self.assertEqual(r.status, 400)
        self.assertIn("not a position", json.loads(body)["error"])

    def test_listens_on_loopback_only(self):
        port = self.review.port
        listening = listening_addresses(port)
        self.assertEqual(listening, [("/proc/net/tcp", "0100007F")])  # 127.0.0.1 only
        for addr in other_addresses():
            with self.assertRaises(OSError, msg=addr):
                socket.create_connection((addr, port), timeout=3).close()

    def test_outputs_only_inert_files(self):
        # The scrubbed copies of documents are not served (only PDFs and images are).
        port, token = self.review.port, self.review.token
        r, body = request(port, "/api/report", headers={"X-Deskbench-Token": token})
        for f in json.loads(body)["files"]:
            r, _ = request(port, f"/api/output/{f['index']}", headers={"X-Deskbench-Token": token})
            self.assertEqual(r.status, 404, f["path"])


class ReviewLifetimeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-review-life-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.bundle = make_bundle(self.tmp / "task")

    def test_stops_when_idle(self):
        review = Review(self.bundle, "--idle-timeout", "2s")
        self.addCleanup(review.stop)
        start = time.monotonic()
        self.assertEqual(review.wait(timeout=30), 0)
        self.assertLess(time.monotonic() - start, 20)
        self.assertIn("idle", review.proc.stderr.read())

    def test_stops_when_the_page_says_done(self):
        review = Review(self.bundle)
        self.addCleanup(review.stop)
        r, body = request(review.port, "/api/done", "POST",
                          {"X-Deskbench-Token": review.token, "Content-Type": "application/json"},
                          "{}")
        self.assertEqual(r.status, 200)
        self.assertEqual(review.wait(timeout=30), 0)
        self.assertTrue(wait_until(lambda: not listening_addresses(review.port)))

    def test_refuses_a_missing_bundle_and_a_bad_timeout(self):
        from review_support import DESKBENCH
        r = subprocess.run([DESKBENCH, "task", "review", str(self.tmp / "nope"), "--no-browser"],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nope", r.stderr)
        r = subprocess.run([DESKBENCH, "task", "review", str(self.bundle), "--no-browser",
                            "--idle-timeout", "soon"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--idle-timeout", r.stderr)


if __name__ == "__main__":
    unittest.main()

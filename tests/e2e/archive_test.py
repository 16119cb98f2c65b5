"""End-to-end test of archives: zips and tars built here with Python's zipfile and tarfile (and
the zstd tool), nested and hostile ones, are scrubbed through the CLI; the outputs are listed and
unpacked with tar and unzip and every extracted byte is searched for what was planted."""
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import unittest
import zipfile
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
PLANTED = ["Hollingsworth", "margaret.h", "555-2671"]
CV = f"{NAME}\n{EMAIL}\nPhone {PHONE}\n"
CSV = f"name,email,phone\n{NAME},{EMAIL},{PHONE}\n"


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def inner_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("people/", "")
        z.writestr("people/Margaret_Hollingsworth_CV.txt", CV)
        z.writestr("people/contacts.csv", CSV)
    return buf.getvalue()


def add(tar, name, data, **attrs):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1700000000
    for k, v in attrs.items():
        setattr(info, k, v)
    tar.addfile(info, io.BytesIO(data))


def build_tar(path, mode):
    with tarfile.open(path, mode) as t:
        add(t, "bundle/inner.zip", inner_zip(), uname="mhollingsworth", gname="staff")
        add(t, "bundle/README.md", f"# Notes by {NAME}\nMail {EMAIL}.\n".encode())


class ArchiveTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-archive-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()

    def scrub(self, expect_rc=0):
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, expect_rc, r.stderr)
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        return r, report

    def assert_clean_tree(self, root):
        files = [p for p in root.rglob("*") if p.is_file()]
        self.assertTrue(files)
        for p in files:
            data = p.read_bytes().decode("utf-8", "replace")
            for value in PLANTED:
                self.assertNotIn(value, data, p)
                self.assertNotIn(value, str(p.relative_to(root)))

    def unpack_tar(self, archive, flags):
        listing = subprocess.run(["tar", "t" + flags + "vf", archive], capture_output=True,
                                 text=True, check=True).stdout
        for value in PLANTED + ["mhollingsworth"]:
            self.assertNotIn(value, listing)
        dest = self.tmp / ("x-" + archive.name)
        dest.mkdir()
        subprocess.run(["tar", "x" + flags + "f", archive, "-C", dest], check=True)
        return dest

    def unpack_zip(self, archive, dest):
        listing = subprocess.run(["unzip", "-l", archive], capture_output=True, text=True,
                                 check=True).stdout
        for value in PLANTED:
            self.assertNotIn(value, listing)
        subprocess.run(["unzip", "-q", "-t", archive], check=True, capture_output=True)
        subprocess.run(["unzip", "-q", archive, "-d", dest], check=True)

    def test_nested_zip_in_tar_gz_is_scrubbed_names_included(self):
        build_tar(self.tmp / "in" / "handover.tar.gz", "w:gz")
        _, report = self.scrub()
        out = self.tmp / "out" / "handover.tar.gz"
        self.assertEqual(out.read_bytes()[:2], b"\x1f\x8b")
        dest = self.unpack_tar(out, "z")
        inner = dest / "bundle" / "inner.zip"
        self.unpack_zip(inner, dest / "inner")
        inner.unlink()
        self.assert_clean_tree(dest)
        with tarfile.open(out) as t:
            names = zipfile.ZipFile(io.BytesIO(t.extractfile("bundle/inner.zip").read())).namelist()
        self.assertEqual(len(names), 3)
        self.assertTrue(any(n.startswith("people/") and n.endswith("_CV.txt") for n in names))
        cv = [p for p in (dest / "inner" / "people").iterdir() if p.name.endswith("_CV.txt")][0]
        self.assertIn("@example", cv.read_text())  # an email is still an email
        f = report["files"][0]
        self.assertEqual(f["format"], "tar")
        self.assertGreaterEqual(f["finding_count"], 6)
        self.assertIn("user and group names", json.dumps(f["notes"]))

    def test_every_compression_comes_back_the_same(self):
        magics = {"plain.tar": (b"ustar", 257), "b.tar.bz2": (b"BZh", 0),
                  "x.tar.xz": (b"\xfd7zXZ", 0), "s.tar.zst": (b"\x28\xb5\x2f\xfd", 0),
                  "bundle.zip": (b"PK\x03\x04", 0)}
        build_tar(self.tmp / "in" / "plain.tar", "w")
        build_tar(self.tmp / "in" / "b.tar.bz2", "w:bz2")
        build_tar(self.tmp / "in" / "x.tar.xz", "w:xz")
        build_tar(self.tmp / "s.tar", "w")
        subprocess.run(["zstd", "-q", self.tmp / "s.tar", "-o", self.tmp / "in" / "s.tar.zst"],
                       check=True)
        (self.tmp / "in" / "bundle.zip").write_bytes(inner_zip())
        self.scrub()
        for name, (magic, offset) in magics.items():
            out = self.tmp / "out" / name
            self.assertEqual(out.read_bytes()[offset:offset + len(magic)], magic, name)
            if name.endswith(".zip"):
                dest = self.tmp / "x-zip"
                self.unpack_zip(out, dest)
            else:
                flags = {"plain.tar": "", "b.tar.bz2": "j", "x.tar.xz": "J",
                         "s.tar.zst": "--zstd -"}[name]
                if name == "s.tar.zst":
                    plain = self.tmp / "s-out.tar"
                    subprocess.run(["zstd", "-q", "-d", out, "-o", plain], check=True)
                    dest = self.unpack_tar(plain, "")
                else:
                    dest = self.unpack_tar(out, flags)
                for inner in dest.rglob("*.zip"):
                    self.unpack_zip(inner, inner.parent / "unzipped")
                    inner.unlink()
            self.assert_clean_tree(dest)

    def test_one_compressed_file_is_scrubbed_as_the_file_it_holds(self):
        import gzip
        (self.tmp / "in" / "contacts.csv.gz").write_bytes(gzip.compress(CSV.encode()))
        _, report = self.scrub()
        out = self.tmp / "out" / "contacts.csv.gz"
        text = subprocess.run(["gzip", "-dc", out], capture_output=True, check=True).stdout.decode()
        self.assertTrue(text.startswith("name,email,phone\n"))
        for value in PLANTED:
            self.assertNotIn(value, text)
        self.assertEqual(report["files"][0]["format"], "compressed")

    def refused(self, name, build):
        build(self.tmp / "in" / name)
        r, report = self.scrub(expect_rc=2)
        self.assertFalse((self.tmp / "out" / name).exists())
        f = [f for f in report["files"] if f["path"] == name][0]
        self.assertEqual(f["status"], "refused")
        self.assertIn(name, r.stderr)
        return f["reason"]

    def test_zip_bomb_is_refused(self):
        def bomb(path):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("zeros.txt", b"0" * (60 << 20))
        reason = self.refused("bomb.zip", bomb)
        self.assertIn('member "zeros.txt"', reason)
        self.assertIn("times its size", reason)

    def test_path_traversal_is_refused(self):
        def traversal(path):
            with zipfile.ZipFile(path, "w") as z:
                z.writestr("ok.txt", "fine")
                z.writestr("../../home/user/.bashrc", "echo owned")
        reason = self.refused("evil.zip", traversal)
        self.assertIn('member "../../home/user/.bashrc"', reason)
        self.assertIn("leaves the archive", reason)

    def test_symlink_escaping_is_refused(self):
        def link(path):
            with tarfile.open(path, "w") as t:
                info = tarfile.TarInfo("docs/passwd")
                info.type = tarfile.SYMTYPE
                info.linkname = "../../../etc/passwd"
                t.addfile(info)
        reason = self.refused("link.tar", link)
        self.assertIn('member "docs/passwd" is a symbolic link that leaves the archive', reason)

    def test_device_file_is_refused(self):
        def device(path):
            with tarfile.open(path, "w") as t:
                info = tarfile.TarInfo("dev/sda")
                info.type = tarfile.BLKTYPE
                info.devmajor, info.devminor = 8, 0
                t.addfile(info)
        reason = self.refused("dev.tar", device)
        self.assertIn('member "dev/sda" is a device file', reason)

    def test_nesting_too_deep_drops_the_innermost_and_says_so(self):
        data = b"deepest " + EMAIL.encode()
        name = "deep.txt"
        for level in range(6):
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                z.writestr(name, data)
            data, name = buf.getvalue(), f"level{level}.zip"
        (self.tmp / "in" / "nested.zip").write_bytes(data)
        _, report = self.scrub()
        notes = json.dumps(report["files"][0]["notes"])
        self.assertIn("nested too deeply", notes)
        # Unpack all the way down: the planted address is nowhere.
        blob = (self.tmp / "out" / "nested.zip").read_bytes()
        while True:
            z = zipfile.ZipFile(io.BytesIO(blob))
            names = z.namelist()
            if not names:
                break
            blob = z.read(names[0])
            self.assertNotIn(b"margaret.h", blob)
            if not names[0].endswith(".zip"):
                break


if __name__ == "__main__":
    unittest.main()

"""End-to-end tests of git repositories: repositories made with git, scrubbed squashed and with
--keep-history, then searched with git itself for anything planted; and scan --staged/--commits."""
import json
import os
import random
import shutil
import string
import subprocess
import tempfile
import unittest
from pathlib import Path

import docx

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

RNG = random.Random(20261127)


def token(prefix, n):
    return prefix + "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


# Planted values: none may survive in any output object, config or ref.
HISTORY_SECRET = token("ghp_", 36)      # committed, then deleted: only in history
REMOTE_TOKEN = token("ghp_", 36)        # only in the remote URL
STASH_SECRET = token("glpat-", 20)      # only in a stash
TAG_SECRET = token("sk_live_", 30)      # only in an annotated tag's message
REFLOG_SECRET = token("glpat-", 20)     # only in a commit that only HEAD's reflog reaches
AUTHORS = [("Jane Doe", "jane.doe@acme-corp.com"), ("Robert Smith", "rsmith@acme-corp.com"),
           ("Maria Garcia", "maria.garcia@acme-corp.com")]
GLOBAL_USER = ("Harriet Globaluser", "harriet@home-machine.example")
PLANTED = [HISTORY_SECRET, REMOTE_TOKEN, STASH_SECRET, TAG_SECRET, REFLOG_SECRET, "acme-corp",
           GLOBAL_USER[0], GLOBAL_USER[1], "Globaluser"]
for name, email in AUTHORS:
    PLANTED += [name, email, name.split()[1]]


class GitRepoTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-git-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        # git and deskbench both see a home whose global identity must never reach an output.
        home = self.tmp / "home"
        home.mkdir()
        (home / ".gitconfig").write_text(
            f"[user]\n\tname = {GLOBAL_USER[0]}\n\temail = {GLOBAL_USER[1]}\n"
            "[init]\n\tdefaultBranch = main\n")
        self.env = {"PATH": os.environ["PATH"], "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
                    "LANG": "C.UTF-8"}

    def git(self, repo, *args, author=None, check=True):
        env = dict(self.env)
        if author:
            env.update(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1],
                       GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1])
        r = subprocess.run(["git", "-C", str(repo), *map(str, args)], env=env,
                           capture_output=True, text=True, errors="replace")
        if check and r.returncode != 0:
            self.fail(f"git {' '.join(map(str, args))}: {r.stderr}")
        return r.stdout

    def deskbench(self, *args, cwd=None):
        return subprocess.run([DESKBENCH, *map(str, args)], cwd=cwd, env=self.env,
                              capture_output=True, text=True, errors="replace", timeout=600)

    def make_repo(self, bare=False):
        repo = self.tmp / "work"
        repo.mkdir()
        self.git(repo, "init", "-q", "-b", "main")
        a, b, c = AUTHORS
        (repo / "notes.txt").write_text(f"Meeting notes. Ask {a[0]} ({a[1]}) about the budget.\n")
        (repo / "src").mkdir()
        (repo / "src" / "app.py").write_text("def main():\n    return 42\n")
        # A Word file in the repository is scrubbed by the Word adapter; a binary is dropped.
        doc = docx.Document()
        doc.add_paragraph(f"Prepared by {a[0]} for the board.")
        doc.save(repo / "brief.docx")
        (repo / "logo.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", f"Initial notes from {a[0]}", author=a)
        (repo / "config.env").write_text(f"DEPLOY_MODE=prod\nGITHUB_TOKEN={HISTORY_SECRET}\n")
        self.git(repo, "add", "config.env")
        self.git(repo, "commit", "-q", "-m", "Add deployment config", author=b)
        self.git(repo, "rm", "-q", "config.env")
        self.git(repo, "commit", "-q", "-m", "Remove config", author=b)
        self.git(repo, "tag", "-a", "v1.0", "-m", f"Release 1.0, key {TAG_SECRET}", author=c)
        self.git(repo, "checkout", "-q", "-b", "feature")
        (repo / "src" / "util.py").write_text(f"# maintained by {c[0]} <{c[1]}>\nX = 1\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", f"Utilities by {c[0]}", author=c)
        self.git(repo, "checkout", "-q", "main")
        (repo / "README.md").write_text("# Project\n\nInternal tool.\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "Readme", author=a)
        self.git(repo, "merge", "-q", "--no-ff", "-m", "Merge feature", "feature", author=a)
        self.git(repo, "tag", "light")
        # A commit undone at once: only HEAD's reflog still reaches it.
        (repo / "scratch.txt").write_text(f"TOKEN={REFLOG_SECRET}\n")
        self.git(repo, "add", "scratch.txt")
        self.git(repo, "commit", "-q", "-m", "scratch", author=a)
        self.git(repo, "reset", "-q", "--hard", "HEAD~1")
        self.git(repo, "remote", "add", "origin",
                 f"https://{REMOTE_TOKEN}@github.com/acme-corp/tool.git")
        self.git(repo, "config", "user.name", AUTHORS[1][0])
        (repo / "notes.txt").write_text(f"WIP {STASH_SECRET}\n")
        self.git(repo, "stash", "-q", author=a)
        (repo / ".git" / "hooks" / "pre-commit").write_text("#!/bin/sh\necho acme-corp hook\n")
        if bare:
            bare_repo = self.tmp / "bare.git"
            subprocess.run(["git", "clone", "-q", "--bare", "--no-local", str(repo),
                            str(bare_repo)], env=self.env, check=True)
            self.git(bare_repo, "remote", "set-url", "origin",
                     f"https://{REMOTE_TOKEN}@github.com/acme-corp/tool.git")
            return bare_repo
        return repo

    def assert_nothing_planted(self, out, bare=False):
        git_dir = out if bare else out / ".git"
        texts = {
            "log": self.git(out, "log", "--all", "-p", "--format=fuller"),
            "objects": subprocess.run(
                ["git", "-C", str(out), "cat-file", "--batch-all-objects", "--batch"],
                env=self.env, capture_output=True).stdout.decode("utf-8", "replace"),
            "config": self.git(out, "config", "--list", "--local"),
            "remotes": self.git(out, "remote", "-v"),
            "refs": self.git(out, "for-each-ref"),
            "stash": self.git(out, "stash", "list", check=False),
        }
        # Every plain file of the repository folder (objects are compressed: cat-file reads them).
        for p in sorted(out.rglob("*")):
            if p.is_file() and "objects" not in p.relative_to(out).parts:
                texts[str(p)] = p.read_bytes().decode("utf-8", "replace")
        for where, text in texts.items():
            for planted in PLANTED:
                self.assertNotIn(planted, text, f"{planted!r} survived in {where}")
        self.assertEqual(texts["remotes"], "")
        self.assertEqual(texts["stash"], "")
        self.assertFalse((git_dir / "logs").exists(), "reflogs were written")
        hooks = git_dir / "hooks"
        self.assertEqual(list(hooks.iterdir()) if hooks.exists() else [], [])
        self.assertEqual(self.git(out, "fsck", "--strict", "--no-dangling"), "")

    def history_only_findings(self, report_dir):
        report = json.loads((report_dir / "report.json").read_text())
        found = []
        for f in report["files"]:
            for x in f.get("findings", []):
                if x["type"] == "SECRET" and x["location"].startswith("history "):
                    found.append(x)
        return report, found

    def test_squashed_output_is_one_neutral_commit_of_the_scrubbed_head(self):
        repo = self.make_repo()
        out = self.tmp / "out"
        r = self.deskbench("scrub", "-q", repo, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_nothing_planted(out)
        log = self.git(out, "log", "--all", "--format=%an|%ae|%cn|%ce|%ad|%P", "--date=raw")
        lines = log.splitlines()
        self.assertEqual(len(lines), 1, log)
        name, email, cname, cemail, date, parents = lines[0].split("|")
        self.assertEqual((name, email, cname, cemail), ("deskbench", "contributor@example.com",
                                                        "deskbench", "contributor@example.com"))
        seconds, zone = date.split()
        self.assertEqual(int(seconds) % 86400, 0)
        self.assertEqual(zone, "+0000")
        self.assertEqual(parents, "")
        self.assertEqual(self.git(out, "branch", "--show-current").strip(), "main")
        # HEAD's tree, scrubbed, checked out: the deleted file is gone, the others are there.
        self.assertEqual(self.git(out, "status", "--porcelain"), "")
        files = sorted(self.git(out, "ls-files").split())
        self.assertEqual(files, ["README.md", "brief.docx", "notes.txt", "src/app.py",
                                 "src/util.py"])
        brief = " ".join(p.text for p in docx.Document(out / "brief.docx").paragraphs)
        self.assertIn("Prepared by ", brief)
        for planted in PLANTED:
            self.assertNotIn(planted, brief)
        self.assertIn("Ask ", (out / "notes.txt").read_text())
        self.assertEqual((out / "src" / "app.py").read_text(), "def main():\n    return 42\n")
        # The secret deleted from HEAD is reported as found only in history.
        report, history = self.history_only_findings(Path(str(out) + ".report"))
        self.assertEqual([x["text"] for x in history], [HISTORY_SECRET], history)
        self.assertIn("config.env", history[0]["location"])
        repo_report = [f for f in report["files"] if f["format"] == "git"][0]
        # Deduplicated by blob: notes.txt is the same blob in every commit, so its email is
        # found once, at HEAD, never again in history.
        emails = [x["location"] for x in repo_report["findings"]
                  if x["type"] == "EMAIL" and "notes.txt" in x["location"]]
        self.assertEqual(emails, ["notes.txt › line 1"])
        notes = " ".join(n["part"] + " " + n["action"] for n in repo_report["notes"])
        self.assertIn('remote "origin"', notes)
        self.assertIn("refs/stash", notes)
        self.assertIn("logo.bin", notes)
        # What no output holds is still reported: the remote URL's token, the stashed secret, the
        # secret of the commit only the reflog reaches.
        by_location = {x["location"]: x for x in repo_report["findings"]}
        url = by_location["remote origin url"]
        self.assertIn(REMOTE_TOKEN, url["text"])
        self.assertIn(url["recognizer"], ("url_with_credentials", "secret_github_pat"))
        stashed = [x for x in repo_report["findings"] if x["text"] == STASH_SECRET]
        self.assertEqual([(x["type"], x["location"]) for x in stashed],
                         [("SECRET", "stash@{0}:notes.txt › line 1")])
        undone = [x for x in repo_report["findings"] if x["text"] == REFLOG_SECRET]
        self.assertEqual(len(undone), 1, undone)
        self.assertEqual(undone[0]["type"], "SECRET")
        self.assertRegex(undone[0]["location"], r"^reflog [0-9a-f]{10}:scratch\.txt › line 1$")
        r = self.deskbench("scan", "--redact", repo)
        self.assertEqual(r.returncode, 1)
        self.assertIn("1 secret found only in history", r.stderr)
        self.assertIn("3 secrets found in stashes, reflogs", r.stderr)

    def test_keep_history_rewrites_every_commit_consistently(self):
        repo = self.make_repo()
        out = self.tmp / "out"
        r = self.deskbench("scrub", "-q", "--keep-history", repo, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_nothing_planted(out)
        # The graph: same number of commits, same parent counts in the same order.
        shape = lambda d: [len(p.split()) for p in self.git(
            d, "log", "--branches", "--tags", "--topo-order", "--format=%P").splitlines()]
        self.assertEqual(shape(out), shape(repo))
        self.assertEqual(sorted(self.git(out, "branch", "--format=%(refname:short)").split()),
                         ["feature", "main"])
        self.assertEqual(sorted(self.git(out, "tag").split()), ["light", "v1.0"])
        self.assertEqual(self.git(out, "cat-file", "-t", "v1.0").strip(), "tag")
        self.assertIn("Release 1.0", self.git(out, "tag", "-n1", "v1.0"))
        # The deleted file is still in history, its secret replaced.
        old = self.git(out, "log", "--all", "--format=%H", "--", "config.env").split()
        self.assertEqual(len(old), 2)
        env_text = self.git(out, "show", f"{old[-1]}:config.env")
        self.assertIn("DEPLOY_MODE=prod", env_text)
        # One person, one pseudonym: the author of the first commit is the person in notes.txt.
        first = self.git(out, "log", "--reverse", "--format=%an|%ae", "main").splitlines()[0]
        pseudonym, pseudo_email = first.split("|")
        self.assertIn(pseudonym, (out / "notes.txt").read_text())
        self.assertIn(pseudo_email, (out / "notes.txt").read_text())
        # Times are kept, in UTC.
        zones = {line.split()[1] for line in self.git(
            out, "log", "--all", "--format=%ad", "--date=raw").splitlines()}
        self.assertEqual(zones, {"+0000"})
        _, history = self.history_only_findings(Path(str(out) + ".report"))
        self.assertEqual([x["text"] for x in history], [HISTORY_SECRET])

    def test_file_and_folder_names_lose_the_person(self):
        repo = self.tmp / "names"
        repo.mkdir()
        self.git(repo, "init", "-q", "-b", "main")
        folder = repo / "clients" / "Olivia_Bennett"
        folder.mkdir(parents=True)
        cv = "Curriculum vitae\n\nSkills: Python, SQL.\n"
        (folder / "Olivia_Bennett_CV.md").write_text(cv)
        (repo / "README.md").write_text("# Clients\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "Clients", author=AUTHORS[0])
        (repo / "notes-Olivia-Bennett.txt").write_text("Call on Monday.\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "Notes", author=AUTHORS[0])
        for keep in (False, True):
            with self.subTest(keep_history=keep):
                out = self.tmp / f"out-{keep}"
                flags = ["--keep-history"] if keep else []
                r = self.deskbench("scrub", "-q", *flags, repo, "-o", out)
                self.assertEqual(r.returncode, 0, r.stderr)
                commits = self.git(out, "rev-list", "--all").split()
                self.assertEqual(len(commits), 2 if keep else 1)
                names = "".join(self.git(out, "ls-tree", "-r", "-t", "--name-only", c)
                                for c in commits)
                for part in ("Olivia", "Bennett"):
                    self.assertNotIn(part, names)
                files = self.git(out, "ls-tree", "-r", "--name-only", "HEAD").split()
                cv_path = [f for f in files if f.startswith("clients/")]
                self.assertEqual(len(cv_path), 1, files)
                _, pseudonym, cv_name = cv_path[0].split("/")
                # One person, one pseudonym, written the way the name was: first_last.
                self.assertRegex(pseudonym, r"^[A-Z][a-z]+_[A-Z][a-z]+$")
                self.assertEqual(cv_name, f"{pseudonym}_CV.md")
                notes = "notes-" + pseudonym.replace("_", "-") + ".txt"
                self.assertEqual(sorted(files), sorted(["README.md", cv_path[0], notes]))
                self.assertEqual(self.git(out, "show", f"HEAD:{cv_path[0]}"), cv)
                self.assertEqual(self.git(out, "show", f"HEAD:{notes}"), "Call on Monday.\n")
                if keep:
                    first = self.git(out, "ls-tree", "-r", "--name-only", commits[-1]).split()
                    self.assertEqual(sorted(first), sorted(["README.md", cv_path[0]]))
                else:
                    self.assertEqual((out / cv_path[0]).read_text(), cv)
                self.assertEqual(self.git(out, "fsck", "--strict", "--no-dangling"), "")
                report = json.loads((Path(str(out) + ".report") / "report.json").read_text())
                locations = [x["location"] for f in report["files"] for x in f["findings"]
                             if x["type"] == "PERSON"]
                # Each distinct name is one segment: the folder's name once, not per path.
                self.assertEqual(locations.count("clients/Olivia_Bennett › file name"), 1)
                self.assertIn("notes-Olivia-Bennett.txt › file name", locations)

    def test_bare_repository_gives_a_bare_repository(self):
        repo = self.make_repo(bare=True)
        out = self.tmp / "out.git"
        r = self.deskbench("scrub", "-q", "--keep-history", repo, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.git(out, "rev-parse", "--is-bare-repository").strip(), "true")
        self.assert_nothing_planted(out, bare=True)

    def test_repository_inside_a_folder_is_one_unit(self):
        repo = self.make_repo()
        task = self.tmp / "task"
        task.mkdir()
        shutil.move(str(repo), task / "code")
        (task / "brief.txt").write_text(f"Ask {AUTHORS[0][0]} for access.\n")
        out = self.tmp / "out"
        r = self.deskbench("scrub", "-q", "--json", task, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        report = json.loads(r.stdout)
        paths = sorted(f["path"] for f in report["files"])
        self.assertEqual(paths, ["brief.txt", "code"])
        self.assert_nothing_planted(out / "code")
        # The same person has the same pseudonym in the brief and in the repository.
        brief = (out / "brief.txt").read_text()
        self.assertIn(brief.split("Ask ")[1].split(" for")[0], (out / "code" / "notes.txt").read_text())

    def test_scan_staged_reads_the_index_not_the_working_tree(self):
        repo = self.tmp / "hooked"
        repo.mkdir()
        self.git(repo, "init", "-q", "-b", "main")
        (repo / "a.txt").write_text("hello\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "init", author=AUTHORS[0])
        secret = token("ghp_", 36)
        (repo / "b.py").write_text(f"X = 1\nTOKEN = '{secret}'\n")
        self.git(repo, "add", "b.py")
        (repo / "b.py").write_text("X = 1\n")  # the working tree no longer has it; the index does
        r = self.deskbench("scan", "--staged", cwd=repo)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("b.py › line 2", r.stdout)
        self.assertIn(secret, r.stdout)
        self.assertNotIn("a.txt", r.stdout)
        # The reverse: a secret only in the working tree is not what the commit would hold.
        self.git(repo, "add", "b.py")
        (repo / "b.py").write_text(f"TOKEN = '{secret}'\n")
        r = self.deskbench("scan", "-q", "--staged", cwd=repo)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_readme_pre_commit_hook_blocks_a_commit_with_a_secret(self):
        repo = self.tmp / "hooked"
        repo.mkdir()
        self.git(repo, "init", "-q", "-b", "main")
        hook = repo / ".git" / "hooks" / "pre-commit"
        hook.write_text(f"#!/bin/sh\nexec {DESKBENCH} scan --staged --redact\n")
        hook.chmod(0o755)
        (repo / "ok.txt").write_text("nothing secret\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "clean", author=AUTHORS[0])
        secret = token("ghp_", 36)
        (repo / "leak.py").write_text(f"TOKEN = '{secret}'\n")
        self.git(repo, "add", ".")
        env = dict(self.env, GIT_AUTHOR_NAME="A", GIT_AUTHOR_EMAIL="a@example.com",
                   GIT_COMMITTER_NAME="A", GIT_COMMITTER_EMAIL="a@example.com")
        r = subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", "leak"], env=env,
                           capture_output=True, text=True)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("secret_github_pat", r.stdout + r.stderr)
        self.assertNotIn(secret, r.stdout + r.stderr)  # --redact
        self.assertEqual(self.git(repo, "rev-list", "--count", "HEAD").strip(), "1")

    def test_scan_commit_range_names_the_commit(self):
        repo = self.tmp / "ci"
        repo.mkdir()
        self.git(repo, "init", "-q", "-b", "main")
        before = token("glpat-", 20)
        (repo / "old.txt").write_text(f"token {before}\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "old", author=AUTHORS[0])
        base = self.git(repo, "rev-parse", "HEAD").strip()
        (repo / "clean.txt").write_text("nothing here\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "clean", author=AUTHORS[0])
        secret = token("ghp_", 36)
        (repo / "new.env").write_text(f"A=1\nGH={secret}\n")
        self.git(repo, "add", ".")
        self.git(repo, "commit", "-q", "-m", "leak", author=AUTHORS[0])
        leak = self.git(repo, "rev-parse", "--short=10", "HEAD").strip()
        r = self.deskbench("scan", "--commits", f"{base}..HEAD", "--json", cwd=repo)
        self.assertEqual(r.returncode, 1, r.stderr)
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([row["text"] for row in rows], [secret])
        sarif_path = self.tmp / "ci.sarif"
        r = self.deskbench("scan", "-q", "--commits", f"{base}..HEAD", "--sarif", sarif_path,
                           cwd=repo)
        self.assertEqual(r.returncode, 1)
        result = json.loads(sarif_path.read_text())["runs"][0]["results"][0]
        loc = result["locations"][0]["physicalLocation"]
        self.assertEqual(loc["artifactLocation"]["uri"], "new.env")
        self.assertEqual(loc["region"]["startLine"], 2)
        self.assertIn(leak, result["message"]["text"])
        r = self.deskbench("scan", "-q", "--commits", f"{base}..{base}", cwd=repo)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = self.deskbench("scan", "-q", "--commits", "nosuch..HEAD", cwd=repo)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nosuch", r.stderr)


if __name__ == "__main__":
    unittest.main()

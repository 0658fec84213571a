"""CLI smoke tests against an installed ``newsclean`` command (CI runs them on the wheel).

    python scripts/smoke.py PATH/TO/bin/newsclean

Runs from a temporary folder, so nothing of the source tree is importable:
every command the README shows must exist (``--help``), the bundled example
page must clean, ``plugins`` must list the built-ins with none broken, and a
small batch must write its articles. Prints one line per check; exit 1 on the
first failure.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "pages" / "portal-zh.txt"


def run(exe: str, *args: str, cwd: Path, stdin: str | None = None) -> str:
    r = subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, input=stdin, timeout=300)
    if r.returncode != 0:
        raise SystemExit(f"smoke: FAILED: newsclean {' '.join(args)} (exit {r.returncode})\n{r.stderr[-2000:]}")
    print(f"smoke: ok: newsclean {' '.join(args)[:70]}")
    return r.stdout


def readme_commands() -> list[str]:
    """The subcommands the README's command-line section shows."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"^newsclean ([a-z][a-z-]*)", text, re.M)))


def main(argv: list[str]) -> int:
    exe = str(Path(argv[0]).resolve()) if argv else "newsclean"
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        run(exe, "--version", cwd=cwd)
        commands = readme_commands()
        if len(commands) < 5:
            raise SystemExit(f"smoke: FAILED: found only {commands} in README.md")
        for cmd in commands:
            run(exe, cmd, "--help", cwd=cwd)
        listing = run(exe, "plugins", cwd=cwd)
        if "BROKEN" in listing or "not installed" in listing:
            raise SystemExit(f"smoke: FAILED: plugins listing:\n{listing}")
        for name in ("chrome", "content", "textdump", "spam", "source", "timestamp"):
            if not re.search(rf"^{name} \S+ \[entry point\]", listing, re.M):
                raise SystemExit(f"smoke: FAILED: built-in {name} not listed as an entry point:\n{listing}")
        art = json.loads(run(exe, "clean", str(EXAMPLE), "--format", "json", cwd=cwd))
        if not art["paragraphs"] or not any(r["kind"] == "spam" for r in art["removed"]):
            raise SystemExit("smoke: FAILED: the example page did not clean as the README says")
        run(exe, "explain", str(EXAMPLE), "--color", "never", "--width", "100", cwd=cwd)
        page = "<html><body><p>The harbour bridge reopened on Monday, two years after the storm.</p></body></html>"
        (cwd / "pages.jsonl").write_text(json.dumps({"id": "p1", "html": page}) + "\n", encoding="utf-8")
        run(exe, "batch", "pages.jsonl", "-o", "out", "--jobs", "1", cwd=cwd)
        lines = [json.loads(x) for f in sorted((cwd / "out").glob("*.jsonl")) for x in f.read_text().splitlines()]
        if not any(d.get("id") == "p1" and "harbour bridge" in d.get("text", "") for d in lines):
            raise SystemExit(f"smoke: FAILED: batch output: {lines}")
        print("smoke: ok: batch wrote the article")
        run(exe, "new-plugin", "acme-news", cwd=cwd)
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python
"""Lighthouse 12 (mobile preset, simulated throttling) on every public page type, both languages.

    scripts/lighthouse.py --base http://127.0.0.1:8000 [--output var/bench/lighthouse.md]

Needs Node/npm and Chromium (CHROME_PATH, default /usr/bin/chromium). Lighthouse is installed with npm into
a temporary directory (kept for the next run). Prints and writes the four scores per page and the id of
every audit that did not pass. `make bench` runs it with `--lighthouse` against its gunicorn server.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALL_DIR = Path(tempfile.gettempdir()) / "iurc-lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"


def lighthouse_binary():
    binary = INSTALL_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        INSTALL_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(INSTALL_DIR), "--no-audit", "--no-fund", "lighthouse@12"],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return str(binary)


def first_link(base, index, pattern):
    """The first detail page an index links to (``None`` when the section is empty)."""
    with urllib.request.urlopen(f"{base}/en{index}") as response:
        found = re.search(rf'href="/en({re.escape(index)}{pattern})"', response.read().decode())
    return found.group(1) if found else None


def pages(base):
    """Every public page type (the first city, story, article, event and publication found), in both languages."""
    paths = {
        "home": "/",
        "programme": "/background/",
        "un-goals": "/un-goals/",
        "achievements": "/achievements/",
        "contact": "/contact/",
        "legal": "/accessibility/",
        "directory": "/cities/",
        "city": first_link(base, "/cities/", r"[^\"/?]+/"),
        "story index": "/cooperation/",
        "roll-up": "/cooperation/?theme=smart-city",
        "story": first_link(base, "/cooperation/", r"[^\"/?]+/"),
        "search": "/search/?q=smart",
        "news": "/news/",
        "article": first_link(base, "/news/", r"(?!feed/)[^\"/?]+/"),
        "events": "/events/",
        "event": first_link(base, "/events/", r"(?!calendar/|archive/)[^\"/?]+/"),
        "publications": "/publications/",
        "publication": first_link(base, "/publications/", r"[^\"/?]+/"),
    }
    return [
        (name, language, f"/{language}{path}") for name, path in paths.items() if path for language in ("en", "zh-hans")
    ]


def run_lighthouse(binary, url, workdir, attempts=3):
    """Scores, ids of failing audits, metrics and total bytes for one URL (Chromium sometimes fails to start)."""
    report = Path(workdir) / "report.json"
    for attempt in range(attempts):
        result = subprocess.run(
            [binary, url, "--quiet", "--output=json", f"--output-path={report}", f"--chrome-flags={CHROME_FLAGS}",
             "--only-categories=" + ",".join(CATEGORIES), "--form-factor=mobile", "--throttling-method=simulate"],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        )  # fmt: skip
        if result.returncode == 0:
            break
        if attempt == attempts - 1:
            raise RuntimeError(f"Lighthouse failed on {url}")
    data = json.loads(report.read_text())
    scores = {category: round(data["categories"][category]["score"] * 100) for category in CATEGORIES}
    failing = sorted(
        {
            audit_id
            for category in CATEGORIES
            for ref in data["categories"][category]["auditRefs"]
            if ref["weight"] > 0
            for audit_id in [ref["id"]]
            if (data["audits"][audit_id].get("score") is not None and data["audits"][audit_id]["score"] < 1)
        }
    )
    metrics = data["audits"]["metrics"]["details"]["items"][0] if "metrics" in data["audits"] else {}
    weight = data["audits"].get("total-byte-weight", {}).get("numericValue", 0)
    return scores, failing, metrics, weight


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--output", default=str(ROOT / "var" / "bench" / "lighthouse.md"))
    args = parser.parse_args()
    binary = lighthouse_binary()
    lines = [
        "# Lighthouse 12, mobile, simulated throttling",
        "",
        "| page | URL | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | KB "
        "| failing audits |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    perfect = True
    with tempfile.TemporaryDirectory() as workdir:
        for name, language, path in pages(args.base.rstrip("/")):
            url = args.base.rstrip("/") + path
            for _ in range(3):  # a warm server, as visitors meet it
                urllib.request.urlopen(url).read()
            scores, failing, metrics, weight = run_lighthouse(binary, url, workdir)
            perfect &= all(score == 100 for score in scores.values())
            row = " | ".join(str(scores[category]) for category in CATEGORIES)
            lines.append(
                f"| {name} ({language}) | `{path}` | {row} | {metrics.get('largestContentfulPaint', 0):.0f} "
                f"| {metrics.get('totalBlockingTime', 0):.0f} | {metrics.get('cumulativeLayoutShift', 0):.3f} "
                f"| {weight / 1024:.1f} | {', '.join(failing) or '–'} |"
            )
            print(lines[-1], flush=True)
    report = "\n".join(lines) + "\n"
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report)
    print(report)
    return 0 if perfect else 1


if __name__ == "__main__":
    sys.exit(main())

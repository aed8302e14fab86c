"""The catalogue check of `make test` (scripts/compile_messages.py): complete, not fuzzy, compiled."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "compile_messages.py"
CATALOGUE = Path("zh_Hans") / "LC_MESSAGES" / "django.po"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def copy_of_the_catalogue(tmp_path):
    target = tmp_path / CATALOGUE
    target.parent.mkdir(parents=True)
    shutil.copy(ROOT / "locale" / CATALOGUE, target)
    return target


def test_the_committed_catalogue_is_complete_and_compiled():
    result = run("--check")
    assert result.returncode == 0, result.stderr


def test_compiled_catalogue_translates(tmp_path):
    po = copy_of_the_catalogue(tmp_path)
    assert run("--locale", str(tmp_path)).returncode == 0
    with po.with_suffix(".mo").open("rb") as compiled:
        assert gettext.GNUTranslations(compiled).gettext("Explore the case cities") == "浏览案例城市"
    assert run("--check", "--locale", str(tmp_path)).returncode == 0


def test_an_untranslated_or_fuzzy_entry_or_a_stale_mo_fails_the_check(tmp_path):
    po = copy_of_the_catalogue(tmp_path)
    assert run("--locale", str(tmp_path)).returncode == 0
    text = po.read_text(encoding="utf-8")
    po.write_text(text + '\nmsgid "A new sentence"\nmsgstr ""\n', encoding="utf-8")
    result = run("--check", "--locale", str(tmp_path))
    assert result.returncode == 1 and "untranslated: 'A new sentence'" in result.stderr
    po.write_text(text + '\n#, fuzzy\nmsgid "A new sentence"\nmsgstr "新句子"\n', encoding="utf-8")
    result = run("--check", "--locale", str(tmp_path))
    assert result.returncode == 1 and "fuzzy: 'A new sentence'" in result.stderr
    po.write_text(text + '\nmsgid "A new sentence"\nmsgstr "新句子"\n', encoding="utf-8")
    result = run("--check", "--locale", str(tmp_path))
    assert result.returncode == 1 and "is not compiled from the current .po" in result.stderr

"""Compile locale/*/LC_MESSAGES/django.po to .mo with polib (no GNU gettext needed).

python scripts/compile_messages.py          # write the .mo files
python scripts/compile_messages.py --check  # fail if a .mo is stale or a message is untranslated or fuzzy

Django's `compilemessages` needs GNU msgfmt, which `make test` must not require.
"""

import argparse
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    parser.add_argument("--locale", type=Path, default=LOCALE_DIR, help="the locale folder (default: the project's)")
    args = parser.parse_args()
    failures = []
    for po_path in sorted(args.locale.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(po_path))
        failures += [f"{po_path}: untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
        failures += [f"{po_path}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
        compiled = catalogue.to_binary()
        mo_path = po_path.with_suffix(".mo")
        if args.check:
            if not mo_path.exists() or mo_path.read_bytes() != compiled:
                failures.append(f"{mo_path} is not compiled from the current .po: run `make messages`")
        else:
            mo_path.write_bytes(compiled)
            count = len(catalogue.translated_entries())
            print(f"compiled {mo_path} ({count} messages)")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

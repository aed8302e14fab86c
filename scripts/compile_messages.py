"""Compile locale/*/LC_MESSAGES/django.po to .mo in pure Python (no GNU gettext needed).

python scripts/compile_messages.py          # write the .mo files
python scripts/compile_messages.py --check  # fail if a .mo is stale or a message is untranslated or fuzzy
"""

import argparse
import ast
import struct
import sys
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def parse_po(text):
    """Return ({(context, msgid): msgstr}, problems). Plural forms are joined with NUL, as in .mo files."""
    messages, problems = {}, []
    entry, field, fuzzy = {}, None, False

    def finish():
        nonlocal entry, fuzzy
        if "msgid" in entry:
            msgid = entry["msgid"] + ("\0" + entry["msgid_plural"] if "msgid_plural" in entry else "")
            forms = [entry[key] for key in sorted(k for k in entry if k.startswith("msgstr"))]
            msgstr = "\0".join(forms)
            if not msgid:  # the header (charset, plural forms) is always kept
                messages[(None, "")] = msgstr
            elif fuzzy or not all(forms):
                problems.append(f"{'fuzzy' if fuzzy else 'untranslated'}: {entry['msgid']!r}")
            else:
                messages[(entry.get("msgctxt"), msgid)] = msgstr
        entry, fuzzy = {}, False

    for line in text.splitlines() + [""]:
        line = line.strip()
        if not line:
            finish()
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[field] += ast.literal_eval(line)
        else:
            keyword, _space, value = line.partition(" ")
            field = keyword.replace("[", "").replace("]", "") if keyword.startswith("msgstr[") else keyword
            entry[field] = ast.literal_eval(value)
    return messages, problems


def build_mo(messages):
    """Serialise messages in the GNU .mo format (little-endian, no hash table)."""
    keys = sorted(messages, key=lambda key: ((key[0] + "\x04" if key[0] else "") + key[1]).encode())
    ids = [((context + "\x04") if context else "").encode() + msgid.encode() for context, msgid in keys]
    strs = [messages[key].encode() for key in keys]
    header_size = 7 * 4
    table_size = len(keys) * 8
    offset = header_size + 2 * table_size
    id_table, str_table, data = [], [], b""
    for value in ids:
        id_table.append((len(value), offset + len(data)))
        data += value + b"\0"
    for value in strs:
        str_table.append((len(value), offset + len(data)))
        data += value + b"\0"
    output = struct.pack("<7I", 0x950412DE, 0, len(keys), header_size, header_size + table_size, 0, 0)
    output += b"".join(struct.pack("<2I", *pair) for pair in id_table)
    output += b"".join(struct.pack("<2I", *pair) for pair in str_table)
    return output + data


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args()
    failures = []
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        messages, problems = parse_po(po_path.read_text(encoding="utf-8"))
        failures += [f"{po_path}: {problem}" for problem in problems]
        compiled = build_mo(messages)
        mo_path = po_path.with_suffix(".mo")
        if args.check:
            if not mo_path.exists() or mo_path.read_bytes() != compiled:
                failures.append(f"{mo_path} is not compiled from the current .po: run `make messages`")
        else:
            mo_path.write_bytes(compiled)
            print(f"compiled {mo_path.relative_to(LOCALE_DIR.parent)} ({len(messages)} messages)")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

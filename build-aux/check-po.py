#!/usr/bin/env python3
# Checks every translation listed in po/LINGUAS with `msgfmt --check`.
# No languages listed is a pass: there is nothing to check yet.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import pathlib
import shutil
import subprocess
import sys


def read_linguas(po_dir):
    """The language codes in LINGUAS: whitespace-separated, '#' starts a comment."""
    langs = []
    path = po_dir / 'LINGUAS'
    if not path.exists():
        return langs
    for line in path.read_text(encoding='utf-8').splitlines():
        langs.extend(line.split('#', 1)[0].split())
    return langs


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: check-po.py PO_DIR')
    po_dir = pathlib.Path(sys.argv[1])
    langs = read_linguas(po_dir)
    if not langs:
        print('po/LINGUAS lists no languages: nothing to check')
        return 0
    msgfmt = shutil.which('msgfmt')
    if msgfmt is None:
        sys.exit('msgfmt not found (Debian package gettext)')
    failed = 0
    for lang in langs:
        po = po_dir / f'{lang}.po'
        if not po.exists():
            print(f'{lang}: listed in LINGUAS but {po.name} is missing')
            failed += 1
            continue
        result = subprocess.run([msgfmt, '--check', '--statistics', '-o', '/dev/null', str(po)],
                                capture_output=True, text=True)
        print(f'{lang}: {result.stderr.strip()}')
        if result.returncode != 0:
            failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

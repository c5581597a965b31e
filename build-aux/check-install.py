#!/usr/bin/env python3
# Installs the build into a scratch folder with `meson install --destdir` and
# checks that every file lands where a Flatpak expects it (bin/ and share/
# under the prefix) and that everything is named after one application id.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import configparser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

errors = []


def check(condition, message):
    if not condition:
        errors.append(message)
    return condition


def read_linguas(po_dir):
    langs = []
    path = po_dir / 'LINGUAS'
    if path.exists():
        for line in path.read_text(encoding='utf-8').splitlines():
            langs.extend(line.split('#', 1)[0].split())
    return langs


def read_desktop(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding='utf-8')
    return parser['Desktop Entry'] if parser.has_section('Desktop Entry') else {}


def read_service(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding='utf-8')
    return parser['D-BUS Service'] if parser.has_section('D-BUS Service') else {}


def check_layout(root, app_id, langs):
    """Each file a Flatpak exports or runs, relative to the prefix."""
    expected = [
        'bin/parallax',
        'bin/parallax-cli',
        f'share/applications/{app_id}.desktop',
        f'share/metainfo/{app_id}.metainfo.xml',
        f'share/icons/hicolor/scalable/apps/{app_id}.svg',
        f'share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg',
        f'share/glib-2.0/schemas/{app_id}.gschema.xml',
        f'share/mime/packages/{app_id}.xml',
        f'share/dbus-1/services/{app_id}.service',
    ]
    expected += [f'share/locale/{lang}/LC_MESSAGES/parallax.mo' for lang in langs]
    for rel in expected:
        check((root / rel).is_file(), f'not installed: {rel}')
    for rel in ('bin/parallax', 'bin/parallax-cli'):
        path = root / rel
        check(not path.is_file() or os.access(path, os.X_OK), f'not executable: {rel}')
    return len(expected)


def check_ids(root, prefix, app_id, source_root, build_root):
    # Desktop file: Icon=, Exec=, D-Bus activation and the saved-comparison type.
    desktop = read_desktop(root / f'share/applications/{app_id}.desktop')
    check(desktop.get('Icon') == app_id, f'desktop Icon={desktop.get("Icon")}')
    exec_line = desktop.get('Exec', '').split()
    check(exec_line[:1] == ['parallax'], f'desktop Exec={desktop.get("Exec")}')
    check(desktop.get('DBusActivatable') == 'true', 'desktop file is not DBusActivatable')
    mime_types = [t for t in desktop.get('MimeType', '').split(';') if t]
    check('application/x-parallax' in mime_types, 'desktop MimeType lacks application/x-parallax')

    # Metainfo: <id>, <launchable>, the binaries it promises.
    metainfo = ET.parse(root / f'share/metainfo/{app_id}.metainfo.xml').getroot()
    check(metainfo.findtext('id') == app_id, f'metainfo <id> is {metainfo.findtext("id")}')
    launchable = metainfo.find("launchable[@type='desktop-id']")
    check(launchable is not None and launchable.text == f'{app_id}.desktop',
          'metainfo <launchable> does not name the desktop file')
    for binary in metainfo.findall('provides/binary'):
        check((root / 'bin' / binary.text).is_file(), f'metainfo provides a missing binary {binary.text}')

    # D-Bus service: Name= and an Exec= that runs the installed binary.
    service = read_service(root / f'share/dbus-1/services/{app_id}.service')
    check(service.get('Name') == app_id, f'service Name={service.get("Name")}')
    check(service.get('Exec') == f'{prefix}/bin/parallax --gapplication-service',
          f'service Exec={service.get("Exec")}')

    # GSettings schema: id and the path derived from it.
    schemas = ET.parse(root / f'share/glib-2.0/schemas/{app_id}.gschema.xml').getroot()
    ids = [s.get('id') for s in schemas.findall('schema')]
    check(ids == [app_id], f'schema ids {ids}')
    paths = [s.get('path') for s in schemas.findall('schema')]
    check(paths == ['/' + app_id.replace('.', '/') + '/'], f'schema paths {paths}')

    # Shared MIME info: the type the desktop file claims, on *.parallax.
    ns = {'m': 'http://www.freedesktop.org/standards/shared-mime-info'}
    mime = ET.parse(root / f'share/mime/packages/{app_id}.xml').getroot()
    mime_type = mime.find("m:mime-type[@type='application/x-parallax']", ns)
    if check(mime_type is not None, 'MIME package lacks application/x-parallax'):
        globs = [g.get('pattern') for g in mime_type.findall('m:glob', ns)]
        check('*.parallax' in globs, f'application/x-parallax globs {globs}')
        parents = [p.get('type') for p in mime_type.findall('m:sub-class-of', ns)]
        check(parents == ['application/json'], f'application/x-parallax sub-class-of {parents}')

    # Sources that carry the id without being installed as files of their own.
    gresource = ET.parse(source_root / 'data' / 'parallax.gresource.xml').getroot()
    prefixes = [g.get('prefix') for g in gresource.findall('gresource')]
    check(prefixes == ['/' + app_id.replace('.', '/')], f'resource prefixes {prefixes}')
    config_h = (build_root / 'config.h').read_text(encoding='utf-8')
    check(f'#define APP_ID "{app_id}"' in config_h, 'config.h APP_ID differs')
    manifest_path = source_root / 'flatpak' / f'{app_id}.json'
    if check(manifest_path.is_file(), f'no Flatpak manifest flatpak/{app_id}.json'):
        manifest = json.loads(manifest_path.read_text(encoding='utf-8'))
        check(manifest.get('app-id', manifest.get('id')) == app_id, 'manifest app-id differs')
        check((root / 'bin' / manifest.get('command', '')).is_file(),
              'manifest command is not an installed binary')


def check_tools(root, app_id):
    """The installed data as the system tools read it, where they exist."""
    update_mime = shutil.which('update-mime-database')
    if update_mime:
        subprocess.run([update_mime, str(root / 'share/mime')], check=True,
                       capture_output=True, text=True)
        check((root / 'share/mime/application/x-parallax.xml').is_file(),
              'update-mime-database did not register application/x-parallax')
    compile_schemas = shutil.which('glib-compile-schemas')
    if compile_schemas:
        result = subprocess.run([compile_schemas, '--strict', '--dry-run',
                                 str(root / 'share/glib-2.0/schemas')],
                                capture_output=True, text=True)
        check(result.returncode == 0, f'installed schemas: {result.stderr.strip()}')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--app-id', required=True)
    parser.add_argument('--meson', default='meson')
    parser.add_argument('--source-root', required=True, type=pathlib.Path)
    parser.add_argument('--build-root', required=True, type=pathlib.Path)
    parser.add_argument('--prefix', required=True)
    parser.add_argument('--keep', action='store_true', help='keep the scratch folder')
    args = parser.parse_args()

    check(os.path.isabs(args.prefix), f'prefix {args.prefix} is not absolute')
    destdir = pathlib.Path(tempfile.mkdtemp(prefix='parallax-install-'))
    try:
        result = subprocess.run([args.meson, 'install', '-C', str(args.build_root),
                                 '--no-rebuild', '--quiet', '--destdir', str(destdir)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            print('meson install failed')
            return 1
        root = destdir / args.prefix.lstrip('/')

        # Nothing may escape the prefix: a Flatpak only keeps /app.
        for path in destdir.rglob('*'):
            if not path.is_dir():
                check(root in path.parents, f'installed outside the prefix: /{path.relative_to(destdir)}')

        n = check_layout(root, args.app_id, read_linguas(args.source_root / 'po'))
        if not errors:
            check_ids(root, args.prefix.rstrip('/'), args.app_id, args.source_root, args.build_root)
            check_tools(root, args.app_id)
    finally:
        if args.keep:
            print(f'kept {destdir}')
        else:
            shutil.rmtree(destdir, ignore_errors=True)

    for e in errors:
        print(e)
    if errors:
        return 1
    print(f'{n} files in place under {args.prefix}; ids agree on {args.app_id}')
    return 0


if __name__ == '__main__':
    sys.exit(main())

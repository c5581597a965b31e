#!/usr/bin/env python3
# Checks the Flatpak manifest offline: the GNOME runtime and SDK cannot be
# downloaded here, so the manifest is read as JSON and held to the rules the
# project follows (STYLE.md §10).
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import json
import pathlib
import re
import sys

ALLOWED_FINISH_ARGS = {
    '--share=ipc',
    '--socket=fallback-x11',
    '--socket=wayland',
    '--device=dri',
    '--share=network',
}

errors = []


def check(condition, message):
    if not condition:
        errors.append(message)
    return condition


def no_duplicate_keys(pairs):
    obj = {}
    for key, value in pairs:
        check(key not in obj, f'key "{key}" appears twice in one object')
        obj[key] = value
    return obj


def check_libstemmer(module):
    check(module.get('name') == 'libstemmer', 'the first module must be libstemmer')
    check(module.get('buildsystem') == 'simple', 'libstemmer: buildsystem must be "simple"')
    commands = ' '.join(module.get('build-commands', []))
    check('libstemmer.h' in commands and '/app/include' in commands,
          'libstemmer: build-commands must install libstemmer.h into /app/include')
    check(re.search(r'libstemmer\.(a|so)\b.*/app/lib', commands) is not None,
          'libstemmer: build-commands must install the library into /app/lib')
    sources = module.get('sources', [])
    if not check(len(sources) == 1, 'libstemmer: exactly one source'):
        return
    src = sources[0]
    check(src.get('type') in ('git', 'archive'), 'libstemmer: source type must be git or archive')
    url = src.get('url', '')
    check('snowballstem/snowball' in url or url.startswith('https://snowballstem.org/dist/'),
          'libstemmer: source must be the snowball project')
    if src.get('type') == 'git':
        check(re.fullmatch(r'v\d+\.\d+\.\d+', src.get('tag', '')) is not None,
              'libstemmer: git source must name a release tag such as v2.2.0')
        check('branch' not in src, 'libstemmer: a release tag, not a branch')
        # pinned: a tag can be moved, a commit cannot
        check(re.fullmatch(r'[0-9a-f]{40}', src.get('commit', '')) is not None,
              'libstemmer: git source must be pinned by its full 40-digit commit')
    else:
        check(re.search(r'libstemmer_c-\d+\.\d+\.\d+\.tar\.gz$', url) is not None,
              'libstemmer: archive must be a released libstemmer_c tarball')
        check(re.fullmatch(r'[0-9a-f]{64}', src.get('sha256', '')) is not None,
              'libstemmer: archive source needs its sha256')


def check_parallax(module, manifest_dir):
    check(module.get('name') == 'parallax', 'the last module must be parallax')
    check(module.get('buildsystem') == 'meson', 'parallax: buildsystem must be "meson"')
    check(module.get('builddir') is True, 'parallax: builddir must be true')
    check(module.get('run-tests') is True, 'parallax: run-tests must be true')
    check('--werror' not in ' '.join(module.get('config-opts', [])),
          'parallax: the Flatpak build does not use --werror')
    sources = module.get('sources', [])
    if check(len(sources) == 1 and sources[0].get('type') == 'dir',
             'parallax: one source of type "dir"'):
        root = (manifest_dir / sources[0].get('path', '')).resolve()
        check((root / 'meson.build').is_file() and (root / 'src').is_dir(),
              f'parallax: source path {sources[0].get("path")!r} is not the project root')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--app-id', required=True)
    parser.add_argument('manifest')
    args = parser.parse_args()
    path = pathlib.Path(args.manifest)

    try:
        manifest = json.loads(path.read_text(encoding='utf-8'), object_pairs_hook=no_duplicate_keys)
    except (OSError, ValueError) as e:
        sys.exit(f'{path}: {e}')

    check(not ('id' in manifest and 'app-id' in manifest), 'use "app-id" or "id", not both')
    app_id = manifest.get('app-id', manifest.get('id'))
    check(app_id == args.app_id, f'app id is {app_id!r}, the build says {args.app_id!r}')
    check(path.name == f'{args.app_id}.json', f'the manifest file is not named {args.app_id}.json')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'runtime must be org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'sdk must be org.gnome.Sdk')
    # A released GNOME runtime is a bare number ("47") or, before GNOME 40, "3.38".
    version = str(manifest.get('runtime-version', ''))
    check(re.fullmatch(r'[4-9]\d|3\.\d*[02468]', version) is not None,
          f'runtime-version {version!r} is not a released GNOME runtime')
    check(manifest.get('command') == 'parallax', 'command must be parallax')

    finish_args = manifest.get('finish-args', [])
    check(len(finish_args) == len(set(finish_args)), 'finish-args has duplicates')
    check(not any(a.startswith('--filesystem') for a in finish_args),
          'no --filesystem: portals give access to files')
    extra = set(finish_args) - ALLOWED_FINISH_ARGS
    missing = ALLOWED_FINISH_ARGS - set(finish_args)
    check(not extra, f'finish-args not allowed: {sorted(extra)}')
    check(not missing, f'finish-args missing: {sorted(missing)}')

    modules = manifest.get('modules', [])
    if check(len(modules) == 2 and all(isinstance(m, dict) for m in modules),
             'modules: libstemmer, then parallax (inline objects)'):
        check_libstemmer(modules[0])
        check_parallax(modules[1], path.parent)

    for e in errors:
        print(f'{path.name}: {e}')
    if errors:
        return 1
    print(f'{path.name}: {app_id} on {manifest["runtime"]}//{version}, '
          f'{len(finish_args)} finish-args, {len(modules)} modules: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env bash
# packaging/build.sh: build the offline bundle (make dist).
#   1. PyInstaller builds dist/secdesk/ from packaging/secdesk.spec (clean build folder);
#   2. dist/secdesk/SHA256SUMS lists every file of the bundle (relative paths, sorted,
#      sha256sum format: check on the target PC with `cd secdesk && sha256sum -c SHA256SUMS`);
#   3. dist/secdesk-<version>-<os>-<arch>.tar.gz (+ .sha256) is the one file to carry in;
#   4. prints the size and the file count, then runs packaging/smoke.sh on the bundle.
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

version=$("$PY" -c 'import secdesk; print(secdesk.__version__)')
platform=$("$PY" -c 'import platform; print(f"{platform.system()}-{platform.machine()}".lower())')
bundle=dist/secdesk
archive=dist/secdesk-$version-$platform.tar.gz

echo "== building secdesk $version ($platform)"
rm -rf build/pyinstaller "$bundle" "$archive" "$archive.sha256"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/secdesk.spec

echo "== writing $bundle/SHA256SUMS"
(
  cd "$bundle"
  find . \( -type f -o -type l \) ! -path ./SHA256SUMS -printf '%P\0' |
    LC_ALL=C sort -z | xargs -0 sha256sum > SHA256SUMS
)

echo "== writing $archive"
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "$archive" secdesk
(cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")

echo "== bundle $bundle"
echo "size:  $(du -sh "$bundle" | cut -f1) ($(du -sm "$bundle" | cut -f1) MB), archive $(du -sh "$archive" | cut -f1)"
echo "files: $(find "$bundle" \( -type f -o -type l \) | wc -l)"

packaging/smoke.sh "$bundle"

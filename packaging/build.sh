#!/usr/bin/env bash
# packaging/build.sh: build the offline bundle (make dist).
#   1. PyInstaller builds dist/secdesk/ from packaging/secdesk.spec (clean build folder);
#   2. dist/secdesk/SHA256SUMS lists every file of the bundle (relative paths, sorted,
#      sha256sum format: check on the target PC with `cd secdesk && sha256sum -c SHA256SUMS`);
#   3. dist/secdesk-<version>-<os>-<arch>.tar.gz (+ .sha256) is the one file to carry in;
#   4. prints the size and the file count, then runs packaging/smoke.sh on the bundle;
#   5. dist/build-stats.txt: how long the build took and the sizes (read by make bench).
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
started=$(date +%s)

version=$("$PY" -c 'import secdesk; print(secdesk.__version__)')
platform=$("$PY" -c 'import platform; print(f"{platform.system()}-{platform.machine()}".lower())')
bundle=dist/secdesk
archive=dist/secdesk-$version-$platform.tar.gz

echo "== building secdesk $version ($platform)"
rm -rf build/pyinstaller "$bundle" "$archive" "$archive.sha256"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/secdesk.spec

echo "== writing $bundle/BUILD-INFO.txt"
# The oldest glibc the bundle can start on: the highest GLIBC_ symbol version any bundled
# program or library asks for (glibc itself is never bundled; it is the target's).
min_glibc=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 grep -aoh 'GLIBC_[0-9][0-9.]*' 2> /dev/null | sed 's/GLIBC_//' | sort -uV | tail -1)
{
  echo "secdesk $version ($platform)"
  echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) with Python $("$PY" -c 'import platform; print(platform.python_version())'), PySide6 $("$PY" -c 'import PySide6; print(PySide6.__version__)')"
  echo "build host glibc: $(getconf GNU_LIBC_VERSION 2> /dev/null | awk '{print $2}')"
  echo "minimum glibc: ${min_glibc:-none}"
} > "$bundle/BUILD-INFO.txt"
cat "$bundle/BUILD-INFO.txt"

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
echo "size:  $(du -sb "$bundle" | awk '{printf "%.1f MiB", $1 / 1048576}') unpacked, archive $(du -sb "$archive" | awk '{printf "%.1f MiB", $1 / 1048576}')"
echo "files: $(find "$bundle" \( -type f -o -type l \) | wc -l)"

packaging/smoke.sh "$bundle"

# Outside the bundle (not in SHA256SUMS): what make bench reports of the last build.
{
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "seconds=$(($(date +%s) - started))"
  echo "unpacked_bytes=$(du -sb "$bundle" | awk '{print $1}')"
  echo "archive_bytes=$(du -sb "$archive" | awk '{print $1}')"
  echo "files=$(find "$bundle" \( -type f -o -type l \) | wc -l)"
} > dist/build-stats.txt

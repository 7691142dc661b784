#!/usr/bin/env bash
# Make sure a CJK TrueType font is there for printing and the UI. Uses the system's if it
# has one of resources/fonts/lookup.txt; else fetches Debian's fonts-arphic-uming without
# root into resources/fonts/ (ignored by git). Otherwise says in one line what to install.
set -u
cd "$(dirname "$0")/.."
ls resources/fonts/*.tt[fc] >/dev/null 2>&1 && exit 0
while IFS='|' read -r path _; do
  case "$path" in ''|'#'*) continue ;; esac
  [ -f "$path" ] && exit 0
done < resources/fonts/lookup.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if command -v apt-get >/dev/null 2>&1 && (cd "$tmp" && apt-get download fonts-arphic-uming >/dev/null 2>&1); then
  dpkg-deb -x "$tmp"/fonts-arphic-uming_*.deb "$tmp/x" &&
    cp "$tmp"/x/usr/share/fonts/truetype/arphic/uming.ttc resources/fonts/uming.ttc &&
    cp "$tmp"/x/usr/share/doc/fonts-arphic-uming/copyright resources/fonts/LICENSE-uming.txt &&
    echo "CJK font fetched into resources/fonts/uming.ttc" && exit 0
fi
echo "No CJK TrueType font found: install fonts-arphic-uming (Debian) or copy a .ttf/.ttc into resources/fonts/" >&2
exit 1

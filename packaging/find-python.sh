#!/usr/bin/env bash
# Print the path of a Python 3.12 or newer: python3.13 / python3.12 / python3 on PATH,
# else the newest 3.12+ that pyenv has installed. Exit 1 with one line if there is none.
ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }
for c in python3.14 python3.13 python3.12 python3; do
  if command -v "$c" >/dev/null 2>&1 && ok "$c"; then command -v "$c"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9]|[2-9][0-9])(\.[0-9]+)?$' | sort -Vr); do
    p="$root/versions/$v/bin/python3"
    if ok "$p"; then echo "$p"; exit 0; fi
  done
fi
echo "secdesk needs Python 3.12 or newer: install python3.12 (or 'pyenv install 3.12')" >&2
exit 1

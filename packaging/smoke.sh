#!/usr/bin/env bash
# packaging/smoke.sh [BUNDLE]: prove the built bundle (default dist/secdesk) runs on its
# own. It checks the SHA256SUMS manifest, copies the bundle into a temp folder and runs it
# from there with an empty environment (env -i: PATH=/usr/bin:/bin, HOME=the temp folder,
# no venv, no PYTHONPATH, no LANG), offscreen:
#   a. secdesk --help
#   b. secdesk init … --recovery-sheet rk.pdf   (the PDF embeds a CJK font)
#   c. secdesk verify …                         (opens the vault: SQLCipher, Argon2id)
#   d. secdesk --db t.db --smoke-exit           (sign-in window shown, prints "ready <ms>")
#   e. the same window on the xcb platform under Xvfb (if xvfb-run is installed)
#   f. every shared library in the bundle finds its dependencies (Linux, ldd)
# and that the bundle carries its own CJK font and the zh_CN translations.
# Runs every check, prints ok/FAIL/skip for each, exits 1 if any failed.
set -u
bundle=$(cd "${1:-dist/secdesk}" && pwd) || exit 1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
skip() { echo "skip  $*"; }
PASSWORD='Strong#2026pw'

# The bundle, run from a copy in the temp folder with nothing of the build environment.
cp -a "$bundle" "$T/app"
run() {
  (cd "$T" && env -i PATH=/usr/bin:/bin HOME="$T" QT_QPA_PLATFORM="${QPA:-offscreen}" \
    timeout 120 "${WRAP[@]}" "$T/app/secdesk" "$@")
}
WRAP=(env)

echo "== smoke test of $bundle"
if (cd "$bundle" && sha256sum -c --quiet SHA256SUMS); then ok "SHA256SUMS verifies"
else fail "SHA256SUMS does not verify"; fi

res="$T/app/_internal/resources"
for f in "$res"/fonts/*.tt[fc] "$res"/translations/secdesk_zh_CN.qm \
    "$T"/app/_internal/PySide6/Qt/translations/qtbase_zh_CN.qm; do
  if [ -s "$f" ]; then ok "carries ${f#"$T/app/"}"; else fail "missing ${f#"$T/app/"}"; fi
done

if run --help > "$T/help.txt" 2>&1; then ok "a. --help"
else fail "a. --help exited non-zero:"; cat "$T/help.txt"; fi

if printf '%s\n' "$PASSWORD" | run init --db "$T/t.db" --unit-name 测试单位 --unit-code BMS \
    --admin admin --password-stdin --recovery-sheet "$T/rk.pdf" > "$T/init.txt" 2>&1 \
    && [ -s "$T/rk.pdf" ]; then
  ok "b. init wrote the vault and the recovery sheet"
  if ! command -v pdffonts > /dev/null; then skip "b. CJK font check (no pdffonts)"
  elif pdffonts "$T/rk.pdf" | awk 'NR > 2 && /TrueType/ && $(NF-4) == "yes"' | grep -q .; then
    ok "b. recovery sheet embeds $(pdffonts "$T/rk.pdf" | awk 'NR > 2 && /TrueType/ {print $1; exit}')"
  else fail "b. recovery sheet embeds no TrueType (CJK) font:"; pdffonts "$T/rk.pdf"; fi
else fail "b. init:"; cat "$T/init.txt"; fi

if printf '%s\n' "$PASSWORD" | run verify --db "$T/t.db" --user admin --password-stdin \
    > "$T/verify.txt" 2>&1; then ok "c. verify: $(head -1 "$T/verify.txt")"
else fail "c. verify:"; cat "$T/verify.txt"; fi

# The window: --smoke-exit shows the sign-in window, prints "ready <ms>" and exits 0.
gui_check() {
  local label=$1 out
  out=$(run --db "$T/t.db" --smoke-exit 2>&1)
  if [ $? -eq 0 ] && grep -qE '^ready [0-9]+' <<< "$out"; then
    ok "$label: $(grep -E '^ready' <<< "$out")"
  else fail "$label (exit non-zero or no 'ready <ms>'):"; echo "$out" | tail -5; fi
}
gui_check "d. sign-in window (offscreen)"
if command -v xvfb-run > /dev/null; then
  QPA=xcb WRAP=(xvfb-run -a)
  gui_check "e. sign-in window (xcb under Xvfb)"
  QPA=offscreen WRAP=(env)
else skip "e. xcb under Xvfb (no xvfb-run)"; fi

if [ "$(uname -s)" = Linux ]; then
  missing=$(cd "$T/app/_internal" &&
    find . -type f \( -name '*.so' -o -name '*.so.*' \) | sort | while read -r lib; do
      LD_LIBRARY_PATH="$T/app/_internal" ldd "$lib" 2> /dev/null |
        awk -v lib="$lib" '/not found/ {print lib ": " $1}'
    done)
  if [ -z "$missing" ]; then ok "f. every bundled library resolves its dependencies"
  else fail "f. unresolved libraries:"; echo "$missing"; fi
fi

if [ "$failures" -ne 0 ]; then echo "== smoke test: $failures check(s) failed"; exit 1; fi
echo "== smoke test passed"

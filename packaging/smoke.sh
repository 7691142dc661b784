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
#   g. one of each kind of work on a demo vault: demo, labels, form 1, the sealed
#      quarterly register and verify-register, a backup and its restore
#   h. every page and tab of the window, offscreen, for each role (--smoke-pages)
# and that the bundle carries its own CJK font and the zh_CN translations. A module the
# bundle lacks anywhere on these paths fails it.
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
DEMO_PASSWORD='Secdesk#2026'

# A PDF that embeds a TrueType font (ReportLab writes its font objects uncompressed).
embeds_font() {
  if grep -aq '/FontFile2' "$2"; then ok "$1 embeds its TrueType (CJK) font"
  else fail "$1 embeds no TrueType (CJK) font"; fi
}

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
  embeds_font "b. recovery sheet" "$T/rk.pdf"
else fail "b. init:"; cat "$T/init.txt"; fi

if printf '%s\n' "$PASSWORD" | run verify --db "$T/t.db" --user admin --password-stdin \
    > "$T/verify.txt" 2>&1; then ok "c. verify: $(head -1 "$T/verify.txt")"
else fail "c. verify:"; cat "$T/verify.txt"; fi

# The window: --smoke-exit shows the sign-in window, prints "ready <ms>" and exits 0.
gui_check() {
  local label=$1 out rc start
  start=$(date +%s%N)
  out=$(run --db "$T/t.db" --smoke-exit 2>&1)
  rc=$?
  if [ $rc -eq 0 ] && grep -qE '^ready [0-9]+' <<< "$out"; then
    ok "$label: $(grep -E '^ready' <<< "$out") ms after Python started, $(( ($(date +%s%N) - start) / 1000000 )) ms from the command to exit"
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

# g. One of each kind of work on the demo vault, as its users would run it.
work() {  # work LABEL ACCOUNT COMMAND…: the account's password on stdin
  local label=$1 account=$2; shift 2
  if printf '%s\n' "$DEMO_PASSWORD" | run "$@" --db "$T/demo.db" --user "$account" \
      --password-stdin > "$T/work.txt" 2> "$T/work.err"; then ok "g. $label: $(head -1 "$T/work.txt")"
  else fail "g. $label:"; cat "$T/work.txt" "$T/work.err"; fi
}
quarter=$(date -d "$(date +%Y-%m-01) -3 months" +%Y)Q$(( ($(date -d "$(date +%Y-%m-01) -3 months" +%-m) - 1) / 3 + 1 ))
if run demo --db "$T/demo.db" > "$T/demo.txt" 2>&1; then
  ok "g. demo: $(head -1 "$T/demo.txt")"
  work "labels" clerk labels --out "$T/labels.pdf" --all-in-room
  work "form 1" clerk print register --out "$T/register.pdf"
  [ -s "$T/register.pdf" ] && embeds_font "g. form 1" "$T/register.pdf"
  work "quarterly register $quarter" officer print quarterly "$quarter" --out "$T/q.pdf"
  work "verify-register" auditor verify-register "$T/q.pdf"
  work "backup" admin backup --out "$T/backups"
  backup=$(find "$T/backups" -mindepth 1 -maxdepth 1 -type d | head -1)
  printf '%s\n' "$DEMO_PASSWORD" | run restore --db "$T/restored.db" --user admin \
    --password-stdin --from "$backup" > "$T/work.txt" 2>&1 \
    && ok "g. restore: $(head -1 "$T/work.txt")" || { fail "g. restore:"; cat "$T/work.txt"; }
  # h. Every page and tab of the window for each role.
  for account in clerk officer auditor admin; do
    if printf '%s\n' "$DEMO_PASSWORD" | run --db "$T/demo.db" --smoke-pages "$account" \
        > "$T/pages.txt" 2>&1; then ok "h. $(tail -1 "$T/pages.txt")"
    else fail "h. pages for $account:"; grep -v '^page .*: ok$' "$T/pages.txt" | tail -20; fi
  done
else fail "g. demo:"; cat "$T/demo.txt"; fi

if [ "$failures" -ne 0 ]; then echo "== smoke test: $failures check(s) failed"; exit 1; fi
echo "== smoke test passed"

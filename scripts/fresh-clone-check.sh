#!/usr/bin/env bash
# The repository stands alone: clone it (HEAD, or the commit given) into an empty folder with nothing
# beside it, and run the README's quick start there as a new user would, in a shell that has only PATH,
# HOME and a locale. The first command must install and check the bundled example (exit 1: it has
# findings; 2 would mean it could not check), the second (`npm test`) must pass.
# npm run test:clients runs it (test/clients/fresh-clone.test.ts); it needs git, npm and the registry
# (or npm's cache).
#
# Usage: scripts/fresh-clone-check.sh [COMMIT]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$repo" rev-parse --verify "${1:-HEAD}^{commit}")
work=$(mktemp -d "${TMPDIR:-/tmp}/align-fresh-clone-XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "fresh-clone-check: $*" >&2
  exit 1
}

mkdir "$work/empty"
clone="$work/empty/playbook-align"
git clone -q --no-local --no-checkout "$repo" "$clone"
git -C "$clone" checkout -q --detach "$rev"
[[ $(ls -A "$work/empty") == playbook-align ]] || fail "the clone has something beside it"
echo "fresh-clone-check: commit $rev, cloned into $clone (nothing beside it)"

# The README's quick start: the lines of the first sh block under "## Quick start".
mapfile -t commands < <(awk '/^## Quick start/ { q = 1; next } q && /^## / { exit } q && /^```sh$/ { f = 1; next } f && /^```$/ { exit } f' "$clone/README.md")
[[ ${#commands[@]} -eq 2 ]] || fail "expected two commands in the README's quick start, found ${#commands[@]}: ${commands[*]:-none}"

run() {
  local log=$1 command=$2 start status
  echo "\$ $command"
  start=$SECONDS
  set +e
  (cd "$clone" && env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 TERM=dumb bash -c "$command") >"$log" 2>&1
  status=$?
  set -e
  echo "  exit $status after $((SECONDS - start)) s"
  return $status
}

# 1. Install and check the bundled example: it has findings, so align exits 1 with its summary line.
status=0
run "$work/first.log" "${commands[0]}" || status=$?
summary=$(grep -E '^✖ [0-9]+ problems? ' "$work/first.log" || true)
if [[ $status -ne 1 || -z $summary ]]; then
  tail -n 40 "$work/first.log" >&2
  fail "the first command should check the example and report its findings (exit 1); it exited $status"
fi
echo "  $summary"

# 2. The tests.
status=0
run "$work/second.log" "${commands[1]}" || status=$?
grep -E '^ +(Test Files|Tests) ' "$work/second.log" | sed 's/^ */  /' || true
if [[ $status -ne 0 ]]; then
  grep -E 'FAIL|×|Error' "$work/second.log" | head -n 40 >&2 || true
  tail -n 20 "$work/second.log" >&2
  fail "the second command failed (exit $status)"
fi
echo "fresh-clone-check: both commands of the README's quick start passed on a fresh clone"

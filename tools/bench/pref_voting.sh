#!/usr/bin/env bash
# Runs pref_voting_bench.py in a virtual environment of its own (target/bench/venv), installing
# pref_voting from PyPI the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/bench/venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pref_voting' 2>/dev/null; then
  echo "bench: installing pref_voting into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check pref_voting
fi
"$venv/bin/python" tools/bench/pref_voting_bench.py "$@"

#!/usr/bin/env bash
# Builds .venv with a Python that Rasa 3.6 supports (3.8-3.10) from the pinned
# constraints; does nothing when the venv already matches them.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.installed"
# Developers get the test tools as well; deploy/Dockerfile sets
# REQUIREMENTS=requirements.txt (and PIP_NO_CACHE_DIR) for a lean image.
REQUIREMENTS=${REQUIREMENTS:-requirements-test.txt}
WANT=$( { echo "$REQUIREMENTS"; cat "$REQUIREMENTS" requirements.txt constraints.txt; } | sha256sum | cut -d' ' -f1)

supported() {
  "$1" -c 'import sys; sys.exit(not ((3, 8) <= sys.version_info[:2] <= (3, 10)))' 2>/dev/null
}

find_python() {
  local candidates=()
  [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
  candidates+=(python3.10 python3.9 python3.8)
  local root
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for v in 3.10 3.9 3.8; do
    for p in "$root"/versions/"$v"*/bin/python"$v"; do [ -x "$p" ] && candidates+=("$p"); done
  done
  for c in "${candidates[@]}"; do
    if command -v "$c" >/dev/null 2>&1 && supported "$(command -v "$c")"; then
      command -v "$c"; return 0
    fi
  done
  return 1
}

if [ -x "$VENV/bin/python" ] && supported "$VENV/bin/python" && [ "$(cat "$STAMP" 2>/dev/null)" = "$WANT" ]; then
  exit 0
fi

if ! supported "$VENV/bin/python" 2>/dev/null; then
  if ! PY=$(find_python); then
    cat >&2 <<'MSG'
No Python 3.8-3.10 found. Rasa 3.6 runs only on those versions.
Install one (for example `pyenv install 3.10.13`, or your system's python3.10
package) or point PYTHON at it: `PYTHON=/path/to/python3.10 make run`.
MSG
    exit 1
  fi
  echo "Creating $VENV with $PY ($("$PY" --version 2>&1))"
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
fi

echo "Installing pinned dependencies into $VENV (about 1.5 minutes the first time)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" -c constraints.txt
echo "$WANT" > "$STAMP"

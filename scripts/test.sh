#!/usr/bin/env bash
# The one test command: installs what the tests need (package, test extras, Debian's
# Chromium for the browser tests), runs the static checks (formatting, lint with a complexity
# limit, types; import layers are a test), then the whole suite. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the browser tests..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
echo "static checks: ruff format, ruff check, mypy" >&2
python3 -m ruff format --check --quiet src tests benchmarks scripts
python3 -m ruff check --quiet src tests benchmarks scripts
python3 -m mypy
python3 -m pytest "$@"

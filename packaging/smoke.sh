#!/usr/bin/env bash
# One-command checks that the packages install and work, run from a fresh clone:
#   bash packaging/smoke.sh wheel   # Native AOT wheel -> venv (pip --no-index) -> prodready check --all
#   bash packaging/smoke.sh tool    # dotnet pack -> dotnet tool install --add-source -> prodready check --all
# Each builds into dist/ and checks a small sample project made in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repository="$(pwd)"
version="$(python3 -c 'import sys; sys.path.insert(0, "packaging"); import build_wheel; print(build_wheel.read_version(build_wheel.REPOSITORY / "Directory.Build.props"))')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_sample() {
  mkdir -p "$work/sample/app"
  cat > "$work/sample/app/greeting.py" <<'PY'
def greet(name):
    # TODO: greet properly
    return name
PY
}

# Runs the installed prodready on the sample: the TODO must fail the gate (exit 1) with PLH001, and the version must
# be the one of Directory.Build.props.
check_sample() {
  local prodready="$1"
  local reported
  reported="$("$prodready" --version)"
  if [ "$reported" != "$version" ]; then
    echo "smoke: $prodready --version says '$reported', Directory.Build.props says '$version'" >&2
    exit 1
  fi
  make_sample
  local status=0
  (cd "$work/sample" && "$prodready" check --all > "$work/report.txt") || status=$?
  cat "$work/report.txt"
  if [ "$status" -ne 1 ] || ! grep -q "PLH001" "$work/report.txt"; then
    echo "smoke: expected the gate to fail with PLH001 (exit 1), got exit $status" >&2
    exit 1
  fi
  echo "smoke: $prodready $reported works"
}

case "${1:-}" in
  wheel)
    rm -f dist/prodready-*.whl
    python3 packaging/build_wheel.py --out dist
    python3 -m venv "$work/v"
    "$work/v/bin/pip" install --no-index --quiet dist/prodready-*.whl
    check_sample "$work/v/bin/prodready"
    ;;
  tool)
    rm -f dist/prodready.*.nupkg
    dotnet pack src/ProdReady.Cli -c Release -o dist
    dotnet tool install --tool-path "$work/tools" --add-source dist prodready --version "$version"
    check_sample "$work/tools/prodready"
    ;;
  *)
    echo "usage: bash packaging/smoke.sh wheel|tool" >&2
    exit 2
    ;;
esac

#!/bin/sh
# Build the one-folder app with PyInstaller, from a fresh clone, on Linux (or macOS).
#
#   packaging/build.sh            build, add the Linux menu files, pack, verify
#   packaging/build.sh --no-verify
#
# Uses its own virtual environment (build/bundle-venv, or $BUILD_VENV) with the app's
# dependencies and the `packaging` extra (PyInstaller). Output in dist/:
#   Linux: dist/safety-assistant/ and dist/safety-assistant-VERSION-linux-ARCH.tar.gz
#   macOS: dist/Safety Assistant.app
# Windows: see README.md ("Building the installers").
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-$ROOT/build/bundle-venv}
VERIFY=1
for arg in "$@"; do
    case "$arg" in
        --no-verify) VERIFY=0 ;;
        *) echo "usage: $0 [--no-verify]" >&2; exit 2 ;;
    esac
done
NAME=safety-assistant
START=$(date +%s)
cd "$ROOT"

echo "== build environment: $VENV"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$VENV/.installed" ] || [ pyproject.toml -nt "$VENV/.installed" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[packaging]"
    touch "$VENV/.installed"
fi
PY="$VENV/bin/python"
VERSION=$("$PY" -c "import assistant; print(assistant.__version__)")

echo "== catalogs"
"$PY" -m tools.catalogs compile

echo "== PyInstaller"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    packaging/safety-assistant.spec

if [ "$(uname -s)" = "Darwin" ]; then
    echo "Built: $ROOT/dist/Safety Assistant.app"
    exit 0
fi

BUNDLE="$ROOT/dist/$NAME"
echo "== Linux menu entry, metainfo, icons"
"$PY" -m tools.desktop_entry --share "$BUNDLE/share" >/dev/null
cp packaging/linux/install.sh "$BUNDLE/install.sh"
chmod 755 "$BUNDLE/install.sh"

ARCHIVE="$ROOT/dist/$NAME-$VERSION-linux-$(uname -m).tar.gz"
echo "== archive"
tar -C "$ROOT/dist" -czf "$ARCHIVE" "$NAME"
BUILT=$(date +%s)

if [ "$VERIFY" = 1 ]; then
    echo "== verify"
    "$PY" packaging/verify_bundle.py "$BUNDLE"
fi

echo "== done"
echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
echo "archive: $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))"
echo "build time: $((BUILT - START)) s (with the environment set-up)"

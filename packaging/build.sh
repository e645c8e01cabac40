#!/bin/sh
# Build the one-folder app with PyInstaller, from a fresh clone, on Linux (or macOS).
#
#   packaging/build.sh            build, add the Linux menu files, pack, verify
#   packaging/build.sh --no-verify
#
# Uses its own virtual environment (build/bundle-venv, or $BUILD_VENV) with the app's
# dependencies and the `packaging` extra (PyInstaller). Output in dist/ (or $DIST_DIR;
# PyInstaller's work folder is build/pyinstaller, or $WORK_DIR):
#   Linux: dist/safety-assistant/ and dist/safety-assistant-VERSION-linux-ARCH.tar.xz
#   macOS: dist/Safety Assistant.app and dist/Safety-Assistant-VERSION-macos.zip
# each archive with a SHA256SUMS file beside it. Windows: packaging/windows/build.ps1.
#
# The archive is reproducible: file times are SOURCE_DATE_EPOCH (default: the time of
# the last commit), names are sorted, owner and group are 0, xz runs on one thread.
#
# macOS signing, when these are set (otherwise the script says the app is unsigned):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)" in the keychain
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials)
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-$ROOT/build/bundle-venv}
DIST=${DIST_DIR:-$ROOT/dist}
WORK=${WORK_DIR:-$ROOT/build/pyinstaller}
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
if [ ! -f "$VENV/.installed" ] || [ -n "$(find pyproject.toml -newer "$VENV/.installed")" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[packaging]"
    touch "$VENV/.installed"
fi
PY="$VENV/bin/python"
VERSION=$("$PY" -c "import assistant; print(assistant.__version__)")
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 0)
fi
export SOURCE_DATE_EPOCH
# The same order of dictionaries and sets in every run of the build's own Python code.
export PYTHONHASHSEED=0

echo "== catalogs"
"$PY" -m tools.catalogs compile

echo "== PyInstaller"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" \
    packaging/safety-assistant.spec

checksums() {
    # SHA256SUMS beside the archive; verify with: sha256sum -c SHA256SUMS (shasum on macOS)
    (cd "$(dirname "$1")" && { sha256sum "$(basename "$1")" 2>/dev/null \
        || shasum -a 256 "$(basename "$1")"; } > SHA256SUMS)
}

if [ "$(uname -s)" = "Darwin" ]; then
    APP="$DIST/Safety Assistant.app"
    ZIP="$DIST/Safety-Assistant-$VERSION-macos.zip"
    if [ "$VERIFY" = 1 ]; then
        echo "== verify"
        "$PY" packaging/verify_bundle.py "$APP"
    fi
    if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
        echo "== sign (hardened runtime, secure timestamp)"
        codesign --force --deep --options runtime --timestamp \
            --sign "$MACOS_SIGN_IDENTITY" "$APP"
        codesign --verify --deep --strict --verbose=2 "$APP"
    else
        echo "NOTE: MACOS_SIGN_IDENTITY is not set: this is an UNSIGNED build." >&2
        echo "      Gatekeeper will block it; users must allow it in System Settings" >&2
        echo "      (see README.md, macOS). Do not publish unsigned builds." >&2
    fi
    rm -f "$ZIP"
    ditto -c -k --keepParent "$APP" "$ZIP"
    if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        echo "== notarise and staple"
        xcrun notarytool submit "$ZIP" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$APP"
        rm -f "$ZIP"
        ditto -c -k --keepParent "$APP" "$ZIP"
    elif [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
        echo "NOTE: MACOS_NOTARY_PROFILE is not set: signed but not notarised." >&2
    fi
    checksums "$ZIP"
    echo "Built: $APP and $ZIP"
    exit 0
fi

BUNDLE="$DIST/$NAME"
echo "== Linux menu entry, metainfo, icons"
"$PY" -m tools.desktop_entry --share "$BUNDLE/share" >/dev/null
cp packaging/linux/install.sh "$BUNDLE/install.sh"
chmod 755 "$BUNDLE/install.sh"

# The oldest glibc the bundle runs on, for install.sh to compare with the user's.
mkdir -p "$BUNDLE/share/$NAME"
"$PY" packaging/verify_bundle.py --glibc-floor "$BUNDLE" > "$BUNDLE/share/$NAME/glibc-floor"

ARCHIVE="$DIST/$NAME-$VERSION-linux-$(uname -m).tar.xz"
echo "== archive (reproducible, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
rm -f "$DIST/$NAME"-*-linux-*.tar.gz "$DIST/$NAME"-*-linux-*.tar.xz
find "$BUNDLE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
tar -C "$DIST" --sort=name --format=gnu --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --mode="go-w" -cf - "$NAME" \
    | xz -T1 -6 > "$ARCHIVE"
checksums "$ARCHIVE"
BUILT=$(date +%s)

if [ "$VERIFY" = 1 ]; then
    echo "== verify"
    "$PY" packaging/verify_bundle.py "$BUNDLE" --archive "$ARCHIVE"
fi

echo "== done"
echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked)"
echo "archive: $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1)); $(cat "$DIST/SHA256SUMS")"
echo "glibc floor: $(cat "$BUNDLE/share/$NAME/glibc-floor")"
echo "build time: $((BUILT - START)) s (with the environment set-up)"

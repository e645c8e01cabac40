# Two commands do all set-up on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    - build .venv/, install the app, compile translations, start it
#   make test   - the same set-up plus test tools, then `make lint` and all tests
#   make lint   - ruff (style, complexity, no Qt in assistant/core), mypy --strict, catalogs
# Running either twice is harmless: each step is skipped when already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages: Qt's runtime libraries, fonts with Kazakh letters, and the tools the
# tests use (Xvfb for real-window tests, hunspell dictionaries, gettext's msgfmt,
# poppler for PDF pages, desktop/AppStream validators, shellcheck for the shell scripts,
# and speech-dispatcher with espeak-ng, which has Kazakh and Russian voices, for the
# Read aloud test; on a machine without sound its server hangs after a sentence, which
# the app's speech thread keeps away from the window).
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	fonts-dejavu-core xvfb xauth hunspell hunspell-kk hunspell-ru gettext poppler-utils \
	desktop-file-utils appstream xdotool python3-venv shellcheck \
	speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2

.PHONY: run test setup system-deps catalogs translations wordforms gates lint smoke screenshots bench clean \
	bundle package-test icons

run: setup
	$(PY) -m assistant

test: system-deps setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The same checks as .pre-commit-config.yaml; the settings live in pyproject.toml.
lint: setup
	$(PY) -m ruff check assistant tests tools benchmarks packaging
	$(PY) -m mypy
	$(PY) -m tools.catalogs check

setup: $(STAMP) catalogs
	@git config merge.pomerge.driver >/dev/null 2>&1 || git config merge.pomerge.driver "python3 tools/po_merge.py %O %A %B" 2>/dev/null || true

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q assistant  # as a wheel install does (PYTHONDONTWRITEBYTECODE may be set)
	touch $(STAMP)

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
			|| missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
		else echo "Please install:$$missing"; exit 1; fi; \
		echo "Installing system packages:$$missing"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Compile .po -> .mo (needed at run time; the .mo files are not committed).
catalogs: $(STAMP)
	$(PY) -m tools.catalogs compile

# Re-extract messages from code and content, and merge them into kk/ru catalogs.
translations: $(STAMP)
	$(PY) -m tools.catalogs update

# The word forms of the checker's word families (resources/content/shape.toml), generated
# with pymorphy3 (Russian) and the Kazakh suffix table; run after editing either file.
wordforms: $(STAMP)
	$(PY) -c "import pymorphy3" 2>/dev/null || $(PY) -m pip install --quiet -e '.[tools]'
	$(PY) tools/build_wordforms.py

# The gates of the checker's pattern rules (resources/content/gates.json), read from the
# patterns of rules.toml ahead of time; run after editing rules.toml.
gates: $(STAMP)
	$(PY) tools/build_gates.py

smoke: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m assistant --smoke-test

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m screenshots -q

bench: setup
	$(PY) benchmarks/startup.py

# The one-folder app (PyInstaller) in dist/, from this tree, in its own venv (~1-2 min).
bundle: system-deps
	sh packaging/build.sh

# The slow packaging tests (wheel in a fresh venv, PyInstaller bundle), not part of `make
# test`: together about a minute on top of installing the `packaging` extra.
package-test: system-deps setup
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	ASSISTANT_PACKAGING_TESTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q \
		tests/system/test_packaging.py tests/system/test_packaging_build.py

# Re-render the PNG/ICO/ICNS icons after changing resources/icons/safety-assistant.svg.
icons: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.render_icons

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
	find translations -name '*.mo' -delete

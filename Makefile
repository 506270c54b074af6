# Packaging targets. Day-to-day development (tests, lint, running the app) lives in
# scripts/dev.sh; these build what users install. See packaging/README.md.

VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
APP_ID := io.github.anapana.Anapana

.PHONY: bundle wheel icons check-desktop

## bundle: one-folder PyInstaller bundle in dist/anapana (installs PyInstaller if missing)
bundle:
	@$(PYTHON) -c "import PyInstaller" 2>/dev/null || $(PYTHON) -m pip install 'pyinstaller>=6.10'
	$(PYTHON) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/anapana.spec
	@du -sh dist/anapana

## wheel: dist/anapana-VERSION-py3-none-any.whl (sessions, sounds and icons inside)
wheel:
	@if $(PYTHON) -c "import hatchling" 2>/dev/null; then \
		$(PYTHON) -m build --wheel --no-isolation --outdir dist . ; \
	else \
		$(PYTHON) -m build --wheel --outdir dist . ; \
	fi

## icons: render assets/icons/hicolor/*/apps/$(APP_ID).png from assets/icons/anapana.svg
icons:
	QT_QPA_PLATFORM=offscreen $(PYTHON) packaging/make_icons.py

## check-desktop: validate the desktop entry and the AppStream metainfo
check-desktop:
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml

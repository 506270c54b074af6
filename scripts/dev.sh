#!/usr/bin/env bash
# Set up Anapana from a source checkout on Debian or Ubuntu, then run it or test it.
#
#   scripts/dev.sh run [ARGS...]  system packages, .venv, then the app (ARGS go to `anapana`)
#   scripts/dev.sh test           system packages, a venv per Python (3.11 and 3.12),
#                                 ruff and mypy, then the whole test suite on each Python
#   scripts/dev.sh setup          only the set-up of .venv
#
# System packages are installed with apt-get (through sudo when not root), and only
# those missing. Each Python gets its own venv: .venv (the first found, 3.11 preferred)
# and .venv312; a Python that is not on the machine is skipped with a notice.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_PACKAGES=(
  python3 python3-venv python3-dev build-essential libasound2-dev libpulse0
  libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0
  libdbus-1-3 libfontconfig1 fonts-dejavu-core espeak-ng speech-dispatcher
  speech-dispatcher-espeak-ng
)
TEST_PACKAGES=(
  xvfb xauth imagemagick pulseaudio pulseaudio-utils libasound2-plugins sox
  desktop-file-utils appstream gettext
  binutils at-spi2-core python3-pyatspi openbox xdotool dbus
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# find_python 3.11 -> the path of a Python 3.11 interpreter, or nothing
find_python() {
  local version=$1 candidate
  for candidate in "python$version" \
      "$(command -v pyenv >/dev/null && pyenv root 2>/dev/null)/versions/$version"*/bin/"python$version"; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c "import sys; assert sys.version_info[:2] == tuple(map(int, '$version'.split('.')))" 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  if [ "$version" = "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" ]; then
    command -v python3
  fi
}

# make_venv DIR PYTHON EXTRAS
make_venv() {
  local dir=$1 python=$2 extras=$3
  if [ ! -x "$dir/bin/python" ]; then
    say "Creating $dir with $($python --version)"
    "$python" -m venv "$dir"
  fi
  "$dir/bin/python" -m pip install -q --upgrade pip
  "$dir/bin/python" -m pip install -q -e ".[$extras]"
}

setup_run() {
  apt_install "${RUN_PACKAGES[@]}"
  local python
  python=$(find_python 3.11); [ -n "$python" ] || python=$(find_python 3.12)
  [ -n "$python" ] || python=$(command -v python3)
  make_venv .venv "$python" "simpleaudio,hr,voice"
}

# make_qtfree_venv DIR PYTHON: the project and its test tools with Qt taken out again, so the
# Qt-free packages are tested as they would run on a machine without PySide6.
make_qtfree_venv() {
  local dir=$1 python=$2
  make_venv "$dir" "$python" "test,simpleaudio,hr,voice"
  "$dir/bin/python" -m pip uninstall -q -y PySide6-Essentials PySide6-Addons shiboken6 \
    pyqtgraph pytest-qt
  "$dir/bin/python" -c "import importlib.util as u, sys; sys.exit(u.find_spec('PySide6') is not None)" \
    || { echo "PySide6 is still installed in $dir" >&2; return 1; }
}

run_checks() {
  local venv=$1 marks=$2
  say "Tests on $("$venv/bin/python" --version)"
  # A temp folder of its own: pytest prunes old ones it shares with other runs.
  "$venv/bin/python" -m pytest -m "$marks" -p no:cacheprovider --basetemp "$(mktemp -d)/pytest"
}

case "${1:-}" in
  run)
    shift
    setup_run
    exec .venv/bin/anapana "$@"
    ;;
  setup)
    setup_run
    ;;
  test)
    apt_install "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    py311=$(find_python 3.11)
    py312=$(find_python 3.12)
    status=0
    ran=0
    if [ -n "$py311" ]; then
      make_venv .venv "$py311" "test,simpleaudio,bundle,hr,voice"
      say "ruff"
      .venv/bin/ruff check src tests bench packaging scripts
      say "mypy"
      .venv/bin/mypy
      say "import layers (lint-imports)"
      .venv/bin/lint-imports
      run_checks .venv "slow or not slow" || status=1
      make_qtfree_venv .venv-noqt "$py311"
      say "Without Qt: every test module that does not use Qt"
      run_checks .venv-noqt "not slow" || status=1
      ran=1
    else
      echo "NOTICE: Python 3.11 is not on this machine; its tests are skipped." >&2
    fi
    if [ -n "$py312" ]; then
      make_venv .venv312 "$py312" "test,simpleaudio,bundle,hr,voice"
      # The slow packaging tests (bundle, wheel) ran on 3.11 already.
      marks="not slow"; [ "$ran" -eq 1 ] || marks="slow or not slow"
      run_checks .venv312 "$marks" || status=1
      ran=1
    else
      echo "NOTICE: Python 3.12 is not on this machine; its tests are skipped." >&2
    fi
    [ "$ran" -eq 1 ] || { echo "No Python 3.11 or 3.12 found." >&2; exit 1; }
    exit $status
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac

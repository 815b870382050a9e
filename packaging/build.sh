#!/usr/bin/env bash
# Build the bundle with PyInstaller, clean it, then prove it: no build-machine traces, self-test with the network
# removed, the window opens, size budgets, the Debian package (lintian, install into a fresh root).
# Usually run through `./run bundle`, which first sets up .venv with PyInstaller and the packaging tools.
#   bash packaging/build.sh                onedir bundle in dist/briefing-builder/, dist/briefing-builder-<version>-<os>.tar.gz
#                                          and dist/briefing-builder_<version>_<arch>.deb
#   BB_ONEFILE=1 bash packaging/build.sh   a single executable, dist/briefing-builder (slower to start; not cleaned)
#   BB_FRESH_ROOT=0                        skip the fresh-root install test (CI always runs it)
# Budgets (issues 5 and 13): onedir <= 120 MB, compressed archive <= 65 MB (MB = 1,000,000 bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
OS=$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)
BUDGET_DIR_BYTES=120000000
BUDGET_ARCHIVE_BYTES=65000000
ONEFILE="${BB_ONEFILE:-0}"

echo "==> PyInstaller ($([ "$ONEFILE" = 1 ] && echo onefile || echo onedir)), version $VERSION"
# A onefile build would otherwise be shadowed by (or shadow) the onedir folder of the same name.
rm -rf dist/briefing-builder
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/briefing_builder.spec

if [ "$ONEFILE" = 1 ]; then
  APP=dist/briefing-builder
else
  APP=dist/briefing-builder/briefing-builder
  echo "==> Cleaning the bundle: broken links, RUNPATHs, build paths, ICU data (packaging/finish_bundle.py)"
  "$PY" packaging/finish_bundle.py dist/briefing-builder
  echo "==> No build-machine paths in what the bundle ships (packaging/trace_scan.py)"
  "$PY" packaging/trace_scan.py dist/briefing-builder
  [ -z "$(find dist/briefing-builder -xtype l)" ] || { echo "Broken links in the bundle:" >&2; \
    find dist/briefing-builder -xtype l >&2; exit 1; }
  # What IT needs beside the program: menu entry, icon, installer for them, an example configuration.
  mkdir -p dist/briefing-builder/share
  cp packaging/linux/briefing-builder.desktop resources/icons/briefing-builder.svg dist/briefing-builder/share/
  cp packaging/linux/install-desktop.sh dist/briefing-builder/
  cp packaging/briefing-builder.example.toml dist/briefing-builder/
  ARCHIVE="dist/briefing-builder-$VERSION-$OS.tar.gz"
  tar -C dist -czf "$ARCHIVE" briefing-builder
fi

echo "==> Self-test of the bundle, with the network removed"
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then
  unshare -n "$APP" --self-test
elif [ "${CI:-}" = true ]; then
  echo "CI must run the self-test with the network removed, but 'unshare -n' is not permitted here" >&2
  echo "(it needs root, and in a container the CAP_SYS_ADMIN capability, e.g. docker run --privileged)." >&2
  exit 1
else
  echo "(unshare -n needs root: self-test with the network present; it still refuses connections in-process)"
  "$APP" --self-test
fi

echo "==> The window opens from the bundle (Xvfb)"
if command -v xvfb-run >/dev/null 2>&1; then
  SCRATCH=$(mktemp -d)
  trap 'rm -rf "$SCRATCH"' EXIT
  OUTPUT=$(XDG_CONFIG_HOME="$SCRATCH/config" BRIEFING_BUILDER_STARTUP_PROBE="$PWD/dist/bundle-window.png" \
    QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --data-dir "$SCRATCH/data" \
    2>&1 || true)
  grep -q '^first-paint' <<<"$OUTPUT" || { echo "The bundle's window did not open under Xvfb:" >&2; \
    echo "$OUTPUT" | tail -20 >&2; exit 1; }
  echo "first window painted; picture in dist/bundle-window.png"
elif [ "${CI:-}" = true ]; then
  echo "xvfb-run is missing: CI must check that the window opens." >&2
  exit 1
else
  echo "(xvfb-run not installed: window check skipped)"
fi

echo "==> Sizes"
if [ "$ONEFILE" = 1 ]; then
  echo "onefile: $(( $(stat -c %s "$APP") / 1000000 )) MB"
else
  DIR_BYTES=$(du -sb dist/briefing-builder | cut -f1)
  ARCHIVE_BYTES=$(stat -c %s "$ARCHIVE")
  echo "onedir: $(( DIR_BYTES / 1000000 )) MB (budget $(( BUDGET_DIR_BYTES / 1000000 )) MB);" \
       "archive $ARCHIVE: $(( ARCHIVE_BYTES / 1000000 )) MB (budget $(( BUDGET_ARCHIVE_BYTES / 1000000 )) MB)"
  if [ "$DIR_BYTES" -gt "$BUDGET_DIR_BYTES" ] || [ "$ARCHIVE_BYTES" -gt "$BUDGET_ARCHIVE_BYTES" ]; then
    echo "Bundle over budget." >&2
    exit 1
  fi
fi

if [ "$ONEFILE" != 1 ]; then
  echo "==> Debian package (packaging/deb.py)"
  "$PY" packaging/deb.py dist/briefing-builder
  DEB="dist/briefing-builder_${VERSION}_$(dpkg --print-architecture).deb"
  echo "==> lintian $DEB"
  if command -v lintian >/dev/null 2>&1; then
    # Errors fail the build; the overrides and the remaining warnings are explained in packaging/README.md.
    LINT_RC=0
    LINT=$(lintian --fail-on error --tag-display-limit 0 "$DEB" 2>&1) || LINT_RC=$?  # (overridden tags: not shown)
    # One line per tag: how many times, severity (E error, W warning, I info), the tag.
    grep -E '^[EWIOP]: ' <<<"$LINT" | awk '{print $1, $3}' | sort | uniq -c | sed 's/^/  /' || true
    [ "$LINT_RC" -eq 0 ] || { echo "lintian found errors:" >&2; grep '^E:' <<<"$LINT" | head -20 >&2; exit 1; }
  elif [ "${CI:-}" = true ]; then
    echo "lintian is missing: CI must check the package." >&2; exit 1
  else
    echo "(lintian not installed: package not checked)"
  fi
  if [ "${BB_FRESH_ROOT:-1}" = 0 ] && [ "${CI:-}" != true ]; then
    echo "(BB_FRESH_ROOT=0: fresh-root install test skipped)"
  elif [ "$(id -u)" -eq 0 ]; then
    bash packaging/fresh_root_test.sh "$DEB"
  elif [ "${CI:-}" = true ]; then
    echo "CI must run the fresh-root install test, which needs root." >&2; exit 1
  else
    echo "(not root: fresh-root install test skipped; run: sudo bash packaging/fresh_root_test.sh $DEB)"
  fi
fi
echo "==> Bundle ready: $APP"

#!/usr/bin/env bash
# Install the .deb into a fresh Debian 12 root, as an IT team would, and check what they would see.
#   bash packaging/fresh_root_test.sh [dist/briefing-builder_<version>_amd64.deb]     (as root; ~4-6 min)
# Run by `./run bundle` after the package is built (CI included); BB_FRESH_ROOT=0 skips it (not in CI).
#  1. debootstrap --variant=minbase bookworm: no fonts, no X, no GL, no fontconfig configuration;
#  2. the package's files unpacked without its dependencies: the window refuses with the one-line message
#     and exit code 3, the command line works, the self-test reports the missing packages apart;
#  3. `apt-get install ./briefing-builder_...deb` (no recommends) brings in exactly Depends:, then the
#     conffile is kept when IT edits it and the package is installed again, the
#     self-test passes, the window opens under Xvfb (X11/xcb), with no fontconfig error, a picture of it is left in
#     dist/fresh-root-window.png, and a fresh library is owner-only on disk even under umask 000.
# The Debian mirror is the one this machine's apt uses. The root is made under /var/tmp and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB="${1:-$(ls -t dist/briefing-builder_*_amd64.deb 2>/dev/null | head -1)}"
[ -f "$DEB" ] || { echo "No .deb found: build it with ./run bundle first." >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "The fresh-root test needs root (debootstrap, chroot)." >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: ./run bundle installs it." >&2; exit 1; }

mirror() {  # the Debian archive this machine's apt is configured with (deb822 or one-line format)
  local m
  m=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -1 || true)
  [ -n "$m" ] || m=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                     | awk '{print $2}' | grep -v security | head -1 || true)
  [ -n "$m" ] || { echo "No Debian mirror configured in /etc/apt: cannot debootstrap." >&2; exit 1; }
  echo "$m"
}

WORK=$(mktemp -d /var/tmp/bb-fresh-root.XXXXXX)
ROOT="$WORK/root"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "FRESH-ROOT TEST FAILED: $*" >&2; exit 1; }
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
START=$SECONDS

echo "==> Fresh Debian 12 root (debootstrap minbase) in $ROOT"
debootstrap --variant=minbase bookworm "$ROOT" "$(mirror)" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -20 "$WORK/debootstrap.log" >&2; fail "debootstrap"; }
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
echo "    $(( SECONDS - START )) s; $(in_root dpkg-query -W -f='.\n' | wc -l) packages"

echo "==> 2. The package's files alone, without its dependencies"
mkdir -p "$ROOT/tmp/bare"
dpkg-deb -x "$DEB" "$ROOT/tmp/bare"
BARE=/tmp/bare/opt/briefing-builder/briefing-builder
set +e
OUT=$(in_root "$BARE" 2>&1); CODE=$?
set -e
echo "    window: exit $CODE: $OUT"
[ "$CODE" -eq 3 ] || fail "the window on a bare root should exit 3, got $CODE"
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "expected one line, got: $OUT"
grep -q "sudo apt-get install libgl1 libegl1 libxcb1" <<<"$OUT" || fail "the line does not name the packages"
grep -q "Traceback" <<<"$OUT" && fail "a traceback was printed"
in_root "$BARE" --version | grep -q "^briefing-builder, version" || fail "--version on a bare root"
in_root "$BARE" library init --data-dir /tmp/bare-data >/dev/null || fail "the CLI on a bare root"
set +e
OUT=$(in_root "$BARE" --self-test 2>&1); CODE=$?
set -e
[ "$CODE" -eq 3 ] || { echo "$OUT" >&2; fail "self-test on a bare root should exit 3, got $CODE"; }
grep -q "^  MISSING libGL.so.1" <<<"$OUT" || fail "the self-test does not report the missing libraries apart"
echo "    CLI works; self-test: $(tail -1 <<<"$OUT")"
rm -rf "$ROOT/tmp/bare" "$ROOT/tmp/bare-data"

echo "==> 3. apt-get install ./$(basename "$DEB")"
cp "$DEB" "$ROOT/tmp/"
T=$SECONDS
in_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
BEFORE=$(in_root dpkg-query -W -f='${Package}\n' | sort)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "./tmp/$(basename "$DEB")" >"$WORK/install.log" 2>&1 || { tail -20 "$WORK/install.log" >&2; fail "apt-get install"; }
ADDED=$(comm -13 <(echo "$BEFORE") <(in_root dpkg-query -W -f='${Package}\n' | sort) | wc -l)
echo "    installed with $(( ADDED - 1 )) dependencies in $(( SECONDS - T )) s"
in_root dpkg-query -W -f='${Conffiles}\n' briefing-builder | grep -q "/etc/briefing-builder/config.toml" \
  || fail "/etc/briefing-builder/config.toml is not a conffile"
in_root briefing-builder config check /etc/briefing-builder/config.toml >/dev/null || fail "the shipped config"
# IT edits the configuration; installing the package again (as an upgrade does) must keep the edit.
printf '\n[output]\npaper = "letter"\n' >>"$ROOT/etc/briefing-builder/config.toml"
in_root env DEBIAN_FRONTEND=noninteractive dpkg -i "/tmp/$(basename "$DEB")" >"$WORK/reinstall.log" 2>&1 \
  || { tail -20 "$WORK/reinstall.log" >&2; fail "reinstalling the package"; }
grep -q '^paper = "letter"' "$ROOT/etc/briefing-builder/config.toml" || fail "the reinstall lost IT's configuration"
SHOWN=$(in_root briefing-builder config show 2>&1 || true)
grep -q "letter" <<<"$SHOWN" || { echo "$SHOWN" >&2; fail "IT's configuration is not in effect"; }
echo "    conffile registered; IT's edit kept across a reinstall and in effect"
set +e
OUT=$(in_root briefing-builder --self-test 2>&1); CODE=$?
set -e
[ "$CODE" -eq 0 ] || { echo "$OUT" >&2; fail "self-test after install exit $CODE"; }
grep -q "Fontconfig" <<<"$OUT" && fail "fontconfig complained: $OUT"
echo "    self-test passed"

echo "==> The window, under Xvfb in the fresh root"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth \
  >"$WORK/xvfb.log" 2>&1 || { tail -20 "$WORK/xvfb.log" >&2; fail "installing xvfb"; }
set +e
OUT=$(in_root sh -c 'umask 000; BRIEFING_BUILDER_STARTUP_PROBE=/tmp/window.png QT_QPA_PLATFORM=xcb \
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" briefing-builder --data-dir /tmp/data/briefing-builder' 2>&1)
set -e
grep -q '^first-paint' <<<"$OUT" || { echo "$OUT" | tail -20 >&2; fail "the window did not open"; }
grep -qi "fontconfig error" <<<"$OUT" && fail "fontconfig complained: $OUT"
cp "$ROOT/tmp/window.png" dist/fresh-root-window.png
echo "    $(grep '^first-paint' <<<"$OUT") s (launch to first paint); picture: dist/fresh-root-window.png"

echo "==> Owner-only data, created under umask 000"
MODES=$(in_root stat -c '%a %n' /tmp/data/briefing-builder /tmp/data/briefing-builder/library.sqlite)
echo "$MODES" | sed 's/^/    /'
grep -q "^700 /tmp/data/briefing-builder$" <<<"$MODES" || fail "the data folder is not 0700"
grep -q "^600 /tmp/data/briefing-builder/library.sqlite$" <<<"$MODES" || fail "the library is not 0600"
echo "==> Fresh-root test passed in $(( SECONDS - START )) s"

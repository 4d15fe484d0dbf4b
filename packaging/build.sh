#!/usr/bin/env bash
# Builds the kiosk app: build/dist/kiosk/ (the one-folder app, `kiosk` inside)
# and build/kiosk-VERSION-linux-x86_64.tar.gz (the same, to copy to a kiosk).
# Run ./scripts/setup.sh once first. Safe to run again: it rebuilds from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    echo "build: .venv is missing: run ./scripts/setup.sh first" >&2
    exit 1
fi
.venv/bin/python -m pip install --quiet -e '.[package]'

started=$(date +%s)
rm -rf build/dist/kiosk build/work
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/kiosk.spec

version=$(.venv/bin/python -c 'import kiosk; print(kiosk.__version__)')
archive="build/kiosk-${version}-linux-$(uname -m).tar.gz"
tar -C build/dist -czf "$archive" kiosk
echo "build: build/dist/kiosk: $(du -sh build/dist/kiosk | cut -f1), $(find build/dist/kiosk -type f | wc -l) files;" \
    "$archive: $(du -sh "$archive" | cut -f1); built in $(( $(date +%s) - started )) s"

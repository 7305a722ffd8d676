#!/usr/bin/env bash
# Set everything up on a fresh Debian machine with Node 20 and npm (as root),
# idempotently, then parse the bundled sample pages and show what was found.
#
#   bash scripts/setup.sh            # set up + run the sample job
#   SETUP_ONLY=1 bash scripts/setup.sh   # set up only (used by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
DEBIAN_PACKAGES=(chromium fonts-noto-cjk python3-feedparser postgresql libxml2-utils newsboat)
export TURBO_TELEMETRY_DISABLED=1
# better-sqlite3 compiles from source here: build against the local Node headers.
export npm_config_nodedir=/usr

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Debian packages"
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "all present: ${DEBIAN_PACKAGES[*]}"
fi

step "PostgreSQL (for the search app's server store)"
if command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
  su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='news_test'\" | grep -q 1 || createdb news_test" 2>/dev/null || true
  pg_isready -h 127.0.0.1 || echo "warning: PostgreSQL is not answering on 127.0.0.1"
fi

step "pnpm $PNPM_VERSION"
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm --version

step "dependencies (from the lockfile)"
pnpm install --frozen-lockfile

step "build"
pnpm build

if [ -z "${SETUP_ONLY:-}" ]; then
  step "parse the bundled sample pages"
  node scripts/samples.mjs
fi

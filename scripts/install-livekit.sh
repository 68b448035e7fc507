#!/usr/bin/env bash
# Puts livekit-server on this machine and prints its path:
#  1. an existing `livekit-server` on PATH is used as it is;
#  2. otherwise, where Go is present, it is built from the Go module proxy at a pinned tag and
#     cached outside the clone (later runs skip the build: ~2 minutes the first time here);
#  3. otherwise the official install instructions are printed and the script fails.
set -euo pipefail
# v1.13.5: the newest tag whose go.mod has no `replace` lines (go install refuses those) and
# that builds with Go 1.26.
version="${LIVEKIT_VERSION:-v1.13.5}"
cache="${ODS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/over-de-schutting}/livekit-$version"
if command -v livekit-server >/dev/null 2>&1; then
  command -v livekit-server
  exit 0
fi
if [ -x "$cache/bin/livekit-server" ]; then
  echo "$cache/bin/livekit-server"
  exit 0
fi
gobin=$(command -v go || echo /usr/local/go/bin/go)
if [ ! -x "$gobin" ]; then
  cat >&2 <<'HELP'
livekit-server is not installed and Go is not available to build it.
Install it as LiveKit documents (https://docs.livekit.io/home/self-hosting/local/):
  macOS:  brew install livekit
  Linux:  curl -sSL https://get.livekit.io | bash
or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET to use a LiveKit server elsewhere.
HELP
  exit 1
fi
mkdir -p "$cache/bin"
start=$(date +%s)
echo "building livekit-server $version with $($gobin version) (first time only)…" >&2
GOBIN="$cache/bin" GOFLAGS=-mod=mod "$gobin" install "github.com/livekit/livekit-server/cmd/server@$version" >&2
mv "$cache/bin/server" "$cache/bin/livekit-server"
echo "built in $(( $(date +%s) - start )) s" >&2
echo "$cache/bin/livekit-server"

#!/usr/bin/env bash
# Puts what `npm test`'s chart step needs on this machine, cached outside the clone in
# ~/.cache/over-de-schutting/tools/ (later runs skip all of it):
#  - helm, built from the Go module proxy at a pinned tag (the first build took about 4 minutes
#    here with cold Go caches, 80 s with warm ones);
#  - kubeconform, likewise;
#  - Kubernetes' JSON schemas for kubeconform, made from the OpenAPI document inside the
#    k8s.io/kubernetes Go module (kubeconform downloads them from GitHub by default, which CI
#    here cannot reach), by scripts/k8s-json-schemas.mjs.
# Without Go it prints how to install the tools by hand and fails. Prints where each tool is.
#
#   scripts/install-helm-tools.sh              build what is missing, then print the paths
#   scripts/install-helm-tools.sh --installed  print the paths of what is there, build nothing
#                                              (fails when a tool is missing; helm and
#                                              kubeconform on PATH count, their schemas then
#                                              "default": kubeconform's own download)
set -euo pipefail
cd "$(dirname "$0")/.."
# Versions from the Go module proxy that build with Go 1.26. helm v3.21.4 brings the
# k8s.io libraries v0.36, so the schemas are of Kubernetes 1.36.
helm_version="${HELM_VERSION:-v3.21.4}"
kubeconform_version="${KUBECONFORM_VERSION:-v0.8.0}"
kubernetes_version="${KUBERNETES_SCHEMA_VERSION:-v1.36.3}"
tools="${ODS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/over-de-schutting}/tools"
helm_bin="$tools/helm-$helm_version/bin/helm"
kubeconform_bin="$tools/kubeconform-$kubeconform_version/bin/kubeconform"
schemas="$tools/kubernetes-json-schema-$kubernetes_version"

print() {
  echo "helm: $1"
  echo "kubeconform: $2"
  echo "schemas: $3"
  echo "kubernetes: ${kubernetes_version#v}"
}
missing=false
[ -x "$helm_bin" ] && [ -x "$kubeconform_bin" ] && [ -f "$schemas/deployment-apps-v1.json" ] || missing=true
if [ "${1:-}" = "--installed" ]; then
  if ! $missing; then
    print "$helm_bin" "$kubeconform_bin" "$schemas"
  elif command -v helm >/dev/null && command -v kubeconform >/dev/null; then
    print "$(command -v helm)" "$(command -v kubeconform)" default
  else
    exit 1
  fi
  exit 0
fi

gobin=$(command -v go || echo /usr/local/go/bin/go)
if $missing && [ ! -x "$gobin" ]; then
  cat >&2 <<'HELP'
helm, kubeconform or the Kubernetes schemas are missing, and Go is not available to build them.
Install helm (https://helm.sh/docs/intro/install/) and kubeconform
(https://github.com/yannh/kubeconform#installation) and put them on PATH; npm test then uses
kubeconform's own schema download.
HELP
  exit 1
fi

build() { # module path, version, GOBIN folder
  local start
  start=$(date +%s)
  echo "building $1@$2 with $($gobin version) (first time only)…" >&2
  mkdir -p "$3"
  (cd "$(mktemp -d)" && GOBIN="$3" GOFLAGS=-mod=mod "$gobin" install "$1@$2" >&2)
  echo "built in $(($(date +%s) - start)) s" >&2
}

[ -x "$helm_bin" ] || build helm.sh/helm/v3/cmd/helm "$helm_version" "$(dirname "$helm_bin")"
[ -x "$kubeconform_bin" ] ||
  build github.com/yannh/kubeconform/cmd/kubeconform "$kubeconform_version" "$(dirname "$kubeconform_bin")"

if [ ! -f "$schemas/deployment-apps-v1.json" ]; then
  echo "making Kubernetes $kubernetes_version JSON schemas (first time only)…" >&2
  module_dir=$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod "$gobin" mod download -json \
    "k8s.io/kubernetes@$kubernetes_version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  node scripts/k8s-json-schemas.mjs "$module_dir/api/openapi-spec/swagger.json" "$schemas.tmp" >&2
  rm -rf "$schemas" && mv "$schemas.tmp" "$schemas"
fi

print "$helm_bin" "$kubeconform_bin" "$schemas"

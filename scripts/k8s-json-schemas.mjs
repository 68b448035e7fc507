#!/usr/bin/env node
// Turns Kubernetes' own OpenAPI document (api/openapi-spec/swagger.json of the k8s.io/kubernetes
// Go module) into the JSON schemas kubeconform reads, one file per kind, named as kubeconform's
// `-schema-location` template expects ({{ .ResourceKind }}{{ .KindSuffix }}.json, e.g.
// deployment-apps-v1.json, service-v1.json). kubeconform downloads such files from GitHub by
// default; CI here reaches only package registries, so scripts/install-helm-tools.sh builds
// them from the Go module instead.
//
// The same rules as kubeconform's scripts/openapi2jsonschema.py and the "-standalone-strict"
// sets it downloads: each file stands alone (the definitions it uses travel with it), every
// object with declared properties refuses others (what kubectl's validation does), and
// int-or-string / quantity fields take a string or a number.
//
//   node scripts/k8s-json-schemas.mjs <swagger.json> <output folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node scripts/k8s-json-schemas.mjs <swagger.json> <output folder>\n');
  process.exit(2);
}
const definitions = JSON.parse(readFileSync(input, 'utf8')).definitions;
const STRING_OR_NUMBER = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': [{ type: 'string' }, { type: 'integer' }],
  'io.k8s.apimachinery.pkg.api.resource.Quantity': [{ type: 'string' }, { type: 'number' }],
};

/** A copy of one schema node with the strict and int-or-string rules applied. */
function convert(node) {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  if (node.format === 'int-or-string') {
    return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  const copy = {};
  for (const [key, value] of Object.entries(node)) copy[key] = convert(value);
  if (
    copy.properties &&
    typeof copy.properties === 'object' &&
    !('additionalProperties' in copy) &&
    !copy['x-kubernetes-preserve-unknown-fields']
  ) {
    copy.additionalProperties = false;
  }
  return copy;
}

/** Names of the definitions a schema refers to, directly or through others. */
function referenced(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  JSON.stringify(definitions[name], (key, value) => {
    if (key === '$ref' && typeof value === 'string') {
      referenced(value.replace('#/definitions/', ''), seen);
    }
    return value;
  });
  return seen;
}

function definitionSchema(name) {
  if (STRING_OR_NUMBER[name]) {
    return { description: definitions[name].description, oneOf: STRING_OR_NUMBER[name] };
  }
  return convert(definitions[name]);
}

mkdirSync(output, { recursive: true });
let written = 0;
for (const [name, definition] of Object.entries(definitions)) {
  const kinds = definition['x-kubernetes-group-version-kind'] ?? [];
  // A definition shared by several API versions (DeleteOptions, WatchEvent) belongs to none.
  if (kinds.length !== 1 || !definition.properties?.kind) continue;
  const { group, version, kind } = kinds[0];
  const apiVersion = group ? `${group}/${version}` : version;
  const schema = definitionSchema(name);
  schema.properties.apiVersion = { ...schema.properties.apiVersion, enum: [apiVersion] };
  schema.properties.kind = { ...schema.properties.kind, enum: [kind] };
  schema.required = [...new Set([...(schema.required ?? []), 'apiVersion', 'kind'])];
  const uses = [...referenced(name)].filter((other) => other !== name).sort();
  schema.definitions = Object.fromEntries(uses.map((other) => [other, definitionSchema(other)]));
  // The group's first label, as kubeconform's KindSuffix: networking.k8s.io/v1 → -networking-v1.
  const suffix = group ? `-${group.split('.')[0]}-${version}` : `-${version}`;
  const file = `${kind.toLowerCase()}${suffix.toLowerCase()}.json`;
  writeFileSync(join(output, file), `${JSON.stringify(schema)}\n`);
  written += 1;
}
process.stdout.write(`${written} schemas in ${output}\n`);

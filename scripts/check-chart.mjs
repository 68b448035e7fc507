#!/usr/bin/env node
// npm test's chart step: the Helm chart in deploy/helm/over-de-schutting is linted, rendered
// for the default values (one replica, SQLite), for several replicas (ci/multi-replica-values.yaml)
// and for several replicas with a Secret of the operator's own, and every rendered manifest
// is checked against Kubernetes' schemas with kubeconform -strict (unknown fields refused).
// Then the settings the chart must refuse are tried, and each must fail with its reason.
// No cluster is involved: nothing is applied anywhere.
//
// The tools come from scripts/install-helm-tools.sh (run it once; CI does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/src/config.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chart = join(root, 'deploy', 'helm', 'over-de-schutting');

const installed = spawnSync(
  'bash',
  [join(root, 'scripts', 'install-helm-tools.sh'), '--installed'],
  {
    encoding: 'utf8',
  },
);
if (installed.status !== 0) {
  process.stderr.write(
    'helm and kubeconform are not installed: run scripts/install-helm-tools.sh\n',
  );
  process.exit(1);
}
const tools = Object.fromEntries(
  installed.stdout
    .trim()
    .split('\n')
    .map((line) => line.split(': ')),
);
// A locally made schema set, or kubeconform's own download ("default").
const schemaLocation =
  tools.schemas === 'default'
    ? 'default'
    : `${tools.schemas}/{{ .ResourceKind }}{{ .KindSuffix }}.json`;
// helm built with go install does not know its Kubernetes version (it says 1.20): name the
// version the schemas are of, so kubeVersion in Chart.yaml is checked against that.
const kubeVersion = tools.kubernetes ?? '1.36.0';
let failures = 0;

function run(command, args, input) {
  return spawnSync(command, args, { cwd: chart, encoding: 'utf8', input });
}

function report(ok, what, detail = '') {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) {
    failures += 1;
    if (detail) process.stdout.write(`${detail.trim()}\n`);
  }
}

function template(args) {
  return run(tools.helm, ['template', 'ods', '.', '--kube-version', kubeVersion, ...args]);
}

/** `KEY: value` lines of one block (ConfigMap data, Secret stringData) of rendered YAML. */
function block(rendered, kindName, field) {
  const manifest = rendered.split(/^---$/m).find((part) => kind(kindName).test(part)) ?? '';
  const lines = manifest.split(`\n${field}:\n`)[1]?.split('\n') ?? [];
  const entries = [];
  for (const line of lines) {
    const match = /^  ([A-Z0-9_]+): (.*)$/.exec(line);
    if (!match) break;
    entries.push([match[1], match[2].startsWith('"') ? JSON.parse(match[2]) : match[2]]);
  }
  return Object.fromEntries(entries);
}

/**
 * The environment the chart gives the pod, read by the app's own loadConfig: every setting it
 * renders must be one the app accepts at start. DATA_DIR points at a temporary folder here,
 * since loadConfig creates it (and keeps a session secret in it when none is given).
 */
function appAccepts(name, rendered) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ods-chart-'));
  try {
    const env = {
      ...block(rendered, 'ConfigMap', 'data'),
      ...block(rendered, 'Secret', 'stringData'),
    };
    loadConfig({ ...env, DATA_DIR: dataDir });
    report(true, `${name}: the app accepts the environment (${Object.keys(env).length} variables)`);
  } catch (error) {
    report(false, `${name}: the app accepts the environment`, String(error));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Renders, validates every manifest, and checks what the case promises. */
function renders(name, args, expectations) {
  const lint = run(tools.helm, ['lint', '--strict', '.', '--kube-version', kubeVersion, ...args]);
  report(lint.status === 0, `helm lint --strict: ${name}`, lint.stdout + lint.stderr);
  const rendered = template(args);
  if (rendered.status !== 0) {
    report(false, `helm template: ${name}`, rendered.stderr);
    return;
  }
  const validated = run(
    tools.kubeconform,
    ['-strict', '-summary', '-schema-location', schemaLocation, '-'],
    rendered.stdout,
  );
  report(
    validated.status === 0,
    `kubeconform -strict: ${name}: ${validated.stdout.trim().split('\n').at(-1)}`,
    validated.stdout + validated.stderr,
  );
  appAccepts(name, rendered.stdout);
  for (const [what, pattern, wanted] of expectations) {
    report(pattern.test(rendered.stdout) === wanted, `${name}: ${what}`);
  }
}

/** A combination the chart must refuse, with the reason it gives. */
function refuses(name, args, reason) {
  const rendered = template(args);
  report(
    rendered.status !== 0 && reason.test(rendered.stderr),
    `refuses ${name}`,
    rendered.stderr || rendered.stdout.slice(0, 500),
  );
}

const kind = (k) => new RegExp(`^kind: ${k}$`, 'm');
const probes = [
  ['liveness probe on /health/live', /livenessProbe:\s+httpGet:\s+path: \/health\/live/, true],
  ['readiness probe on /health/ready', /readinessProbe:\s+httpGet:\s+path: \/health\/ready/, true],
];

renders(
  'default values (one replica, SQLite)',
  [],
  [
    ...probes,
    ['a PersistentVolumeClaim for the SQLite file', kind('PersistentVolumeClaim'), true],
    ['Recreate: never two pods on the file', /strategy:\s+(#.*\s+)?type: Recreate/, true],
    ['no PodDisruptionBudget (it would block drains)', kind('PodDisruptionBudget'), false],
    ['no DATABASE_URL', /DATABASE_URL/, false],
  ],
);
renders(
  'several replicas (ci/multi-replica-values.yaml)',
  ['-f', 'ci/multi-replica-values.yaml'],
  [
    ...probes,
    ['no PersistentVolumeClaim', kind('PersistentVolumeClaim'), false],
    ['RollingUpdate', /type: RollingUpdate/, true],
    ['a PodDisruptionBudget', kind('PodDisruptionBudget'), true],
    ['a HorizontalPodAutoscaler', kind('HorizontalPodAutoscaler'), true],
    ['an Ingress with TLS', /kind: Ingress[\s\S]*tls:/, true],
    [
      'DATABASE_URL and REDIS_URL from the Secret',
      /name: DATABASE_URL\s+valueFrom:[\s\S]*name: REDIS_URL\s+valueFrom:/,
      true,
    ],
  ],
);
renders(
  'several replicas with an existing Secret',
  [
    '--set',
    'replicaCount=2,database.type=postgresql,redis.enabled=true,secrets.existingSecret=ods-secrets',
  ],
  [
    ['no Secret of the chart', kind('Secret'), false],
    [
      'SESSION_SECRET from that Secret',
      /name: SESSION_SECRET\s+valueFrom:\s+secretKeyRef:\s+name: ods-secrets/,
      true,
    ],
  ],
);

refuses('two replicas on SQLite', ['--set', 'replicaCount=2'], /needs PostgreSQL and Redis/);
refuses(
  'autoscaling on SQLite',
  ['--set', 'autoscaling.enabled=true'],
  /needs PostgreSQL and Redis/,
);
refuses(
  'two replicas on PostgreSQL without Redis',
  [
    '--set',
    'replicaCount=2,database.type=postgresql,secrets.databaseUrl=postgres://h/db,secrets.sessionSecret=' +
      'x'.repeat(32),
  ],
  /needs PostgreSQL and Redis/,
);
refuses(
  'PostgreSQL without DATABASE_URL',
  ['--set', 'database.type=postgresql'],
  /needs DATABASE_URL/,
);
refuses(
  'PostgreSQL without SESSION_SECRET',
  ['--set', 'database.type=postgresql,secrets.databaseUrl=postgres://h/db'],
  /same SESSION_SECRET/,
);
refuses(
  'LiveKit without its keys',
  ['--set', 'config.livekitUrl=wss://livekit.example.nl'],
  /LIVEKIT_API_KEY/,
);
refuses('trusting every proxy', ['--set', 'config.trustProxy=*'], /trustProxy/);
refuses('an http:// publicUrl', ['--set', 'publicUrl=http://ods.example.nl'], /publicUrl|https/);
refuses('a privileged container', ['--set', 'securityContext.privileged=true'], /privileged/);
refuses(
  'a writable root filesystem',
  ['--set', 'securityContext.readOnlyRootFilesystem=false'],
  /readOnlyRootFilesystem/,
);
refuses(
  'a container without seccomp',
  ['--set', 'securityContext.seccompProfile.type=Unconfined'],
  /seccompProfile/,
);
refuses('running as root', ['--set', 'podSecurityContext.runAsNonRoot=false'], /runAsNonRoot/);

if (failures > 0) {
  process.stdout.write(`chart: ${failures} check(s) failed\n`);
  process.exit(1);
}
process.stdout.write(`chart: every check passed (Kubernetes ${kubeVersion} schemas)\n`);

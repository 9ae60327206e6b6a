import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { loadConfig } from '../../server/config.js';

/**
 * No container engine or cluster runs where the tests do, so the deployment files are checked for
 * what can be checked without one: they agree with each other and with the gateway's config.
 */
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(root(path), 'utf8');

type Doc = Record<string, unknown>;
const get = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );

function kubernetes(path: string): Doc[] {
  return parseAllDocuments(read(path)).map((doc) => doc.toJSON() as Doc);
}
const byKind = (docs: Doc[], kind: string, name?: string): Doc => {
  const found = docs.find(
    (d) => d.kind === kind && (name === undefined || get(d, 'metadata', 'name') === name),
  );
  if (!found) throw new Error(`no ${kind} ${name ?? ''}`);
  return found;
};

describe('Kubernetes manifests', () => {
  const docs = [
    ...kubernetes('deploy/kubernetes/gateway.yaml'),
    ...kubernetes('deploy/kubernetes/redis.yaml'),
  ];
  const deployment = byKind(docs, 'Deployment', 'crowdgraph');
  const container = get(deployment, 'spec', 'template', 'spec', 'containers', 0);
  const env = Object.fromEntries(
    (get(container, 'env') as { name: string; value: string }[]).map((e) => [e.name, e.value]),
  );

  it('probes readiness on /readyz and liveness on /healthz, on the port the gateway listens on', () => {
    expect(get(container, 'readinessProbe', 'httpGet', 'path')).toBe('/readyz');
    expect(get(container, 'livenessProbe', 'httpGet', 'path')).toBe('/healthz');
    const port = get(container, 'ports', 0);
    expect(get(port, 'containerPort')).toBe(Number(env.PORT));
    expect(get(container, 'readinessProbe', 'httpGet', 'port')).toBe(get(port, 'name'));
    expect(env.HOST).toBe('0.0.0.0');
  });

  it('is an environment the gateway accepts in production, with its secret from a Secret', () => {
    expect(env.NODE_ENV).toBe('production');
    expect(get(container, 'envFrom', 0, 'secretRef', 'name')).toBeTruthy();
    expect(() => loadConfig({ ...env, CROWDGRAPH_SECRET: 'x'.repeat(32) })).not.toThrow();
  });

  it('points REDIS_URL at the Redis Service and its port', () => {
    const redis = byKind(docs, 'Service', 'crowdgraph-redis');
    const url = new URL(env.REDIS_URL ?? '');
    expect(url.hostname).toBe('crowdgraph-redis');
    expect(Number(url.port)).toBe(get(redis, 'spec', 'ports', 0, 'port'));
  });

  it('routes the Service to the pods and scales the Deployment', () => {
    const service = byKind(docs, 'Service', 'crowdgraph');
    expect(get(service, 'spec', 'selector')).toEqual(get(deployment, 'spec', 'selector', 'matchLabels'));
    expect(get(service, 'spec', 'ports', 0, 'targetPort')).toBe(get(container, 'ports', 0, 'name'));
    const hpa = byKind(docs, 'HorizontalPodAutoscaler');
    expect(get(hpa, 'spec', 'scaleTargetRef', 'name')).toBe('crowdgraph');
    expect(get(hpa, 'spec', 'minReplicas')).toBeGreaterThanOrEqual(2);
  });

  it('runs unprivileged with a read-only root and a writable /tmp for upload spooling', () => {
    expect(get(deployment, 'spec', 'template', 'spec', 'securityContext', 'runAsNonRoot')).toBe(true);
    expect(get(container, 'securityContext', 'readOnlyRootFilesystem')).toBe(true);
    expect(get(container, 'volumeMounts', 0, 'mountPath')).toBe('/tmp');
  });
});

describe('docker-compose', () => {
  const compose = parse(read('deploy/docker-compose.yml')) as Doc;
  const gateway = get(compose, 'services', 'gateway');

  it('gives each gateway replica its own host port', () => {
    const replicas = Number(get(gateway, 'deploy', 'replicas') ?? 1);
    const published = String(get(gateway, 'ports', 0)).split(':')[0] ?? '';
    const [first, last] = published.split('-').map(Number);
    expect((last ?? first ?? 0) - (first ?? 0) + 1).toBe(replicas);
  });

  it('waits for a healthy Redis and shares it', () => {
    expect(get(gateway, 'depends_on', 'redis', 'condition')).toBe('service_healthy');
    expect(get(gateway, 'environment', 'REDIS_URL')).toBe('redis://redis:6379');
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('runs the compiled gateway unprivileged, exposes its port and checks /healthz', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server\/main\.js"\]$/m);
  });
});

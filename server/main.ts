import {
  ARENA_DEMO_USERS,
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  CROWDCENT_DEMO_USERS,
  CROWDFLOWER_DEMO_USERS,
  GRAND_CHALLENGE_DEMO_USERS,
  startSimulators,
  type Simulators,
} from '../simulators/index.js';
import { createGateway } from './app.js';
import { ConfigError, loadConfig, type GatewayConfig, type PlatformConfig } from './config.js';

type PlatformKey = 'crowdcent' | 'crowdflower' | 'grandChallenge' | 'crowdai' | 'arena';

/** Per platform: its simulator's base URL, a demo server-side credential, and what to print. */
interface DemoSpec {
  key: PlatformKey;
  name: string;
  baseUrl: (simulators: Simulators) => string;
  credential: string | undefined;
  banner: string[];
}

const demos: DemoSpec[] = [
  {
    key: 'crowdcent',
    name: 'CROWDCENT',
    baseUrl: (s) => s.crowdcent.baseUrl,
    credential: CROWDCENT_DEMO_USERS[0]?.apiKey,
    banner: [
      'CrowdCent (server-side demo key of "alice"); per-caller keys for x-crowdcent-api-key:',
      ...CROWDCENT_DEMO_USERS.map((u) => `  ${u.username.padEnd(9)} ${u.apiKey}`),
    ],
  },
  {
    key: 'crowdflower',
    name: 'CROWDFLOWER',
    baseUrl: (s) => s.crowdflower.baseUrl,
    credential: CROWDFLOWER_DEMO_USERS[0]?.apiKey,
    banner: [
      'CrowdFlower (server-side demo key of "acme"); per-caller keys for x-crowdflower-key:',
      ...CROWDFLOWER_DEMO_USERS.map((u) => `  ${u.name.padEnd(9)} ${u.apiKey}`),
    ],
  },
  {
    key: 'grandChallenge',
    name: 'GRAND_CHALLENGE',
    baseUrl: (s) => s.grandChallenge.baseUrl,
    credential: GRAND_CHALLENGE_DEMO_USERS.find((u) => u.username === 'researcher')?.token,
    banner: [
      'Grand Challenge (server-side demo token of "researcher"); per-caller tokens for x-grand-challenge-token:',
      ...GRAND_CHALLENGE_DEMO_USERS.map((u) => `  ${u.username.padEnd(10)} ${u.token}`),
    ],
  },
  {
    key: 'crowdai',
    name: 'CROWDAI',
    baseUrl: (s) => s.crowdai.baseUrl,
    credential: CROWDAI_DEMO_ORGANIZERS.find((o) => o.role === 'admin')?.apiKey,
    banner: [
      'crowdAI (server-side demo admin key); organizer keys for x-crowdai-key:',
      ...CROWDAI_DEMO_ORGANIZERS.map((o) => `  ${o.name.padEnd(30)} ${o.apiKey}`),
      `  a participant key to grade: ${CROWDAI_DEMO_PARTICIPANTS[0]?.apiKey ?? ''}`,
    ],
  },
  {
    key: 'arena',
    name: 'ARENA',
    baseUrl: (s) => s.arena.baseUrl,
    credential: ((admin) => (admin ? `${admin.username}\n${admin.password}` : undefined))(
      ARENA_DEMO_USERS.find((u) => u.admin),
    ),
    banner: [
      'Arena (server-side demo login of the worker account); logins for x-arena-username / x-arena-password:',
      ...ARENA_DEMO_USERS.map((u) => `  ${u.username.padEnd(9)} ${u.password}${u.admin ? '  (admin)' : ''}`),
    ],
  },
];

/**
 * `npm start`: the gateway, plus — for every platform without a configured base URL — its built-in
 * simulator with a demo server-side credential, so a first GraphiQL query returns data with no
 * configuration and no network.
 */
async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const needsSimulator = (platform: PlatformConfig): boolean =>
    config.simulators && platform.enabled && !platform.baseUrl;
  const wanted = demos.filter((demo) => needsSimulator(config[demo.key]));
  const simulated = new Set<string>();
  const banner: string[] = [];
  const simulators = wanted.length > 0 ? await startSimulators({ host: '127.0.0.1' }) : undefined;
  if (simulators) {
    for (const demo of wanted) {
      const platform = config[demo.key];
      const baseUrl = demo.baseUrl(simulators);
      config = {
        ...config,
        [demo.key]: { ...platform, baseUrl, apiKey: platform.apiKey ?? demo.credential },
      };
      simulated.add(demo.name);
      banner.push(
        `  ${demo.banner[0] ?? ''}`,
        `    simulator at ${baseUrl}`,
        ...demo.banner.slice(1).map((l) => `    ${l}`),
      );
    }
  }

  const gateway = await createGateway(config, { simulated });
  await gateway.app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // The bound port, not the configured one: PORT=0 picks a free port and this line says which.
  const address = gateway.app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  console.log(
    `\ncrowdgraph is up: http://${shown}:${port}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}`,
  );
  if (config.secretIsEphemeral)
    console.log('  CROWDGRAPH_SECRET is not set: file links last until this process stops.');
  for (const line of banner) console.log(line);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining in-flight requests...`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await gateway.close();
    await simulators?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('crowdgraph failed to start:', error instanceof Error ? error.message : String(error));
  process.exit(1);
});

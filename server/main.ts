import {
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
  const simulated = new Set<string>();
  const banner: string[] = [];
  let simulators: Simulators | undefined;
  if (
    needsSimulator(config.crowdcent) ||
    needsSimulator(config.crowdflower) ||
    needsSimulator(config.grandChallenge)
  ) {
    simulators = await startSimulators({ host: '127.0.0.1' });
    if (needsSimulator(config.crowdcent)) {
      const { baseUrl } = simulators.crowdcent;
      config = {
        ...config,
        crowdcent: {
          ...config.crowdcent,
          baseUrl,
          apiKey: config.crowdcent.apiKey ?? CROWDCENT_DEMO_USERS[0]?.apiKey,
        },
      };
      simulated.add('CROWDCENT');
      banner.push(`  CrowdCent: built-in simulator at ${baseUrl} (server-side demo key of "alice")`);
      banner.push('    per-caller keys for the header x-crowdcent-api-key:');
      for (const user of CROWDCENT_DEMO_USERS) banner.push(`      ${user.username.padEnd(9)} ${user.apiKey}`);
    }
    if (needsSimulator(config.crowdflower)) {
      const { baseUrl } = simulators.crowdflower;
      config = {
        ...config,
        crowdflower: {
          ...config.crowdflower,
          baseUrl,
          apiKey: config.crowdflower.apiKey ?? CROWDFLOWER_DEMO_USERS[0]?.apiKey,
        },
      };
      simulated.add('CROWDFLOWER');
      banner.push(`  CrowdFlower: built-in simulator at ${baseUrl} (server-side demo key of "acme")`);
      banner.push('    per-caller keys for the header x-crowdflower-key:');
      for (const user of CROWDFLOWER_DEMO_USERS) banner.push(`      ${user.name.padEnd(9)} ${user.apiKey}`);
    }
    if (needsSimulator(config.grandChallenge)) {
      const { baseUrl } = simulators.grandChallenge;
      const demo = GRAND_CHALLENGE_DEMO_USERS.find((user) => user.username === 'researcher');
      config = {
        ...config,
        grandChallenge: {
          ...config.grandChallenge,
          baseUrl,
          apiKey: config.grandChallenge.apiKey ?? demo?.token,
        },
      };
      simulated.add('GRAND_CHALLENGE');
      banner.push(
        `  Grand Challenge: built-in simulator at ${baseUrl} (server-side demo token of "researcher")`,
      );
      banner.push('    per-caller tokens for the header x-grand-challenge-token:');
      for (const user of GRAND_CHALLENGE_DEMO_USERS)
        banner.push(`      ${user.username.padEnd(10)} ${user.token}`);
    }
    if (needsSimulator(config.crowdai)) {
      const { baseUrl } = simulators.crowdai;
      const admin = CROWDAI_DEMO_ORGANIZERS.find((organizer) => organizer.role === 'admin');
      config = {
        ...config,
        crowdai: { ...config.crowdai, baseUrl, apiKey: config.crowdai.apiKey ?? admin?.apiKey },
      };
      simulated.add('CROWDAI');
      banner.push(`  crowdAI: built-in simulator at ${baseUrl} (server-side demo admin key)`);
      banner.push('    per-caller organizer keys for the header x-crowdai-key:');
      for (const organizer of CROWDAI_DEMO_ORGANIZERS)
        banner.push(`      ${organizer.name.padEnd(30)} ${organizer.apiKey}`);
      banner.push(`    a participant key to grade: ${CROWDAI_DEMO_PARTICIPANTS[0]?.apiKey ?? ''}`);
    }
  }

  const gateway = await createGateway(config, { simulated });
  await gateway.app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `\ncrowdgraph is up: http://${shown}:${config.port}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}`,
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

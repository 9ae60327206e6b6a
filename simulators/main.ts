import { startSimulators } from './index.js';

/** `npm run simulators`: every platform on a fixed loopback port, for local development. */

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return port;
}

const simulators = await startSimulators({
  host: process.env.SIM_HOST || '127.0.0.1',
  ports: {
    crowdcent: portFromEnv('CROWDCENT_SIM_PORT', 4101),
    crowdflower: portFromEnv('CROWDFLOWER_SIM_PORT', 4102),
    grandChallenge: portFromEnv('GRAND_CHALLENGE_SIM_PORT', 4103),
    crowdai: portFromEnv('CROWDAI_SIM_PORT', 4104),
    arena: portFromEnv('ARENA_SIM_PORT', 4105),
  },
});

const { crowdcent, crowdflower, grandChallenge, crowdai, arena } = simulators;
console.log(`CrowdCent Challenge simulator: ${crowdcent.baseUrl}`);
for (const user of crowdcent.users) {
  console.log(`  ${user.username.padEnd(6)} ${user.tier.padEnd(11)} Authorization: Api-Key ${user.apiKey}`);
}
console.log(`Grand Challenge simulator: ${grandChallenge.baseUrl}`);
for (const user of grandChallenge.users) {
  console.log(`  ${user.username.padEnd(10)} Authorization: Bearer ${user.token}`);
}
console.log(`crowdAI simulator: ${crowdai.baseUrl}`);
for (const organizer of crowdai.organizers) {
  console.log(`  ${organizer.name} (${organizer.role})  Authorization: Token token="${organizer.apiKey}"`);
}
for (const participant of crowdai.participants.slice(0, 3)) {
  console.log(`  participant ${participant.name}  api_key ${participant.apiKey}`);
}
console.log(`Arena simulator: ${arena.baseUrl}`);
for (const user of arena.users) {
  console.log(`  ${user.username.padEnd(9)} password ${user.password}${user.admin ? '  (admin)' : ''}`);
}
console.log(`CrowdFlower simulator: ${crowdflower.baseUrl}`);
for (const user of crowdflower.users) {
  console.log(`  ${user.name.padEnd(9)} ?key=${user.apiKey}`);
}

let closing = false;
const shutdown = (signal: NodeJS.Signals): void => {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: closing simulators`);
  simulators.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

/**
 * Lists challenges across platforms through a running gateway, page by page, then shows one
 * CrowdCent challenge in depth.
 *
 *   npm start                                  # gateway + simulators on :4000
 *   npx tsx examples/list-challenges.ts
 *
 * Env: GATEWAY_URL (default http://127.0.0.1:4000/graphql), CROWDCENT_API_KEY (sent as
 * `x-crowdcent-api-key`; without it the gateway's own configured key, if any, is used).
 */
import { execute } from './client.js';
import {
  CrowdCentChallengeDocument,
  ListChallengesDocument,
  type ListChallengesQuery,
} from './__generated__/graphql.js';

const endpoint = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const headers: Record<string, string> = {};
if (process.env.CROWDCENT_API_KEY) headers['x-crowdcent-api-key'] = process.env.CROWDCENT_API_KEY;

async function main(): Promise<void> {
  let after: string | null = null;
  let page = 0;
  do {
    // Annotated only because `after` feeds back into the next request (TypeScript cannot infer a cycle).
    const { challenges }: ListChallengesQuery = await execute(
      endpoint,
      ListChallengesDocument,
      { first: 10, after },
      headers,
    );
    page += 1;
    console.log(
      `page ${page}${challenges.totalCount === null ? '' : ` of ${challenges.totalCount} challenges`}`,
    );
    for (const c of challenges.nodes) {
      console.log(`  ${c.platform.padEnd(15)} ${c.status.padEnd(8)} ${c.name}  [${c.id}]`);
    }
    after = challenges.pageInfo.hasNextPage ? challenges.pageInfo.endCursor : null;
  } while (after !== null && page < 5);

  const { crowdcent } = await execute(
    endpoint,
    CrowdCentChallengeDocument,
    { slug: 'hyperliquid-ranking' },
    headers,
  );
  const challenge = crowdcent.challenge;
  if (!challenge) {
    console.log('\nno CrowdCent challenge "hyperliquid-ranking"');
    return;
  }
  console.log(`\n${challenge.name} (${challenge.status})`);
  console.log(`  latest training data: ${challenge.latestTrainingDataset?.version ?? 'none'}`);
  const period = challenge.currentInferencePeriod;
  if (period) {
    console.log(
      `  current period ${period.releaseDate}, ${period.isOpen ? 'open' : 'closed'} until ${period.submissionDeadline}`,
    );
  }
  for (const s of challenge.submissions?.nodes ?? []) {
    console.log(
      `  submission ${s.submissionId} slot ${s.slot} ${s.periodReleaseDate}: ${s.status} score ${s.score ?? '-'}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

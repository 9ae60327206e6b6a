import type { NodeResolvers, QueryResolvers } from './__generated__/types.js';
import type { GatewayContext } from './context.js';
import { badUserInput } from '../datasources/core/index.js';
import { fromGlobalId } from './support/globalId.js';
import { loadCrowdCentNode } from './crowdcent/node.js';
import { loadCrowdFlowerNode } from './crowdflower/node.js';
import { loadGrandChallengeNode } from './grand-challenge/node.js';
import { loadCrowdAINode } from './crowdai/node.js';
import { loadArenaNode } from './arena/node.js';

const MAX_NODES = 100;

/** Any object by global ID; null for unknown, forged or vanished ones. */
export async function loadNode(id: string, ctx: GatewayContext) {
  const decoded = fromGlobalId(id);
  if (!decoded) return null;
  switch (decoded.platform) {
    case 'CROWDCENT':
      return loadCrowdCentNode(decoded.type, decoded.nativeId, ctx);
    case 'CROWDFLOWER':
      return loadCrowdFlowerNode(decoded.type, decoded.nativeId, ctx);
    case 'GRAND_CHALLENGE':
      return loadGrandChallengeNode(decoded.type, decoded.nativeId, ctx);
    case 'CROWDAI':
      return loadCrowdAINode(decoded.type, decoded.nativeId, ctx);
    case 'ARENA':
      return loadArenaNode(decoded.type, decoded.nativeId, ctx);
    default:
      return null;
  }
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_root, { id }, ctx) => loadNode(id, ctx),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_NODES) throw badUserInput(`\`ids\` takes at most ${MAX_NODES} IDs.`, 'ids');
    return Promise.all(ids.map((id) => loadNode(id, ctx)));
  },
};

/** Every model carries `__typename`, so abstract types resolve without inspecting fields. */
const byTypename = <T extends string>(model: { __typename: T }): T => model.__typename;

export const Node: NodeResolvers = { __resolveType: byTypename };
export { byTypename };

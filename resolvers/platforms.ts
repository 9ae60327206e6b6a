import type { QueryResolvers } from './__generated__/types.js';

export const platformQueries: Pick<QueryResolvers, 'platforms'> = {
  platforms: (_root, _args, ctx) => [...ctx.platformInfo],
};

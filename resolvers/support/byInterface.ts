import type { GraphQLInterfaceType, GraphQLResolveInfo } from 'graphql';

/**
 * Whether a model's GraphQL type implements an interface, asked of the schema itself — so a new
 * platform's types count for `challenge(id)`, `job(id)`, … the moment the SDL says they implement
 * it. Only the schema's own methods are used: `instanceof`-based helpers imported here could come
 * from the other (CJS/ESM) copy of graphql than the one that built the schema.
 */
export function implementsInterface(
  model: { __typename: string },
  interfaceName: string,
  info: GraphQLResolveInfo,
): boolean {
  const type = info.schema.getType(interfaceName);
  if (!type || type.astNode?.kind !== 'InterfaceTypeDefinition') return false;
  const { objects } = info.schema.getImplementations(type as GraphQLInterfaceType);
  return objects.some((object) => object.name === model.__typename);
}

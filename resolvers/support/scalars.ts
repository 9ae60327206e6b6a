import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { isoUtc } from '../../datasources/core/index.js';

function invalid(name: string, detail: string): GraphQLError {
  return new GraphQLError(`${name} ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringScalar(
  name: string,
  description: string,
  check: (value: string) => string,
): GraphQLScalarType {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') throw invalid(name, 'must be a string.');
    return check(value);
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => (value instanceof Date ? value.toISOString() : parse(value)),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(name, 'must be a string.');
      return parse(ast.value);
    },
  });
}

export const DateTimeScalar = stringScalar('DateTime', 'ISO-8601 date-time in UTC.', (value) => {
  // Every timestamp a model holds went through isoUtc already: its rewrite of the canonical UTC form
  // spares serializing each of a page's hundreds of stamps a Date parse and format.
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    try {
      return isoUtc(value);
    } catch {
      // no date at all (Date's RangeError): refused below
    }
  }
  throw invalid('DateTime', `"${value.slice(0, 40)}" is not an ISO-8601 date-time.`);
});

export const DateScalar = stringScalar('Date', 'Calendar date, YYYY-MM-DD.', (value) => {
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw invalid('Date', `"${value.slice(0, 40)}" is not a YYYY-MM-DD date.`);
  return value;
});

export const URLScalar = stringScalar('URL', 'Absolute http(s) URL.', (value) => {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through
  }
  throw invalid('URL', 'must be an absolute http(s) URL.');
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalToJson(field.value)]));
    default:
      throw invalid('JSON', 'cannot contain variables.');
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});

function safeInt(value: unknown): number {
  const number = typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number))
    throw invalid('SafeInt', 'must be an integer within ±(2^53−1).');
  return number;
}

export const SafeIntScalar = new GraphQLScalarType({
  name: 'SafeInt',
  description: 'Integer within ±(2^53−1), as a JSON number.',
  serialize: safeInt,
  parseValue: safeInt,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.INT) throw invalid('SafeInt', 'must be an integer literal.');
    return safeInt(Number(ast.value));
  },
});

export const scalarResolvers = {
  SafeInt: SafeIntScalar,
  DateTime: DateTimeScalar,
  Date: DateScalar,
  URL: URLScalar,
  JSON: JSONScalar,
  Upload: GraphQLUpload,
};

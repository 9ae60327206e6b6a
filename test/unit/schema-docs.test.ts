import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/schema.js';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function hasText(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

interface Described {
  name: string;
  description?: string | null;
}
interface WithArgs extends Described {
  args?: readonly Described[];
}

/** Coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) that lack a description. */
function undocumentedCoordinates(): string[] {
  const schema = buildSchema();
  const missing: string[] = [];
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    if (name.startsWith('__') || BUILT_IN_SCALARS.has(name)) continue;
    if (!hasText(type.description)) missing.push(name);
    // Duck typing: graphql may be loaded twice (CJS and ESM), so instanceof-based helpers fail.
    if ('getFields' in type && typeof type.getFields === 'function') {
      const fields = type.getFields() as Record<string, WithArgs>;
      for (const field of Object.values(fields)) {
        if (!hasText(field.description)) missing.push(`${name}.${field.name}`);
        for (const arg of field.args ?? []) {
          if (!hasText(arg.description)) missing.push(`${name}.${field.name}(${arg.name}:)`);
        }
      }
    }
    if ('getValues' in type && typeof type.getValues === 'function') {
      for (const value of type.getValues() as readonly Described[]) {
        if (!hasText(value.description)) missing.push(`${name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing = undocumentedCoordinates();
    expect(missing, `undocumented schema coordinates:\n${missing.join('\n')}`).toEqual([]);
  });
});

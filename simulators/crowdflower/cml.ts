/**
 * Just enough of CrowdFlower Markup Language to know a job's form: which fields it asks, their
 * options and whether one is required (quirk 6: a job only saves with a required element).
 */

export type CmlKind = 'radios' | 'checkboxes' | 'select' | 'ratings' | 'checkbox' | 'text' | 'textarea';

export interface CmlField {
  readonly name: string;
  readonly label: string;
  readonly kind: CmlKind;
  readonly required: boolean;
  /** Answer values for choice fields; empty for free text. */
  readonly options: readonly string[];
}

const CONTAINERS: Readonly<Record<string, { kind: CmlKind; option: string }>> = {
  radios: { kind: 'radios', option: 'radio' },
  checkboxes: { kind: 'checkboxes', option: 'checkbox' },
  select: { kind: 'select', option: 'option' },
};
const SINGLES: Readonly<Record<string, CmlKind>> = {
  checkbox: 'checkbox',
  text: 'text',
  textarea: 'textarea',
  ratings: 'ratings',
};

/** The name CrowdFlower derives from a label when `name` is absent. */
export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(/([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, key, doubled, single] = match;
    if (key !== undefined) found.set(key.toLowerCase(), doubled ?? single ?? '');
  }
  return found;
}

interface OpenField {
  name: string;
  label: string;
  kind: CmlKind;
  required: boolean;
  options: string[];
  option: string;
}

function fieldFrom(kind: CmlKind, attrs: Map<string, string>): OpenField | undefined {
  const label = attrs.get('label') ?? '';
  const name = attrs.get('name') ?? slug(label);
  if (name === '') return undefined;
  const required = /\brequired\b/.test(attrs.get('validates') ?? '');
  return { name, label: label === '' ? name : label, kind, required, options: [], option: '' };
}

function ratingOptions(attrs: Map<string, string>): string[] {
  const points = Number(attrs.get('points') ?? '5');
  const count = Number.isInteger(points) && points > 1 && points <= 20 ? points : 5;
  return Array.from({ length: count }, (_, index) => String(index + 1));
}

export function parseCml(cml: string | null): CmlField[] {
  if (cml === null || cml === '') return [];
  const fields: CmlField[] = [];
  let open: OpenField | undefined;
  for (const match of cml.matchAll(/<(\/?)cml:([a-z_]+)\b([^>]*?)(\/?)>/gi)) {
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    const attrs = attributes(match[3] ?? '');
    const container = CONTAINERS[tag];
    if (open !== undefined && closing && tag === open.kind) {
      fields.push(open);
      open = undefined;
    } else if (open !== undefined && !closing && tag === open.option) {
      const label = attrs.get('label') ?? '';
      const value = attrs.get('value') ?? slug(label);
      if (value !== '') open.options.push(value);
    } else if (!closing && container !== undefined) {
      open = fieldFrom(container.kind, attrs);
      if (open !== undefined) open.option = container.option;
      // a self-closing container has no options and nothing to wait for
      if (open !== undefined && match[4] === '/') {
        fields.push(open);
        open = undefined;
      }
    } else if (!closing && open === undefined && SINGLES[tag] !== undefined) {
      const field = fieldFrom(SINGLES[tag], attrs);
      if (field === undefined) continue;
      if (field.kind === 'ratings') field.options = ratingOptions(attrs);
      if (field.kind === 'checkbox') field.options = ['true', 'false'];
      fields.push(field);
    }
  }
  if (open !== undefined) fields.push(open);
  return fields.map(({ name, label, kind, required, options }) => ({ name, label, kind, required, options }));
}

/** "At minimum, your job must have a valid title, instructions, and one *required* CML form element." */
export function hasRequiredElement(cml: string | null): boolean {
  return parseCml(cml).some((field) => field.required);
}

/** `legend.json`: the form keys a judgment's `data` will carry, with their labels. */
export function legend(cml: string | null): Record<string, string> {
  return Object.fromEntries(parseCml(cml).map((field) => [field.name, field.label]));
}

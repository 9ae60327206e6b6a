/**
 * Rails-style form encoding, as CrowdFlower's v1 expects for writes: `job[title]=…`,
 * `job[options][req_ttl_in_seconds]=…`, lists as `channels[]=a&channels[]=b`.
 */
export function railsForm(root: string, value: unknown, out = new URLSearchParams()): URLSearchParams {
  if (value === undefined) return out;
  if (value === null) {
    out.append(root, '');
  } else if (Array.isArray(value)) {
    for (const item of value) railsForm(`${root}[]`, item, out);
  } else if (typeof value === 'object') {
    for (const [key, nested] of Object.entries(value as Record<string, unknown>))
      railsForm(`${root}[${key}]`, nested, out);
  } else {
    out.append(root, String(value));
  }
  return out;
}

/** Several roots into one body: `railsFormOf({ job: {...}, channels: [...] })`. */
export function railsFormOf(fields: Readonly<Record<string, unknown>>): string {
  const out = new URLSearchParams();
  for (const [root, value] of Object.entries(fields)) railsForm(root, value, out);
  return out.toString();
}

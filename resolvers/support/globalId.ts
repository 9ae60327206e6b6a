import { PLATFORM_NAMES, type PlatformName } from '../../datasources/core/index.js';

const platforms: ReadonlySet<string> = new Set(PLATFORM_NAMES);

export interface DecodedId {
  platform: PlatformName;
  type: string;
  nativeId: string;
}

/** Opaque global ID: base64url of `platform:Type:nativeId` (DESIGN §4). */
export function toGlobalId(platform: PlatformName, type: string, nativeId: string): string {
  return Buffer.from(`${platform}:${type}:${nativeId}`, 'utf8').toString('base64url');
}

/** Null for anything that is not an ID this gateway issued (never throws on forged input). */
export function fromGlobalId(id: string): DecodedId | null {
  if (id.length === 0 || id.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const first = text.indexOf(':');
  const second = text.indexOf(':', first + 1);
  if (first < 0 || second < 0) return null;
  const platform = text.slice(0, first);
  const type = text.slice(first + 1, second);
  const nativeId = text.slice(second + 1);
  if (!platforms.has(platform) || !/^[A-Za-z]+$/.test(type) || nativeId.length === 0) return null;
  return { platform: platform as PlatformName, type, nativeId };
}

/** `id` resolver shared by every Node type: built from the model's platform, type and native id. */
export function nodeId(model: { platform: PlatformName; __typename: string; nativeId: string }): string {
  return toGlobalId(model.platform, model.__typename, model.nativeId);
}

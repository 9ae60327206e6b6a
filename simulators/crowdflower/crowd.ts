import { draw, hashSeed } from '../core/random.js';

/** The simulated contributors: fixed ids, trust and places, so every run meets the same crowd. */

export interface Contributor {
  readonly id: number;
  /** Overall trust across jobs (`worker_trust`). */
  readonly trust: number;
  /** ISO 3166 alpha-2, what `included_countries` filters on. */
  readonly countryCode: string;
  /** ISO 3166 alpha-3, what a Judgment's `country` prints. */
  readonly country: string;
  readonly region: string;
  readonly city: string;
  /** The labour channel the contributor came through (`external_type`). */
  readonly channel: string;
  readonly ip: string;
}

const PLACES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['US', 'USA', 'United States', 'CA', 'Los Angeles'],
  ['IN', 'IND', 'India', 'KA', 'Bangalore'],
  ['PH', 'PHL', 'Philippines', '00', 'Manila'],
  ['VE', 'VEN', 'Venezuela', '25', 'Caracas'],
  ['GB', 'GBR', 'United Kingdom', 'H9', 'London'],
  ['KE', 'KEN', 'Kenya', '05', 'Nairobi'],
  ['BR', 'BRA', 'Brazil', '27', 'Sao Paulo'],
  ['EG', 'EGY', 'Egypt', '11', 'Cairo'],
  ['RS', 'SRB', 'Serbia', '00', 'Belgrade'],
  ['UA', 'UKR', 'Ukraine', '12', 'Kyiv'],
  ['ID', 'IDN', 'Indonesia', '04', 'Jakarta'],
  ['DE', 'DEU', 'Germany', '16', 'Berlin'],
  ['FI', 'FIN', 'Finland', '18', 'Helsinki'],
  ['BD', 'BGD', 'Bangladesh', '81', 'Dhaka'],
  ['MX', 'MEX', 'Mexico', '09', 'Mexico City'],
];

const CHANNELS = ['cf_internal', 'neodev', 'clixsense', 'instagc', 'prodege', 'elite', 'tremorgames'];

/** Workers below this trust fail the job's quality bar: their judgments arrive `tainted`. */
export const TAINT_THRESHOLD = 0.7;

function buildCrowd(size: number): Contributor[] {
  const seen = new Set<number>();
  const crowd: Contributor[] = [];
  for (let index = 0; crowd.length < size; index += 1) {
    const id = 10_000_000 + (hashSeed('worker', index) % 40_000_000);
    if (seen.has(id)) continue;
    seen.add(id);
    const place = PLACES[hashSeed('place', id) % PLACES.length] ?? PLACES[0];
    if (place === undefined) throw new Error('no places');
    // every eighth contributor is unreliable, the rest spread over 0.75–1.0
    const trust =
      index % 8 === 7
        ? 0.5 + draw('trust', id) * 0.18
        : Math.round((0.75 + draw('trust', id) * 0.25) * 10000) / 10000;
    crowd.push({
      id,
      trust: Math.round(trust * 10000) / 10000,
      countryCode: place[0],
      country: place[1],
      region: place[3],
      city: place[4],
      channel: CHANNELS[hashSeed('channel', id) % CHANNELS.length] ?? 'cf_internal',
      ip: `203.0.${113 + (id % 3)}.${id % 250}`,
    });
  }
  return crowd;
}

export const CROWD: readonly Contributor[] = buildCrowd(48);

const byId = new Map(CROWD.map((worker) => [worker.id, worker]));

export function contributor(id: number): Contributor | undefined {
  return byId.get(id);
}

/** Country names for `included_countries` codes the crowd knows. */
export function countryName(code: string): string {
  return PLACES.find((place) => place[0] === code.toUpperCase())?.[2] ?? code.toUpperCase();
}

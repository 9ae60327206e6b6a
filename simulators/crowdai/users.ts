import { createHash } from 'node:crypto';

/**
 * Keys of the three kinds (reference §1): the admin key held by the Broker, organizer keys and
 * participant keys. All are 32 lowercase hex and unique across kinds. Fixed, so a developer can
 * paste them into a grader across restarts.
 */

export type CrowdAIRole = 'organizer' | 'admin';

export interface CrowdAIDemoOrganizer {
  readonly name: string;
  readonly apiKey: string;
  readonly role: CrowdAIRole;
}

export interface CrowdAIDemoParticipant {
  readonly id: number;
  readonly name: string;
  readonly apiKey: string;
}

/** The admin key is not an organizer row, so it has no organizer id. */
export interface OrganizerRecord extends CrowdAIDemoOrganizer {
  readonly id: number | null;
}

export interface ParticipantRecord extends CrowdAIDemoParticipant {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly affiliation: string | null;
  readonly address: string | null;
  readonly city: string | null;
  readonly countryCd: string | null;
}

export const ORGANIZERS: readonly OrganizerRecord[] = [
  { id: 3, name: 'Stanford NMBL', apiKey: '171d29522d4e56d1db7c8fd9b527c498', role: 'organizer' },
  {
    id: 8,
    name: 'EPFL Digital Epidemiology Lab',
    apiKey: '63576909453732d93f6710d84bad34d4',
    role: 'organizer',
  },
  { id: null, name: 'crowdAI Broker', apiKey: 'a9f441c9a818cabb76e47f0c4bff774d', role: 'admin' },
];

type ParticipantRow = [
  id: number,
  name: string,
  apiKey: string,
  firstName: string,
  lastName: string,
  affiliation: string | null,
  city: string | null,
  countryCd: string | null,
];

const PARTICIPANT_ROWS: readonly ParticipantRow[] = [
  [1207, 'kelvin_fung', '5f5df8aa596e8e56cf58407cb7e3a4ca', 'Kelvin', 'Fung', 'HKUST', 'Hong Kong', 'HK'],
  [1388, 'AnikaR', 'b525a9ab9901ef97cd065962244a3093', 'Anika', 'Rao', 'ETH Zurich', 'Zurich', 'CH'],
  [
    1542,
    'tomasz_k',
    '1d356a5a55ba395f2ee9c13632fe0a12',
    'Tomasz',
    'Kowalski',
    'University of Warsaw',
    'Warsaw',
    'PL',
  ],
  [2210, 'lucas.martin', '3f0e46d35315d5b765ee913ac01d8285', 'Lucas', 'Martin', 'INRIA', 'Paris', 'FR'],
  [
    2317,
    'MeiChen',
    '2c1d4183b87badbd4b552db10de3f1b0',
    'Mei',
    'Chen',
    'Tsinghua University',
    'Beijing',
    'CN',
  ],
  [2459, 'deep_runner', '8eb46f96b4a819d3bf0affad3463346d', 'Daniel', 'Okafor', null, null, null],
  [3021, 'oleksandr_p', '85e00b34735633ca65cc420bfacf7b5a', 'Oleksandr', 'Petrenko', 'KPI', 'Kyiv', 'UA'],
  [3144, 'priya_s', '47f03ff056a7132178e30097db3aee41', 'Priya', 'Sharma', 'IIT Bombay', 'Mumbai', 'IN'],
  [3380, 'jonas_b', 'f4e531691bce13c73c4276224ea1ff1b', 'Jonas', 'Berg', 'KTH', 'Stockholm', 'SE'],
  [3912, 'fatima_z', 'c7c256c0857242aa4df7be4c69b5277f', 'Fatima', 'Zahra', 'EPFL', 'Lausanne', 'CH'],
  [4105, 'nilsson_ai', 'b3a2d6a19aa6a4fa3105bb7e860286df', 'Erik', 'Nilsson', 'Chalmers', 'Gothenburg', 'SE'],
  [4477, 'rl_explorer', '757eb61a771e10d48a90bd693c5c2898', 'Sara', 'Costa', 'FEUP', 'Porto', 'PT'],
];

export const PARTICIPANTS: readonly ParticipantRecord[] = PARTICIPANT_ROWS.map(
  ([id, name, apiKey, firstName, lastName, affiliation, city, countryCd]) => ({
    id,
    name,
    apiKey,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.org`,
    firstName,
    lastName,
    affiliation,
    address: city === null ? null : `${(id % 90) + 1} Research Avenue`,
    city,
    countryCd,
  }),
);

export const CROWDAI_DEMO_ORGANIZERS: ReadonlyArray<CrowdAIDemoOrganizer> = ORGANIZERS.map(
  ({ name, apiKey, role }) => ({ name, apiKey, role }),
);

export const CROWDAI_DEMO_PARTICIPANTS: ReadonlyArray<CrowdAIDemoParticipant> = PARTICIPANTS.map(
  ({ id, name, apiKey }) => ({ id, name, apiKey }),
);

/**
 * Doorkeeper access tokens for `GET /api/user` (scope `public`), one per participant. Derived
 * from the participant key so they stay fixed without another table of literals.
 */
export const CROWDAI_DEMO_OAUTH_TOKENS: ReadonlyArray<{
  readonly participantId: number;
  readonly accessToken: string;
}> = PARTICIPANTS.map(({ id, apiKey }) => ({
  participantId: id,
  accessToken: createHash('sha256').update(`doorkeeper:${apiKey}`).digest('hex'),
}));

const organizerByKey = new Map(ORGANIZERS.map((organizer) => [organizer.apiKey, organizer]));
const participantByKey = new Map(PARTICIPANTS.map((participant) => [participant.apiKey, participant]));
const participantsById = new Map(PARTICIPANTS.map((participant) => [participant.id, participant]));
const participantByToken = new Map(
  CROWDAI_DEMO_OAUTH_TOKENS.map(({ participantId, accessToken }) => [
    accessToken,
    participantsById.get(participantId),
  ]),
);

export function organizerForKey(apiKey: string): OrganizerRecord | undefined {
  return organizerByKey.get(apiKey);
}

export function participantForKey(apiKey: string): ParticipantRecord | undefined {
  return participantByKey.get(apiKey);
}

export function participantById(id: number): ParticipantRecord | undefined {
  return participantsById.get(id);
}

/** Usernames are matched case-insensitively (reference §2). */
export function participantNamed(name: string): ParticipantRecord | undefined {
  const lower = name.toLowerCase();
  return PARTICIPANTS.find((participant) => participant.name.toLowerCase() === lower);
}

export function participantForToken(token: string): ParticipantRecord | undefined {
  return participantByToken.get(token);
}

export function requireParticipant(id: number): ParticipantRecord {
  const participant = participantsById.get(id);
  if (participant === undefined) throw new Error(`no seeded participant ${id}`);
  return participant;
}

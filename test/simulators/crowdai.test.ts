import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CROWDAI_DEMO_OAUTH_TOKENS,
  CROWDAI_DEMO_ORGANIZERS,
  CROWDAI_DEMO_PARTICIPANTS,
  startCrowdAISimulator,
  type CrowdAISimulator,
} from '../../simulators/crowdai/index.js';

const START = Date.parse('2019-06-11T12:00:00.000Z');
const HOUR = 3600 * 1000;
const JSON_TYPE = 'application/json; charset=utf-8';
const DENIED = 'HTTP Token: Access denied.\n';
const RUBY_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/;

const MAPPING = 'crowdai_mapping_challenge';
const PROSTHETICS = 'nips18_ai_for_prosthetics';

function organizerKey(name: 'nmbl' | 'epfl' | 'admin'): string {
  const index = { nmbl: 0, epfl: 1, admin: 2 }[name];
  const organizer = CROWDAI_DEMO_ORGANIZERS[index];
  if (organizer === undefined) throw new Error(`no organizer ${name}`);
  return organizer.apiKey;
}

function participant(name: string): { id: number; name: string; apiKey: string } {
  const found = CROWDAI_DEMO_PARTICIPANTS.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no participant ${name}`);
  return found;
}

interface CallOptions {
  method?: string;
  /** Organizer whose key goes in `Authorization: Token token="…"`; null sends none. */
  as?: 'nmbl' | 'epfl' | 'admin' | null;
  authorization?: string;
  form?: Record<string, string>;
  json?: unknown;
  headers?: Record<string, string>;
}

function call(sim: CrowdAISimulator, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const as = options.as === undefined ? 'admin' : options.as;
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (as !== null) headers.authorization = `Token token="${organizerKey(as)}"`;
  let body: string | undefined;
  if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const url = path.startsWith('http') ? path : `${sim.baseUrl}${path}`;
  return fetch(url, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value));
}

function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new Error('expected an array');
  return value.map(record);
}

/** Asserts the status and the exact JSON content type, and returns the body. */
async function expectJson(response: Response, status: number): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toBe(JSON_TYPE);
  return JSON.parse(text);
}

async function expectDenied(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('text/plain');
  expect(response.headers.get('www-authenticate')).toBe('Token realm="Application"');
  expect(await response.text()).toBe(DENIED);
}

function grade(sim: CrowdAISimulator, fields: Record<string, string>, as: CallOptions['as'] = 'epfl') {
  return call(sim, '/external_graders', { as, form: fields });
}

async function submissionsOf(
  sim: CrowdAISimulator,
  challengeId: number,
  query = '',
  as: CallOptions['as'] = 'epfl',
): Promise<Record<string, unknown>[]> {
  return records(
    await expectJson(await call(sim, `/challenges/${challengeId}/submissions${query}`, { as }), 200),
  );
}

describe('crowdAI simulator', () => {
  let sim: CrowdAISimulator;
  let clock = START;

  beforeEach(async () => {
    clock = START;
    sim = await startCrowdAISimulator({ now: () => new Date(clock) });
  });
  afterEach(async () => {
    await sim.close();
  });

  describe('authentication', () => {
    it('answers the plain-text 401 with the Token realm when no key is sent', async () => {
      await expectDenied(await call(sim, `/external_graders/${participant('AnikaR').apiKey}`, { as: null }));
    });

    it('accepts the quoted, unquoted, bare and Bearer forms of the organizer key', async () => {
      const key = organizerKey('epfl');
      const path = `/external_graders/${participant('AnikaR').apiKey}`;
      for (const authorization of [
        `Token token="${key}"`,
        `Token token=${key}`,
        `Token ${key}`,
        `Bearer ${key}`,
      ]) {
        const response = await call(sim, path, { authorization });
        expect(response.status, authorization).toBe(200);
      }
    });

    it('refuses a participant key in the header and an unknown scheme', async () => {
      const path = `/external_graders/${participant('AnikaR').apiKey}`;
      await expectDenied(
        await call(sim, path, { authorization: `Token token="${participant('jonas_b').apiKey}"` }),
      );
      await expectDenied(await call(sim, path, { authorization: `Basic ${organizerKey('epfl')}` }));
    });

    it('keeps the admin-only reads from organizer keys', async () => {
      await expectDenied(await call(sim, '/challenges', { as: 'nmbl' }));
      await expectDenied(await call(sim, '/submissions/10001', { as: 'nmbl' }));
      await expectDenied(await call(sim, '/participants/AnikaR', { as: 'epfl' }));
    });
  });

  describe('GET /external_graders/:api_key', () => {
    it('confirms a participant key with the participant id', async () => {
      const body = await expectJson(
        await call(sim, `/external_graders/${participant('AnikaR').apiKey}`),
        200,
      );
      expect(body).toEqual({ message: 'Developer API key is valid', participant_id: 1388 });
    });

    it('answers 404 with a null participant_id for an unknown key', async () => {
      const body = await expectJson(
        await call(sim, '/external_graders/0123456789abcdef0123456789abcdef'),
        404,
      );
      expect(body).toEqual({
        message: 'No participant could be found for this API key',
        participant_id: null,
      });
    });

    it('has no index route and no challenge_config action', async () => {
      await expectJson(await call(sim, '/external_graders'), 404);
      await expectJson(
        await call(sim, `/external_graders/challenge_config?challenge_client_name=${MAPPING}`),
        404,
      );
    });

    it('sends the Rails headers: ETag and private caching on 200', async () => {
      const response = await call(sim, `/external_graders/${participant('AnikaR').apiKey}`);
      expect(response.headers.get('etag')).toMatch(/^W\/"[0-9a-f]{32}"$/);
      expect(response.headers.get('cache-control')).toBe('max-age=0, private, must-revalidate');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('x-runtime')).toMatch(/^\d+\.\d{6}$/);
    });
  });

  describe('POST /external_graders', () => {
    it('creates a graded submission, counts it and reports the slots left with a Ruby reset time', async () => {
      const anika = participant('AnikaR');
      const fields = {
        api_key: anika.apiKey,
        challenge_client_name: MAPPING,
        grading_status: 'graded',
        score: '0.912',
        score_secondary: '0.934',
      };
      const first = record(await expectJson(await grade(sim, fields), 202));
      expect(first.message).toBe('Participant AnikaR scored');
      expect(typeof first.submission_id).toBe('number');
      // seeded: one Mapping entry 6 h ago, limit 5 per sliding day
      expect(first.submissions_remaining).toBe(3);
      expect(first.reset_dttm).toMatch(RUBY_TIME);
      expect(first.reset_dttm).toBe('2019-06-12 06:00:00 UTC');

      const second = record(await expectJson(await grade(sim, { ...fields, score: '0.93' }), 202));
      expect(second.submissions_remaining).toBe(2);

      const listed = (await submissionsOf(sim, 14, '?grading_status=graded')).find(
        (entry) => entry.id === first.submission_id,
      );
      expect(listed).toMatchObject({
        participant_id: anika.id,
        participant_name: 'AnikaR',
        challenge_name: 'crowdAI Mapping Challenge',
        challenge_round_id: 24,
        grading_status_cd: 'graded',
        score: 0.912,
        score_secondary: 0.934,
        created_at: '2019-06-11T12:00:00.000Z',
      });
    });

    it('reads parameters from the query string, as the documented curl call sends them', async () => {
      const query = new URLSearchParams({
        api_key: participant('AnikaR').apiKey,
        challenge_client_name: MAPPING,
        grading_status: 'graded',
        score: '0.99',
        media_large: 'media/large.png',
        media_thumbnail: 'media/thumb.png',
        media_content_type: 'image/png',
      });
      const response = await call(sim, `/external_graders?${query.toString()}`, {
        method: 'POST',
        headers: { accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' },
      });
      const body = record(await expectJson(response, 202));
      const info = record(
        await expectJson(
          await call(sim, `/external_graders/${String(body.submission_id)}/submission_info`),
          200,
        ),
      );
      expect(JSON.parse(String(info.body))).toMatchObject({ score: 0.99, media_content_type: 'image/png' });
    });

    it('reads a JSON body with a charset, with meta as an object', async () => {
      const created = await fetch(`${sim.baseUrl}/external_graders`, {
        method: 'POST',
        headers: {
          authorization: `Token token="${organizerKey('epfl')}"`,
          'content-type': 'application/json; charset=utf-8',
        },
        body: JSON.stringify({
          api_key: participant('AnikaR').apiKey,
          challenge_client_name: MAPPING,
          grading_status: 'graded',
          score: 0.75,
          meta: { model: 'HRNet' },
        }),
      });
      const body = record(await expectJson(created, 202));
      const read = record(
        await expectJson(await call(sim, `/submissions/${String(body.submission_id)}`), 200),
      );
      expect(read).toMatchObject({ score: 0.75, meta: { model: 'HRNet' } });
    });

    it('refuses a participant past the daily limit and creates nothing, until the window slides', async () => {
      const fatima = participant('fatima_z');
      const before = (await submissionsOf(sim, 14)).filter(
        (entry) => entry.participant_id === fatima.id,
      ).length;
      const fields = {
        api_key: fatima.apiKey,
        challenge_client_name: MAPPING,
        grading_status: 'graded',
        score: '0.9',
      };
      const body = await expectJson(await grade(sim, fields), 400);
      expect(body).toEqual({
        message: 'The participant has no submission slots remaining for today.',
        submission_id: null,
        submissions_remaining: 0,
        // the oldest of the five entries was 20 h ago
        reset_dttm: '2019-06-11 16:00:00 UTC',
      });
      const after = (await submissionsOf(sim, 14)).filter(
        (entry) => entry.participant_id === fatima.id,
      ).length;
      expect(after).toBe(before);

      clock = START + 4 * HOUR + 1000;
      const accepted = record(await expectJson(await grade(sim, fields), 202));
      expect(accepted.submissions_remaining).toBe(0);
    });

    it('refuses a failed grade without a message, and stores a failed grade with one without a score', async () => {
      const fields = {
        api_key: participant('AnikaR').apiKey,
        challenge_client_name: MAPPING,
        grading_status: 'failed',
        score: '0.5',
      };
      const refused = record(await expectJson(await grade(sim, fields), 400));
      expect(refused.message).toBe('Grading message must be provided if grading = failed');
      expect(refused.submission_id).toBeNull();

      const message = 'Annotations file could not be parsed';
      const stored = record(await expectJson(await grade(sim, { ...fields, grading_message: message }), 202));
      expect(stored.message).toBe('Participant AnikaR scored');
      const info = record(
        await expectJson(
          await call(sim, `/external_graders/${String(stored.submission_id)}/submission_info`),
          200,
        ),
      );
      expect(JSON.parse(String(info.body))).toMatchObject({
        grading_status_cd: 'failed',
        grading_message: message,
        score: null,
      });
    });

    it('names the accepted statuses when grading_status is wrong, and wants all media fields or none', async () => {
      const base = { api_key: participant('AnikaR').apiKey, challenge_client_name: MAPPING };
      const status = record(await expectJson(await grade(sim, { ...base, grading_status: 'done' }), 400));
      expect(status.message).toBe('Grading status must be one of (graded|failed|initiated)');
      const media = record(
        await expectJson(await grade(sim, { ...base, grading_status: 'graded', media_large: 'a.png' }), 400),
      );
      expect(media.message).toBe(
        'Either all or none of media_large, media_thumbnail and media_content_type must be provided.',
      );
    });

    it("refuses an organizer grading another organizer's challenge, before looking at anything else", async () => {
      const anika = participant('AnikaR');
      const before = (await submissionsOf(sim, 14)).length;
      const fields = {
        api_key: anika.apiKey,
        challenge_client_name: MAPPING,
        grading_status: 'graded',
        score: '1',
      };
      await expectDenied(await grade(sim, fields, 'nmbl'));
      await expectDenied(await grade(sim, { ...fields, challenge_client_name: 'no_such_challenge' }, 'nmbl'));
      expect((await submissionsOf(sim, 14)).length).toBe(before);
      // the admin key may grade any challenge
      await expectJson(await grade(sim, fields, 'admin'), 202);
    });

    it('answers the platform messages for an unknown participant or client name', async () => {
      const unknownKey = await expectJson(
        await grade(sim, { api_key: 'nope', challenge_client_name: MAPPING, grading_status: 'graded' }),
        400,
      );
      expect(unknownKey).toEqual({
        message: 'The API key did not match any participant record.',
        submission_id: null,
        submissions_remaining: null,
        reset_dttm: null,
      });
      const unknownChallenge = record(
        await expectJson(
          await grade(
            sim,
            {
              api_key: participant('AnikaR').apiKey,
              challenge_client_name: 'nope',
              grading_status: 'graded',
            },
            'admin',
          ),
          400,
        ),
      );
      expect(unknownChallenge.message).toBe('The Challenge Client Name string did not match any challenge.');
    });

    it('enforces round rules: qualification, parallel entries, closed rounds and post-challenge entries', async () => {
      const notQualified = record(
        await expectJson(
          await grade(
            sim,
            {
              api_key: participant('priya_s').apiKey,
              challenge_client_name: PROSTHETICS,
              grading_status: 'graded',
            },
            'nmbl',
          ),
          400,
        ),
      );
      expect(notQualified.message).toMatch(/^You have not qualified for this round\./);

      const parallel = record(
        await expectJson(
          await grade(sim, {
            api_key: participant('oleksandr_p').apiKey,
            challenge_client_name: 'imageclef_2019_caption',
            grading_status: 'graded',
          }),
          400,
        ),
      );
      expect(parallel.message).toMatch(/^You have exceeded the allowed number of parallel submissions\./);

      const ended = {
        api_key: participant('kelvin_fung').apiKey,
        challenge_client_name: 'nips17_learning_to_run',
      };
      const closed = record(
        await expectJson(await grade(sim, { ...ended, grading_status: 'graded' }, 'nmbl'), 400),
      );
      expect(closed.message).toMatch(/^The challenge is not open for submissions at this time\./);
      const late = record(
        await expectJson(
          await grade(
            sim,
            { ...ended, grading_status: 'graded', score: '40.5', post_challenge: 'true' },
            'nmbl',
          ),
          202,
        ),
      );
      // a challenge that is not running reports one slot and no reset
      expect(late.submissions_remaining).toBe(1);
      expect(late.reset_dttm).toBeNull();

      const badRound = record(
        await expectJson(
          await grade(sim, {
            api_key: participant('AnikaR').apiKey,
            challenge_client_name: MAPPING,
            challenge_round_id: '17',
            grading_status: 'graded',
          }),
          400,
        ),
      );
      expect(badRound.message).toBe('This challenge_round_id does not exist');
    });
  });

  describe('PATCH /external_graders/:id', () => {
    it('regrades a submission for any organizer and echoes the id as a string', async () => {
      // 10100 is a Prosthetics entry (organizer NMBL); EPFL may still regrade it
      const response = await call(sim, '/external_graders/10100', {
        method: 'PATCH',
        as: 'epfl',
        json: { grading_status: 'graded', score: 7777.5, score_secondary: 1.25 },
      });
      const body = record(await expectJson(response, 202));
      expect(body.message).toBe('Submission 10100 updated');
      expect(body.submission_id).toBe('10100');
      expect(body.reset_date).toBeNull();
      expect(typeof body.submissions_remaining).toBe('number');
      const read = record(await expectJson(await call(sim, '/submissions/10100'), 200));
      expect(read).toMatchObject({
        id: 10100,
        grading_status_cd: 'graded',
        score: 7777.5,
        score_secondary: 1.25,
      });
    });

    it('keeps existing meta keys unless meta_overwrite is set', async () => {
      const patch = (form: Record<string, string>) =>
        call(sim, '/external_graders/10100', {
          method: 'PUT',
          form: { grading_status: 'graded', score: '1', ...form },
        });
      await expectJson(await patch({ meta: '{"osim_rl_version":"9.9","note":"rerun"}' }), 202);
      const merged = record(record(await expectJson(await call(sim, '/submissions/10100'), 200)).meta);
      expect(merged.osim_rl_version).toBe('2.1.5');
      expect(merged.note).toBe('rerun');
      await expectJson(await patch({ meta: '{"note":"only"}', meta_overwrite: 'true' }), 202);
      expect(record(await expectJson(await call(sim, '/submissions/10100'), 200)).meta).toEqual({
        note: 'only',
      });
    });

    it('answers 400 with the ActiveRecord message for an unknown id', async () => {
      const body = record(
        await expectJson(
          await call(sim, '/external_graders/999999', {
            method: 'PATCH',
            form: { grading_status: 'graded' },
          }),
          400,
        ),
      );
      expect(body.message).toBe("Couldn't find Submission with 'id'=999999");
    });

    it('refuses a request without an organizer key', async () => {
      await expectDenied(
        await call(sim, '/external_graders/10100', {
          method: 'PATCH',
          as: null,
          form: { grading_status: 'graded' },
        }),
      );
    });
  });

  describe('presign and submission_info', () => {
    it('presigns an upload without auth, and the URL accepts the upload only as signed', async () => {
      const body = record(
        await expectJson(
          await call(sim, `/external_graders/${participant('jonas_b').apiKey}/presign`, { as: null }),
          200,
        ),
      );
      expect(body.message).toBe('Presigned url generated');
      expect(body.participant_id).toBe(3380);
      expect(body.s3_key).toMatch(/^submissions\/[0-9a-f-]{36}$/);
      const url = String(body.presigned_url);
      expect(url).toContain('X-Amz-Signature=');
      const upload = await fetch(url, { method: 'PUT', body: 'id,label\n1,cat\n' });
      expect(upload.status).toBe(200);
      expect(upload.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
      const forged = await fetch(url.replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=z'), {
        method: 'PUT',
        body: 'x',
      });
      expect(forged.status).toBe(403);
      expect(await forged.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    });

    it('answers 404 with null fields for an unknown key', async () => {
      const body = await expectJson(await call(sim, '/external_graders/nope/presign', { as: null }), 404);
      expect(body).toEqual({
        message: 'No participant could be found for this API key',
        participant_id: null,
        s3_key: null,
        presigned_url: null,
      });
    });

    it('returns the submission as a JSON string without auth, and 400 with a null body when missing', async () => {
      const body = record(
        await expectJson(await call(sim, '/external_graders/10001/submission_info', { as: null }), 200),
      );
      expect(body.message).toBe('Submission details found.');
      expect(typeof body.body).toBe('string');
      expect(Object.keys(record(JSON.parse(String(body.body))))).toEqual([
        'id',
        'participant_id',
        'score',
        'score_secondary',
        'grading_status_cd',
        'grading_message',
        'post_challenge',
        'media_content_type',
        'created_at',
        'updated_at',
        'participant',
      ]);
      const missing = record(
        await expectJson(await call(sim, '/external_graders/999999/submission_info'), 400),
      );
      expect(missing.body).toBeNull();
    });
  });

  describe('reads', () => {
    it('lists challenges featured first, then by status, with the list fields only', async () => {
      const body = record(await expectJson(await call(sim, '/challenges'), 200));
      const list = records(body.message);
      expect(list.map((challenge) => challenge.id)).toEqual([9, 14, 21, 24, 3, 26]);
      expect(list[0]).toEqual({
        id: 9,
        challenge: 'NeurIPS 2018: AI for Prosthetics Challenge',
        status_cd: 'running',
        primary_sort_order_cd: 'descending',
        secondary_sort_order_cd: 'not_used',
        perpetual_challenge: false,
      });
    });

    it('reads one challenge by id or slug with its rounds, and 404s an unknown one', async () => {
      const byId = record(record(await expectJson(await call(sim, '/challenges/9'), 200)).message);
      const bySlug = record(
        record(await expectJson(await call(sim, '/challenges/nips-2018-ai-for-prosthetics-challenge'), 200))
          .message,
      );
      expect(bySlug).toEqual(byId);
      const rounds = records(byId.challenge_rounds);
      expect(rounds.map((round) => [round.id, round.challenge_round, round.active])).toEqual([
        [17, 'Round 1', false],
        [18, 'Round 2', true],
        [19, 'Round 3', false],
      ]);
      expect(rounds[0]).toMatchObject({
        submission_limit: 5,
        submission_limit_period_cd: 'day',
        minimum_score: 2000,
      });
      expect(rounds[1]?.start_dttm).toBe('2019-06-01T12:00:00.000Z');
      await expectJson(await call(sim, '/challenges/999'), 404);
    });

    it('lists a challenge’s submissions for its organizer, filtered by status, time and round', async () => {
      const all = await submissionsOf(sim, 9, '', 'nmbl');
      expect(all.length).toBeGreaterThan(40);
      const failed = await submissionsOf(sim, 9, '?grading_status=failed', 'nmbl');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((entry) => entry.grading_status_cd === 'failed' && entry.score === null)).toBe(
        true,
      );
      const round2 = await submissionsOf(sim, 9, '?challenge_round_id=18', 'nmbl');
      expect(round2.length).toBeGreaterThan(0);
      expect(round2.every((entry) => entry.challenge_round_id === 18)).toBe(true);
      const recent = await submissionsOf(sim, 9, '?after=2019-06-11T00:00:00Z', 'nmbl');
      expect(recent.map((entry) => [entry.participant_name, entry.score])).toEqual([['MeiChen', 9312.447]]);
      expect(Object.keys(all[0] ?? {})).toContain('submission_files');
    });

    it('answers the controller’s own errors on the submissions list', async () => {
      const other = await expectJson(await call(sim, '/challenges/9/submissions', { as: 'epfl' }), 401);
      expect(other).toEqual({
        message: 'The organizer is not authorized to access the requested challenge_id',
      });
      const missing = await expectJson(await call(sim, '/challenges/999/submissions', { as: 'epfl' }), 404);
      expect(missing).toEqual({ message: 'challenge_id 999 not found' });
      const admin = await expectJson(await call(sim, '/challenges/9/submissions', { as: 'admin' }), 500);
      expect(admin).toEqual({ message: 'server error' });
    });

    it('serves a submission file through its expiring aws_url', async () => {
      const withFile = (await submissionsOf(sim, 14)).find(
        (entry) => Array.isArray(entry.submission_files) && entry.submission_files.length > 0,
      );
      const file = records(withFile?.submission_files)[0];
      expect(file?.submission_file_s3_key).toMatch(/^submissions\//);
      const download = await fetch(String(file?.aws_url));
      expect(download.status).toBe(200);
      expect(Array.isArray(await download.json())).toBe(true);
    });

    it('reads a submission for the admin, and 404s an unknown id', async () => {
      const body = record(await expectJson(await call(sim, '/submissions/10001'), 200));
      expect(body).toMatchObject({
        id: 10001,
        challenge_id: 3,
        challenge_name: 'NIPS 2017: Learning to Run',
      });
      expect(body).not.toHaveProperty('message');
      const missing = await expectJson(await call(sim, '/submissions/999999'), 404);
      expect(missing).toEqual({ message: 'No submission could be found for this id' });
    });

    it('reads a participant by case-insensitive username', async () => {
      const body = await expectJson(await call(sim, '/participants/anikar'), 200);
      expect(body).toEqual({
        id: 1388,
        email: 'anikar@example.org',
        api_key: participant('AnikaR').apiKey,
        name: 'AnikaR',
      });
      const missing = await expectJson(await call(sim, '/participants/nobody'), 404);
      expect(missing).toEqual({ message: 'No participant could be found for this username' });
    });

    it('lists CLEF task registrations filtered by status', async () => {
      const body = record(
        await expectJson(await call(sim, '/clef_tasks/5?status=requested', { as: 'nmbl' }), 200),
      );
      const rows = records(body.message);
      expect(rows.map((row) => row.participant_id)).toEqual([3144, 4477]);
      expect(record(rows[0]?.participant)).toMatchObject({ name: 'priya_s', country_cd: 'IN' });
      const missing = await expectJson(await call(sim, '/clef_tasks/99999'), 404);
      expect(missing).toEqual({ message: 'clef_task_id 99999 not found' });
    });

    it('answers /user for a Doorkeeper token and refuses without one', async () => {
      const token = CROWDAI_DEMO_OAUTH_TOKENS[0]?.accessToken ?? '';
      const body = record(
        await expectJson(await call(sim, '/user', { authorization: `Bearer ${token}` }), 200),
      );
      expect(record(body.participant).id).toBe(CROWDAI_DEMO_OAUTH_TOKENS[0]?.participantId);
      expect((await call(sim, '/user', { as: null })).status).toBe(401);
    });
  });
});

describe('crowdAI simulator instances', () => {
  let first: CrowdAISimulator;
  let second: CrowdAISimulator;

  beforeAll(async () => {
    first = await startCrowdAISimulator();
    second = await startCrowdAISimulator();
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('keep their own state and expose the demo keys', async () => {
    expect(first.baseUrl).toBe(`${first.url}/api`);
    expect(first.organizers.map((organizer) => organizer.role)).toEqual(['organizer', 'organizer', 'admin']);
    expect(first.participants.length).toBeGreaterThanOrEqual(10);
    expect(first.participants.every((entry) => /^[0-9a-f]{32}$/.test(entry.apiKey))).toBe(true);
    const fields = {
      api_key: participant('AnikaR').apiKey,
      challenge_client_name: MAPPING,
      grading_status: 'graded',
      score: '0.5',
    };
    const created = record(await expectJson(await grade(first, fields), 202));
    await expectJson(await call(first, `/submissions/${String(created.submission_id)}`), 200);
    await expectJson(await call(second, `/submissions/${String(created.submission_id)}`), 404);
  });
});

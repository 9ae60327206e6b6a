import { iris, moons, spirals, toPoints } from './datasets.js';
import { seedJobs } from './seedJobs.js';
import type { ArenaState } from './state.js';
import { DAY, MINUTE, type Millis } from './time.js';

/**
 * The seed, laid out relative to the clock's reading at start (rounded down to the minute), so
 * Round 1 is always closed, Round 2 open and Round 3 not yet open. Ids worth knowing:
 * groups 1 `team-a` (public: alice, bob), 2 `team-b` (public: carol), 3 `team-c` (private: dave);
 * rounds 1 closed, 2 open, 3 upcoming; datasets 1 iris, 2 moons, 3 spirals; jobs in `seedJobs.ts`.
 */
export function seed(state: ArenaState): Millis {
  const start = Math.floor(state.now() / MINUTE) * MINUTE;
  const semester = start - 60 * DAY;

  for (const [name, isPublic, members] of [
    ['team-a', true, ['alice', 'bob']],
    ['team-b', true, ['carol']],
    ['team-c', false, ['dave']],
  ] as const) {
    const id = state.nextId('group');
    state.groups.set(id, {
      id,
      name,
      public: isPublic,
      members: [...members],
      createdAt: semester + id * DAY + 9 * 60 * MINUTE,
    });
  }

  for (const generated of [iris(), moons(), spirals()]) {
    const id = state.nextId('dataset');
    state.datasets.set(id, {
      id,
      name: generated.name,
      description: generated.description,
      nFeatures: generated.nFeatures,
      classes: generated.classes,
      createdAt: semester + 4 * DAY + id * 7 * MINUTE,
      points: toPoints(generated, () => state.nextId('point')),
    });
  }

  const rounds = [
    {
      name: 'Round 1',
      description: 'Warm-up: get a classifier running on iris and moons.',
      datasets: [1, 2],
      opensAt: start - 42 * DAY,
      closesAt: start - 14 * DAY,
      participants: ['alice', 'bob', 'carol', 'dave'],
    },
    {
      name: 'Round 2',
      description: 'Non-linear decision boundaries: moons and spirals.',
      datasets: [2, 3],
      opensAt: start - 10 * DAY,
      closesAt: start + 21 * DAY,
      participants: ['alice', 'carol'],
    },
    {
      name: 'Final round',
      description: 'Validation scores go into the high-score table.',
      datasets: [3, 1],
      opensAt: start + 28 * DAY,
      closesAt: null,
      participants: [],
    },
  ];
  for (const round of rounds) {
    const id = state.nextId('round');
    state.rounds.set(id, { id, ...round });
  }

  seedJobs(state, start);
  state.lastSeen.set('backend', start - MINUTE);
  state.lastSeen.set('backend2', start - 2 * MINUTE);
  return start;
}

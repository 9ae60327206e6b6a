import { ArenaError, notFound, roundClosed } from '../errors.js';
import { Fields } from '../form.js';
import { sendJson, type ArenaRouter } from '../http.js';
import { groupJson, roundJson } from '../wire.js';

/** Groups, rounds and `/api/me/` (reference §3). */
export function registerGroupRoutes(router: ArenaRouter): void {
  const { state } = router;

  router.route(['GET'], '/api/groups/', 'user', ({ reply, user }) => {
    const visible = [...state.groups.values()].filter(
      (group) => user.admin || group.public || group.members.includes(user.username),
    );
    return sendJson(reply, Object.fromEntries(visible.map((group) => [group.name, groupJson(group)])));
  });

  router.route(['POST'], '/api/groups/', 'admin', ({ reply, form }) => {
    const fields = new Fields(form);
    const name = fields.text('name', { required: true, max: 100 });
    const isPublic = fields.boolean('public', true);
    if (name !== undefined && state.groupNamed(name) !== undefined)
      fields.add('name', 'Group with this Name already exists.');
    fields.check('Invalid group.');
    if (name === undefined) throw new Error('unreachable: name was validated');
    const id = state.nextId('group');
    const group = { id, name, public: isPublic, members: [], createdAt: state.now() };
    state.groups.set(id, group);
    return sendJson(reply, groupJson(group), 201);
  });

  router.route(['POST'], '/api/groups/join/', 'user', ({ reply, form, user }) => {
    const fields = new Fields(form);
    const name = fields.text('group_name', { required: true });
    fields.check('Invalid group.');
    const group = name === undefined ? undefined : state.groupNamed(name);
    if (group === undefined) throw notFound('Group');
    if (!group.members.includes(user.username)) {
      // [project decision] admins may enter private groups; members re-joining one are fine
      if (!group.public && !user.admin) throw new ArenaError(403, 'group_private', 'This group is private.');
      group.members.push(user.username);
    }
    return sendJson(reply, groupJson(group));
  });

  router.route(['GET'], '/api/rounds/', 'user', ({ reply }) =>
    sendJson(
      reply,
      [...state.rounds.values()].map((round) => roundJson(state, round)),
    ),
  );

  router.route(['POST'], '/api/rounds/join/', 'user', ({ reply, form, user }) => {
    const fields = new Fields(form);
    const id = fields.integer('round_id', { required: true });
    fields.check('Invalid round.');
    const round = id === undefined ? undefined : state.rounds.get(id);
    if (round === undefined) throw notFound('Round');
    if (!round.participants.includes(user.username)) {
      if (!state.isOpen(round)) throw roundClosed(round.name);
      round.participants.push(user.username);
    }
    return sendJson(reply, roundJson(state, round));
  });

  router.route(['GET'], '/api/me/', 'user', ({ reply, user }) =>
    sendJson(reply, {
      username: user.username,
      is_admin: user.admin,
      groups: state.groupsOf(user.username).map((group) => group.name),
      rounds: [...state.rounds.values()]
        .filter((round) => round.participants.includes(user.username))
        .map((round) => round.id),
    }),
  );
}

import { notFound } from '../errors.js';
import { Fields, Form, parseUrlencoded } from '../form.js';
import { sendJson, type ArenaRouter } from '../http.js';
import { SPLITS, type Split } from '../model.js';
import { datasetJson, pointJson } from '../wire.js';

const isSplit = (value: string): value is Split => (SPLITS as readonly string[]).includes(value);

/** Datasets keyed by id and their points, whole (reference §1: no pagination). */
export function registerDatasetRoutes(router: ArenaRouter): void {
  const { state } = router;

  router.route(['GET'], '/api/datasets/', 'user', ({ reply }) =>
    sendJson(
      reply,
      Object.fromEntries(
        [...state.datasets.values()].map((dataset) => [String(dataset.id), datasetJson(state, dataset)]),
      ),
    ),
  );

  router.route(['GET'], '/api/datasets/{id}/points/', 'user', ({ reply, params, query, user }) => {
    const fields = new Fields(new Form(parseUrlencoded(query.toString())));
    const split = fields.text('split');
    if (split !== undefined && !isSplit(split))
      fields.add('split', `Select a valid choice. ${split} is not one of the available choices.`);
    fields.check('Invalid filter.');
    const dataset = state.datasets.get(Number(params.id));
    if (dataset === undefined) throw notFound('Dataset');
    const points =
      split === undefined ? dataset.points : dataset.points.filter((point) => point.split === split);
    return sendJson(
      reply,
      points.map((point) => pointJson(point, user)),
    );
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canUploadToArchive, canViewArchive } from '../access.js';
import {
  badRequest,
  bodyObject,
  detailRoute,
  forbidden,
  NO_SUCH_OBJECT,
  notFound,
  parseHyperlink,
  queryUuids,
  queryValue,
  requireUser,
  uuidParam,
} from '../http.js';
import type { ArchiveItemRecord, ArchiveRecord, ImageRecord } from '../model.js';
import { paginate } from '../paging.js';
import { archiveItemJson, archiveItemPostJson, archiveJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';
import { optionalTitle, refuseValuesOnCreate, updateValues } from './values.js';

/** `archives/` and `archives/items/` (reference §3). */

const ARCHIVE_LINK = detailRoute('archives');

export function registerArchiveRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  const visibleArchive = (pk: string, user: ReturnType<RouteContext['user']>): ArchiveRecord => {
    const id = uuidParam(pk);
    const archive = id === undefined ? undefined : state.archives.get(id);
    if (archive === undefined || !canViewArchive(user, archive)) throw notFound('Archive');
    return archive;
  };

  const imagesOf = (archive: ArchiveRecord): ImageRecord[] => {
    const images: ImageRecord[] = [];
    for (const item of state.archiveItems.values()) {
      if (item.archive !== archive) continue;
      for (const civ of item.values) {
        const image = civ.imagePk === null ? undefined : state.images.get(civ.imagePk);
        if (image !== undefined) images.push(image);
      }
    }
    return images;
  };

  api.get('/archives/', async (request) => {
    const user = context.user(request);
    const slug = queryValue(request.query, 'slug');
    const archives = [...state.archives.values()].filter(
      (archive) => canViewArchive(user, archive) && (slug === undefined || archive.slug === slug),
    );
    const links = context.links(request);
    return paginate(request, archives, (archive) => archiveJson(links, archive));
  });

  api.get<PkParams>('/archives/:pk/', async (request) =>
    archiveJson(context.links(request), visibleArchive(request.params.pk, context.user(request))),
  );

  // bare lists, not pages (reference §2)
  api.get<PkParams>('/archives/:pk/patients/', async (request) => {
    const archive = visibleArchive(request.params.pk, context.user(request));
    return [...new Set(imagesOf(archive).map((image) => image.patientId))].sort();
  });

  api.get<PkParams>('/archives/:pk/studies/', async (request) => {
    const archive = visibleArchive(request.params.pk, context.user(request));
    const patient = queryValue(request.query, 'patient_id');
    const studies = imagesOf(archive)
      .filter((image) => patient === undefined || image.patientId === patient)
      .map((image) => image.studyDescription);
    return [...new Set(studies)].sort();
  });

  api.get('/archives/items/', async (request) => {
    const user = context.user(request);
    const archives = queryUuids(request.query, 'archive');
    const items = [...state.archiveItems.values()].filter(
      (item) =>
        canViewArchive(user, item.archive) && (archives === undefined || archives.includes(item.archive.pk)),
    );
    const links = context.links(request);
    return paginate(request, items, (item) => archiveItemJson(links, item));
  });

  const visibleItem = (pk: string, user: ReturnType<RouteContext['user']>): ArchiveItemRecord => {
    const id = uuidParam(pk);
    const item = id === undefined ? undefined : state.archiveItems.get(id);
    if (item === undefined || !canViewArchive(user, item.archive)) throw notFound('ArchiveItem');
    return item;
  };

  api.get<PkParams>('/archives/items/:pk/', async (request) =>
    archiveItemJson(context.links(request), visibleItem(request.params.pk, context.user(request))),
  );

  api.post('/archives/items/', async (request, reply) => {
    const user = requireUser(context.user(request));
    const data = bodyObject(request.body);
    let archive: ArchiveRecord | undefined;
    if (data.archive === undefined || data.archive === null)
      throw badRequest({ archive: ['This field is required.'] });
    const link = parseHyperlink(data.archive, ARCHIVE_LINK);
    if (link.ok) archive = state.archives.get(link.id.toLowerCase());
    // the field's queryset is the archives the caller may upload to
    if (archive === undefined || !canUploadToArchive(user, archive))
      throw badRequest({ archive: [link.ok ? NO_SUCH_OBJECT : link.message] });
    const title = optionalTitle(data) ?? '';
    refuseValuesOnCreate(data);
    const item: ArchiveItemRecord = {
      kind: 'archiveItem',
      pk: state.ids.uuid('archive-item'),
      archive,
      title,
      values: [],
      created: state.now(),
    };
    state.archiveItems.set(item.pk, item);
    return reply.code(201).send(archiveItemPostJson(context.links(request), item, []));
  });

  const update = (replace: boolean) => async (request: FastifyRequest<PkParams>) => {
    const user = requireUser(context.user(request));
    const item = visibleItem(request.params.pk, user);
    if (!canUploadToArchive(user, item.archive)) throw forbidden();
    const data = bodyObject(request.body);
    const title = optionalTitle(data);
    if (replace && data.values === undefined) throw badRequest({ values: ['This field is required.'] });
    const shown =
      data.values === undefined ? item.values : updateValues(state, user, item, data.values, replace);
    if (title !== undefined) item.title = title;
    return archiveItemPostJson(context.links(request), item, shown);
  };

  api.patch<PkParams>('/archives/items/:pk/', update(false));
  api.put<PkParams>('/archives/items/:pk/', update(true));
}

import type { FastifyInstance } from 'fastify';
import { canViewImage } from '../access.js';
import { notFound, queryUuids, queryValue, uuidParam } from '../http.js';
import type { Holder, ImageRecord } from '../model.js';
import { paginate } from '../paging.js';
import { HEALTHIMAGING_PREFIX } from '../storage.js';
import { imageJson } from '../wire.js';
import type { PkParams, RouteContext } from './context.js';

/** `cases/images/` with its filters, and the DICOM instance listing (reference §3). */

export const DATASTORE_ID = '2c8f1d3a9b7e4f60a1d25e3c7b9f0a14';

/** Exact-match filters on image fields, DICOM tags included. */
const FIELD_FILTERS: ReadonlyArray<readonly [string, (image: ImageRecord) => string]> = [
  ['name', (image) => image.name],
  ['patient_id', (image) => image.patientId],
  ['study_description', (image) => image.studyDescription],
  ['series_description', (image) => image.seriesDescription],
  ['study_instance_uid', (image) => image.studyInstanceUid],
  ['series_instance_uid', (image) => image.seriesInstanceUid],
];

export function instancePath(image: ImageRecord, sopInstanceUid: string): string {
  const dicom = image.dicom;
  const study = dicom?.studyInstanceUid ?? '';
  const series = dicom?.seriesInstanceUid ?? '';
  return `${HEALTHIMAGING_PREFIX}datastore/${DATASTORE_ID}/studies/${study}/series/${series}/instances/${sopInstanceUid}`;
}

export function registerCaseRoutes(api: FastifyInstance, context: RouteContext): void {
  const { state } = context;

  const holdersOf = (image: ImageRecord): Array<{ holder: Holder; asOutput: boolean }> => {
    const found: Array<{ holder: Holder; asOutput: boolean }> = [];
    for (const civ of state.imageCivs.get(image.pk) ?? []) {
      for (const holder of civ.holders)
        found.push({ holder, asOutput: holder.kind === 'job' && holder.outputs.includes(civ) });
    }
    return found;
  };

  api.get('/cases/images/', async (request) => {
    const user = context.user(request);
    const { query } = request;
    const archives = queryUuids(query, 'archive');
    const studies = queryUuids(query, 'reader_study');
    const jobInputs = queryUuids(query, 'job_input');
    const jobOutputs = queryUuids(query, 'job_output');
    // raw image upload sessions never exist here, so an origin filter matches nothing
    const origins = queryUuids(query, 'origin');
    const fields = FIELD_FILTERS.flatMap(([name, read]) => {
      const wanted = queryValue(query, name);
      return wanted === undefined ? [] : [{ wanted, read }];
    });
    const matches = (image: ImageRecord): boolean => {
      if (origins !== undefined) return false;
      if (!fields.every(({ wanted, read }) => read(image) === wanted)) return false;
      if (
        archives === undefined &&
        studies === undefined &&
        jobInputs === undefined &&
        jobOutputs === undefined
      )
        return true;
      const holders = holdersOf(image);
      const has = (test: (entry: { holder: Holder; asOutput: boolean }) => boolean): boolean =>
        holders.some(test);
      return (
        (archives === undefined ||
          has(({ holder }) => holder.kind === 'archiveItem' && archives.includes(holder.archive.pk))) &&
        (studies === undefined ||
          has(({ holder }) => holder.kind === 'displaySet' && studies.includes(holder.readerStudy.pk))) &&
        (jobInputs === undefined ||
          has(
            ({ holder, asOutput }) => holder.kind === 'job' && !asOutput && jobInputs.includes(holder.pk),
          )) &&
        (jobOutputs === undefined ||
          has(({ holder, asOutput }) => holder.kind === 'job' && asOutput && jobOutputs.includes(holder.pk)))
      );
    };
    const images = [...state.images.values()].filter(
      (image) => matches(image) && canViewImage(state, user, image),
    );
    const links = context.links(request);
    return paginate(request, images, (image) => imageJson(links, image));
  });

  const visibleImage = (request: Parameters<RouteContext['user']>[0], pk: string): ImageRecord => {
    const id = uuidParam(pk);
    const image = id === undefined ? undefined : state.images.get(id);
    if (image === undefined || !canViewImage(state, context.user(request), image)) throw notFound('Image');
    return image;
  };

  api.get<PkParams>('/cases/images/:pk/', async (request) =>
    imageJson(context.links(request), visibleImage(request, request.params.pk)),
  );

  api.get<PkParams>('/cases/images/:pk/dicom/instances/', async (request) => {
    const image = visibleImage(request, request.params.pk);
    if (image.dicom === null) throw notFound('DICOMImageSet');
    const links = context.links(request);
    const now = state.now();
    return {
      image_set_id: image.dicom.imageSetId,
      instances: image.dicom.instances.map((instance) => {
        const path = `${instancePath(image, instance.sopInstanceUid)}?imageSetId=${image.dicom?.imageSetId ?? ''}`;
        return {
          sop_instance_uid: instance.sopInstanceUid,
          get_instance: {
            url: `${links.origin}${path}`,
            method: 'GET',
            data: null,
            headers: state.store.signedInstanceHeaders(path, now),
          },
        };
      }),
    };
  });
}

import { between, unit, uuidFor } from './ids.js';
import { jsonFile, pdfReport } from './imaging.js';
import { addDicomImage, addVolumeImage } from './images.js';
import type { ArchiveItemRecord, ArchiveRecord, CivRecord, ImageRecord } from './model.js';
import { socket } from './sockets.js';
import type { GcState } from './state.js';
import { DAY, MINUTE } from './time.js';

/** Archives and their items: a large public screening archive and a small private MR cohort. */

/** Enough items that paging with limit=1000 crosses a page boundary. */
export const SCREENING_ITEMS = 1100;
export const COHORT_ITEMS = 40;

export const SCREENING_ARCHIVE_SLUG = 'lung-ct-screening';
export const COHORT_ARCHIVE_SLUG = 'prostate-mri-cohort';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function addArchive(state: GcState, archive: ArchiveRecord): ArchiveRecord {
  state.archives.set(archive.pk, archive);
  return archive;
}

function addItem(
  state: GcState,
  archive: ArchiveRecord,
  pk: string,
  title: string,
  created: number,
  values: CivRecord[],
): void {
  const item: ArchiveItemRecord = { kind: 'archiveItem', pk, archive, title, values: [], created };
  state.archiveItems.set(pk, item);
  state.setValues(item, values);
}

function noduleFile(seed: string): () => Uint8Array {
  const count = between(1, 3, 'archive-nodules', seed);
  const points = Array.from({ length: count }, (_, index) => ({
    name: `nodule ${index + 1}`,
    point: [0, 1, 2].map((axis) =>
      Number((-120 + 240 * unit('archive-nodule', seed, index, axis)).toFixed(1)),
    ),
  }));
  return () => jsonFile({ type: 'Multiple points', points, version: { major: 1, minor: 0 } });
}

/** Screening CT volumes, one per item; the seed images jobs and the public image list draw on. */
export function screeningImage(state: GcState, index: number, created: number): ImageRecord {
  const id = `LCS-${pad(index, 4)}`;
  return addVolumeImage(state, {
    pk: uuidFor('image', SCREENING_ARCHIVE_SLUG, index),
    name: `${id}.mha`,
    created,
    phantom: 'ct',
    dims: [64, 64, 16 + (index % 4) * 4],
    spacing: [0.703125, 0.703125, 2.5],
    modality: 'CT',
    patientId: `LCS-P${pad(between(10000, 99999, 'patient', index), 5)}`,
    studyDescription: 'CT CHEST LOW DOSE SCREENING',
    seriesDescription: 'Axial 1.0 B30f',
    pixelSeed: `screening-${index}`,
  });
}

function seedScreeningArchive(state: GcState): void {
  const archive = addArchive(state, {
    pk: uuidFor('archive', SCREENING_ARCHIVE_SLUG),
    slug: SCREENING_ARCHIVE_SLUG,
    title: 'Lung CT Screening',
    description: 'Low-dose chest CT from a lung cancer screening programme, with nodule annotations.',
    public: true,
    editors: new Set(['editor']),
    uploaders: new Set(),
    users: new Set(),
  });
  const ct = socket('ct-image');
  const age = socket('age-in-months');
  const nodules = socket('nodule-locations');
  const first = state.startedAt - 120 * DAY;
  for (let index = 1; index <= SCREENING_ITEMS; index += 1) {
    const created = first + index * 90 * MINUTE;
    const image = screeningImage(state, index, created);
    const values = [state.imageValue(ct, image.pk), state.jsonValue(age, between(600, 912, 'age', index))];
    if (index % 10 === 0)
      values.push(state.fileValue(nodules, 'nodule-locations.json', noduleFile(`lcs-${index}`)));
    addItem(
      state,
      archive,
      uuidFor('archive-item', SCREENING_ARCHIVE_SLUG, index),
      `LCS-${pad(index, 4)}`,
      created,
      values,
    );
  }
}

export function cohortImage(state: GcState, index: number, created: number): ImageRecord {
  return addDicomImage(state, {
    pk: uuidFor('image', COHORT_ARCHIVE_SLUG, index),
    name: `PMC-${pad(index, 3)} T2 TSE TRA`,
    created,
    phantom: 'mr',
    dims: [64, 64, 12],
    spacing: [0.5, 0.5, 3.6],
    modality: 'MR',
    patientId: `PMC-${pad(index, 3)}`,
    studyDescription: 'MRI PROSTATE MULTIPARAMETRIC',
    seriesDescription: 't2_tse_tra',
    pixelSeed: `cohort-${index}`,
  });
}

function seedCohortArchive(state: GcState): void {
  const archive = addArchive(state, {
    pk: uuidFor('archive', COHORT_ARCHIVE_SLUG),
    slug: COHORT_ARCHIVE_SLUG,
    title: 'Prostate MRI Cohort',
    description: null,
    public: false,
    editors: new Set(['editor']),
    uploaders: new Set(['researcher']),
    users: new Set(),
  });
  const mri = socket('transverse-t2-prostate-mri');
  const info = socket('clinical-information');
  const report = socket('pdf-report');
  const first = state.startedAt - 45 * DAY;
  for (let index = 1; index <= COHORT_ITEMS; index += 1) {
    const created = first + index * 17 * MINUTE;
    const image = cohortImage(state, index, created);
    const psa = (2 + 18 * unit('psa', index)).toFixed(1);
    const values = [
      state.imageValue(mri, image.pk),
      state.jsonValue(
        info,
        `PSA ${psa} ng/ml; ${index % 3 === 0 ? 'prior negative biopsy' : 'biopsy naive'}`,
      ),
    ];
    if (index % 5 === 0) {
      values.push(
        state.fileValue(report, 'report.pdf', () =>
          pdfReport(`Prostate MRI report PMC-${pad(index, 3)}`, [
            `PSA ${psa} ng/ml`,
            `PI-RADS ${between(2, 5, 'pirads', index)}`,
          ]),
        ),
      );
    }
    addItem(
      state,
      archive,
      uuidFor('archive-item', COHORT_ARCHIVE_SLUG, index),
      `PMC-${pad(index, 3)}`,
      created,
      values,
    );
  }
}

export function seedArchives(state: GcState): void {
  seedScreeningArchive(state);
  seedCohortArchive(state);
}

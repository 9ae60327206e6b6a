import { uuidFor } from './ids.js';
import { dicomSlice, metaImage, readMetaImageHeader, type Phantom, type VolumeSpec } from './imaging.js';
import type { DicomInstanceRecord, ImageRecord, UploadRecord } from './model.js';
import { imageFileKey, type GcState } from './state.js';

/** Creating image records together with the (lazily generated) objects behind them. */

export interface VolumeImageSpec {
  readonly pk: string;
  readonly name: string;
  readonly created: number;
  readonly phantom: Phantom;
  readonly dims: readonly [number, number, number];
  readonly spacing: readonly [number, number, number];
  readonly modality: string | null;
  readonly patientId: string;
  readonly studyDescription: string;
  readonly seriesDescription: string;
  /** Pixel data is a function of this, so a derived mask lines up with its source. */
  readonly pixelSeed: string;
  readonly owner?: string | null;
}

const WINDOWS: Readonly<Record<Phantom, readonly [number, number] | null>> = {
  ct: [-600, 1500],
  mr: [400, 800],
  mask: null,
};

/** DICOM UIDs under the 2.25 (UUID-derived) root, so they are unique without a registered root. */
export function uidFor(...parts: string[]): string {
  const hex = uuidFor('dicom-uid', ...parts).replace(/-/g, '');
  return `2.25.${BigInt(`0x${hex}`).toString()}`;
}

function volumeOf(spec: VolumeImageSpec): VolumeSpec {
  const [width, height, depth] = spec.dims;
  return { phantom: spec.phantom, width, height, depth, spacing: spec.spacing, seed: spec.pixelSeed };
}

function baseRecord(spec: VolumeImageSpec): Omit<ImageRecord, 'files' | 'dicom' | 'owner'> {
  const window = WINDOWS[spec.phantom];
  return {
    pk: spec.pk,
    name: spec.name,
    created: spec.created,
    width: spec.dims[0],
    height: spec.dims[1],
    depth: spec.dims[2],
    modality: spec.modality,
    spacing: spec.spacing,
    windowCenter: window?.[0] ?? null,
    windowWidth: window?.[1] ?? null,
    patientId: spec.patientId,
    studyDescription: spec.studyDescription,
    seriesDescription: spec.seriesDescription,
    studyInstanceUid: uidFor(spec.patientId, spec.studyDescription),
    seriesInstanceUid: uidFor(spec.pk, 'series'),
  };
}

/** An image stored as one MetaImage file (`image_type` MHD). */
export function addVolumeImage(state: GcState, spec: VolumeImageSpec): ImageRecord {
  const fileName = spec.name.endsWith('.mha') ? spec.name : `${spec.name}.mha`;
  const key = imageFileKey(spec.pk, fileName);
  const volume = volumeOf(spec);
  state.store.define(key, () => metaImage(volume));
  return state.addImage({
    ...baseRecord(spec),
    files: [{ pk: uuidFor('image-file', spec.pk), fileName, imageType: 'MHD', key }],
    dicom: null,
    owner: spec.owner ?? null,
  });
}

/** An image held as a DICOM image set: no files, instances fetched with signed requests. */
export function addDicomImage(state: GcState, spec: VolumeImageSpec): ImageRecord {
  const base = baseRecord(spec);
  const volume = volumeOf(spec);
  const imageSetId = uuidFor('image-set', spec.pk).replace(/-/g, '');
  const instances: DicomInstanceRecord[] = [];
  for (let slice = 0; slice < spec.dims[2]; slice += 1) {
    const sopInstanceUid = uidFor(spec.pk, 'instance', String(slice));
    const key = `dicom/${imageSetId}/${sopInstanceUid}.dcm`;
    state.store.define(key, () =>
      dicomSlice({
        volume,
        slice,
        sopInstanceUid,
        studyInstanceUid: base.studyInstanceUid,
        seriesInstanceUid: base.seriesInstanceUid,
        patientId: spec.patientId,
        modality: spec.modality ?? 'OT',
      }),
    );
    instances.push({ sopInstanceUid, key });
  }
  return state.addImage({
    ...base,
    files: [],
    dicom: {
      imageSetId,
      studyInstanceUid: base.studyInstanceUid,
      seriesInstanceUid: base.seriesInstanceUid,
      instances,
    },
    owner: spec.owner ?? null,
  });
}

const IMAGE_TYPES: ReadonlyArray<readonly [RegExp, 'MHD' | 'TIFF']> = [
  [/\.(mha|mhd)$/i, 'MHD'],
  [/\.(tif|tiff)$/i, 'TIFF'],
];

/**
 * The platform imports uploads into an image in the background. Here the import is immediate:
 * a MetaImage or TIFF becomes an image whose file is the uploaded object; anything else is the
 * error message the import would have produced.
 */
export function importUploads(
  state: GcState,
  uploads: readonly UploadRecord[],
  owner: string,
  pk: string,
): ImageRecord | string {
  const [first] = uploads;
  if (first === undefined) return 'No files were uploaded.';
  const type = IMAGE_TYPES.find(([pattern]) => pattern.test(first.filename))?.[1];
  if (uploads.length !== 1 || type === undefined)
    return `Could not import ${first.filename}: not a supported image file.`;
  const bytes = state.store.read(first.key) ?? new Uint8Array();
  const header = type === 'MHD' ? readMetaImageHeader(bytes) : undefined;
  if (type === 'MHD' && header === undefined)
    return `Could not import ${first.filename}: unreadable MetaImage header.`;
  const key = imageFileKey(pk, first.filename);
  state.store.define(key, () => state.store.read(first.key) ?? new Uint8Array());
  const [width = null, height = null, depth = null] = header?.dims ?? [];
  const [sx = 1, sy = 1, sz = 1] = header?.spacing ?? [];
  return state.addImage({
    pk,
    name: first.filename,
    created: state.now(),
    width,
    height,
    depth: depth ?? (width === null ? null : 1),
    modality: null,
    spacing: header === undefined ? null : [sx, sy, sz],
    windowCenter: null,
    windowWidth: null,
    patientId: '',
    studyDescription: '',
    seriesDescription: '',
    studyInstanceUid: '',
    seriesInstanceUid: '',
    files: [{ pk: uuidFor('image-file', pk), fileName: first.filename, imageType: type, key }],
    dicom: null,
    owner,
  });
}

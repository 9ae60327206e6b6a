import { isJsonObject, pythonRepr } from './http.js';

/** Sockets (ComponentInterfaces): what an input or output slot holds and where it is written. */

export type SuperKind = 'Image' | 'File' | 'Value';

export interface Socket {
  /** An int, unlike every other pk on the platform. */
  readonly pk: number;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  /** The kind's display label, as the API prints it. */
  readonly kind: string;
  readonly superKind: SuperKind;
  /** Where `download_socket_value` writes it. */
  readonly relativePath: string;
  readonly defaultValue: unknown;
  readonly overlaySegments: unknown;
  readonly lookUpTable: unknown;
}

interface SocketSpec {
  slug: string;
  title: string;
  description: string | null;
  kind: string;
  superKind: SuperKind;
  relativePath: string;
  overlaySegments?: unknown;
}

const SPECS: readonly SocketSpec[] = [
  {
    slug: 'generic-medical-image',
    title: 'Generic Medical Image',
    description: 'Any medical image',
    kind: 'Image',
    superKind: 'Image',
    relativePath: 'images',
  },
  {
    slug: 'ct-image',
    title: 'CT Image',
    description: 'Computed tomography volume',
    kind: 'Image',
    superKind: 'Image',
    relativePath: 'images/ct',
  },
  {
    slug: 'transverse-t2-prostate-mri',
    title: 'Transverse T2 Prostate MRI',
    description: 'Axial T2-weighted prostate MRI series',
    kind: 'Image',
    superKind: 'Image',
    relativePath: 'images/transverse-t2-prostate-mri',
  },
  {
    slug: 'covid-19-lesion-segmentation',
    title: 'COVID-19 Lesion Segmentation',
    description: 'Voxel mask of ground-glass opacities and consolidations',
    kind: 'Segmentation',
    superKind: 'Image',
    relativePath: 'images/covid-19-lesion-segmentation',
    overlaySegments: [{ name: 'lesion', visible: true, voxel_value: 1 }],
  },
  {
    slug: 'prostate-segmentation',
    title: 'Prostate Segmentation',
    description: 'Prostate zones',
    kind: 'Segmentation',
    superKind: 'Image',
    relativePath: 'images/prostate-segmentation',
    overlaySegments: [
      { name: 'peripheral zone', visible: true, voxel_value: 1 },
      { name: 'transition zone', visible: true, voxel_value: 2 },
    ],
  },
  {
    slug: 'age-in-months',
    title: 'Age in Months',
    description: "The patient's age at the time of the scan",
    kind: 'Integer',
    superKind: 'Value',
    relativePath: 'age-in-months.json',
  },
  {
    slug: 'clinical-information',
    title: 'Clinical Information',
    description: 'Free-text referral information',
    kind: 'String',
    superKind: 'Value',
    relativePath: 'clinical-information.json',
  },
  {
    slug: 'lung-nodule-malignancy-risk',
    title: 'Lung Nodule Malignancy Risk',
    description: 'Probability that the most suspicious nodule is malignant',
    kind: 'Float',
    superKind: 'Value',
    relativePath: 'lung-nodule-malignancy-risk.json',
  },
  {
    slug: 'probability-covid-19',
    title: 'Probability COVID-19',
    description: null,
    kind: 'Float',
    superKind: 'Value',
    relativePath: 'probability-covid-19.json',
  },
  {
    slug: 'co-rads-score',
    title: 'CO-RADS Score',
    description: 'CO-RADS category 1–5',
    kind: 'Integer',
    superKind: 'Value',
    relativePath: 'co-rads-score.json',
  },
  {
    slug: 'prostate-volume',
    title: 'Prostate Volume',
    description: 'Gland volume in ml',
    kind: 'Float',
    superKind: 'Value',
    relativePath: 'prostate-volume.json',
  },
  {
    slug: 'contains-artifacts',
    title: 'Contains Artifacts',
    description: null,
    kind: 'Bool',
    superKind: 'Value',
    relativePath: 'contains-artifacts.json',
  },
  {
    slug: 'metrics-json-file',
    title: 'Metrics JSON File',
    description: 'Evaluation metrics: case results and aggregates',
    kind: 'Anything',
    superKind: 'Value',
    relativePath: 'metrics.json',
  },
  {
    slug: 'nodule-locations',
    title: 'Nodule Locations',
    description: 'Centres of detected nodules in world coordinates (mm)',
    kind: 'Multiple points',
    superKind: 'File',
    relativePath: 'nodule-locations.json',
  },
  {
    slug: 'results-json-file',
    title: 'Results JSON File',
    description: 'Free-form results written by the algorithm',
    kind: 'Anything',
    superKind: 'File',
    relativePath: 'results.json',
  },
  {
    slug: 'pdf-report',
    title: 'PDF Report',
    description: 'Structured radiology report',
    kind: 'PDF file',
    superKind: 'File',
    relativePath: 'report.pdf',
  },
];

export const SOCKETS: readonly Socket[] = SPECS.map((spec, index) => ({
  pk: index + 1,
  slug: spec.slug,
  title: spec.title,
  description: spec.description,
  kind: spec.kind,
  superKind: spec.superKind,
  relativePath: spec.relativePath,
  defaultValue: null,
  overlaySegments: spec.overlaySegments ?? null,
  lookUpTable: null,
}));

const bySlug = new Map(SOCKETS.map((socket) => [socket.slug, socket]));

export function socketBySlug(slug: string): Socket | undefined {
  return bySlug.get(slug);
}

export function socket(slug: string): Socket {
  const found = bySlug.get(slug);
  if (found === undefined) throw new Error(`no seeded socket ${slug}`);
  return found;
}

/** JSON kinds whose value lives in a file, so its contents are checked once the upload arrives. */
export function isJsonFileKind(target: Socket): boolean {
  return target.superKind === 'File' && target.relativePath.endsWith('.json');
}

function typeError(value: unknown, type: string): string {
  return `JSON does not fulfill schema: ${pythonRepr(value)} is not of type '${type}'`;
}

function checkPoints(value: unknown): string | undefined {
  if (!isJsonObject(value)) return typeError(value, 'object');
  if (value.type !== 'Multiple points') return `JSON does not fulfill schema: 'Multiple points' was expected`;
  const { points } = value;
  if (!Array.isArray(points)) return typeError(points, 'array');
  for (const point of points) {
    const coordinates = isJsonObject(point) ? point.point : undefined;
    if (
      !Array.isArray(coordinates) ||
      coordinates.length !== 3 ||
      !coordinates.every((c) => typeof c === 'number')
    )
      return `JSON does not fulfill schema: ${pythonRepr(point)} is not valid under any of the given schemas`;
  }
  return undefined;
}

/** The kind's JSON schema, as the platform's validator words its first complaint; undefined when valid. */
export function checkValue(target: Socket, value: unknown): string | undefined {
  switch (target.kind) {
    case 'Integer':
      return typeof value === 'number' && Number.isInteger(value) ? undefined : typeError(value, 'integer');
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : typeError(value, 'number');
    case 'String':
      return typeof value === 'string' ? undefined : typeError(value, 'string');
    case 'Bool':
      return typeof value === 'boolean' ? undefined : typeError(value, 'boolean');
    case 'Multiple points':
      return checkPoints(value);
    default:
      return undefined;
  }
}

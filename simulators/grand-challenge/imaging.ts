import { rng, seedOf } from './ids.js';

/**
 * Real, stable bytes for every file the simulator serves: MetaImage (.mha) volumes, DICOM Part-10
 * slices and PDF reports, each a pure function of its seed so a re-download is byte-identical.
 */

export type Phantom = 'ct' | 'mr' | 'mask';

export interface VolumeSpec {
  readonly phantom: Phantom;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly spacing: readonly [number, number, number];
  readonly seed: string;
}

/** Voxel values of a synthetic chest CT (HU), prostate MR or binary mask, x fastest. */
export function voxels(spec: VolumeSpec): Int16Array {
  const { width, height, depth } = spec;
  const random = rng(seedOf(spec.seed));
  const nodule = {
    x: random() * 0.6 - 0.3,
    y: random() * 0.4 - 0.2,
    z: 0.3 + random() * 0.4,
    r: 0.08 + random() * 0.08,
  };
  const out = new Int16Array(width * height * depth);
  let index = 0;
  for (let z = 0; z < depth; z += 1) {
    const zn = depth === 1 ? 0.5 : z / (depth - 1);
    for (let y = 0; y < height; y += 1) {
      const yn = (2 * y) / (height - 1) - 1;
      for (let x = 0; x < width; x += 1) {
        const xn = (2 * x) / (width - 1) - 1;
        const inLesion =
          (xn - nodule.x) ** 2 + (yn - nodule.y) ** 2 + ((zn - nodule.z) * 2) ** 2 < nodule.r ** 2;
        out[index] = voxel(spec.phantom, xn, yn, inLesion, random);
        index += 1;
      }
    }
  }
  return out;
}

function voxel(phantom: Phantom, xn: number, yn: number, inLesion: boolean, random: () => number): number {
  const noise = Math.round((random() - 0.5) * 20);
  const inBody = (xn / 0.85) ** 2 + (yn / 0.7) ** 2 < 1;
  if (phantom === 'mask') return inLesion ? 1 : 0;
  if (phantom === 'mr') {
    if (!inBody) return Math.max(0, noise);
    const gland = xn ** 2 + (yn - 0.1) ** 2 < 0.09;
    return (inLesion ? 180 : gland ? 620 : 310) + noise;
  }
  if (!inBody) return -1000 + noise;
  if (inLesion) return 30 + noise;
  const inLung = ((Math.abs(xn) - 0.4) / 0.3) ** 2 + (yn / 0.45) ** 2 < 1;
  return (inLung ? -850 : 40) + noise;
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** A single-file MetaImage: text header then little-endian voxels (`ElementDataFile = LOCAL`). */
export function metaImage(spec: VolumeSpec): Uint8Array {
  const data = voxels(spec);
  const mask = spec.phantom === 'mask';
  const header = [
    'ObjectType = Image',
    'NDims = 3',
    'BinaryData = True',
    'BinaryDataByteOrderMSB = False',
    'CompressedData = False',
    'TransformMatrix = 1 0 0 0 1 0 0 0 1',
    'Offset = 0 0 0',
    'CenterOfRotation = 0 0 0',
    'AnatomicalOrientation = RAI',
    `ElementSpacing = ${spec.spacing.join(' ')}`,
    `DimSize = ${spec.width} ${spec.height} ${spec.depth}`,
    `ElementType = ${mask ? 'MET_UCHAR' : 'MET_SHORT'}`,
    'ElementDataFile = LOCAL',
    '',
  ].join('\n');
  const body = mask ? Uint8Array.from(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return concat([ascii(header), body]);
}

/** DimSize and ElementSpacing of an uploaded MetaImage, when its header is readable. */
export function readMetaImageHeader(bytes: Uint8Array): { dims: number[]; spacing: number[] } | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (!head.startsWith('ObjectType')) return undefined;
  const field = (name: string): number[] | undefined => {
    const match = new RegExp(`^${name}\\s*=\\s*(.+)$`, 'm').exec(head);
    const numbers = match?.[1]?.trim().split(/\s+/).map(Number);
    return numbers?.every(Number.isFinite) === true ? numbers : undefined;
  };
  const dims = field('DimSize');
  if (dims === undefined) return undefined;
  return { dims, spacing: field('ElementSpacing') ?? dims.map(() => 1) };
}

// --- DICOM Part 10, explicit VR little endian ---------------------------------------------------

const LONG_VRS = new Set(['OB', 'OW', 'OF', 'SQ', 'UT', 'UN']);

function element(group: number, tag: number, vr: string, value: Uint8Array): Uint8Array {
  const padded =
    value.byteLength % 2 === 0
      ? value
      : concat([value, Uint8Array.of(vr === 'UI' || LONG_VRS.has(vr) ? 0 : 0x20)]);
  const long = LONG_VRS.has(vr);
  const header = new DataView(new ArrayBuffer(long ? 12 : 8));
  header.setUint16(0, group, true);
  header.setUint16(2, tag, true);
  header.setUint8(4, vr.charCodeAt(0));
  header.setUint8(5, vr.charCodeAt(1));
  if (long) header.setUint32(8, padded.byteLength, true);
  else header.setUint16(6, padded.byteLength, true);
  return concat([new Uint8Array(header.buffer), padded]);
}

const text = (group: number, tag: number, vr: string, value: string): Uint8Array =>
  element(group, tag, vr, ascii(value));

function uint16(group: number, tag: number, value: number): Uint8Array {
  const bytes = new Uint8Array(2);
  new DataView(bytes.buffer).setUint16(0, value, true);
  return element(group, tag, 'US', bytes);
}

export interface DicomSliceSpec {
  readonly volume: VolumeSpec;
  readonly slice: number;
  readonly sopInstanceUid: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly patientId: string;
  readonly modality: string;
}

const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';

/** One slice of a volume as a DICOM file pydicom and dcmtk open. */
export function dicomSlice(spec: DicomSliceSpec): Uint8Array {
  const { volume } = spec;
  const sopClass = spec.modality === 'CT' ? CT_IMAGE_STORAGE : MR_IMAGE_STORAGE;
  const plane = volume.width * volume.height;
  const all = voxels(volume);
  const pixels = all.slice(spec.slice * plane, (spec.slice + 1) * plane);
  const metaElements = concat([
    element(0x0002, 0x0001, 'OB', Uint8Array.of(0, 1)),
    text(0x0002, 0x0002, 'UI', sopClass),
    text(0x0002, 0x0003, 'UI', spec.sopInstanceUid),
    text(0x0002, 0x0010, 'UI', EXPLICIT_VR_LITTLE_ENDIAN),
  ]);
  const groupLength = new Uint8Array(4);
  new DataView(groupLength.buffer).setUint32(0, metaElements.byteLength, true);
  return concat([
    new Uint8Array(128),
    ascii('DICM'),
    element(0x0002, 0x0000, 'UL', groupLength),
    metaElements,
    text(0x0008, 0x0016, 'UI', sopClass),
    text(0x0008, 0x0018, 'UI', spec.sopInstanceUid),
    text(0x0008, 0x0060, 'CS', spec.modality),
    text(0x0010, 0x0020, 'LO', spec.patientId),
    text(0x0020, 0x000d, 'UI', spec.studyInstanceUid),
    text(0x0020, 0x000e, 'UI', spec.seriesInstanceUid),
    text(0x0020, 0x0013, 'IS', String(spec.slice + 1)),
    uint16(0x0028, 0x0002, 1),
    text(0x0028, 0x0004, 'CS', 'MONOCHROME2'),
    uint16(0x0028, 0x0010, volume.height),
    uint16(0x0028, 0x0011, volume.width),
    uint16(0x0028, 0x0100, 16),
    uint16(0x0028, 0x0101, 16),
    uint16(0x0028, 0x0102, 15),
    uint16(0x0028, 0x0103, 1),
    element(0x7fe0, 0x0010, 'OW', new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength)),
  ]);
}

/** A one-page PDF with the given lines of text; byte offsets in the xref table are exact. */
export function pdfReport(title: string, lines: readonly string[]): Uint8Array {
  const escape = (line: string): string =>
    line.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, '?');
  const stream = [
    'BT /F1 16 Tf 56 780 Td',
    `(${escape(title)}) Tj`,
    '/F1 11 Tf 0 -28 Td',
    ...lines.map((line) => `(${escape(line)}) Tj 0 -16 Td`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

export function jsonFile(value: unknown): Uint8Array {
  return ascii(`${JSON.stringify(value, null, 2)}\n`);
}

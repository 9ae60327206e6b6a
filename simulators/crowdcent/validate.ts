import { parquetMetadata, parquetReadObjects, type FileMetaData } from 'hyparquet';
import { SimulatorHttpError } from '../core/index.js';
import type { Predictions } from './market.js';

/** Checks an uploaded prediction file the way the platform documents (reference §6). */

const NUMERIC_TYPES = new Set(['DOUBLE', 'FLOAT', 'INT32', 'INT64']);
const LISTED_LIMIT = 5;

function invalid(message: string): SimulatorHttpError {
  return new SimulatorHttpError(400, message, 'VALIDATION_ERROR');
}

function listed(values: readonly string[]): string {
  const shown = values.slice(0, LISTED_LIMIT).join(', ');
  return values.length > LISTED_LIMIT ? `${shown}, … (${values.length} in all)` : shown;
}

/** pandas writes the index as a column and names it in its metadata; say so when `id` ended up there. */
function idIsIndex(metadata: FileMetaData): boolean {
  const pandas = metadata.key_value_metadata?.find((entry) => entry.key === 'pandas')?.value;
  if (pandas === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(pandas);
    if (typeof parsed !== 'object' || parsed === null || !('index_columns' in parsed)) return false;
    const { index_columns: indexColumns } = parsed;
    return Array.isArray(indexColumns) && indexColumns.includes('id');
  } catch {
    return false;
  }
}

function readMetadata(buffer: ArrayBuffer): FileMetaData {
  try {
    return parquetMetadata(buffer);
  } catch (error: unknown) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw invalid(`prediction_file is not a valid Parquet file${reason}`);
  }
}

function checkColumns(metadata: FileMetaData, required: readonly string[]): void {
  // top-level columns only; nested structs are not a table the platform can score
  const topLevel = new Map(metadata.schema.slice(1).map((element) => [element.name, element]));
  const missing = ['id', ...required].filter((name) => !topLevel.has(name));
  if (missing.length > 0) {
    const hint =
      missing.includes('id') && idIsIndex(metadata)
        ? " 'id' must be a column, not the index (use df.reset_index())."
        : '';
    throw invalid(
      `Missing required column(s): ${missing.join(', ')}. Required: id, ${required.join(', ')}.${hint}`,
    );
  }
  const id = topLevel.get('id');
  if (id?.type !== 'BYTE_ARRAY') throw invalid("Column 'id' must contain string symbols.");
  for (const name of required) {
    const type = topLevel.get(name)?.type;
    if (type === undefined || !NUMERIC_TYPES.has(type))
      throw invalid(`Column '${name}' must be numeric, found ${type ?? 'a nested column'}.`);
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** Parses and checks the file; the result is what scoring reads. Throws 400 VALIDATION_ERROR. */
export async function validatePredictionFile(
  bytes: Uint8Array,
  required: readonly string[],
): Promise<Predictions> {
  // a copy, so the ArrayBuffer holds exactly the file whatever pool the upload came from
  const buffer = new Uint8Array(bytes).buffer;
  const metadata = readMetadata(buffer);
  checkColumns(metadata, required);
  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({ file: buffer, metadata, columns: ['id', ...required] });
  } catch (error: unknown) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw invalid(`prediction_file could not be read${reason}`);
  }
  if (rows.length === 0) throw invalid('prediction_file contains no rows.');

  const ids: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const columns: Record<string, Float64Array> = Object.fromEntries(
    required.map((name) => [name, new Float64Array(rows.length)]),
  );
  rows.forEach((row, index) => {
    const id = row.id;
    if (typeof id !== 'string' || id === '') throw invalid(`Row ${index}: 'id' is missing.`);
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
    ids.push(id);
    for (const name of required) {
      const value = toNumber(row[name]);
      if (value === undefined || Number.isNaN(value))
        throw invalid(`Column '${name}' contains missing or NaN values (id ${id}).`);
      if (value < 0 || value > 1)
        throw invalid(`Column '${name}' must be within [0, 1]; id ${id} has ${value}.`);
      const column = columns[name];
      if (column !== undefined) column[index] = value;
    }
  });
  if (duplicates.size > 0) throw invalid(`Duplicate ids: ${listed([...duplicates])}.`);
  return { ids, columns };
}

export interface MatchInfo {
  matched_ids: number;
  unmatched_ids: number;
  message: string;
}

export function matchInfo(predictions: Predictions, inferenceIds: readonly string[]): MatchInfo {
  const universe = new Set(inferenceIds);
  const matched = predictions.ids.filter((id) => universe.has(id)).length;
  return {
    matched_ids: matched,
    unmatched_ids: predictions.ids.length - matched,
    message: `${matched} IDs matched inference data`,
  };
}

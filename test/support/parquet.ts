import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';

/** Ids of a Parquet file's `id` column. */
export async function idsOf(bytes: Uint8Array): Promise<string[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file, columns: ['id'] });
  return rows.map((row) => String(row.id));
}

/** A predictions file in hyperliquid-ranking's layout: id, pred_10d, pred_30d in [0,1]. */
export function predictionsFile(ids: readonly string[], value = (i: number) => (i % 100) / 100): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: [...ids], type: 'STRING' },
        { name: 'pred_10d', data: ids.map((_, i) => value(i)), type: 'DOUBLE' },
        { name: 'pred_30d', data: ids.map((_, i) => value(i + 7)), type: 'DOUBLE' },
      ],
    }),
  );
}

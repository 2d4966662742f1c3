/**
 * Test helper: ZIP containers byte by byte, for workbooks no spreadsheet program would write
 * (zip bombs, false declared sizes, a sheet replaced by damaged XML).
 *
 * ```ts
 * const entries = zipEntries(makeWorkbookBytes({ sheets: [...] }));
 * entries.set('xl/worksheets/sheet1.xml', hugeXml);
 * const bytes = writeZip(entries);
 * ```
 */
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';

/** How {@link writeZip} stores one entry. */
export interface ZipEntryOptions {
  /** The uncompressed size written into the headers instead of the real one (a lying archive). */
  readonly declaredSize?: number;
}

/** The entries of a ZIP container (e.g. a workbook written by `makeWorkbookBytes`), by path. */
export function zipEntries(bytes: Uint8Array): Map<string, Uint8Array | string> {
  const container = XLSX.CFB.read(bytes, { type: 'array' }) as {
    FullPaths: string[];
    FileIndex: { type: number; content?: ArrayLike<number> }[];
  };
  const entries = new Map<string, Uint8Array | string>();
  container.FileIndex.forEach((entry, i) => {
    const path = container.FullPaths[i]!.replace(/^Root Entry\//, '');
    // SheetJS keeps a marker stream of its own in every container it reads.
    if (entry.type !== 2 || path.includes('Sh33tJ5')) return;
    entries.set(path, Uint8Array.from(entry.content ?? []));
  });
  return entries;
}

/**
 * Writes a ZIP container of deflated entries. `options` may give an entry a false declared
 * size, as a hostile file would.
 */
export function writeZip(
  entries: ReadonlyMap<string, Uint8Array | string>,
  options: Readonly<Record<string, ZipEntryOptions>> = {},
): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data, { level: 9 });
    const size = options[name]?.declaredSize ?? data.length;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * Opaque encrypted attachment blobs, streamed in and out. The default keeps one file per
 * blob under the data directory; an object store (S3-like) could implement this instead.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PayloadTooLargeError } from '../errors';

export interface BlobStore {
  /** Streams `source` into blob `id`; rejects with PayloadTooLargeError past `limit` bytes, keeping nothing. */
  write(id: string, source: Readable, limit: number): Promise<number>;
  open(id: string): Promise<{ readonly size: number; readonly stream: Readable } | undefined>;
  delete(id: string): Promise<void>;
}

/** Only ids the relay generates (32 base64url characters) ever become file names. */
const BLOB_ID = /^[A-Za-z0-9_-]{32}$/;

export function isBlobId(id: string): boolean {
  return BLOB_ID.test(id);
}

/** Counts bytes and fails the stream once they pass the limit, without buffering. */
class ByteLimit extends Transform {
  seen = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) callback(new PayloadTooLargeError(this.limit));
    else callback(null, chunk);
  }
}

export class FileBlobStore implements BlobStore {
  private readonly incoming: string;

  private constructor(private readonly dir: string) {
    this.incoming = path.join(dir, '.incoming');
  }

  /** Creates the folders and drops uploads a previous process left unfinished. */
  static async open(dir: string): Promise<FileBlobStore> {
    const store = new FileBlobStore(dir);
    await fs.rm(store.incoming, { recursive: true, force: true });
    await fs.mkdir(store.incoming, { recursive: true, mode: 0o700 });
    return store;
  }

  async write(id: string, source: Readable, limit: number): Promise<number> {
    const file = this.file(id);
    const partial = path.join(this.incoming, `${id}.part`);
    const counter = new ByteLimit(limit);
    try {
      await pipeline(source, counter, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      // Visible under its id only once complete.
      await fs.rename(partial, file);
      return counter.seen;
    } catch (error: unknown) {
      await fs.rm(partial, { force: true });
      throw error;
    }
  }

  async open(id: string): Promise<{ readonly size: number; readonly stream: Readable } | undefined> {
    const file = this.file(id);
    try {
      const handle = await fs.open(file, 'r');
      const { size } = await handle.stat();
      return { size, stream: createReadStream('', { fd: handle, autoClose: true }) };
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await fs.rm(this.file(id), { force: true });
  }

  private file(id: string): string {
    if (!isBlobId(id)) throw new RangeError('Not a blob id.');
    return path.join(this.dir, id);
  }
}

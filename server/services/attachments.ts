/** Encrypted attachment blobs: upload by stream under a random id, download by id, expiry. */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AttachmentUploadResponse } from '../../shared/relay-api';
import type { BlobStore } from '../blobs/blob-store';
import { isBlobId } from '../blobs/blob-store';
import type { RelayConfig } from '../config';
import { NotFoundError, PayloadTooLargeError } from '../errors';
import type { RelayStores } from '../store/types';

export class AttachmentService {
  constructor(
    private readonly stores: Pick<RelayStores, 'attachments'>,
    private readonly blobs: BlobStore,
    private readonly config: RelayConfig,
    private readonly clock: () => number,
  ) {}

  /** `declaredLength` (Content-Length) lets an oversize upload fail before a byte is read. */
  async upload(source: Readable, declaredLength: number | undefined): Promise<AttachmentUploadResponse> {
    const limit = this.config.maxAttachmentBytes;
    if (declaredLength !== undefined && declaredLength > limit) throw new PayloadTooLargeError(limit);
    // 192 random bits: the id is the capability to download.
    const id = randomBytes(24).toString('base64url');
    const size = await this.blobs.write(id, source, limit);
    const createdAt = this.clock();
    const expiresAt = createdAt + this.config.attachmentTtlMs;
    try {
      await this.stores.attachments.putAttachment({ id, size, createdAt, expiresAt });
    } catch (error: unknown) {
      await this.blobs.delete(id);
      throw error;
    }
    return { id, size, expiresAt };
  }

  async download(id: string): Promise<{ readonly size: number; readonly stream: Readable }> {
    const missing = (): NotFoundError => new NotFoundError('No such attachment.');
    if (!isBlobId(id)) throw missing();
    const record = await this.stores.attachments.getAttachment(id);
    if (record === undefined || record.expiresAt <= this.clock()) throw missing();
    const blob = await this.blobs.open(id);
    if (blob === undefined) throw missing();
    return blob;
  }

  /**
   * Deletes a blob now rather than at its expiry (a recipient that has what it needs).
   * The id is the capability, as for download; its record goes with the next sweep.
   */
  async remove(id: string): Promise<void> {
    const record = await this.stores.attachments.getAttachment(id);
    if (record === undefined) throw new NotFoundError('No such attachment.');
    await this.blobs.delete(id);
  }

  async deleteBlobs(ids: ReadonlyArray<string>): Promise<void> {
    for (const id of ids) await this.blobs.delete(id);
  }
}

/**
 * The attachments folder: encrypted blobs (`<random>.bin`), transfers in progress
 * (`<random>.partial`, also encrypted) and `temp/`, the only place the service writes
 * plaintext of its own accord (files the user opens). Everything is private to the user.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const blobSuffix = '.bin';
const partialSuffix = '.partial';

export class AttachmentFolder {
  readonly tempDir: string;

  constructor(readonly dir: string) {
    this.tempDir = path.join(dir, 'temp');
  }

  async create(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    // mkdir's mode only applies to a new folder; an older one gets tightened too.
    await fs.chmod(this.dir, 0o700);
  }

  /** A fresh name for a finished blob (a file name, not a path: rows store names). */
  newBlobName(): string {
    return `${randomBytes(16).toString('hex')}${blobSuffix}`;
  }

  newPartialPath(): string {
    return path.join(this.dir, `${randomBytes(16).toString('hex')}${partialSuffix}`);
  }

  pathOf(fileName: string): string {
    // Names come from our own rows, but a path separator would still escape the folder.
    if (fileName !== path.basename(fileName) || fileName.startsWith('.')) throw new Error('Invalid attachment file name.');
    return path.join(this.dir, fileName);
  }

  /** A private folder for one decrypted file; the caller removes it. */
  async newTempFolder(): Promise<string> {
    await fs.mkdir(this.tempDir, { recursive: true, mode: 0o700 });
    const folder = path.join(this.tempDir, randomBytes(16).toString('hex'));
    await fs.mkdir(folder, { mode: 0o700 });
    return folder;
  }

  async removeTemp(): Promise<void> {
    await fs.rm(this.tempDir, { recursive: true, force: true });
  }

  async remove(fileName: string): Promise<void> {
    await fs.rm(this.pathOf(fileName), { force: true });
  }

  /**
   * Startup cleanup: partial files (a transfer or staging cut short) and blobs no row
   * refers to (a crash between writing a file and recording it). Returns how many went.
   */
  async sweep(referenced: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    for (const entry of await fs.readdir(this.dir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const stale = entry.name.endsWith(partialSuffix) || (entry.name.endsWith(blobSuffix) && !referenced.has(entry.name));
      if (!stale) continue;
      await fs.rm(path.join(this.dir, entry.name), { force: true });
      removed++;
    }
    return removed;
  }
}

/**
 * The check of every page (`quick_check`, see database.ts) on a worker thread, over a
 * read-only connection of its own, so that a large database opens without blocking
 * the host for the second or so the check takes (about 0.7 s for 115,000 messages
 * here). The caller shows what it has meanwhile but must not acknowledge, send or
 * migrate anything until the check has passed: the desktop session starts its engine
 * only then (issue 10, item 5).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DatabaseDamagedError } from './errors';
import { keyingPragmas, throwOnFindings } from './database';
import { storageFailureOf } from './storage-failure';
import { NamedError } from '../../shared/domain/named-error';

interface PageCheckData {
  readonly modulePath: string;
  readonly nativeBinding: string | undefined;
  readonly file: string;
  readonly pragmas: ReadonlyArray<string>;
}

type PageCheckResult = { readonly findings: ReadonlyArray<string> } | { readonly error: { readonly code: string | undefined; readonly message: string } };

// Plain CommonJS run by the worker itself (no build step can miss it): opens, keys, checks.
// It closes its connection before it answers: a read-only connection that closes last
// cannot remove the WAL and shared-memory files, so the caller's close must come after.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
let result;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  for (const pragma of workerData.pragmas) db.pragma(pragma);
  const rows = db.pragma('quick_check');
  result = { findings: rows.map((row) => String(row.quick_check)) };
} catch (error) {
  result = { error: { code: typeof error?.code === 'string' ? error.code : undefined, message: String(error?.message ?? error) } };
} finally {
  try { db?.close(); } catch {}
}
parentPort.postMessage(result);
`;

/** The worker could not run the check at all (not a finding about the file): check on the calling thread instead. */
export class PageCheckUnavailableError extends NamedError {
}

/**
 * Resolves once every page of `file` read back intact; rejects with `DatabaseDamagedError`
 * for damage (or an I/O failure), and with `PageCheckUnavailableError` when the worker
 * itself could not check.
 */
export function checkPagesInBackground(options: { readonly file: string; readonly key: Uint8Array; readonly nativeBinding?: string | undefined }): Promise<void> {
  const workerData: PageCheckData = {
    modulePath: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
    nativeBinding: options.nativeBinding,
    file: options.file,
    pragmas: keyingPragmas(options.key),
  };
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData });
    let settled = false;
    worker.once('message', (result: PageCheckResult) => {
      settled = true;
      if ('findings' in result) {
        try {
          throwOnFindings(options.file, result.findings);
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      const cause = Object.assign(new Error(result.error.message), { code: result.error.code });
      const failure = storageFailureOf(cause);
      reject(
        failure === undefined
          ? new PageCheckUnavailableError(result.error.message, { cause })
          : new DatabaseDamagedError(options.file, failure, result.error.message, { cause }),
      );
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(new PageCheckUnavailableError(error.message, { cause: error }));
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new PageCheckUnavailableError(`the page check stopped (exit code ${String(code)})`));
    });
  });
}

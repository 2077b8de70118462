/** The system opener's verdict reaches the user: real child processes stand in for xdg-open. */
import { describe, expect, it } from 'vitest';
import { runOpener } from '../../../../../electron/host/services/attachments-handler';

const node = process.execPath;

describe('opening a file with the system', () => {
  it('fails when the opener exits saying nothing opens the file (xdg-open exits 3)', async () => {
    await expect(runOpener(node, ['-e', 'process.exit(3)'], { exitCodeCounts: true })).rejects.toThrow(/exited with 3/);
  });

  it('succeeds when the opener hands the file over and exits 0', async () => {
    await expect(runOpener(node, ['-e', 'process.exit(0)'], { exitCodeCounts: true })).resolves.toBeUndefined();
  });

  it('fails when there is no opener at all', async () => {
    await expect(runOpener('/nonexistent/parley-opener', [], { exitCodeCounts: true })).rejects.toThrow(/ENOENT/);
  });

  it('ignores the exit code of an opener whose code means nothing (explorer.exe)', async () => {
    await expect(runOpener(node, ['-e', 'process.exit(1)'], { exitCodeCounts: false })).resolves.toBeUndefined();
  });
});

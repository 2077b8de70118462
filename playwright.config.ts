import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on this network. */
export const chromiumPath = process.env['PARLEY_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'tests/artifacts/playwright',
  reporter: [['list']],
  timeout: 60_000,
  workers: 1,
  forbidOnly: true,
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            // Voice notes: a synthetic microphone, and no permission prompt to click.
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});

/** English strings. Other languages copy this shape; missing keys fall back to English. */
export const en = {
  link: {
    title: 'Link this desktop',
    lead: 'Parley on your desktop is a companion to your phone. Your messages stay end-to-end encrypted and the relay never sees them.',
    stepOpen: 'Open Parley on your phone.',
    stepSettings: 'Go to <strong>Settings → Linked devices</strong> and choose <strong>Link a new device</strong>.',
    stepScan: 'Point your phone at the code on this screen.',
    deviceName: 'This desktop will appear on your phone as <strong>{{name}}</strong>.',
  },
  relay: {
    checking: 'Checking the connection to the relay…',
    connected: 'Connected to the relay at {{url}}',
    unreachable: 'Can’t reach the relay. {{problem}}',
    retry: 'Try again',
  },
  theme: {
    legend: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  footer: {
    version: 'Parley {{version}} · {{host}}',
    hostElectron: 'desktop app',
    hostBrowser: 'browser host',
  },
} as const;

/**
 * Proves the layering of DESIGN.md is enforced: each violating import below fails lint
 * with the project's own rules, and the permitted ones pass.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layering } from '../../../eslint.layers.js';

const root = path.resolve(import.meta.dirname, '../../..');

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layering],
});

async function problems(file: string, code: string): Promise<Array<string>> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('layering lint', () => {
  it.each([
    ['renderer importing the host', 'renderer/src/x.ts', "import '../../electron/host/compose';"],
    ['renderer importing the relay', 'renderer/src/x.ts', "import '../../server/relay';"],
    ['renderer importing a Node built-in', 'renderer/src/x.ts', "import fs from 'node:fs';"],
    ['renderer importing a bare Node built-in', 'renderer/src/x.tsx', "import path from 'path';"],
    ['renderer importing electron', 'renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['shared importing a Node built-in', 'shared/ipc/x.ts', "import { createHash } from 'node:crypto';"],
    ['shared importing electron', 'shared/ipc/x.ts', "import { app } from 'electron';"],
    ['shared importing the host', 'shared/ipc/x.ts', "import '../../electron/host/csp';"],
    ['the host importing electron', 'electron/host/x.ts', "import { app } from 'electron';"],
    ['the relay importing electron', 'server/x.ts', "import { app } from 'electron';"],
    ['the relay importing the host', 'server/x.ts', "import '../electron/host/csp';"],
    ['the preload importing a Node built-in', 'electron/preload/x.ts', "import fs from 'node:fs';"],
    ['the browser bridge importing the host', 'electron/browser-bridge/x.ts', "import '../host/csp';"],
    ['shared importing the engine', 'shared/ipc/x.ts', "import '../../engine/engine';"],
    ['renderer importing the engine', 'renderer/src/x.ts', "import '../../engine/engine';"],
    ['the engine importing electron', 'engine/x.ts', "import { app } from 'electron';"],
    ['the engine importing the host', 'engine/x.ts', "import '../electron/host/csp';"],
    ['the relay importing the engine', 'server/x.ts', "import '../engine/engine';"],
    ['the receive pipeline importing a module', 'engine/pipeline/x.ts', "import '../modules/reactions/inbound';"],
    ['the host reaching beneath the engine facade', 'electron/host/x.ts', "import '../../engine/testing';"],
    ['the phone reaching beneath the engine facade', 'phone/x.ts', "import '../engine/testing';"],
    ['a file in a folder no rule covers', 'newfolder/x.ts', 'export const x = 1;'],
  ])('fails on %s', async (_label, file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer importing shared', 'renderer/src/x.ts', "import '../../shared/ipc/contract';"],
    ['the host importing shared and Node', 'electron/host/x.ts', "import '../../shared/ipc/router';\nimport 'node:fs';"],
    ['the main process importing electron and the host', 'electron/main/x.ts', "import 'electron';\nimport '../host/csp';"],
    ['the preload importing electron and shared', 'electron/preload/x.ts', "import 'electron';\nimport '../../shared/ipc/bridge';"],
    ['the engine importing shared and Node', 'engine/x.ts', "import '../shared/ipc/contract';\nimport 'node:fs';"],
    ['the host importing the engine', 'electron/host/x.ts', "import '../../engine/engine';"],
    ['a test reaching beneath the engine facade', 'tests/integration/x.test.ts', "import '../../engine/testing';"],
    ['a module importing the pipeline', 'engine/modules/reactions/x.ts', "import '../../pipeline/inbound';"],
    ['shared importing a local sibling', 'shared/ipc/x.ts', "import './service';"],
    ['a relative path that merely contains a built-in name', 'renderer/src/x.ts', "import '../../shared/ipc/service';"],
  ])('allows %s', async (_label, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

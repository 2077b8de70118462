import type { Linter } from 'eslint';

export declare const elements: ReadonlyArray<{ readonly type: string; readonly pattern: string }>;
export declare const toolingFiles: ReadonlyArray<string>;
export declare const layering: Array<Linter.Config>;

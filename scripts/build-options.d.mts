import type { BuildOptions } from 'esbuild';

export declare const entries: Record<string, string>;
export declare const buildOptions: BuildOptions;

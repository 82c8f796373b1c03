import type { BuildOptions, Metafile } from 'esbuild';

export declare const entries: Record<string, string>;
export declare const cliEntries: Record<string, string>;
export declare const vendored: readonly { specifier: string; file: string; default: boolean }[];
export declare const buildOptions: BuildOptions;
export declare function vendorExports(metafile: Metafile): Record<string, string[]>;
export declare function cliBuildOptions(exportsBySpecifier: Record<string, string[]>): BuildOptions;

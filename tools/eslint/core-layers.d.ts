import type { ESLint } from 'eslint';

export declare const CORE_LAYERS: { name: string; paths: string[] }[];
export declare function coreLayerOf(file: string): number | undefined;
export declare function relativeImports(file: string, text: string): { specifier: string; target: string }[];
export declare function importCycle(start: string, first: string[]): string[] | undefined;
declare const plugin: ESLint.Plugin;
export default plugin;

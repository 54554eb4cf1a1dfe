/** Types of freshness.js (plain JS, because the bin runs before anything is compiled). */
export declare const NODE_WORKSPACES: readonly string[];
export declare function isTestOnly(name: string): boolean;
export declare function newest(dir: string): number;
export declare function compiledIsCurrent(packages: string): boolean;

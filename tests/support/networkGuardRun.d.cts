/** Absolute path of the guard preload (network-guard.cjs). */
export declare const GUARD: string;
/** The variable naming the run's refusal log. */
export declare const LOG_VARIABLE: 'MGI_NETWORK_GUARD_LOG';
/** NODE_OPTIONS with the guard preloaded, added to `nodeOptions`. */
export declare function withGuard(nodeOptions?: string): string;
/** The environment a spawned process needs to stay under the guard and report to the run's log. */
export declare function guardEnvironment(env?: NodeJS.ProcessEnv): Record<string, string>;
export declare function guardTestRun<T extends object>(config: T): T & { globalTeardown: string };

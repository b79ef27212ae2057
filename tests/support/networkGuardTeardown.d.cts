export interface Refusal {
  readonly what: string;
  readonly where: string;
  readonly pid: number;
  readonly command: string;
  readonly at: string;
}
declare function networkGuardTeardown(): Promise<void>;
declare namespace networkGuardTeardown {
  /** The refusals recorded in a guard log. */
  function readRefusals(file: string | undefined): Refusal[];
}
export = networkGuardTeardown;

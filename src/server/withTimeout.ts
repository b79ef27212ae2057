// A turn that takes too long (a stuck storage call, a slow channel) is abandoned: the adapter's
// error hook then apologises to the user with a reference, instead of leaving them waiting.

export class TurnTimeoutError extends Error {
  constructor(ms: number) {
    super(`turn took longer than ${ms} ms`);
    this.name = 'TurnTimeoutError';
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TurnTimeoutError(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// Runs a conversation's bot turns one after another, as a channel delivers them: two turns of the
// same conversation at once would both read its state and the second write would be refused.
// Different conversations run side by side.
export class TurnQueue {
  /** The last turn queued per conversation; an entry goes when its turn ends with nothing after it. */
  private readonly tails = new Map<string, Promise<void>>();

  run(conversationId: string, turn: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(conversationId) ?? Promise.resolve();
    const current = previous.then(turn);
    // The queue goes on whether a turn succeeded or not; the caller sees this turn's own outcome.
    const tail = current.catch(() => undefined);
    this.tails.set(conversationId, tail);
    void tail.then(() => {
      if (this.tails.get(conversationId) === tail) this.tails.delete(conversationId);
    });
    return current;
  }
}

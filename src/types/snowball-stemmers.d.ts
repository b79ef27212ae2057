// snowball-stemmers ships no types: the two functions mgi-bot uses.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for a Snowball algorithm name ("english", "french"); throws for an unknown one. */
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

// Generated from knowledge/schema by scripts/generate-knowledge-types.mjs. Do not edit.

/**
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Language".
 */
export type Language = 'en' | 'fr';
/**
 * @minItems 1
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "TermList".
 */
export type TermList = [string, ...string[]];
/**
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "DomainId".
 */
export type DomainId =
  'migrants-rights' | 'whole-of-government' | 'partnerships' | 'well-being' | 'mobility-crises' | 'safe-migration';

/**
 * Shared definitions for the MGI framework file and the profile files. Every text exists in English and French.
 */
export interface MGIKnowledge {
  [k: string]: unknown;
}
/**
 * One text in both languages. The seed language is verbatim; the other is a faithful translation.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  en: string;
  fr: string;
}
/**
 * Curated search phrases per language: synonyms, acronyms, Portuguese names, everyday words.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "SearchTerms".
 */
export interface SearchTerms {
  en: TermList;
  fr: TermList;
}
/**
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Finding".
 */
export interface Finding {
  text: LocalizedText;
  terms: SearchTerms;
}
/**
 * A domain's key findings, each list in the profile's order (ids are numbered from it).
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "DomainFindings".
 */
export interface DomainFindings {
  developed: Finding[];
  potential: Finding[];
}
/**
 * One MGI policy domain: its names (shortName fits a wheel segment; aliases are the short names people use for the domain itself, e.g. "safe migration"), national and city definitions, and search terms.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Domain".
 */
export interface Domain {
  id: DomainId;
  name: LocalizedText;
  shortName: LocalizedText;
  aliases: SearchTerms;
  definitions: {
    national: LocalizedText;
    city: LocalizedText;
  };
  terms: SearchTerms;
}

/**
 * The MGI framework: overview and the six policy domains, with national and city definitions.
 */
export interface MgiFramework {
  $schema?: string;
  kind: 'framework';
  id: 'mgi';
  name: LocalizedText;
  overview: {
    title: LocalizedText;
    /**
     * @minItems 1
     */
    paragraphs: [LocalizedText, ...LocalizedText[]];
    terms: SearchTerms;
  };
  /**
   * The six MGI domains, each id exactly once (checked at load).
   */
  domains: Domain[];
}

/**
 * One MGI profile (a city or a country): its key findings per domain. Add a profile by adding a file in knowledge/profiles/.
 */
export interface MgiProfile {
  $schema?: string;
  kind: 'profile';
  /**
   * Stable public id, the prefix of every source id of this profile.
   */
  id: string;
  level: 'city' | 'national';
  place: LocalizedText;
  country: LocalizedText;
  /**
   * Names people use for the place, matched without case or accents (e.g. Manaus).
   *
   * @minItems 1
   */
  placeNames: [string, ...string[]];
  /**
   * Other places the profile's texts and terms mention (e.g. Boa Vista): asked about alone, they are places without a profile.
   */
  otherPlaces?: string[];
  published: string;
  dateLabel: LocalizedText;
  title: LocalizedText;
  introduction: {
    /**
     * @minItems 1
     */
    paragraphs: [LocalizedText, ...LocalizedText[]];
    terms: SearchTerms;
  };
  findings: {
    'migrants-rights': DomainFindings;
    'whole-of-government': DomainFindings;
    partnerships: DomainFindings;
    'well-being': DomainFindings;
    'mobility-crises': DomainFindings;
    'safe-migration': DomainFindings;
  };
}

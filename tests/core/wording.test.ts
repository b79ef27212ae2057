// Wordings nobody tuned for get the answer their meaning calls for, by general causes: question
// frames, typo tolerance that grows with the word, intent read outside the frames, two-part
// questions, commands only as whole messages, task requests declined.
import { answerQuestion } from '../../src/presentation/answer';
import { analyseQuestion } from '../../src/core/analyseQuestion';
import { buildIndex, type KnowledgeIndex } from '../../src/core/buildIndex';
import { knowledgeIndex } from '../support/knowledge';

const options = { publicUrl: 'http://localhost:3978' };
let index: KnowledgeIndex;
beforeAll(async () => {
  index = await knowledgeIndex();
});
const ask = (question: string, context = {}) => answerQuestion(index, question, context, options);
const ids = (question: string, context = {}) => ask(question, context).citations.map((c) => c.id);
/** The bot says the material does not answer: no citation at all. */
const expectDeclined = (question: string, context = {}) => expect(ask(question, context)).toMatchObject({ answered: false, citations: [] });
/** The index a new profile gets, with no per-entry terms: built once, on first use. */
let withoutTermsIndex: KnowledgeIndex | undefined;
const withoutTerms = (): KnowledgeIndex => (withoutTermsIndex ??= buildIndex(index.knowledge, { terms: false }));
/** The citations of an answer from the index without per-entry terms. */
const idsWithoutTerms = (question: string) => answerQuestion(withoutTerms(), question, {}, options).citations.map((c) => c.id);

describe('Question frames are not topics', () => {
  test.each([
    ['what does the partnerships domain look at?', 'en'],
    ['quels sujets couvre le domaine Partenariats ?', 'fr'],
    ['Que couvre le domaine Partenariats ?', 'fr'],
  ])('"%s" quotes the Partnerships definition', (question, language) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ answered: true, language, domain: 'partnerships' });
    expect(answer.citations[0]?.id).toMatch(/^mgi\/partnerships\/(national|city)$/);
  });

  test('"as well as" asks for no strength: a question about the indicators gets the crisis definition', () => {
    expect(ids('Is humanitarian aid for migrants as well as citizens part of the indicators?')[0]).toMatch(/^mgi\/mobility-crises\//);
  });
});

describe('A cue that may be a topic word', () => {
  test.each([
    ['What does the MGI partnerships domain measure?', 'en'],
    ['le domaine partenariats des IGM, il mesure quoi ?', 'fr'],
  ])('"%s": a cue no source that may answer has only says how it asks', (question, language) => {
    expect(ask(question)).toMatchObject({ answered: true, language, domain: 'partnerships' });
    expect(ids(question)[0]).toMatch(/^mgi\/partnerships\/(national|city)$/);
  });
});

describe('Typos and intent', () => {
  test('"weaknesess" (a typo) asks for areas to develop: the crisis ones are listed', () => {
    expect(ids('What are the weaknesess of Manaus on crises?')).toEqual(['manaus-2023/mobility-crises/potential-1', 'manaus-2023/mobility-crises/potential-2', 'manaus-2023/mobility-crises/potential-3']);
  });

  test('weaknesses asked where the profile lists none are declined, not answered with a strength', () => {
    expect(ask('What are the weaknesess of Manaus on health?')).toMatchObject({ answered: false, kind: 'abstain' });
  });

  test('a short word is not "corrected" into another ("Quel temps fera-t-il demain ?" names no place)', () => {
    expect(ask('Quel temps fera-t-il demain ?')).toMatchObject({ answered: false, kind: 'abstain', language: 'fr' });
  });
});

describe('Messages that ask two things, or ask for a task', () => {
  test('both parts of "combien d’indicateurs … et sur combien de domaines ?" are answered from the overview', () => {
    const answer = ask("Combien d'indicateurs compte l'IGM et sur combien de domaines ?");
    expect(answer).toMatchObject({ answered: true, language: 'fr' });
    expect(answer.citations[0]?.id).toBe('mgi/overview');
  });

  test('a French inverted verb after "et" starts a second question: both are answered', () => {
    expect(ids('Quand le COMPREMI a-t-il été créé, et la ville coopère-t-elle avec l’OIM ?')).toEqual(expect.arrayContaining(['manaus-2023/whole-of-government/developed-1', 'manaus-2023/partnerships/developed-2']));
  });

  test('"help" inside a real question is a word of the question, not the help command', () => {
    expect(ask('how does the city let residents ask for help during floods?').kind).not.toBe('small-talk');
    expect(ask('help').kind).toBe('small-talk');
  });

  test.each([['Traduis ce texte en allemand'], ['Can you translate this email into Spanish for me?']])('"%s" asks for a task: declined', (question) => {
    expect(ask(question)).toMatchObject({ answered: false, kind: 'abstain', citations: [] });
  });
});

describe('A detail the material does not state is declined, however many words it shares', () => {
  test.each([
    ['What is the telephone number of the Reception and Support Position?'],
    ['What is the budget of the Manaus Health Secretariat for migrants?'],
    ['How many beds does the Relocation and Screening Station have?'],
    ['Who chairs COMPREMI?'],
    ['Qui préside le COMPREMI ?'],
    ['Will Manaus adopt a strategy against xenophobia by 2025?'],
    ['Quand la police de Manaus commencera-t-elle les formations sur les droits des migrants ?'],
    ['Quel est le salaire minimum d’un travailleur migrant à Manaus ?'],
    ['Can you list all 90 MGI indicators one by one?'],
    // The text counts 288 Basic Health Units; it does not say how many specialized ones opened.
    ['How many specialized BHUs for migrants were inaugurated in 2022?'],
    ['Combien d’unités de santé spécialisées ont été inaugurées en 2022 ?'],
    // The text names Manaus and the IOM, not the others.
    ['Which other cities are members of the MigraCidades Platform?'],
    ['Quelles agences des Nations Unies, à part l’OIM, coopèrent avec Manaus ?'],
    // It says the university informs policies, not what its research found.
    ['What did the Federal University of Amazonas research conclude about migrants?'],
    ['In which month of 2023 was COMPREMI created?'],
    ['What’s the maximum loan I can get from the Municipal Fund for Entrepreneurship?'],
    // The MGI neither scores nor ranks.
    ['What score did Manaus get in the MGI ranking?'],
    ['Quelle note Manaus a-t-elle obtenue dans le classement des IGM ?'],
  ])('"%s" is declined', (question) => {
    expectDeclined(question);
  });

  test.each([
    ['How many Basic Health Units does Manaus have?', 'manaus-2023/migrants-rights/developed-1'],
    ['Combien d’UBS y a-t-il à Manaus ?', 'manaus-2023/migrants-rights/developed-1'],
    ['how many indicators does the MGI have', 'mgi/overview'],
    ['nombre d’indicateurs IGM', 'mgi/overview'],
    ['How many Basic Health Units serve migrants in Manaus?', 'manaus-2023/migrants-rights/developed-1'],
    ['When was COMPREMI created?', 'manaus-2023/whole-of-government/developed-1'],
    ['La ville a-t-elle conclu des ententes avec des partenaires pour aider les migrants en cas d’urgence ?', 'manaus-2023/mobility-crises/potential-2'],
  ])('"%s" is answered where the text states it beside what is asked', (question, id) => {
    expect(ids(question)[0]).toBe(id);
  });

  test('"how much" or "how many" inside a yes/no question asks whether, not how many', () => {
    expect(ids('Has Manaus assessed how much employers need migrant labour?')[0]).toBe('manaus-2023/well-being/potential-1');
    expect(ids('Does Manaus study how many migrant workers its employers need?')[0]).toBe('manaus-2023/well-being/potential-1');
  });
});

describe('Nothing is cited for what its text does not say', () => {
  test.each([['refugess housing'], ['What housing subsidies can Venezuelan families get?']])('"%s" is declined: no text speaks of it', (question) => {
    expectDeclined(question);
  });
});

describe('What the question asks about weighs most', () => {
  test('the last word of a long noun phrase is its head: "the last Brazilian football championship" is unknown, and declined', () => {
    expectDeclined('Who won the last Brazilian football championship?');
  });

  test('a source that matches only whom a question is for (Venezuelan families) does not answer what it asks about them', () => {
    expectDeclined('What housing subsidies can Venezuelan families get?');
    expect(ids('I want to open a small business in Manaus. Can I, as a Venezuelan, get financing from the city?')[0]).toBe('manaus-2023/well-being/developed-3');
  });
});

describe('Verbs and modifiers are not the things asked about', () => {
  test('the word before a French inversion ("formule-t-il") is a verb', () => {
    expect(ids('Quelles recommandations le profil de Manaus formule-t-il en matière de partenariats ?')).toEqual(['manaus-2023/partnerships/potential-1', 'manaus-2023/partnerships/potential-2']);
  });

  test('where modifiers follow the noun, the word after the head modifies it ("la catégorie consacrée à la coopération")', () => {
    expect(ids('Au niveau des municipalités, sur quoi porte la catégorie consacrée à la coopération ?')[0]).toBe('mgi/partnerships/city');
  });
});

describe('Vocabulary by concept', () => {
  test.each([['Les IGM servent-ils à clasifier les pays ?', 'fr'], ['Does the MGI put countries in a league table?', 'en']])('"%s": ranking words find the overview, which says the MGI does not rank', (question, language) => {
    expect(ask(question)).toMatchObject({ answered: true, language });
    expect(ids(question)[0]).toBe('mgi/overview');
  });
});

describe('A question about a profile itself', () => {
  test.each([['What does the Manaus migration profile actually describe?'], ['Que présente le profil de Manaus ?']])('"%s" is answered by its introduction', (question) => {
    expect(ids(question)[0]).toBe('manaus-2023/introduction');
  });

  test('on a tie, a finding answers what the place does; the introduction, what the MGI or the profile is', () => {
    expect(ids('la mairie de Manaus travaille-t-elle avec l’OIM ?')[0]).toBe('manaus-2023/partnerships/developed-2');
    expect(ids('Who did the research behind the Manaus profile?')[0]).toBe('manaus-2023/introduction');
  });

  test('"the city" points at a profile’s place: its findings answer, not the city-level definition', () => {
    expect(ids('how does the city let residents ask for help during floods?')[0]).toMatch(/^manaus-2023\/mobility-crises\//);
    expect(ids('What do the indicators look at for cities in the crises domain?')[0]).toBe('mgi/mobility-crises/city');
  });

  test('on a tie, a source whose own text says the word comes before one that has it only in its terms ("et pour le travail ?" after health)', () => {
    expect(ids('et pour le travail ?', { lastDomain: 'migrants-rights', lastProfileId: 'manaus-2023', previous: 'fr' })[0]).toMatch(/^manaus-2023\/well-being\//);
  });

  test('a profile named with a topic is still about that topic', () => {
    expect(ask('What does the Manaus profile say about health?')).toMatchObject({ answered: true, domain: 'migrants-rights' });
  });
});

describe('A sentence that sets the scene before the question', () => {
  test('asks for nothing: its words the knowledge lacks do not count against the question', () => {
    expect(ids('I’m a researcher preparing a city assessment. What does the whole-of-government category examine for cities?')[0]).toBe('mgi/whole-of-government/city');
  });

  test('a question the material does not answer is still declined after it', () => {
    expectDeclined('I’m a journalist preparing a story. What is the budget of the Manaus Health Secretariat for migrants?');
  });
});

describe('Words read as the language has them', () => {
  test('a word of the language is not "corrected" into a knowledge word ("shape" is not "share")', () => {
    expect(ids('Which local university helps Manaus shape its migration programmes?')[0]).toBe('manaus-2023/partnerships/developed-3');
  });

  test('an accented letter shows the language of a short question ("sûre" is French)', () => {
    expect(ask('Migration sûre, volet ville ?')).toMatchObject({ answered: true, language: 'fr', domain: 'safe-migration' });
  });

  test('a word both word lists have is evidence of the language whose knowledge uses it ("Cadre MiGOF ?" is French)', () => {
    expect(ask('Cadre MiGOF ?')).toMatchObject({ answered: true, language: 'fr' });
    expect(ask('formation police droits migrants')).toMatchObject({ answered: true, language: 'fr', domain: 'safe-migration' });
  });

  test('an acronym another language’s knowledge also uses says nothing of the language ("UBS migrants manaus")', () => {
    expect(ask('UBS migrants manaus', { locale: 'en-US' })).toMatchObject({ answered: true, language: 'en', domain: 'migrants-rights' });
  });

  test('a task verb after a question word is a question ("Quel rôle joue Manaus…")', () => {
    expect(ask('Quel rôle joue Manaus dans l’Opération Accueil ?')).toMatchObject({ answered: true, language: 'fr', domain: 'safe-migration' });
  });
});

describe('Names and abbreviations are not places', () => {
  test('a short word with two capitals is an abbreviation ("PhD"), not a place without a profile', () => {
    expect(ask("I'm doing a PhD on migration: how do the MGI relate to the MiGOF?")).toMatchObject({ answered: true, language: 'en' });
    expect(ids("I'm doing a PhD on migration: how do the MGI relate to the MiGOF?")[0]).toBe('mgi/overview');
  });

  test('a name the knowledge uses, misspelt or in another number ("MigraCidade"), is not a place', () => {
    expect(ids('What is the MigraCidade platform?')[0]).toBe('manaus-2023/partnerships/developed-4');
  });

  test('words typed in capitals are names, not words of a language ("UN" is not the French "un")', () => {
    expect(ask('migration cooperation UN manaus')).toMatchObject({ answered: true, language: 'en', domain: 'partnerships' });
  });

  test('the date of a profile named is part of its name, not a topic ("the October 2023 Manaus profile")', () => {
    expect(ids('What is the 2023 Manaus profile about?')[0]).toBe('manaus-2023/introduction');
    expect(ids('Le profil de Manaus (oct. 2023), il présente quoi ?')[0]).toBe('manaus-2023/introduction');
  });
});

describe('A detail asked of what a source names', () => {
  test('is declined when that source does not state it, not answered by another source that states one', () => {
    expectDeclined('When was the Executive-Secretariat of Civil Protection and Defense of the Military House founded?');
  });

  test('is answered when the source that names it states it', () => {
    expect(ids('When was the Municipal Secretariat of Public Security and Social Defense created?')[0]).toBe('manaus-2023/mobility-crises/developed-2');
  });
});

describe('Irregular forms and domain lists', () => {
  test('an irregular form is read as its base word ("led" is a form of "lead", "women" of "woman")', () => {
    const { pack } = index.byLanguage.get('en')!;
    expect(pack.stem('led')).toBe(pack.stem('leads'));
    expect(pack.stem('women')).toBe(pack.stem('woman'));
    // Spelling variants too: the Manaus text writes both "programmes" and "programs", "labour" and "labor".
    expect(pack.stem('programmes')).toBe(pack.stem('programs'));
    expect(pack.stem('labour')).toBe(pack.stem('labor'));
    expect(pack.stem('organization')).toBe(pack.stem('organisations'));
    expect(ids('Which organisation leads the MGI initiative?')[0]).toBe('manaus-2023/introduction');
  });

  test('a text that lists the domains is not about each of them: the introduction carries none of their concepts', () => {
    const concepts = (id: string) => index.entries.find((entry) => entry.source.id === id)!.concepts;
    expect(concepts('manaus-2023/introduction').has('partnerships-cooperation')).toBe(false);
    expect(concepts('manaus-2023/introduction').has('crisis-humanitarian-response')).toBe(false);
    expect(concepts('manaus-2023/mobility-crises/developed-3').has('crisis-humanitarian-response')).toBe(true);
  });

  test('a verb is not the noun it stems like ("visant à prévenir les catastrophes" speaks of no visa and warns no one)', () => {
    const concepts = index.entries.find((entry) => entry.source.id === 'manaus-2023/mobility-crises/developed-2')!.concepts;
    expect(concepts.has('documents-regularization')).toBe(false);
    expect(concepts.has('information-outreach')).toBe(false);
    expect(concepts.has('disasters-natural-hazards')).toBe(true);
  });

  test('words the stemmer merges with another meaning stay apart ("pays" is no pay, "créé" no CREAS, "local" no locals, "residents" no residence permit)', () => {
    const carrying = (concept: string) => index.entries.filter((entry) => entry.concepts.has(concept)).map((entry) => entry.source.id);
    expect(carrying('funding')).not.toContain('mgi/overview');
    expect(carrying('social-assistance')).not.toContain('manaus-2023/mobility-crises/developed-2');
    expect(carrying('population')).not.toContain('manaus-2023/migrants-rights/potential-1');
    expect(carrying('social-assistance')).toContain('manaus-2023/whole-of-government/developed-3');
  });

  test('"how do I get a work permit?" asks for a procedure the material does not give', () => {
    expectDeclined('How do I get a work permit in Manaus?');
    expectDeclined('Comment obtenir un permis de travail à Manaus ?');
  });

  test('a source that speaks of what a word is a kind of answers it ("floods" are a crisis)', () => {
    expect(ids('During floods, can people tell the city authorities what they need?')[0]).toBe('manaus-2023/mobility-crises/developed-3');
  });

  test('"s’est penchée sur les besoins des entreprises" is a study of labour demand', () => {
    expect(ids('La mairie s’est-elle penchée sur les besoins des entreprises en travailleurs migrants ?')[0]).toBe('manaus-2023/well-being/potential-1');
  });

  test('everyday words for disputes and for the administration find their findings', () => {
    expect(ids('arguments between locals and migrants in Manaus: who helps?')[0]).toBe('manaus-2023/migrants-rights/potential-2');
    expect(ids('How could the administration of Manaus improve on migration?')[0]).toMatch(/^manaus-2023\/whole-of-government\/potential-/);
  });
});

describe('What a profile cannot give', () => {
  test.each([
    ['In your opinion, is Manaus good at welcoming migrants?'],
    ['Selon vous, Manaus accueille-t-elle bien les migrants ?'],
    ['Am I eligible for the vocational courses for women in Manaus?'],
    ['How does Manaus compare with Belém on schooling for migrant children?'],
    ['Manaus fait-elle mieux que Belém pour la scolarisation des enfants migrants ?'],
  ])('"%s" is declined: an opinion, a personal eligibility or a comparison with another place', (question) => {
    expectDeclined(question);
  });

  test.each([['What are the best hotels in Manaus?'], ['Quels sont les meilleurs hôtels de Manaus ?']])('"%s" is declined: "best" says how good, not what about', (question) => {
    expectDeclined(question);
  });

  test('the same topics asked plainly are answered', () => {
    expect(ids('Manaus partage-t-elle ses meilleures pratiques avec d’autres pays ?')[0]).toBe('manaus-2023/partnerships/potential-2');
    expect(ids('Can migrant children go to school in Manaus?')[0]).toBe('manaus-2023/migrants-rights/developed-2');
    expect(ids('Does the MGI compare countries?')[0]).toBe('mgi/overview');
  });
});

describe('Ways of reporting are no topic', () => {
  test('"quels axes … le profil relève-t-il" asks for the areas to develop, nothing about axes or noting', () => {
    expect(ids("Quels axes d'amélioration le profil relève-t-il pour Manaus en matière de partenariats ?")).toEqual(['manaus-2023/partnerships/potential-1', 'manaus-2023/partnerships/potential-2']);
  });
});

describe('The domains taken together', () => {
  test.each([['Which themes does the MGI look at?'], ['Quels sont les domaines des IGM ?'], ['What are the six areas of the MGI?']])('"%s" is answered by the text that names the domains', (question) => {
    expect(ids(question)).toEqual(['manaus-2023/introduction']);
  });

  test('what the MGI covers, with no domain asked for, is its overview', () => {
    expect(ids('What does the MGI cover?')).toEqual(['mgi/overview']);
  });
});

describe('Misspellings that look like other words', () => {
  test('a misspelling that stems like another knowledge word is corrected ("governence" is "governance", not "government")', () => {
    expect(ids('What is the Manaus migration governence profile about?')[0]).toBe('manaus-2023/introduction');
  });

  test('a misspelt word of a capitalised name the knowledge uses is corrected ("Basic Helth Units")', () => {
    expect(ids('Do the Basic Helth Units in Manaus see refugees?')[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('a capitalised country is still a place without a profile ("France")', () => {
    expect(ask('Comment fonctionne la sécurité sociale en France ?')).toMatchObject({ answered: false });
  });
});

describe('Requests, personal outcomes and exact places', () => {
  test.each([['Could you translate “where is the health unit?” into Portuguese for me?'], ['Pouvez-vous traduire « où est la clinique ? » en portugais ?']])('"%s" asks for a task, politely: declined', (question) => {
    expectDeclined(question);
  });

  test('"will I get asylum…?" asks what will happen to the person: declined', () => {
    expectDeclined('Will I get asylum if I apply in Manaus?');
  });

  test('"where exactly is…" asks for an address the material does not give', () => {
    expectDeclined('Where exactly is the Reception and Support Position at the bus station?');
  });
});

describe('Framing words and the profile’s own country', () => {
  test('"dans le cadre des IGM" frames the question; "regarde" asks what a domain looks at', () => {
    expect(ids('Dans le cadre des IGM, que regarde le domaine partenariats au niveau national ?')[0]).toBe('mgi/partnerships/national');
    expect(ids('Pour une ville, l’IGM regarde-t-il la protection sociale des étrangers ?')[0]).toBe('mgi/migrants-rights/city');
  });

  test('the country of a city profile, named beside "the city", is where the city is, not another place', () => {
    expect(ids('Does the city take part when Brazil plans refugee resettlement?')[0]).toBe('manaus-2023/safe-migration/developed-3');
    expect(ask('What is the refugee policy of Brazil?')).toMatchObject({ answered: false });
  });
});

describe('Whether something is free', () => {
  test('is answered by a text that says it is free ("free primary health care")', () => {
    expect(ids('Est-ce que les soins de santé de base sont gratuits pour les étrangers à Manaus ?')[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('is declined for what no text says is free or paid', () => {
    expectDeclined('Are the vocational courses for migrant women in Manaus free of charge?');
    expectDeclined('La formation EDUMIGRA est-elle payante ?');
  });

  test('a second question right after "et" with an inverted verb is read apart ("… gratuits, et existe-t-il …")', () => {
    const answer = ask('Les migrants ont-ils des soins gratuits à Manaus, et existe-t-il une formation des enseignants sur la migration ?');
    expect(answer.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['manaus-2023/migrants-rights/developed-1', 'manaus-2023/migrants-rights/developed-3']));
  });
});

describe('Results, rates and conditions the profile does not give', () => {
  test.each([
    ['Has the Monitor de Turismo programme actually reduced joblessness among migrants?'],
    ['Les centres de santé spécialisés ont-ils réduit les délais pour les migrants ?'],
    ['At what interest rate does the Manaus entrepreneurship fund lend to migrants?'],
    ['Quelles conditions faut-il remplir pour suivre les cours de langue pour femmes ?'],
  ])('"%s" is declined', (question) => {
    expectDeclined(question);
  });

  test('"the national version and the city version" of a domain are its definitions ("version" is no topic)', () => {
    expect(ids('How does the partnerships domain differ between the national version and the city version of the MGI?')[0]).toMatch(/^mgi\/partnerships\/(national|city)$/);
  });
});

describe('Places that are not what the question asks about', () => {
  test('a place named only in the scene does not stop a question about the MGI itself', () => {
    expect(ids("I'm a student in Lagos. What does the MGI measure in the well-being domain?")[0]).toBe('mgi/well-being/national');
  });

  test('where the asker comes from is not the place asked about ("je suis arrivée de Caracas")', () => {
    expect(ids('Je suis arrivée de Maracaibo avec mes enfants. Y a-t-il des cours de langue pour les femmes ?')[0]).toBe('manaus-2023/well-being/developed-2');
    expect(ask('What does Lima offer migrants who came from Venezuela?')).toMatchObject({ answered: false, kind: 'unknown-place' });
  });

  test('a place in the scene still stops a question about what a city does', () => {
    expect(ask("I live in Recife. What does the city do for migrants' health?")).toMatchObject({ answered: false, kind: 'unknown-place' });
  });

  test('a capitalised name after a body\'s word is that body\'s name, not a place ("le ministère de l\'Intérieur")', () => {
    expect(ask("Le ministère de l'Intérieur est-il concerné par le domaine des migrations sûres au niveau national ?").kind).not.toBe('unknown-place');
  });

  test('…only through the words that link it to its name ("mon ministère sur Lima" names Lima)', () => {
    expect(ask('Je prépare une note pour mon ministère sur Lima : que fait la ville pour la santé des migrants ?')).toMatchObject({ answered: false, kind: 'unknown-place' });
  });
});

describe('A later question that points back', () => {
  test('a pronoun asks about the domain the first question named ("… et que mesure-t-il pour les villes ?")', () => {
    expect(ids('Que couvre le domaine Bien-être au niveau national, et que mesure-t-il pour les villes ?')).toEqual(['mgi/well-being/national', 'mgi/well-being/city']);
  });

  test('a pronoun asks about the MGI the first question named ("… et quel est leur but ?")', () => {
    expect(ids('Sur combien de domaines portent les IGM, et quel est leur but ?')).toEqual(['mgi/overview']);
  });
});

describe('A question about the profile as a document', () => {
  test.each([
    ['We are preparing a school project on Manaus. What does this migration governance profile describe?'],
    ["Je prépare un cours sur l'Amazonie. Que décrit ce profil de Manaus, et selon quelles dimensions ?"],
    ['Ce document sur Manaus, il sert à quoi ?'],
  ])('"%s" gets the profile\'s introduction, whatever the scene before it', (question) => {
    expect(ids(question)).toEqual(['manaus-2023/introduction']);
  });

  test('a question that points back at the scene asks about the scene ("… Does the profile say anything about this?")', () => {
    expect(ids("Many migrants I work with can't read the city's flood alerts. Does the Manaus profile say anything about this?")).not.toContain('manaus-2023/introduction');
  });

  test('a word of the scene the question says again is asked ("…trafficking. … is the city doing enough against trafficking?")', () => {
    expect(ids('I help victims of trafficking. According to the Manaus profile, what does the city do against trafficking?')[0]).toMatch(/^manaus-2023\/safe-migration\//);
  });

  test('recommendations asked of the profile are its findings ("… que recommande le profil ?")', () => {
    expect(ids("J'accompagne des victimes de traite. Que recommande le profil de Manaus sur ce sujet ?")[0]).toMatch(/^manaus-2023\/safe-migration\/potential-/);
  });
});

describe('Details the material does not state, asked in other words', () => {
  test.each([
    ['Did the training for teachers really raise the grades of migrant pupils?'],
    ["La formation des enseignants a-t-elle vraiment amélioré la réussite des élèves migrants ?"],
    ['How much has Manaus invested in the job programme for migrants?'],
    ['Combien la mairie a-t-elle dépensé pour les cours de langue ?'],
    ['Which language is spoken in the courses for women?'],
    ['When do the vocational courses for women begin?'],
    ['Which United Nations agencies does Manaus cooperate with, by name?'],
    ['Les cours de langue pour femmes, c’est à quel endroit ?'],
    ["Comment on s'inscrit aux cours de langue pour femmes ?"],
    ['Mon visa expire bientôt, est-ce que je dois demander la résidence ?'],
    ['What app does Manaus use to send flood alerts?'],
    ['Sur quelle radio la mairie annonce-t-elle les crues ?'],
    ['Which certification level has Manaus reached on MigraCidades?'],
    ['Quel niveau de certification la ville a-t-elle obtenu sur MigraCidades ?'],
  ])('"%s" is declined', (question) => {
    expectDeclined(question);
  });

  test('a question naming a profile is answered by the profile, never by a framework text that only shares a word', () => {
    expectDeclined('In Manaus, when do the classes begin?');
  });
});

describe('The scene before the question', () => {
  test('what the asker is doing ("writing a dissertation") is no topic: the question after it is answered', () => {
    expect(ids("I'm writing my dissertation on the MGI. Why was it created?")).toEqual(['mgi/overview']);
    expect(ids("I'm writing a briefing on migration. Why were the MGI created?")).toEqual(['mgi/overview']);
  });

  test('a task verb after its subject in the scene says what the asker does, it asks for no task ("Je rédige un mémoire.")', () => {
    expect(ids('Je rédige un mémoire sur les IGM. Pourquoi ont-ils été créés ?')).toEqual(['mgi/overview']);
  });
});

describe('"Mesure" as a noun and as a verb', () => {
  test('right after an article it is a thing asked about: the findings answer ("des mesures pour les migrants")', () => {
    expect(ids("Manaus a-t-elle des mesures pour les migrants en cas d'inondation ?")[0]).toMatch(/^manaus-2023\/mobility-crises\//);
  });

  test('as the verb of a named domain asked for a level, its definition answers ("que mesure le domaine des crises pour les villes ?")', () => {
    expect(ids('Que mesure le domaine des crises pour les villes ?')).toEqual(['mgi/mobility-crises/city']);
  });
});

describe('A kind of a concept (doctors are health workers, a kind of health)', () => {
  test('is answered by the texts on its broader concept ("see a doctor" → primary health care)', () => {
    expect(ids('Where can a migrant family see a doctor in Manaus?')[0]).toBe('manaus-2023/migrants-rights/developed-1');
    expect(ids('Où un migrant peut-il voir un médecin à Manaus ?')[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('is not what a text counting health units counts: a count of doctors or nurses is declined', () => {
    expectDeclined('How many nurses work in the health units for migrants in Manaus?');
    expectDeclined('Combien de médecins exercent dans les unités de santé pour migrants ?');
  });
});

describe('Exchanging know-how, in everyday words', () => {
  test.each([['Does Manaus swap ideas with other cities on how it handles migration?'], ["Manaus partage-t-elle des expériences avec d'autres villes sur les migrations ?"]])('"%s" gets the findings on international exchange', (question) => {
    expect(ids(question)[0]).toMatch(/^manaus-2023\/partnerships\/(potential-2|developed-4)$/);
  });
});

describe('Who heads a body', () => {
  test.each([['Who heads the Municipal Secretariat for Women in Manaus?'], ['Qui dirige le Secrétariat municipal aux femmes de Manaus ?']])('"%s" asks for a person the material does not name: declined', (question) => {
    expectDeclined(question);
  });

  test('who leads an initiative is a body the material names ("Who leads the MGI initiative?")', () => {
    expect(ids('Who leads the MGI initiative?')[0]).toBe('manaus-2023/introduction');
  });
});

describe('Deciding, in any form, is a decision', () => {
  test.each([["La ville est-elle consultée quand l'État fédéral décide de l'installation des réfugiés ?"], ["La mairie a-t-elle son mot à dire quand le gouvernement décide d'installer des réfugiés ?"]])('"%s" gets the finding on resettlement decisions', (question) => {
    expect(ids(question)).toEqual(expect.arrayContaining(['manaus-2023/safe-migration/developed-3']));
    expect(ids(question)).not.toContain('manaus-2023/whole-of-government/developed-1');
  });
});

describe('"Address" as a verb', () => {
  test.each([['What does the Manaus profile address regarding the private sector?'], ['Quelle recommandation le profil de Manaus adresse-t-il au secteur privé ?']])('"%s" asks for no postal address: the private-sector finding answers', (question) => {
    expect(ids(question)[0]).toMatch(/^manaus-2023\/partnerships\//);
  });

  test('the address of a place is still a detail the material does not give', () => {
    expectDeclined("Quelle est l'adresse de l'unité de santé pour migrants à Manaus ?");
    expectDeclined('What is the address of the reception post at the bus station?');
  });
});

describe('Typos of question frames', () => {
  test('a misspelt frame word is corrected like a knowledge word ("verison" → "version")', () => {
    expect(ids('What does the city verison of the well-being categroy look at?')).toEqual(['mgi/well-being/city']);
  });
});

describe('Who leads the MGI', () => {
  test.each([["Qui pilote l'initiative des IGM ?"], ['Who spearheads the MGI?']])('"%s" gets the introduction, which says who leads it', (question) => {
    expect(ids(question)[0]).toBe('manaus-2023/introduction');
  });
});

describe('A date asked in a search-box way', () => {
  test('"<name> creation year?" asks when that body was created, and the text that dates it answers', () => {
    expect(ids('COMPREMI creation year?')[0]).toBe('manaus-2023/whole-of-government/developed-1');
  });
});

describe('Harmonising policies is their coherence', () => {
  test('a councillor\'s scene is no topic, and "harmonise" asks for the coherence findings', () => {
    expect(ids("Je suis conseillère municipale. La ville harmonise-t-elle ses politiques migratoires avec celles de l'État ?")[0]).toMatch(/^manaus-2023\/whole-of-government\/potential-(1|3)$/);
  });
});

describe('The longest thesaurus phrase says what a word means', () => {
  test('"travaille avec" is cooperation, not work: working with the UN gets the cooperation finding, not the committee whose members include workers', () => {
    expect(ids("Est-ce que la ville travaille avec les agences de l'ONU ?")).toEqual(['manaus-2023/partnerships/developed-2']);
  });
});

describe('A clause on who the asker is sets the scene', () => {
  test.each([
    ['As a diplomat preparing a briefing, I need to know whether the national partnerships domain of the MGI covers the ratification of international conventions.', 'mgi/partnerships/national'],
    ['En tant que journaliste, je voudrais savoir si Manaus offre des soins gratuits aux migrants.', 'manaus-2023/migrants-rights/developed-1'],
  ])('"%s": the asker\'s role up to the comma is no unknown topic', (question, id) => {
    expect(ids(question)[0]).toBe(id);
  });
});

describe('A cue beside the asker\'s "I" says what the asker would do', () => {
  test('"how would I find out" asks for no area to develop: the crisis communication finding answers', () => {
    expect(ids('In an emergency in Manaus, how would I find out what is happening?')[0]).toBe('manaus-2023/mobility-crises/developed-3');
  });
});

describe('"The city level" names a level, not the place', () => {
  test.each([
    ['How is the partnerships domain defined in the city-level MGI assessment?'],
    ['Comment le domaine partenariats est-il défini au niveau de la ville ?'],
  ])('"%s" gets the city definition, not a Manaus finding', (question) => {
    expect(ids(question)[0]).toBe('mgi/partnerships/city');
  });
});

describe('A thesaurus phrase read through an inverted subject', () => {
  test('"font-elles partie" is "font partie": UN agencies as members get the committee\'s composition', () => {
    expect(ids('Les agences des Nations Unies font-elles partie du comité municipal ?')[0]).toBe('manaus-2023/whole-of-government/developed-2');
  });
});

describe('Two parts, read as people write them', () => {
  test('a subject after a comma is no inverted verb: "…migrants et réfugiés, elles existent depuis quand ?" is one question', () => {
    const question = 'Les unités de santé pour les migrants et réfugiés, elles existent depuis quand ?';
    expect(analyseQuestion(index, question).parts).toHaveLength(0);
    expect(ids(question)[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

describe('A later part, on a tie, stays in the domain of the part before', () => {
  test('"…a flood or an emergency…, how would I find out … and where to get help?": where to get help is the crisis finding too, not the first finding that speaks of help', () => {
    const cited = ids("If there's a flood or an emergency in Manaus, how would I find out what's going on and where to get help?");
    expect(cited).toContain('manaus-2023/mobility-crises/developed-3');
    expect(cited.every((id) => id.startsWith('manaus-2023/mobility-crises/'))).toBe(true);
  });
});

describe('Plans and deadlines the material does not give', () => {
  test.each([['By what date does the city plan to open new shelters?'], ['Is Manaus planning to train more teachers?']])('"%s" asks what the city intends: declined', (question) => {
    expectDeclined(question);
  });
  test('a plan as a thing the city has is still asked about ("Does Manaus have a plan to assist migrants during floods?")', () => {
    expect(ids('Does Manaus have a plan to assist migrants during floods?')[0]).toMatch(/^manaus-2023\/mobility-crises\//);
  });
  test('the criteria to get a loan are a procedure the material does not give', () => {
    expectDeclined('Quels sont les critères pour obtenir un prêt du Fonds municipal ?');
  });
});

describe('The difference between the two levels of a domain', () => {
  test.each([
    ['What is the difference between the national and city versions of the partnerships domain?'],
    ['Quelle différence de périmètre entre le domaine partenariats au niveau national et au niveau municipal ?'],
  ])('"%s" quotes both definitions', (question) => {
    expect(ids(question)).toEqual(['mgi/partnerships/national', 'mgi/partnerships/city']);
  });
});

describe('What one needs to have, in any form', () => {
  test.each([['Which vaccines does my child need to start school in Manaus?'], ['Quels vaccins faut-il pour inscrire un enfant à l\u2019école à Manaus ?']])('"%s" asks for requirements the material does not list: declined', (question) => {
    expectDeclined(question);
  });
});

describe('"Better" describes; it asks for no area to develop', () => {
  test('"…its commitment to handling newcomers better?" gets the MigraCidades strength', () => {
    expect(ids("Is Manaus part of a network that trains local staff and certifies the city's commitment to handling newcomers better?")[0]).toBe('manaus-2023/partnerships/developed-4');
  });
  test('"what could Manaus do better" still asks for the areas to develop', () => {
    expect(ids('What could Manaus do better on partnerships?')[0]).toMatch(/^manaus-2023\/partnerships\/potential-/);
  });
  test.each([['Does Manaus offer better schools to migrants than Boa Vista?'], ['La ville offre-t-elle de meilleurs soins aux migrants que Belém ?']])('"%s": better … than compares, which the material does not: declined', (question) => {
    expectDeclined(question);
  });
});

describe('Striking deals is cooperating', () => {
  test('"struck deals with key players" (not "what the domain deals with") gets the coordination agreements to develop', () => {
    expect(ids('Has Manaus struck deals with key players to help migrants in an emergency?')[0]).toBe('manaus-2023/mobility-crises/potential-2');
  });
});

describe('A person asked for, and words about people that are not', () => {
  test.each([['Who is the mayor of Manaus?'], ['Which researchers work with the city on migration?'], ['Quels professeurs de l\u2019université travaillent avec la mairie ?']])('"%s" asks for names the material does not give: declined', (question) => {
    expectDeclined(question);
  });
  test('"the mayor\'s military cabinet" is a body, not a person asked for', () => {
    expect(ids("Which office linked to the mayor's military cabinet is in charge of protecting residents from catastrophes?")[0]).toMatch(/^manaus-2023\/mobility-crises\//);
  });
  test('researchers as a subject ask no name: whether academics help shape policy gets the university finding', () => {
    expect(ids('Does the city lean on academics to shape what it does for newcomers?')[0]).toBe('manaus-2023/partnerships/developed-3');
  });
});

describe('A condition is no forecast', () => {
  test('"If I go to the police, will they know…?" asks what is true, and the police-training finding answers', () => {
    expect(ids("If I go to the police in Manaus, will they know about migrants' rights?")[0]).toMatch(/^manaus-2023\//);
  });
  test('"Will Manaus open more shelters next year?" is still a forecast: declined', () => {
    expectDeclined('Will Manaus open more shelters next year?');
  });
});

describe('Nouns joined by "and" are not two questions', () => {
  test('"rights and duties and how to use public services" is one question: the finding on rights, obligations and public services answers', () => {
    expect(ids('Where can migrants learn about their rights and duties and how to use public services in Manaus?')).toContain('manaus-2023/whole-of-government/developed-3');
  });
  test('a domain is named by its name\'s words together, not scattered ("a migrant … their rights")', () => {
    expect(analyseQuestion(index, 'Where can a migrant in Manaus learn about their rights?').domainNamed).toBeUndefined();
    expect(analyseQuestion(index, "What does the migrants' rights domain cover?").domainNamed).toBe('migrants-rights');
  });
});

describe('Fees: asked for, or complained about', () => {
  test.each([["What's the fee to send money from Manaus to Caracas?"], ['Quelles commissions prennent les agences de transfert à Manaus ?'], ['What is the exchange rate between the real and the bolívar?']])('"%s" asks an amount the material does not give: declined', (question) => {
    expectDeclined(question);
  });
  test('"the fees are huge" complains; whether the city acts on remittance costs gets the remittances finding', () => {
    expect(ids('The fees to send money home are huge. Does Manaus do anything about it?')[0]).toBe('manaus-2023/well-being/potential-3');
  });
});

describe('Advice for us, in any form', () => {
  test.each([['Would it be better for my family to stay in Manaus or to accept relocation?'], ['Should our NGO apply to join COMPREMI?'], ['Notre association devrait-elle demander à entrer au COMPREMI ?']])('"%s" asks what to do: declined', (question) => {
    expectDeclined(question);
  });
});

describe('A task verb as typed', () => {
  test('"translate" read as the longer form a knowledge word has ("translated") is still a task: declined, with or without per-entry terms', () => {
    for (const idx of [index, withoutTerms()]) expect(analyseQuestion(idx, "Can you translate 'Where is the hospital?' into Portuguese for me?").taskRequest).toBe(true);
  });
});

describe('"Specifically" is what a finding says', () => {
  test('an emergency plan "specifically for migrants" gets the area to develop that asks for specific measures', () => {
    expect(ids('Does Manaus have an emergency plan that specifically covers migrants?')).toContain('manaus-2023/mobility-crises/potential-1');
  });
});

describe('What the MGI measures, in a few words', () => {
  test.each([['What does the MGI measure?'], ['What exactly does the MGI measure?'], ['Que mesurent les IGM ?']])('"%s" gets the overview, not the one definition whose text says "measure"', (question) => {
    expect(ids(question)).toEqual(['mgi/overview']);
  });
  test('"what specifically" is a way of asking: the partnerships definition answers', () => {
    expect(ids('What specifically does the partnerships domain measure?')[0]).toMatch(/^mgi\/partnerships\//);
  });
});

describe('The capital named for the national government', () => {
  test('"…associée par Brasília…", with the city referred to, is the city and its country: the resettlement finding answers', () => {
    expect(ids('La municipalité est-elle associée par Brasília aux choix concernant la réinstallation des réfugiés ?')[0]).toBe('manaus-2023/safe-migration/developed-3');
  });
  test('Brasília asked about alone is still a place without a profile', () => {
    expect(ask('What does Brasília do for migrants?').kind).toBe('unknown-place');
  });
});

describe('French modifiers ahead of the noun', () => {
  test('"les meilleurs bars", "la meilleure saison": the noun after the modifier is what is asked, and unknown: declined', () => {
    expectDeclined('Quels sont les meilleurs bars du centre de Manaus ?');
    expectDeclined('Quelle est la meilleure saison pour visiter le théâtre Amazonas ?');
  });
  test('"les principales mesures … pour la santé" asks about health, not the word "principales" of the introduction', () => {
    expect(ids('Quelles sont les principales mesures de Manaus pour la santé des migrants ?')[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
  test('a modifier inside a thesaurus phrase ("ouvrir sa petite boîte") still reads the phrase', () => {
    expect(ids('Un migrant qui veut ouvrir sa petite boîte à Manaus peut-il obtenir un financement ?')[0]).toBe('manaus-2023/well-being/developed-3');
  });
});

describe('Ways of asking about a domain\'s aims and scope', () => {
  test.each([
    ["Quels sont les objectifs du domaine « Partenariats » des IGM à l'échelle nationale ?", 'mgi/partnerships/national'],
    ['Quelle est la portée du domaine « Droits des migrants » au niveau municipal ?', 'mgi/migrants-rights/city'],
  ])('"%s" gets the definition', (question, id) => {
    expect(ids(question)[0]).toBe(id);
  });
  test('"in relation to" is how a question asks: areas to develop "in relation to remittances" get the remittances finding', () => {
    expect(ids('Which areas for further development are identified for Manaus in relation to remittances?')[0]).toBe('manaus-2023/well-being/potential-3');
  });
  test('a demonym is no place: "the Amazonian capital" working with UN bodies gets the UN cooperation finding', () => {
    expect(ids('Does the Amazonian capital work hand in hand with UN bodies on migration?')[0]).toBe('manaus-2023/partnerships/developed-2');
  });
});

describe('What the asker wants, and the asker\'s own place', () => {
  test.each([["I want to improve my Portuguese. Does Manaus offer classes for migrant women?"], ["J'aimerais améliorer mon portugais et trouver du travail. La ville propose-t-elle quelque chose aux femmes migrantes ?"]])('"%s": "improve" is what the asker wants to do; the courses for women answer', (question) => {
    expect(ids(question)[0]).toBe('manaus-2023/well-being/developed-2');
  });
  test('"our city hall" is the asker\'s: which MGI category covers working with other cities gets the city definition', () => {
    expect(ids('Our city hall wants to work with other cities. Which MGI category covers that for cities?')[0]).toBe('mgi/partnerships/city');
  });
});

describe('Sentences of one message', () => {
  test('two sentences ending in a question mark are two questions: free primary care and school enrolment are both answered', () => {
    expect(ids("Les soins primaires sont-ils gratuits pour les migrants à Manaus ? Et les enfants sans papiers peuvent-ils s'inscrire à l'école ?")).toEqual(
      expect.arrayContaining(['manaus-2023/migrants-rights/developed-1', 'manaus-2023/migrants-rights/developed-2']),
    );
  });
  test('a task ordered in a later sentence is asked of the whole message: declined', () => {
    expectDeclined('Puis-je obtenir la nationalité brésilienne après mon mariage ? Aidez-moi à préparer mon dossier.');
  });
  test('personal advice asked in one sentence is asked of the whole message, which tells the asker\'s case: declined', () => {
    expectDeclined('Can I legally marry my Brazilian partner if my passport has expired? What should I do?');
  });
});

describe('Misspelt function words and compounds', () => {
  test.each([['what dose the mgi masure exactly?'], ['wat does the mgi measure']])('"%s": a function word with swapped or missing letters is still one; the overview answers', (question) => {
    expect(ids(question)[0]).toBe('mgi/overview');
  });
  test('"hole-of-goverment": the compound\'s other parts tell what the misspelt one meant; the city definition answers', () => {
    expect(ids('what does the hole-of-goverment category asses for citys?')[0]).toBe('mgi/whole-of-government/city');
  });
});

describe('A question that opens on a condition', () => {
  test('"If there\'s a big flood…, how would people hear…?": "would" carries the hypothesis; the finding on the city\'s communication systems answers', () => {
    expect(ids("If there's a big flood in Manaus, how would people hear what's going on and ask for help?")).toContain('manaus-2023/mobility-crises/developed-3');
  });
  test('without a condition, "how could" still asks what could be better: the area to develop on the private sector answers', () => {
    expect(ids('How could businesses be more formally involved in Manaus\'s migration programmes?')[0]).toBe('manaus-2023/partnerships/potential-1');
  });
});

describe('A count that is checked, not asked', () => {
  test('"La ville mesure-t-elle dans quelle proportion…?" asks whether (an inverted subject before any question word): the area to develop on labour-market assessments answers', () => {
    expect(ids("La ville mesure-t-elle dans quelle proportion les employeurs locaux ont besoin de main-d'œuvre venue d'ailleurs ?")[0]).toBe('manaus-2023/well-being/potential-1');
  });
  test('statistics in an embedded "si" clause are what the domain checks: the national whole-of-government definition answers', () => {
    expect(ids("Pour un État, quelle partie du cadre vérifie si l'administration recueille et exploite des statistiques sur les déplacements de population ?")[0]).toBe('mgi/whole-of-government/national');
  });
  test('"Combien d\'unités de santé la ville a-t-elle ?" still asks how many: the count answers from the finding that gives it', () => {
    expect(ids("Combien d'unités de santé la ville a-t-elle ?")[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

describe('Words for a domain and for what it checks', () => {
  test('"the city version of the crisis section, what are they checking?" asks for the city definition of the crisis domain', () => {
    expect(ids('In the city version of the crisis section, what are they actually checking?')[0]).toBe('mgi/mobility-crises/city');
  });
});

describe('The longest cue, and a second question opened by an auxiliary', () => {
  test('"…category cover, and has Manaus strengthened…?": two questions; "strengthened" asks for an area to develop, not a strength', () => {
    expect(ids('What does the city-level safe migration category cover, and has Manaus strengthened its local anti-trafficking work?')).toEqual(['mgi/safe-migration/city', 'manaus-2023/safe-migration/potential-3']);
  });
});

describe('A date or a score the material does not give', () => {
  test.each([['When is Manaus expected to adopt its local strategy against xenophobia?'], ['What overall MGI score or ranking did Manaus receive?'], ['Quel score global ou classement Manaus a-t-elle obtenu ?']])('"%s": declined', (question) => {
    expectDeclined(question);
  });
  test('whether the MGI ranks countries is what the overview says: answered', () => {
    expect(ids('Does the MGI rank countries?')[0]).toBe('mgi/overview');
  });
});

describe('Periphrases of migration', () => {
  test('"les déplacements de population" is migration, not displacement by a crisis: vertical coherence answers', () => {
    expect(ids("Les différents échelons de l'administration, du fédéral à la commune, harmonisent-ils leurs politiques sur les déplacements de population à Manaus ?")[0]).toBe('manaus-2023/whole-of-government/potential-3');
  });
});

describe('"Définition" as a thing done, or as what is asked', () => {
  test('"un rôle dans la définition et la conduite des programmes" is designing programmes: the area to develop on private-sector participation answers', () => {
    expect(ids('Les entreprises locales ont-elles un rôle officiel dans la définition et la conduite des programmes municipaux destinés aux nouveaux arrivants ?')[0]).toBe('manaus-2023/partnerships/potential-1');
  });
  test.each([
    ['What is the definition of the partnerships domain?', 'mgi/partnerships/national'],
    ['Quelle est la définition du domaine partenariats ?', 'mgi/partnerships/national'],
    ["Quelle est la définition de l'approche pangouvernementale ?", 'mgi/whole-of-government/national'],
  ])('"%s": the definition of a domain is still asked', (question, id) => {
    expect(ids(question)[0]).toBe(id);
  });
});

describe('The scene is no second topic', () => {
  test('"People keep insulting me for being Venezuelan — is the city doing anything…?": no choice between the scene and the question; the area to develop against xenophobia answers', () => {
    expect(ids('People keep insulting me for being Venezuelan — is the city doing anything about that kind of thing?')[0]).toBe('manaus-2023/migrants-rights/potential-1');
  });
});

describe('A scene the question does not lean on', () => {
  test('"Je travaille pour une chambre de commerce à Manaus. Le profil recommande-t-il…?": who asks is not what is asked; the labour-market assessment answers', () => {
    expect(ids("Je travaille pour une chambre de commerce à Manaus. Le profil recommande-t-il que la ville évalue localement la demande de main-d'œuvre migrante ?")[0]).toBe('manaus-2023/well-being/potential-1');
  });
  test('a question that points back at its scene ("…contre ça ?") still asks about it: the area to develop against xenophobia answers', () => {
    expect(ids("On se fait insulter dans la rue parce qu'on est vénézuéliens. La mairie a un plan contre ça ?")[0]).toBe('manaus-2023/migrants-rights/potential-1');
  });
});

describe('An adjective is no person asked for, and advice given is a recommendation', () => {
  test('"Which academic institution…?" asks for an institution, not for researchers by name: the finding on the Federal University of Amazonas answers', () => {
    expect(ids('Which academic institution does the Municipality of Manaus collaborate with to inform its migration policies and programmes?')[0]).toBe('manaus-2023/partnerships/developed-3');
  });
  test('"Est-il conseillé à Manaus de mesurer…?" asks for an area to develop: the labour-market assessment answers', () => {
    expect(ids("Est-il conseillé à Manaus de mesurer les besoins de son économie en travailleurs venus d'ailleurs ?")[0]).toBe('manaus-2023/well-being/potential-1');
  });
});

describe('A modal after a relative pronoun describes', () => {
  test('"courses or programs that could help them find work" asks what exists: the courses for women answer', () => {
    expect(ids('I run a small shelter for Venezuelan women. Are there city courses or programs that could help them find work?')[0]).toBe('manaus-2023/well-being/developed-2');
  });
});

describe('A modal before a wish verb is a wish', () => {
  test('"we would love to employ migrants" asks for no improvement: the tourism programme answers', () => {
    expect(ids('We would love to employ migrants at our hotel. Did the city run a programme that brings migrants into tourism work?')[0]).toBe('manaus-2023/well-being/developed-1');
  });
});

describe('A question word says which detail is asked', () => {
  test('"when was the municipal secretary… created?" asks a date, not a person: the finding that dates the secretariat answers', () => {
    expect(ids('When was the municipal secretary for public security created?')[0]).toBe('manaus-2023/mobility-crises/developed-2');
  });

  test('"who is the municipal secretary…?" still asks a person, which the material never names', () => {
    expectDeclined('Who is the municipal secretary for public security?');
  });
});

describe('"Ahead of" compares only when something stands ahead of another', () => {
  test('"ahead of and after a disaster" is a time: the emergency framework to develop answers', () => {
    expect(ids('Does the city plan support for migrants ahead of and after a disaster?')[0]).toBe('manaus-2023/mobility-crises/potential-1');
  });

  test('"is Manaus ahead of other cities?" asks a comparison the material never makes', () => {
    expectDeclined('Is Manaus ahead of other cities on migrant health?');
  });
});

describe('A scene set before the question', () => {
  test('tells no second question: "I\'m a refugee and when my bag was stolen…" is one question, answered by access to justice alone', () => {
    expect(ids("I'm a refugee and when my bag was stolen nobody at the police station listened. What does the profile say about access to justice?")).toEqual(['manaus-2023/safe-migration/potential-1']);
  });

  test('asks for no detail when the question does not lean on it: a thesis on statistics asks no count of the data definition', () => {
    expect(ids("I'm a master's student writing about migration statistics. Does the national MGI look at how governments collect and use data?")[0]).toBe('mgi/whole-of-government/national');
  });
});

describe('What a number counts is the noun phrase after it', () => {
  test.each([
    ['How many domains does the MGI have?', 'en'],
    ['Combien de domaines comptent les IGM ?', 'fr'],
  ])('"%s": the text naming the six domains answers', (question, language) => {
    expect(ask(question)).toMatchObject({ answered: true, language });
    expect(ids(question)[0]).toMatch(/^(mgi\/overview|manaus-2023\/introduction)$/);
  });

  test.each([
    'How many indicators does the partnerships domain have?',
    "Combien d'indicateurs compte le domaine des partenariats ?",
  ])('"%s" is declined: "six domains of the Migration Governance Indicators" counts domains, not indicators', (question) => {
    expectDeclined(question);
  });
});

describe('Details the material never states are declined, in both languages', () => {
  test.each([
    ['Mon propriétaire veut m\'expulser : je pars ou je reste ?', 'a choice between two things the asker could do is personal advice'],
    ['My landlord wants me out. I leave or I take him to court?', 'a choice between two things the asker could do is personal advice'],
    ['Quel est le plafond du crédit proposé aux entrepreneurs migrants ?', 'a ceiling is an amount'],
    ["What is the ceiling on the loans the city's fund gives entrepreneurs?", 'a ceiling is an amount'],
    ["Jusqu'à quand les enfants migrants peuvent-ils s'inscrire à l'école ?", '"until when" asks a date'],
    ['Until when can migrant children enrol in school?', '"until when" asks a date'],
  ])('"%s": %s', (question) => {
    expectDeclined(question);
  });

  test('without the date, enrolling migrant children is answered', () => {
    expect(ids("Les enfants migrants peuvent-ils s'inscrire à l'école ?")[0]).toBe('manaus-2023/migrants-rights/developed-2');
  });
});

describe('Asking the bot for a recommendation or for a person at a body', () => {
  test.each([
    ['Pouvez-vous me recommander un bon avocat ?', 'a recommendation asked of the bot is personal advice'],
    ['Can you recommend a good laptop for programming?', 'a recommendation asked of the bot is personal advice, and "programming" is no programme'],
    ['Who at the Secretariat of Education runs the EDUMIGRA training?', '"who at the…" asks for a person, whom the material never names'],
  ])('"%s" is declined: %s', (question) => {
    expectDeclined(question);
  });
});

describe('A later question pointing back at a finding', () => {
  test.each([
    'How long does the EDUMIGRA training last, and does it lead to a diploma?',
    'Combien de temps dure la formation EDUMIGRA et mène-t-elle à un diplôme ?',
  ])('"%s" asks about the training, which no MGI definition describes: declined', (question) => {
    expectDeclined(question);
  });

  test('one the finding answers is still answered', () => {
    expect(ids('What is EDUMIGRA, and who is it for?')[0]).toBe('manaus-2023/migrants-rights/developed-3');
  });
});

describe('What exists and what the profile would develop on the same thing', () => {
  test('a question asking for neither kind quotes both when both answer about as well', () => {
    expect(ids("Do the city's alert systems take into account the specific needs of migrant populations?")).toEqual(['manaus-2023/mobility-crises/developed-3', 'manaus-2023/mobility-crises/potential-3']);
  });

  test.each([
    ['What could Manaus improve in its alert systems for migrants?', 'manaus-2023/mobility-crises/potential-3'],
    ['What does Manaus do well in its alert systems for migrants?', 'manaus-2023/mobility-crises/developed-3'],
  ])('"%s" asks for one kind and gets it alone', (question, id) => {
    expect(ids(question)).toEqual([id]);
  });
});

describe('Vocabulary by concept', () => {
  test('"the nation level" names the national level: the national definition of the domain answers', () => {
    expect(ids('what does the migrants rights domain cover at the nation level?')).toEqual(['mgi/migrants-rights/national']);
  });

  test('starting a new life where the government relocates refugees is resettlement: the resettlement planning finding answers', () => {
    expect(ids('Does the city help decide where refugees will start a new life in Brazil?')[0]).toBe('manaus-2023/safe-migration/developed-3');
  });

  test('cross-border schemes are international cooperation, not the Red Cross: the bilateral programmes to join answer', () => {
    expect(ids('Is Manaus part of cross-border or bilateral schemes for swapping know-how?')[0]).toBe('manaus-2023/partnerships/potential-2');
  });
});

describe('Words that only say how something is asked', () => {
  test('a level noun is no topic word: "droits des migrants, échelon des villes" gets the city definition', () => {
    expect(ids('droits des migrants, échelon des villes')).toEqual(['mgi/migrants-rights/city']);
  });

  test.each(['Can newcomers see a doctor at no cost in Manaus?', 'How many neighbourhood health units can newcomers use at no cost?'])(
    '"at no cost" asks whether it is free: "%s" gets the free primary health care finding',
    (question) => {
      expect(ids(question)[0]).toBe('manaus-2023/migrants-rights/developed-1');
    },
  );
});

describe('Vocabulary a new profile inherits, with no per-entry terms', () => {
  test.each([
    'Is migration policy consistent between the federal, state and city levels in Manaus?',
    'Les politiques migratoires du fédéral à la commune sont-elles cohérentes à Manaus ?',
  ])('levels of government are the vertical coherence the profile would develop: "%s"', (question) => {
    expect(idsWithoutTerms(question)[0]).toBe('manaus-2023/whole-of-government/potential-3');
  });
});

describe('Schoolteachers are teachers', () => {
  test('an online course preparing schoolteachers for refugee pupils gets EDUMIGRA, with no per-entry terms', () => {
    expect(idsWithoutTerms('Is there any online course that prepares schoolteachers to work with pupils who fled their home countries?')[0]).toBe('manaus-2023/migrants-rights/developed-3');
  });
});

describe('A consultation at the health centre is health care', () => {
  test('"les consultations… sont-elles gratuites ?" gets the free primary care finding, with no per-entry terms', () => {
    expect(idsWithoutTerms("Bonjour, je suis haïtien et j'habite à Manaus. Est-ce que les consultations au centre de santé sont gratuites pour nous les étrangers ?")[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('consultations with civil society stay partnerships', () => {
    expect(ids('La ville organise-t-elle des consultations avec la société civile sur les migrations ?')[0]).toBe('manaus-2023/partnerships/developed-1');
  });
});

describe('Hiring honestly is ethical recruitment', () => {
  test('"embauchés loyalement, sans abus" gets the ethical-recruitment programmes to develop, with no per-entry terms', () => {
    expect(idsWithoutTerms("Existe-t-il à Manaus des dispositifs officiels pour que les travailleurs étrangers soient embauchés loyalement et sans abus ?")[0]).toBe('manaus-2023/well-being/potential-2');
  });
});

describe('A question about the report that points back at the scene', () => {
  test('"…need free primary care. Is that something the report covers?" asks about the scene: the free primary care finding answers', () => {
    expect(ids("I'm a nurse and many of my patients are migrants who need free primary care. Is that something the report covers?")[0]).toBe('manaus-2023/migrants-rights/developed-1');
  });

  test('without pointing back, a question about the profile itself still gets its introduction', () => {
    expect(ids("I'm preparing a class on Manaus. What is the profile?")).toEqual(['manaus-2023/introduction']);
  });
});

describe('A modal right after a personal pronoun says what someone could get', () => {
  test.each([
    ['My sister wants to open a hair salon in Manaus but has no money to start. Is there any help she could get?'],
    ["Ma voisine veut lancer une petite épicerie à Manaus mais n'a pas d'économies. Existe-t-il un fonds auquel elle pourrait s'adresser ?"],
  ])('"%s" asks what exists: the entrepreneurship fund answers', (question) => {
    expect(ids(question)[0]).toBe('manaus-2023/well-being/developed-3');
  });

  test('"what could Manaus improve…?" still asks for areas to develop', () => {
    expect(ids('What could Manaus improve on crises?').every((id) => /\/potential-\d$/.test(id))).toBe(true);
  });
});

/**
 * The scorer's shared vocabulary: the fillers and leads people put before what they mean, the
 * hedges that soften it, the words that carry no topic, and what a trainee's line is measured
 * against (the client's words, feelings and cue). Every rule family reads these from here, so no
 * family imports another.
 */
import type { FoundFeeling } from './feelings.js';
import { bigrams, stem } from './nlp.js';

/** Function words that carry no topic: ignored when measuring overlap with the client's words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she should
  so some such than that the their theirs them themselves then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves 's um uh uh-huh mm mm-hmm hmm yeah yes okay ok oh well like really kind sort
  lot get got go going gonna thing things something anything know think mean just right also maybe
  little bit say said tell let one even still way much many us ever every want wanna sure actually`.split(
    /\s+/,
  ),
);

/** Words people type before what they mean ("so", "okay,", "well,"): a phrase's `^` allows them. */
export const FILLERS = [
  'so',
  'and',
  'but',
  'okay',
  'ok',
  'well',
  'um',
  'uh',
  'now',
  'then',
  'look',
  'listen',
  'honestly',
  'yeah',
  'right',
  'alright',
  'hey',
  'yes',
  'oh',
  'ah',
  'hmm',
  'mm',
  'ha',
  'haha',
  'ugh',
  'wow',
] as const;

/** Sentence-start anchor that allows the fillers people type first. */
export const START = String.raw`^(?:(?:${FILLERS.join('|')})\b[\s,.-]*)*`;

/**
 * Hedges and intensifiers: words that soften or stress what follows without changing what it is
 * ("you're being *a bit* selfish", "*to be honest* you should leave"). A phrase's `~` allows any
 * run of them, so a hedge does not hide a roadblock.
 */
export const HEDGES = [
  'really',
  'very',
  'so',
  'just',
  'quite',
  'a bit of',
  'a bit',
  'a little',
  'a tad',
  'bit',
  'kind of',
  'sort of',
  'kinda',
  'sorta',
  'rather',
  'pretty',
  'somewhat',
  'slightly',
  'fairly',
  'to be honest',
  'to be fair',
  'if i am honest',
  'if i am being honest',
  'honestly',
  'frankly',
  'truthfully',
  'actually',
  'basically',
  'literally',
  'clearly',
  'obviously',
  'definitely',
  'totally',
  'completely',
  'utterly',
  'incredibly',
  'extremely',
  'seriously',
  'simply',
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'still',
  'also',
  'always',
  'being',
  'getting',
  'such',
] as const;

/**
 * Shared word lists a phrase can name as `{name}` (see phrases.ts): one alternative a line, each
 * a word or a short pattern.
 */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  /** Someone close to the client (or to the speaker). */
  relative: [
    'mum',
    'mom',
    'mother',
    'dad',
    'father',
    'parents?',
    'brother',
    'sister',
    'son',
    'daughter',
    'kids?',
    'children',
    'wife',
    'husband',
    'partner',
    'boyfriend',
    'girlfriend',
    'ex',
    'uncle',
    'aunt',
    'auntie',
    'cousin',
    'nan',
    'nana',
    'gran',
    'granny',
    'grandma',
    'grandmother',
    'grandad',
    'granddad',
    'grandpa',
    'grandfather',
    'grandparents?',
    'family',
    'friends?',
    'best friend',
    'mate',
    'flatmate',
    'roommate',
    'boss',
    'colleague',
    'neighbou?r',
    'dog',
    'cat',
  ],
  /** What a judgement calls a person or a deed. */
  judged: [
    'selfish',
    'stupid',
    'irresponsible',
    'lazy',
    'foolish',
    'silly',
    'ridiculous',
    'weak',
    'careless',
    'reckless',
    'immature',
    'naive',
    'dumb',
    'idiotic',
    'disgusting',
    'shameful',
    'unacceptable',
    'inexcusable',
    'thoughtless',
    'inconsiderate',
    'spoilt',
    'spoiled',
    'entitled',
    'ungrateful',
    'self-centred',
    'self-centered',
    'self-absorbed',
    'arrogant',
    'rude',
    'mean',
    'nasty',
    'cruel',
    'petty',
    'hypocritical',
    'dishonest',
    'two-faced',
    'stubborn',
    'gullible',
    'irrational',
    'unreasonable',
    'needy',
    'clingy',
    'childish',
    'attention-seeking',
    'dramatic',
    'over the top',
    'too sensitive',
    'oversensitive',
    'overreacting',
    'making excuses',
    'making a fuss',
    'making a big deal',
    'feeling sorry for yourself',
    'wallowing',
    'in the wrong',
    'wrong of you',
    'out of order',
    'disappointing',
    'a pushover',
    'a doormat',
    'spineless',
    'a coward',
    'cowardly',
    'a bad (mother|father|parent|person|friend|wife|husband|son|daughter|partner|mum|mom|dad)',
    '(a )?(bad|poor|stupid|terrible|awful|silly|dumb|foolish|selfish|reckless) (decisions?|choices?|ideas?|thing to do|moves?|mistakes?)',
    '(a )?(terrible|awful|useless|hopeless) (mother|father|parent|mum|mom|dad|friend|partner)',
    'your (own )?fault',
    'to blame',
    'no excuse',
    'not an excuse',
  ],
  /** What a label calls a person: a diagnosis or a name. */
  label: [
    'alcoholic',
    'addict',
    'junkie',
    'drunk',
    'narcissist(ic)?',
    'psycho',
    'psychopath',
    'sociopath',
    'paranoid',
    'bipolar',
    'depressive',
    'crazy',
    'mental',
    'insane',
    'nuts',
    'hysterical',
    'neurotic',
    'borderline',
    'co-?dependent',
    'victim',
    'loser',
    'failure',
    'drama queen',
    'attention[- ]seeker',
    'attention[- ]seeking',
    'hypochondriac',
    'control freak',
    'people[- ]pleaser',
    'workaholic',
    'perfectionist',
    'ocd',
    'adhd',
    'autistic',
    'anorexic',
    'bulimic',
    'schizophrenic',
    'manipulative',
    'toxic',
    'enabler',
    'in denial',
    'mess',
    'wreck',
    'liar',
    'hopeless case',
    'basket case',
    'head case',
    'nutter',
    'typical \\w+',
    'problem (drinker|child|gambler)',
    'mentally ill',
    'unstable',
    'damaged',
    'broken',
    'snowflake',
    'troublemaker',
  ],
  /** Doing words a suggestion asks the client to do ("have you tried talking to…", "could you ask…"). */
  doing: [
    'try(ing)?',
    'talk(ing)?',
    'speak(ing)?',
    'ask(ing)?',
    'reach(ing)?',
    'call(ing)?',
    'ring(ing)?',
    'go(ing)?',
    'get(ting)?',
    'see(ing)?',
    'join(ing)?',
    'tak(e|ing)',
    'find(ing)?',
    'look(ing)? into',
    'writ(e|ing)',
    'mak(e|ing)',
    'start(ing)?',
    'stop(ping)?',
    'cut(ting)?',
    'set(ting)?',
    'us(e|ing)',
    'keep(ing)?',
    'hir(e|ing)',
    'tell(ing)?',
    'let(ting)?',
    'put(ting)?',
    'sign(ing)? up',
    'apply(ing)?',
    'mov(e|ing)',
    'leav(e|ing)',
    'spend(ing)?',
    'plan(ning)?',
    'practi[cs](e|ing)',
    'meditat(e|ing)',
    'exercis(e|ing)',
    'contact(ing)?',
    'visit(ing)?',
    'check(ing)?',
    'consider(ing)?',
    'giv(e|ing)',
    'volunteer(ing)?',
    'do(ing)?',
    'discuss(ing)?',
    'explor(e|ing)',
    'research(ing)?',
  ],
  /** A part of the body, or the voice, that shows what someone feels. */
  'body-part': [
    'hands?',
    'voice',
    'eyes',
    'face',
    'fists?',
    'jaw',
    'shoulders',
    'body',
    'arms',
    'legs?',
    'foot',
    'feet',
    'knees?',
    'breathing',
    'breath',
    'lips?',
    'chin',
    'head',
    'cheeks',
    'fingers',
    'posture',
    'smile',
    'expression',
    'tone',
  ],
  /** Something the body or voice does that shows a feeling. */
  'body-cue': [
    'look(s|ed|ing)? (away|down|up|at the (floor|ground|door|window|clock))',
    'tears?',
    'tearful',
    'teary',
    'tearing up',
    'welling up',
    'crying',
    'cried',
    'fidget\\w*',
    'shak(ing|es|y|en)',
    'shook',
    'trembl\\w+',
    'sigh(ed|ing|s)?',
    'smil(e|ed|es|ing)',
    'frown\\w*',
    'grimac\\w+',
    'paus(e|ed|es|ing)',
    'clench\\w*',
    'cross(ed|ing)? your arms',
    'tapp?(ing|ed)',
    'avoid\\w* (eye contact|looking)',
    'eye contact',
    'blush\\w*',
    'flinch\\w*',
    'winc(e|ed|ing)',
    'tense(d)?',
    'tight(en|ened|ening)?',
    'shrug\\w*',
    'sat back',
    'lean\\w* (back|forward|away|in)',
    'turn\\w* away',
    'glanc\\w*',
    'swallow\\w*',
    'deep breath',
    'breath(e|ed|ing)',
    'star(e|ed|ing) (at|out|into)',
    'hesitat\\w+',
    'laugh(ed|ing|s)?',
    'nodd(ed|ing)',
    'went (very |really |a bit |quite )?(quiet|silent|still|pale|red)',
    '(gone|go|going|got|getting) (very |really |a bit |quite )?(quiet|silent|still|pale|red)',
    'slump\\w*',
    'hunch\\w*',
    'rubb(ed|ing)',
    'wring\\w*',
    'bit(e|ing) your (lip|nails)',
    'fiddl\\w+',
    'rock(ed|ing)',
    'gripp?(ed|ing)',
  ],
};

// Words a speaker puts before a reflection proper ("so", "okay,", "mm-hmm").
const LEAD =
  /^(?:(?:so|and|but|okay|ok|well|um|uh|mm|mm-hmm|uh-huh|hmm|yeah|yes|right|alright|all right|now|oh|sure|i see|gotcha|got it|and so|so then|then|mhm|wow|no)\b[\s,.-]*)+/;

/** Drop the fillers a turn starts with ("so", "okay,", "mm-hmm"). */
export function stripLead(lower: string): string {
  return lower
    .replace(/^["'(-]+/, '')
    .replace(LEAD, '')
    .trim();
}

/** Backchannel and social words: a sentence of only these says nothing of the client's. */
export const BACKCHANNEL: ReadonlySet<string> = new Set(
  `yeah yes yep yup no nope okay ok right alright all sure mm mm-hmm mhm uh-huh uh um hmm oh wow good great nice cool
  fine perfect excellent fantastic wonderful awesome brilliant smart exactly absolutely totally definitely true fair
  enough thanks thank you hi hello bye course of i see gotcha got it interesting really lovely indeed certainly please
  sorry well so and but that's that is it's very much too welcome there we go then now anyway agreed correct
  mh-hmm mhmm mmhmm mm-mm hm ah ahh aha huh yap yeah-yeah gottcha gotcha neat dear gosh goodness wow yay`.split(
    /\s+/,
  ),
);

const isContent = (w: string) => w.length > 2 && !STOPWORDS.has(w);

/** Word bigrams (natural's n-grams) with at least one content word, e.g. "lost job", "my job". */
export function contentBigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const [a, b] of bigrams(tokens)) if (isContent(a!) || isContent(b!)) out.push(`${a} ${b}`);
  return out;
}

/** Content stems of a text, for overlap, each mapped to the first word that gave it. */
export function contentStems(tokens: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens) {
    if (STOPWORDS.has(t) || t.length < 2 || !/[a-z]/.test(t)) continue;
    const s = stem(t);
    if (!out.has(s)) out.set(s, t);
  }
  return out;
}

/** What a reflection is measured against: the client's previous words, feelings and cue. */
export interface ClientContext {
  stems: ReadonlyMap<string, string>;
  feelings: FoundFeeling[];
  cueStems: ReadonlyMap<string, string>;
  cueFeelings: FoundFeeling[];
  /** The client said very little ("Yeah.", "Mm."), so overlap cannot tell anything. */
  minimal: boolean;
  /** How many words the client said. */
  words: number;
  /** The client's previous line is known (not only a cue). */
  hasPrevious: boolean;
  /** The client's word pairs that carry content ("the way", "gets in the way" → "gets in", "in the way"...). */
  bigrams: ReadonlySet<string>;
  /** The client broke off mid-sentence ("I'm trying to get—"): a few words may complete it. */
  trailing: boolean;
}

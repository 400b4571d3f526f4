/**
 * The feeling lexicon: words that name a feeling, in families, each with an intensity tier
 * (1 mild, 2 moderate, 3 strong). Written for this project from counselling practice: the
 * families follow the feelings a client is likely to show (the seed article names angry, sad,
 * scared and pain). Used for empathy and to tell a complex reflection (adds feeling) from a
 * simple one.
 */

export type FeelingFamily =
  | 'anger'
  | 'sadness'
  | 'fear'
  | 'worry'
  | 'shame'
  | 'guilt'
  | 'hurt'
  | 'loneliness'
  | 'confusion'
  | 'overwhelm'
  | 'frustration'
  | 'exhaustion'
  | 'helplessness'
  | 'numbness'
  | 'ambivalence'
  | 'disgust'
  | 'jealousy'
  | 'grief'
  | 'happiness'
  | 'hope'
  | 'relief'
  | 'pride'
  | 'love'
  | 'calm'
  | 'surprise'
  | 'gratitude'
  | 'safety';

type Tiers = Partial<Record<1 | 2 | 3, string>>;

const FAMILIES: Record<FeelingFamily, Tiers> = {
  anger: {
    1: 'annoyed irritated bothered irked peeved grumpy cross prickly touchy impatient miffed cranky irritable snappy vexed',
    2: 'angry mad resentful bitter indignant hostile aggravated exasperated agitated anger resentment irritation annoyance',
    3: 'furious enraged livid outraged seething fuming incensed raging rage fury wrath hateful irate infuriated',
  },
  sadness: {
    1: 'down low blue glum flat disappointed wistful melancholy subdued unhappy sadness weepy teary',
    2: 'sad upset unhappy miserable gloomy sorrowful tearful heavy-hearted dejected discouraged downhearted disheartened hopeless despondent dispirited sorrow',
    3: 'devastated heartbroken crushed despairing depressed desolate anguished wretched inconsolable distraught despair anguish misery heartbreak grief-stricken crestfallen bleak mournful',
  },
  fear: {
    1: 'uneasy wary hesitant timid apprehensive jumpy unsettled jittery shaky rattled spooked',
    2: 'afraid scared frightened fearful nervous alarmed shaken threatened insecure vulnerable fear intimidated',
    3: 'terrified petrified panicked panicky horrified dread terror panic paralysed paralyzed traumatised traumatized freaked-out',
  },
  worry: {
    1: 'concerned unsure uncertain restless tense edgy',
    2: 'worried anxious stressed troubled fretful preoccupied uptight worry anxiety stress concern nervy wound-up on-edge stressed-out frazzled',
    3: 'frantic distressed tormented desperate distress agonised agonized',
  },
  shame: {
    1: 'awkward self-conscious sheepish embarrassed',
    2: 'ashamed humiliated exposed inadequate worthless foolish stupid useless shame embarrassment belittled small',
    3: 'mortified disgraced degraded humiliation',
  },
  guilt: {
    1: 'regretful sorry',
    2: 'guilty remorseful responsible blameworthy guilt regret remorse',
    3: 'tormented self-loathing',
  },
  hurt: {
    1: 'stung offended slighted',
    2: 'hurt wounded rejected betrayed abandoned unloved unwanted excluded dismissed neglected let-down ignored unheard invisible unappreciated misunderstood judged criticised criticized blamed unsupported belittled humiliated pain painful',
    3: 'crushed devastated shattered broken agony',
  },
  loneliness: {
    1: 'distant disconnected isolated',
    2: 'lonely alone lonesome isolated friendless cut-off loneliness isolation homesick left-out forgotten unwanted',
    3: 'abandoned forsaken',
  },
  confusion: {
    1: 'unsure puzzled uncertain',
    2: 'confused lost torn bewildered baffled muddled mixed-up conflicted confusion perplexed foggy',
    3: 'disoriented bewildered',
  },
  overwhelm: {
    1: 'busy pressured stretched',
    2: 'overwhelmed swamped overloaded burdened pressured overstretched snowed-under flooded',
    3: 'drowning crushed swamped',
  },
  frustration: {
    1: 'impatient fed-up exasperated',
    2: 'frustrated stuck thwarted blocked exasperated frustration',
    3: 'infuriated',
  },
  exhaustion: {
    1: 'tired weary sleepy',
    2: 'exhausted drained worn-out burnt-out burned-out fatigued depleted exhaustion run-down wiped-out knackered sluggish lethargic',
    3: 'shattered spent',
  },
  helplessness: {
    1: 'unsure',
    2: 'helpless powerless trapped stuck defeated hopeless resigned',
    3: 'desperate',
  },
  numbness: {
    1: 'bored indifferent',
    2: 'numb empty hollow detached apathetic disconnected shut-down',
    3: 'dead',
  },
  ambivalence: {
    1: 'hesitant reluctant',
    2: 'ambivalent torn conflicted divided',
  },
  disgust: {
    1: 'uncomfortable',
    2: 'disgusted repulsed sickened revolted disgust',
    3: 'appalled',
  },
  jealousy: {
    2: 'jealous envious resentful jealousy envy',
  },
  grief: {
    2: 'grieving bereaved mourning grief loss',
    3: 'heartbroken devastated',
  },
  happiness: {
    1: 'pleased content glad okay fine',
    2: 'happy cheerful joyful delighted excited thrilled enthusiastic happiness joy excitement upbeat chuffed',
    3: 'elated ecstatic overjoyed euphoric jubilant',
  },
  hope: {
    1: 'optimistic hopeful',
    2: 'encouraged motivated inspired hope eager keen',
  },
  relief: {
    1: 'relieved',
    2: 'reassured unburdened relief lighter at-ease',
  },
  pride: {
    1: 'satisfied',
    2: 'proud confident accomplished pride',
  },
  love: {
    1: 'fond caring',
    2: 'loving affectionate close love tender attached',
    3: 'devoted adoring',
  },
  calm: {
    1: 'calm relaxed settled',
    2: 'peaceful safe secure serene tranquil grounded at-peace',
  },
  surprise: {
    1: 'surprised',
    2: 'shocked stunned startled shock blindsided taken-aback',
    3: 'astonished amazed',
  },
  gratitude: {
    1: 'thankful',
    2: 'grateful appreciative gratitude indebted',
  },
  safety: {
    2: 'safe secure protected',
  },
};

/**
 * Words that name a feeling only in a feeling frame ("feeling down", "so low") and are ordinary
 * words elsewhere ("sit down", "low price", "I'm sorry", "it's fine").
 */
const NEEDS_FRAME = new Set(
  `down low blue flat heavy lost stuck alone close dead empty cross broken crushed okay fine sorry responsible busy
  distant exposed safe secure stupid useless concern loss pain settled spent shattered blocked divided touchy dismissed
  hurt ignored judged blamed criticised criticized lighter small close attached forgotten flooded keen
  anger resentment irritation annoyance sadness sorrow despair anguish misery heartbreak fear terror panic dread worry
  anxiety stress distress shame embarrassment humiliation guilt regret remorse loneliness isolation confusion
  frustration exhaustion disgust jealousy envy grief happiness joy excitement hope relief pride love gratitude fury rage
  wrath shock caring`.split(/\s+/),
);

/** Negative-feeling nouns that read as the client's feeling after "your" ("your anger", "your pain"). */
export const YOUR_FRAMED = new Set(
  'anger resentment sadness sorrow despair anguish misery heartbreak fear terror panic dread worry anxiety stress distress shame guilt regret pain loneliness confusion frustration exhaustion grief hurt fury rage'.split(
    ' ',
  ),
);

/** One entry of the lexicon. */
export interface Feeling {
  word: string;
  family: FeelingFamily;
  /** 1–3 */
  intensity: number;
  /** Counts as a feeling only after a feeling frame ("feel", "so", "really", "is", ...). */
  needsFrame: boolean;
}

function build(): Map<string, Feeling> {
  const map = new Map<string, Feeling>();
  for (const [family, tiers] of Object.entries(FAMILIES) as [FeelingFamily, Tiers][]) {
    for (const [tier, list] of Object.entries(tiers)) {
      for (const word of (list ?? '').split(/\s+/)) {
        if (!word) continue;
        const key = word.replace(/-/g, ' ');
        const had = map.get(key);
        const intensity = Number(tier);
        // A word in two families keeps its strongest reading.
        if (!had || had.intensity < intensity) {
          map.set(key, { word: key, family, intensity, needsFrame: NEEDS_FRAME.has(key) });
        }
      }
    }
  }
  return map;
}

/** The lexicon keyed by the lower-case word (multi-word entries joined by a space: "worn out"). */
export const FEELINGS: ReadonlyMap<string, Feeling> = build();

import type { Prepared } from '../text.js';
import type { ClientContext, SentenceReflection } from './reflection.js';
import { stripLead } from './reflection.js';

// Words that mark a reflection as adding meaning, value or a second side (complex, MITI).
const MEANING =
  /\b(important|matters?|care (?:about|for)|cares|value|values|means? (?:a lot|so much|something|to you)|meaning|hope|hoping|dream|dreams|goal|goals|part of you|torn|on (?:the )?one hand|on the other|at the same time|even though|although|and yet|but (?:also|at the same|you|on the other|then|part)|deep down|almost like|as if|as though|a way (?:of|to)|kind of person|who you are|identity|fits? (?:with|for you)|struggle|struggling|wondering|not sure|unsure|ready|afraid|worried|concerned|scared|frustrated|really want|don't want|wish|bit of a|way to|want|wants|wanna|you'd like|would like|you'd rather)\b/;

const INTENSIFIER =
  /\b(really|never|always|completely|totally|so much|all the time|whole|everything|nothing|at all)\b/;
const HEDGE = /\b(kind of|sort of|kinda|maybe|perhaps|almost|a bit|a little|somehow|probably)\b/;
const LIKE =
  /\b(?:like a|like an|feel(?:s|ing)? like|as if|as though|almost like|kind of like|like you(?:'re| are)?)\b/;

/**
 * How far a reflection goes beyond the client's words (> 0 reads as complex). Weighted evidence
 * in the spirit of MITI: a named feeling, meaning or value, an analogy, amplification and a long
 * client turn condensed point to complex; echoing the client's words, a short restatement, a
 * leading "so" or a question tacked on point to simple. The weights were set by hand and checked
 * against AnnoMI's development split.
 */
export function complexity(
  p: Prepared,
  rs: SentenceReflection[],
  client: ClientContext | undefined,
  asks: number,
): { score: number; why: string } {
  let score = -0.2;
  let why = '';
  const text = rs.map((r) => stripLead(r.sentence.lower)).join(' ');
  const clientFamilies = new Set(client?.feelings.map((f) => f.family) ?? []);
  const named = rs.flatMap((r) => r.feelings);
  const added = named.filter((f) => !clientFamilies.has(f.family));
  if (added.length > 0) {
    score += 0.8;
    why = `named a feeling: '${added.map((f) => f.word).join(' and ')}'`;
  }
  if (/\byou(?:'re| are|'ve been| have been)? (?:\w+ )?(?:feel|feeling|felt)\b/.test(text)) score += 0.6;
  const meaning = MEANING.exec(text);
  if (meaning) {
    score += 0.6;
    why ||= `added meaning: '${meaning[1]}'`;
  }
  const like = LIKE.exec(text);
  if (like) {
    score += 0.5;
    why ||= `offered an image: '${like[0]}'`;
  }
  if (INTENSIFIER.test(text)) score += 0.45;
  const sides =
    /\b(?:on (?:the )?one hand|on the other hand|part of you|at the same time|mixed feelings)\b/.exec(text);
  if (sides) {
    // A double-sided reflection is complex by definition (MITI).
    score += 2;
    why ||= `showed both sides: '${sides[0]}'`;
  }
  if (HEDGE.test(text)) score += 0.2;
  if (rs.some((r) => r.rule === 'reflection.emotional')) score += 1;
  const words = p.wordCount;
  if (words >= 20) score += 0.3;
  if (words < 10) score -= 0.35;
  score -= asks;
  if (/^["'(-]*\s*(?:\w+\W+)?so\b/.test(p.lower)) score -= 0.5;
  if (client && !client.minimal) {
    const ratio = Math.max(...rs.map((r) => r.ratio));
    if (ratio >= 0.5) score -= 0.8;
    if (client.words >= 30) {
      score += 0.6;
      why ||= 'condensed what the client said into its meaning';
    }
  }
  return { score, why };
}

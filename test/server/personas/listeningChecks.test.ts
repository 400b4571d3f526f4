import { describe, expect, it } from 'vitest';
import { parsePersonaText } from '../../../server/personas/loadPersonas.js';

// The smallest persona an educator could have written before the listening fields existed.
const older = `id: old
name: Olly
age: 50
referral: An older file.
opening: ["Hello."]
replies:
  guarded: { default: ["Mm."] }
  tentative: { default: ["Maybe."] }
  open: { default: ["Yes."] }
  disclosing: { default: ["I see."] }
  withdrawn: { default: ["…"] }
`;

describe('the checker on the listening fields', () => {
  it('still loads an older file, warning about the risk section and the subjects it leaves uncovered', () => {
    const { persona, errors, warnings } = parsePersonaText(older, 'old.yaml');
    expect(errors).toEqual([]);
    expect(persona?.id).toBe('old');
    const messages = (warnings ?? []).map((w) => w.message);
    expect(messages).toContain(
      `old.yaml line 1, column 1: risk is missing: asked about suicide, self-harm or harming others, the client gives a plain, safe no ('No. Nothing like that.'). Add a risk section with what this client would honestly say, by phase (see docs/personas.md, "Risk")`,
    );
    expect(messages.find((m) => m.includes('answers leaves'))).toBe(
      `old.yaml line 1, column 1: answers leaves 13 everyday subjects uncovered: sleep, work (work or study), home (home and who they live with), family, friends (friends and support), evenings (evenings and leisure), eating (appetite and eating), health (health and body), drinking (drinking and substances), reason (why they came), hopes (what they hope for), feeling-now (how they feel right now), past-help (help they have had before); asked about them, the client answers with a general line from the phase's pool. Add answers (see docs/personas.md, "Answers")`,
    );
    expect(messages.some((m) => m.includes('feelings is empty'))).toBe(true);
    expect(messages).toContain(
      'old.yaml line 1, column 1: contentNotes is empty: trainees see no content notes before they start. List what the session touches on, in a few plain words each (e.g. "bereavement", "a road traffic collision")',
    );
    expect(warnings?.every((w) => w.level === 'warning')).toBe(true);
  });

  it('warns about a returning client with no openings, and a disclosure with nothing to recall', () => {
    const text = `${older}disclosures:\n  - { id: job, title: The job, topics: [job], text: "I lost it." }\n`;
    const { warnings } = parsePersonaText(text, 'old.yaml');
    const messages = (warnings ?? []).map((w) => w.message);
    expect(messages).toContain(
      'old.yaml line 1, column 1: returning has no openings: in a later session the client opens with a first-session line, as if you had never met. Add returning.openings (warm, guarded, hurt; see docs/personas.md, "Returning")',
    );
    expect(messages.find((m) => m.includes('recall'))).toMatch(
      /disclosures\[0\] 'job' has no recall lines: asked about it in a later session, the client says its more lines without referring back to last time\. Add recall \("Like I said last week…"\)$/,
    );
  });

  it('warns about a notSo phrase that is heard as a risk question, whose correction is never said', () => {
    // A newcomer's self-harm client: "you want to die" is a risk question, answered from risk.
    const text = `${older}notSo:\n  - says: [you want to die, your dad hit you]\n    correction: ["No. I don't want to die."]\n`;
    const { persona, warnings } = parsePersonaText(text, 'old.yaml');
    expect(persona?.id).toBe('old');
    expect(warnings?.filter((w) => w.path.startsWith('notSo')).map((w) => w.message)).toEqual([
      `old.yaml line 13, column 12: notSo[0].says[0] 'you want to die' is heard as a question about risk, and a risk question is always answered from risk, so this correction is never said for it. Write what the client would answer in risk (see docs/personas.md, "Risk"), and keep notSo for facts a trainee may get wrong`,
    ]);
  });

  it('warns where every line has needs, so one is said when its words were not', () => {
    // A newcomer's self-harm client: the one guarded risk line needs self-harm words, so
    // "Have you had thoughts of ending your life?" would get it, read as a yes.
    const text = `${older}risk:\n  guarded:\n    - { text: "Sometimes. It's not a big deal.", needs: [hurt yourself] }\n  tentative: ["I don't want to die."]\ncorrections:\n  - { text: "Not angry.", needs: [angry] }\n`;
    const { persona, warnings } = parsePersonaText(text, 'old.yaml');
    expect(persona?.id).toBe('old');
    expect(warnings?.filter((w) => /risk\.|corrections/.test(w.path)).map((w) => w.message)).toEqual([
      `old.yaml line 14, column 5: risk.guarded has only lines with needs, and nothing plainer at a shallower depth: a risk question that uses none of their words (such as "Are you safe?") still gets 'Sometimes. It's not a big deal.'. Add a line without needs that is true whatever was asked`,
      `old.yaml line 17, column 3: corrections has only lines with needs: when the trainee says none of their words, the client still says 'Not angry.'. Add a line without needs that fits whatever was said`,
    ]);
  });

  it('warns about a risk section without safety lines, and not once they are there', () => {
    const text = `${older}risk:\n  guarded: ["No. Nothing like that."]\n`;
    const { warnings } = parsePersonaText(text, 'old.yaml');
    expect(warnings?.filter((w) => w.path === 'risk').map((w) => w.message)).toEqual([
      `old.yaml line 13, column 3: risk has no safety lines: asked "Are you safe at home?", the client answers with the lines for suicide and self-harm, and a line such as 'No. Nothing like that.' answers it the wrong way round. Add risk.safety with what this client would say about being safe, by phase (see docs/personas.md, "Risk")`,
    ]);
    const fixed = parsePersonaText(`${text}  safety:\n    guarded: ["Yes. I'm safe."]\n`, 'old.yaml');
    expect(fixed.warnings?.filter((w) => w.path.startsWith('risk'))).toEqual([]);
  });

  it('warns about needs on a cue, which is never used', () => {
    const text = `${older}cues:\n  guarded:\n    - { text: "picks at her nails", needs: [nails] }\n`;
    const { persona, warnings } = parsePersonaText(text, 'old.yaml');
    expect(persona?.id).toBe('old');
    expect(warnings?.filter((w) => w.path.startsWith('cues')).map((w) => w.message)).toEqual([
      `old.yaml line 14, column 44: cues.guarded[0].needs is not used on a cue: a cue is shown by phase, whatever the trainee said, so 'picks at her nails' may come with any reply. Remove needs; to show a gesture only once, use once: true`,
    ]);
  });

  it('lists only the subjects still uncovered', () => {
    const text = `${older}answers:\n  sleep: { guarded: ["Badly."] }\n  work: { guarded: ["Retired."] }\n`;
    const { warnings } = parsePersonaText(text, 'old.yaml');
    const uncovered = warnings?.find((w) => w.path === 'answers')?.message ?? '';
    expect(uncovered).toContain('leaves 11 everyday subjects uncovered: home (home and who they live with)');
    expect(uncovered).not.toMatch(/uncovered: sleep|work \(work/);
  });

  it('refuses an answer for a subject that is not built in and has no words', () => {
    const text = `${older}answers:\n  footie: { guarded: ["I watch it."] }\n`;
    const { errors, persona } = parsePersonaText(text, 'old.yaml');
    expect(persona).toBeUndefined();
    expect(errors[0]?.message).toMatch(
      /answers\.footie is not a built-in subject \(sleep, work, .*\): give it words \(words: \[\.\.\.\]\) to make it a subject of this persona's own, or check the spelling$/,
    );
  });

  it('refuses a feeling word the scorer does not know, saying which words it does', () => {
    const text = `${older}feelings:\n  - { feeling: blorple }\n`;
    const { errors } = parsePersonaText(text, 'old.yaml');
    expect(errors[0]?.path).toBe('feelings[0].feeling');
    expect(errors[0]?.message).toMatch(
      /'blorple' is not a feeling word the scorer knows, so no reflection can match it; use a plain feeling word such as sad, angry/,
    );
  });

  it('warns about an answer with no guarded lines, and refuses one with no lines at all', () => {
    const warned = parsePersonaText(`${older}answers:\n  sleep: { open: ["Badly."] }\n`, 'old.yaml');
    expect(warned.warnings?.find((w) => w.path === 'answers.sleep')?.message).toMatch(
      /answers\.sleep has no guarded lines: a guarded client asked about it gets a general line instead; add the short version under guarded$/,
    );
    const empty = parsePersonaText(`${older}answers:\n  sleep: { words: [kip] }\n`, 'old.yaml');
    expect(empty.errors[0]?.message).toMatch(
      /answers\.sleep has no lines: add guarded \(the short version\), open \(more\) or closed \(a plain yes or no\)$/,
    );
  });

  it('warns about the same cue in two phases', () => {
    const text = `${older}cues:\n  guarded: ["looks away"]\n  open: ["looks away"]\n`;
    const { warnings } = parsePersonaText(text, 'old.yaml');
    expect(warnings?.find((w) => w.path === 'cues.open[0]')?.message).toMatch(
      /'looks away' is also a guarded cue: the same gesture in two phases repeats; write a different one, or mark a one-off gesture once: true$/,
    );
  });

  it('reads a line with the words it needs, and a cue that happens once', () => {
    const text = `${older.replace('open: { default: ["Yes."] }', 'open: { default: ["Yes.", { text: "Far away, yes.", needs: [far away] }] }')}cues:\n  guarded: [{ text: takes her coat off, once: true }]\n`;
    const { persona, errors } = parsePersonaText(text, 'old.yaml');
    expect(errors).toEqual([]);
    expect(persona?.replies.open.default[1]).toEqual({
      text: 'Far away, yes.',
      needs: ['far away'],
      once: false,
    });
    expect(persona?.cues.guarded?.[0]).toEqual({ text: 'takes her coat off', needs: [], once: true });
  });
});

import { isRoadblock, MOVE_LABELS, type Move } from '../contract/moves.js';
import type { Debrief, PersonaSummary, SeenEntry } from '../contract/session.js';
import { duration, meterValue, OUTCOME_LABELS, signed } from './format.js';
import type { HintRecord } from './practice.js';
import { comparisonRows, hintsSentence } from './practiceReview.js';

export interface TranscriptExport {
  format: 'rapport-transcript';
  version: 1;
  exportedAt: string;
  persona: PersonaSummary;
  transcript: SeenEntry[];
  debrief: Debrief | null;
  /** The ideas the trainee asked for in this browser tab, and after which turn. */
  hints: HintRecord[];
}

/** Escapes Markdown's inline syntax so the trainee's words show as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

const pct = (n: number | null) => (n === null ? 'n/a' : `${n}%`);

/**
 * The session as a readable Markdown document: the conversation (each turn tried again with the
 * attempts set aside, and the ideas asked for where they were asked), then the debrief.
 */
export function toMarkdown(
  persona: PersonaSummary,
  transcript: readonly SeenEntry[],
  debrief: Debrief | null,
  now: Date,
  hints: readonly HintRecord[] = [],
): string {
  const out: string[] = [`# Rapport session with ${escapeMarkdown(persona.name)}`, ''];
  out.push(`- Exported: ${now.toISOString()}`);
  out.push(
    `- Client: ${escapeMarkdown(persona.name)}, ${persona.age} (${escapeMarkdown(persona.pronouns)}), ${persona.difficulty}`,
  );
  out.push(`- Referral: ${escapeMarkdown(persona.referral)}`);
  if (debrief) {
    out.push(`- Outcome: ${OUTCOME_LABELS[debrief.outcome]}`);
    out.push(`- Turns: ${debrief.turns}; duration ${duration(debrief.durationMs)}`);
    out.push(
      `- Final trust ${meterValue(debrief.finalMeters.trust)}, openness ${meterValue(debrief.finalMeters.openness)}`,
    );
    out.push(`- Disclosures reached: ${debrief.disclosures.reached.length} of ${debrief.disclosures.total}`);
  }
  out.push('', '## Transcript', '');
  const retried = new Map((debrief?.practice?.retried ?? []).map((r) => [r.turn, r.attempts]));
  // Ideas asked for on a line later tried again answered words no longer in the conversation.
  const placed = new Set<HintRecord>();
  const hintsAfter = (turn: number, text: string) => {
    const here = hints.filter((x) => x.afterTurn === turn && x.clientSaid === text);
    for (const x of here) placed.add(x);
    return here;
  };
  for (const e of transcript) {
    if (e.speaker === 'trainee') {
      const attempts = retried.get(e.turn) ?? [];
      attempts.forEach((a, i) => {
        if (a.kept) return;
        out.push(
          `*You (turn ${e.turn}, attempt ${i + 1}, set aside):* ${escapeMarkdown(a.said)} (trust ${signed(a.trustChange)})`,
          '',
        );
      });
      out.push(`**You (turn ${e.turn}):** ${escapeMarkdown(e.text)}`, '');
      if (e.moves.length > 0) {
        const moves = e.moves.map(
          (m) => `${MOVE_LABELS[m.move]}${m.evidence.length ? ` ("${m.evidence.join('", "')}")` : ''}`,
        );
        out.push(`> Moves: ${escapeMarkdown(moves.join('; '))}`, '');
      }
    } else {
      const cue = e.cue ? `*(${escapeMarkdown(e.cue)})* ` : '';
      out.push(`**${escapeMarkdown(persona.name)}:** ${cue}${escapeMarkdown(e.text)}`, '');
      if (e.feedback?.summary) out.push(`> Coaching: ${escapeMarkdown(e.feedback.summary)}`, '');
      if (!e.ended) out.push(...hintsAfter(e.turn, e.text).flatMap(hintLines));
    }
  }
  const elsewhere = hints.filter((x) => !placed.has(x));
  if (elsewhere.length > 0) {
    out.push('## Ideas asked for on turns later tried again', '');
    for (const x of elsewhere) {
      out.push(`> After "${escapeMarkdown(x.clientSaid)}" (turn ${x.afterTurn}):`, '>');
      out.push(...hintLines(x).slice(1));
    }
  }
  if (!debrief) return `${out.join('\n').trimEnd()}\n`;

  const s = debrief.summary;
  out.push('## Summary', '');
  out.push('| Measure | Value | Band |', '| --- | --- | --- |');
  out.push(
    `| Reflections to questions | ${s.reflectionToQuestion ?? 'n/a'} | ${s.bands.reflectionToQuestion ?? 'n/a'} |`,
  );
  out.push(`| Open questions | ${pct(s.percentOpen)} | ${s.bands.percentOpen ?? 'n/a'} |`);
  out.push(`| Complex reflections | ${pct(s.percentComplex)} | ${s.bands.percentComplex ?? 'n/a'} |`);
  out.push(`| Roadblocks | ${s.roadblocks} | ${s.bands.roadblocks} |`, '');
  const counts = Object.entries(debrief.moveCounts) as [Move, number][];
  if (counts.length > 0) {
    out.push('## Moves', '');
    for (const [m, n] of counts) out.push(`- ${MOVE_LABELS[m]}${isRoadblock(m) ? ' (roadblock)' : ''}: ${n}`);
    out.push('');
  }
  if (debrief.keyMoments.length > 0) {
    out.push('## Key moments', '');
    for (const k of debrief.keyMoments) {
      out.push(
        `- Turn ${k.turn} (${k.kind}, trust ${signed(k.trustChange)}): "${escapeMarkdown(k.said)}" — ${escapeMarkdown(k.reason)}`,
      );
    }
    out.push('');
  }
  if (debrief.alternatives.length > 0) {
    out.push('## Better alternatives', '');
    for (const a of debrief.alternatives) {
      out.push(
        `- Turn ${a.turn}, ${MOVE_LABELS[a.move]}: you said "${escapeMarkdown(a.said)}". Instead: "${escapeMarkdown(a.instead)}" ${escapeMarkdown(a.why)}`,
      );
    }
    out.push('');
  }
  out.push(...practiceLines(persona, debrief));
  return `${out.join('\n').trimEnd()}\n`;
}

function hintLines(x: HintRecord): string[] {
  return [
    `> Ideas asked for after turn ${x.afterTurn}:`,
    ...x.suggestions.map(
      (s) => `> - ${MOVE_LABELS[s.move]}: "${escapeMarkdown(s.text)}" ${escapeMarkdown(s.why)}`,
    ),
    '',
  ];
}

/** The debrief's practice review: session number, the comparison, the turns tried again, hints. */
function practiceLines(persona: PersonaSummary, debrief: Debrief): string[] {
  const p = debrief.practice;
  if (!p) return [];
  const out = ['## Practice', '', `- Session ${p.sessionNumber} with ${escapeMarkdown(persona.name)}`];
  out.push(`- ${hintsSentence(p.hintsUsed)}`, '');
  const rows = comparisonRows(p, debrief.summary);
  if (rows.length > 0) {
    out.push('| Measure | Last session | This session |', '| --- | --- | --- |');
    for (const r of rows) out.push(`| ${r.measure} | ${r.before} | ${r.now} |`);
    out.push('');
  }
  for (const r of p.retried) {
    out.push(`Turn ${r.turn}, tried ${r.attempts.length} times:`, '');
    for (const a of r.attempts) {
      out.push(
        `- "${escapeMarkdown(a.said)}": trust ${signed(a.trustChange)}${a.kept ? ' (kept)' : ' (set aside)'}`,
      );
    }
    out.push('');
  }
  return out;
}

/** The session as JSON, for educators' tools (the debrief's `practice` holds every attempt). */
export function toJson(
  persona: PersonaSummary,
  transcript: readonly SeenEntry[],
  debrief: Debrief | null,
  now: Date,
  hints: readonly HintRecord[] = [],
): string {
  const data: TranscriptExport = {
    format: 'rapport-transcript',
    version: 1,
    exportedAt: now.toISOString(),
    persona,
    transcript: [...transcript],
    debrief,
    hints: [...hints],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A file name like `rapport-maya-2026-11-25-1930.md`. */
export function fileName(personaId: string, now: Date, ext: 'md' | 'json'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  const safeId = personaId.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `rapport-${safeId}-${stamp}.${ext}`;
}

/** Offers text to the browser as a file download. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

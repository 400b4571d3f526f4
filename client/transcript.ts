import { isRoadblock, MOVE_LABELS, type Move } from '../contract/moves.js';
import type { Debrief, PersonaSummary, TranscriptEntry } from '../contract/session.js';
import { duration, meterValue, OUTCOME_LABELS, signed } from './format.js';

export interface TranscriptExport {
  format: 'rapport-transcript';
  version: 1;
  exportedAt: string;
  persona: PersonaSummary;
  transcript: TranscriptEntry[];
  debrief: Debrief | null;
}

/** Escapes Markdown's inline syntax so the trainee's words show as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

const pct = (n: number | null) => (n === null ? 'n/a' : `${n}%`);

/** The session as a readable Markdown document: the conversation, then the debrief. */
export function toMarkdown(
  persona: PersonaSummary,
  transcript: readonly TranscriptEntry[],
  debrief: Debrief | null,
  now: Date,
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
  for (const e of transcript) {
    if (e.speaker === 'trainee') {
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
  return `${out.join('\n').trimEnd()}\n`;
}

/** The session as JSON, for educators' tools. */
export function toJson(
  persona: PersonaSummary,
  transcript: readonly TranscriptEntry[],
  debrief: Debrief | null,
  now: Date,
): string {
  const data: TranscriptExport = {
    format: 'rapport-transcript',
    version: 1,
    exportedAt: now.toISOString(),
    persona,
    transcript: [...transcript],
    debrief,
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

import { runGolden } from '../../engine/simulation/golden.js';
import { loadGoldenFile } from '../../server/personas/loadGolden.js';
import { loadPersonaDir } from '../../server/personas/loadPersonas.js';

const START = '<!-- session-table -->';
const END = '<!-- /session-table -->';

/** Cuts a trainee line to fit the table's column. */
const cut = (s: string) => (s.length > 68 ? `${s.slice(0, 67)}…` : s);
const pad = (s: string, n: number) => s.padEnd(n);

/** The guide's text with its session table rebuilt from Daniel's golden good path. */
export function sessionTable(guide: string): string {
  const from = guide.indexOf(START);
  const to = guide.indexOf(END);
  if (from < 0 || to < from) throw new Error('docs/personas.md has no session-table markers');
  const { personas } = loadPersonaDir('personas');
  const { golden } = loadGoldenFile('personas/tests/daniel.golden.yaml', personas);
  const daniel = personas.get('daniel');
  if (!golden || !daniel) throw new Error('Daniel or his golden transcripts could not be loaded');
  const result = runGolden(daniel, golden.transcripts[0]!, golden.seed);
  const titles = new Map(daniel.disclosures.map((d) => [d.id, d.title]));
  const rows = result.log.map((l, i) => [
    String(i + 1),
    cut(l.say),
    l.phase,
    l.trust.toFixed(1),
    l.openness.toFixed(1),
    l.disclosure ? (titles.get(l.disclosure) ?? l.disclosure) : '',
  ]);
  const head = ['Turn', 'Trainee', 'Phase', 'Trust', 'Openness', 'Disclosure'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  const table = [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join(
    '\n',
  );
  return `${guide.slice(0, from + START.length)}\n${table}\n${guide.slice(to)}`;
}

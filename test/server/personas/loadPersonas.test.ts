import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPersonaDir, loadPersonaFile, parsePersonaText } from '../../../server/personas/loadPersonas.js';

const maya = readFileSync(new URL('../../../personas/maya.yaml', import.meta.url), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'personas-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('persona loader', () => {
  it('loads Maya without errors', () => {
    const { persona, errors } = loadPersonaFile('personas/maya.yaml');
    expect(errors).toEqual([]);
    expect(persona?.id).toBe('maya');
  });

  it('names the file, line, column and field of a wrong value, in plain words', () => {
    const text = maya.replace('  trust: 12', '  trust: very high');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'maya.yaml',
      line: lineOf(text, 'very high'),
      column: 10,
      path: 'start.trust',
    });
    expect(errors[0]?.message).toBe(
      `maya.yaml line ${lineOf(text, 'very high')}, column 10: start.trust must be a number from 0 to 100, got 'very high'`,
    );
  });

  it('points at a misspelt field', () => {
    const text = maya.replace('sensitivities:', 'sensitivites:');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors.map((e) => [e.path, e.line])).toContainEqual([
      'sensitivites',
      lineOf(text, 'sensitivites:'),
    ]);
  });

  it('suggests the field an educator probably meant', () => {
    const text = maya.replace('    reflection:', '    reflections:');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors[0]?.message).toMatch(
      /replies\.guarded\.reflections is not a field of the persona format: did you mean 'reflection'\?$/,
    );
  });

  it('says a required field is missing', () => {
    const text = maya.replace(/^referral: >\n( {2}.*\n)+/m, '');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/referral is missing$/));
  });

  it('names the allowed values of a choice', () => {
    const { errors } = parsePersonaText(
      maya.replace('difficulty: advanced', 'difficulty: hard'),
      'maya.yaml',
    );
    expect(errors[0]?.message).toMatch(
      /difficulty must be one of 'introductory', 'intermediate', 'advanced', got 'hard'/,
    );
  });

  it('says which fields a mapping takes, and that lines are a list, when a newcomer writes a shorthand', () => {
    // Feelings as bare words, and a returning opening as one line instead of a list.
    const text = maya
      .replace(/^ {2}- \{ feeling: guilty, .*$/m, '  - guilty')
      .replace(/^ {4}warm:\n( {6}- .*\n)+/m, '    warm: "Hi. I came back."\n');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors.map((e) => e.message.replace(/ line \d+, column \d+/, ''))).toEqual([
      "maya.yaml: feelings[0] must be a mapping of fields (feeling, about, strength), got 'guilty'",
      "maya.yaml: returning.openings.warm must be a list (of lines of text), got 'Hi. I came back.'",
    ]);
  });

  it('reports semantic problems at the field they concern', () => {
    const text = maya.replace('requires: [lena]', 'requires: [lenna]');
    const { errors } = parsePersonaText(text, 'maya.yaml');
    expect(errors).toEqual([
      expect.objectContaining({ path: 'disclosures[4].requires[0]', line: lineOf(text, '[lenna]') }),
    ]);
  });

  it('reports broken YAML with its line', () => {
    const { errors } = parsePersonaText('id: maya\nname: [unclosed\n', 'bad.yaml');
    expect(errors[0]?.message).toMatch(/^bad\.yaml line \d+, column \d+: is not valid YAML/);
  });

  it('reports a file that does not exist', () => {
    expect(loadPersonaFile('personas/nobody.yaml').errors[0]?.message).toMatch(/no such file/);
  });

  it('skips an invalid file and loads the rest of the folder', () => {
    const dir = folder({ 'a.yaml': maya, 'b.yaml': 'id: broken\n' });
    const { personas, errors } = loadPersonaDir(dir);
    expect([...personas.keys()]).toEqual(['maya']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file.endsWith('b.yaml'))).toBe(true);
  });

  it('reports a second persona with the same id and keeps the first', () => {
    const dir = folder({ 'a.yaml': maya, 'b.yaml': maya });
    const { personas, errors } = loadPersonaDir(dir);
    expect(personas.size).toBe(1);
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'id',
        message: expect.stringMatching(/b\.yaml line \d+, column 5: id 'maya' is already used by .*a\.yaml/),
      }),
    ]);
  });

  it('ignores files that are not YAML', () => {
    const dir = folder({ 'a.yaml': maya, 'notes.txt': 'hello', 'persona.schema.json': '{}' });
    expect(loadPersonaDir(dir).errors).toEqual([]);
  });
});

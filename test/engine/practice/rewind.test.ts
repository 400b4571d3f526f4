import { describe, expect, it } from 'vitest';
import { continuationOf } from '../../../engine/practice/continuity.js';
import { replayTo } from '../../../engine/practice/rewind.js';
import {
  closeSession,
  openSession,
  traineeTurn,
  type EngineState,
} from '../../../engine/simulation/engineSession.js';
import { loadPersonaFile } from '../../../server/personas/loadPersonas.js';

const maya = loadPersonaFile('personas/maya.yaml').persona!;
const lines = [
  "Thank you for coming in. There's no rush.",
  'It sounds like it has been a really hard few months.',
  'You need to stop dwelling on it and move on.',
  'How have you been sleeping?',
];

function run(seed: number, said: readonly string[], from?: ReturnType<typeof continuationOf>) {
  const states: EngineState[] = [openSession(maya, seed, from).state];
  for (const line of said) states.push(traineeTurn(maya, states.at(-1)!, line).state);
  return states;
}

describe('rewinding a session', () => {
  it('returns the client to exactly the state before the turn to say again', () => {
    const states = run(7, lines);
    for (let toTurn = 1; toTurn <= lines.length + 1; toTurn++) {
      expect(replayTo(maya, { seed: 7 }, lines, toTurn).state).toEqual(states[toTurn - 1]);
    }
  });

  it('takes back a roadblock: the meters are as they were before it', () => {
    const states = run(7, lines);
    const before = replayTo(maya, { seed: 7 }, lines, 3).state.snapshot.context;
    expect(states[3]!.snapshot.context.trust).toBeLessThan(before.trust);
    expect(before.trust).toBe(states[2]!.snapshot.context.trust);
  });

  it('replays a later session from the same carried-over start', () => {
    const from = continuationOf(closeSession(maya, run(3, lines.slice(0, 2)).at(-1)!, 'trainee'));
    const states = run(9, lines, from);
    expect(replayTo(maya, { seed: 9, from }, lines, 4).state).toEqual(states[3]);
  });

  it('refuses a turn that is not in the session', () => {
    expect(() => replayTo(maya, { seed: 1 }, lines, 0)).toThrow(/from 1 to 5, got 0/);
    expect(() => replayTo(maya, { seed: 1 }, lines, 6)).toThrow(RangeError);
  });
});

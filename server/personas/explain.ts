import { z } from 'zod';

/** Describes what a schema accepts, in plain words ("a number from 0 to 100"). */
export function describeExpected(schema: z.ZodType | undefined): string | undefined {
  const s = unwrap(schema);
  if (!s) return undefined;
  if (s instanceof z.ZodNumber) {
    const whole = s.format === 'safeint' || s.isInt ? 'whole number' : 'number';
    const min = s.minValue;
    const max = s.maxValue;
    const finite = (n: number | null) =>
      n !== null && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;
    if (finite(min) && finite(max)) return `a ${whole} from ${min} to ${max}`;
    if (finite(min)) return `a ${whole} of at least ${min}`;
    if (finite(max)) return `a ${whole} of at most ${max}`;
    return `a ${whole}`;
  }
  if (s instanceof z.ZodString) return 'text';
  // A line is text or { text, needs, once }: described as the text it mostly is.
  if (s instanceof z.ZodUnion && (s.options as z.ZodType[]).some((o) => unwrap(o) instanceof z.ZodString))
    return 'text';
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodEnum) return `one of ${s.options.map((o) => `'${String(o)}'`).join(', ')}`;
  if (s instanceof z.ZodArray) {
    const inner = describeExpected(s.element as z.ZodType);
    return inner ? `a list (of ${inner === 'text' ? 'lines of text' : inner})` : 'a list';
  }
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return 'a mapping of fields';
  return undefined;
}

/** The schema for a value at a path inside a parent schema, if it can be found. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const key of path) {
    const s = unwrap(current);
    if (!s) return undefined;
    if (s instanceof z.ZodObject) current = (s.shape as Record<string, z.ZodType>)[String(key)];
    else if (s instanceof z.ZodArray) current = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) current = s.valueType as z.ZodType;
    else return undefined;
  }
  return current;
}

/** Strips defaults, optionals, nullables and pipes down to the schema that checks the value. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s; i++) {
    if (
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable
    ) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else break;
  }
  return s;
}

/** A value as the error message shows it: 'text' quoted, lists and mappings named. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Turns one zod issue into plain words (without the location). */
export function explainIssue(root: z.ZodType, issue: z.core.$ZodIssue, value: unknown): string {
  const expected = describeExpected(schemaAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return 'is missing';
      // A mapping says which fields it takes, so "feelings[0] must be … got 'numb'" shows the way.
      const fields = expected === 'a mapping of fields' ? fieldsAt(root, issue.path) : [];
      const which = fields.length > 0 && fields.length <= 12 ? ` (${fields.join(', ')})` : '';
      return `must be ${expected ?? issue.expected}${which}, got ${showValue(value)}`;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array') {
        return issue.code === 'too_small'
          ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}, got ${showValue(value)}`
          : `can have at most ${issue.maximum} items, got ${showValue(value)}`;
      }
      if (issue.origin === 'string') return `must not be empty, got ${showValue(value)}`;
      return `must be ${expected ?? 'in range'}, got ${showValue(value)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}, got ${showValue(value)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not know: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `${issue.message}, got ${showValue(value)}`;
    case 'invalid_key':
      return `has a field the format does not know, got ${showValue(value)}`;
    default:
      return `${issue.message}${value === undefined ? '' : `, got ${showValue(value)}`}`;
  }
}

/** The known field names of the mapping at a path, when the schema there is an object. */
export function fieldsAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const s = unwrap(schemaAt(root, path));
  if (s instanceof z.ZodObject) return Object.keys(s.shape as object);
  // A line is text or { text, needs, once }: the fields are the mapping's.
  if (s instanceof z.ZodUnion) {
    const object = (s.options as z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodObject);
    if (object instanceof z.ZodObject) return Object.keys(object.shape as object);
  }
  return [];
}

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

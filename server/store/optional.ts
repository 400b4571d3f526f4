/**
 * The fields of `values` that are not null, for rows whose optional columns are NULL in the
 * database and absent (not undefined) in the objects handed out.
 */
export function optional<T extends Record<string, string | number | null>>(
  values: T,
): { [K in keyof T]?: NonNullable<T[K]> } {
  const out: { [K in keyof T]?: NonNullable<T[K]> } = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const v = values[key];
    if (v !== null) out[key] = v as NonNullable<T[typeof key]>;
  }
  return out;
}

// valibot building blocks for shapes that cross the messaging boundary, each failing with a
// message a caller can read; types are inferred from the schemas, so they cannot drift apart.
import * as v from 'valibot';

export const text = (max: number) => {
  const message = `expected a string of at most ${max} characters`;
  return v.pipe(v.string(message), v.maxLength(max, message));
};

/** A finite number from `min` to `max` (JSON has no NaN or Infinity; a NaN arrives as null). */
export const num = (min: number, max: number) => {
  const message = `expected a number from ${min} to ${max}`;
  return v.pipe(v.number(message), v.minValue(min, message), v.maxValue(max, message));
};

/** Any finite number: measurements whose range is not the receiver's business. */
export const finite = () => v.pipe(v.number('expected a number'), v.finite('expected a finite number'));

export const bool = () => v.boolean('expected true or false');

export const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
  v.picklist(choices, `expected one of ${choices.join(', ')}`);

export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected an array'), v.maxLength(max, `expected at most ${max} items`));

const objectMessage = (issue: v.ObjectIssue) => (issue.expected === 'Object' ? 'expected an object' : 'missing');

/** Extra fields are ignored; valibot's object also accepts arrays, so use `record` where all fields may be absent. */
export const fields = <const E extends v.ObjectEntries>(entries: E) => v.object(entries, objectMessage);

const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arrays refused: an empty array would pass for an all-optional request (`history-delete` without id deletes all). */
export const record = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<unknown>(isRecord, 'expected an object'),
    fields(entries),
  );

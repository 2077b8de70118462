/** zod at the HTTP edge: a failed parse is a 400 naming the fields, never echoing values. */
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/relay-api';
import { BadRequestError } from '../errors';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  throw new BadRequestError(`The ${what} is not valid.`, issues.slice(0, 20));
}

/** A device id in a path: "1" … "127". */
export const DeviceIdParamSchema = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number)
  .pipe(DeviceIdSchema);

import { z } from 'zod';

/** A highlighted span in an article page: both offsets or none. */
export const spanQuery = z.object({
  start: z.coerce.number().int().min(0).optional(),
  end: z.coerce.number().int().min(0).optional(),
});

export const idParam = z.string().min(1).max(200);

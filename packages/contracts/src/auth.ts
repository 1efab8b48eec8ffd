import { z } from 'zod';
import { email } from './common.js';

export const loginInput = z.object({
  email,
  password: z.string().min(1, { message: 'errors.required' }).max(200),
});
export type LoginInput = z.input<typeof loginInput>;

export const COORDINATOR_ROLES = ['coordinator', 'admin'] as const;

export const me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(COORDINATOR_ROLES),
    organisation: z.object({ id: z.string(), name: z.string() }),
  })
  .nullable();
export type Me = z.infer<typeof me>;

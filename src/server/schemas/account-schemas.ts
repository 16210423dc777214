/**
 * Request and response schemas of accounts and API tokens. The types of the commands' input
 * are derived from them, and so is the OpenAPI document.
 */
import { z } from 'zod';
import { regionCodeSchema } from '../../plan/schema.ts';
import { ROLES, TOKEN_SCOPES } from '../../store/accounts-roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords.ts';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'a username is 2–64 letters, digits, dots, hyphens or underscores, starting with a letter or digit')
  .describe('Login name; stored in lower case');

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .describe(`At least ${PASSWORD_MIN_LENGTH} characters`);

export const roleSchema = z.enum(ROLES).describe('admin, province-analyst, region-officer, park-officer, enterprise or viewer');
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);

const parkIdSchema = z.string().min(1).max(64).describe('Park id of the plan (park officers)');
const creditCodeSchema = z.string().trim().toUpperCase().length(18).describe('Unified social credit code (enterprise accounts)');
const displayNameSchema = z.string().trim().min(1).max(100);

export const roleScopeInputSchema = z.object({
  role: roleSchema,
  regions: z.array(regionCodeSchema).max(50).optional().describe('Region codes (region officers)'),
  parkId: parkIdSchema.nullable().optional(),
  creditCode: creditCodeSchema.nullable().optional(),
});

export const createUserBodySchema = roleScopeInputSchema
  .extend({
    username: usernameSchema,
    displayName: displayNameSchema.optional(),
    password: passwordSchema.optional().describe('Omit to have one generated and returned once'),
  })
  .strict();
export type CreateUserInput = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    regions: z.array(regionCodeSchema).max(50).optional(),
    parkId: parkIdSchema.nullable().optional(),
    creditCode: creditCodeSchema.nullable().optional(),
    disabled: z.boolean().optional().describe('A disabled account cannot log in; its sessions end'),
    password: passwordSchema.optional().describe('Sets a new password, ends the user’s sessions and lifts a lockout'),
    resetPassword: z.literal(true).optional().describe('Generates a new password, returned once'),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' })
  .refine((body) => !(body.password !== undefined && body.resetPassword), { message: 'give password or resetPassword, not both', path: ['resetPassword'] });
export type UpdateUserInput = z.input<typeof updateUserBodySchema>;

export const loginBodySchema = z
  .object({
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .strict();

export const createTokenBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100).describe('What the token is for, e.g. the machine using it'),
    scopes: z.array(tokenScopeSchema).min(1).default(['read']).describe('`read`, or `read` and `write`'),
    expiresInDays: z.number().int().min(1).max(3650).optional().describe('Omit for a token that does not expire'),
    userId: z.number().int().positive().optional().describe('Administrators: create the token for another user'),
  })
  .strict();
export type CreateTokenInput = z.input<typeof createTokenBodySchema>;

export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  regions: z.array(z.string()),
  parkId: z.string().nullable(),
  creditCode: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable().describe('Set while the account is locked after failed logins'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string().describe('Send it back in the x-csrf-token header with every POST, PUT, PATCH and DELETE'),
  expiresAt: z.string(),
});

export const userWithPasswordSchema = z.object({
  user: userSchema,
  password: z.string().nullable().describe('The generated password, shown this once; null when the caller chose it'),
});

export const tokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  scopes: z.array(tokenScopeSchema),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdTokenSchema = z.object({
  apiToken: tokenSchema,
  token: z.string().describe('The token value, shown this once: send it as `Authorization: Bearer <token>`'),
});

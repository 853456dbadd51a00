import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { idSchema, personIdSchema, SHORT_TEXT_MAX, textSchema } from './ids';

// One person record per vault, reused across cases: repeat-respondent and "appears in other
// cases" detection work on device only if the same human is the same record (domain.md §10.9).

export const PERSON_NAME_MAX = 200;

/**
 * Names in any script. NFC so "Nguyễn" typed decomposed (macOS input methods, pasted PDFs) is the
 * same string as the composed form; no pattern on letters, because every pattern we could write
 * refuses someone's real name.
 */
export const personNameSchema = z.string().normalize('NFC').trim().min(1).max(PERSON_NAME_MAX);

/** Key for matching names typed differently: NFC, case-folded, inner whitespace collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A manager is often someone without a record of their own yet, so free text is allowed. */
export const managerRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), personId: personIdSchema }),
  z.strictObject({ kind: z.literal('text'), name: personNameSchema }),
]);
export type ManagerRef = z.infer<typeof managerRefSchema>;

const optionalText = textSchema(SHORT_TEXT_MAX).optional();

const personFields = {
  name: personNameSchema,
  employeeId: textSchema(100).optional(),
  title: optionalText,
  department: optionalText,
  manager: managerRefSchema.optional(),
  location: optionalText,
  hireDate: calendarDateSchema.optional(),
  // Age is a protected characteristic (ADEA, OWBPA at 40 ⚖): optional, and only when a rule needs it.
  dateOfBirth: calendarDateSchema.optional(),
  email: z.email().max(320).optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/, 'A phone number has digits, spaces and + ( ) . / - only')
    .optional(),
  /** Contractor, client employee, member of the public: not in the employer's HR system. */
  external: z.boolean().optional(),
};

/** What the user edits; main adds the id (crypto random) and the time. */
export const personInputSchema = z.strictObject(personFields);
export type PersonInput = z.infer<typeof personInputSchema>;

export const personSchema = z
  .strictObject({ id: idSchema, ...personFields, updatedAt: z.iso.datetime() })
  .refine((p) => !(p.manager?.kind === 'person' && p.manager.personId === p.id), {
    message: 'A person cannot be their own manager',
    path: ['manager'],
  });
export type Person = z.infer<typeof personSchema>;

export const partyRoles = [
  'complainant',
  'respondent',
  'witness',
  'manager',
  'representative',
  'hr',
  'other',
] as const;
export const partyRoleSchema = z.enum(partyRoles);
export type PartyRole = z.infer<typeof partyRoleSchema>;

/** A person's part in one case. One person may hold several roles (a manager who is also a witness). */
export const casePartySchema = z.strictObject({
  personId: personIdSchema,
  role: partyRoleSchema,
  note: textSchema(2000).optional(),
});
export type CaseParty = z.infer<typeof casePartySchema>;

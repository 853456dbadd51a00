import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { idSchema, LONG_TEXT_MAX, personIdSchema, requiredTextSchema, textSchema } from './ids';

// Mediation for interpersonal-conflict cases (domain.md §2.1): suitability → consent → private
// caucus with each party → joint sessions → written agreement → follow-up review. Caucus notes are
// per-party compartments: `sharedMediationRecord` is the only view any document is built from.

export const mediationSessionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: idSchema,
    kind: z.literal('joint'),
    on: calendarDateSchema,
    notes: textSchema(LONG_TEXT_MAX),
  }),
  z.strictObject({
    id: idSchema,
    kind: z.literal('caucus'),
    /** The party this private meeting was with; the note is never shown to anyone else. */
    personId: personIdSchema,
    on: calendarDateSchema,
    notes: textSchema(LONG_TEXT_MAX),
  }),
]);
export type MediationSession = z.infer<typeof mediationSessionSchema>;

export const agreementOutcomeSchema = z.enum(['full', 'partial', 'none']);

export const mediationSchema = z.strictObject({
  mediator: textSchema(200),
  suitable: z.enum(['yes', 'no', 'undecided']),
  suitabilityNote: textSchema(4000),
  /** The parties in the mediation and when each consented (null: not yet). */
  participants: z
    .array(z.strictObject({ personId: personIdSchema, consentedOn: calendarDateSchema.nullable() }))
    .max(20),
  sessions: z.array(mediationSessionSchema).max(500),
  agreement: z.strictObject({
    outcome: agreementOutcomeSchema.nullable(),
    terms: z.array(z.strictObject({ id: idSchema, text: requiredTextSchema(4000) })).max(200),
    signedOn: calendarDateSchema.nullable(),
    reviewOn: calendarDateSchema.nullable(),
  }),
});
export type Mediation = z.infer<typeof mediationSchema>;

export function emptyMediation(): Mediation {
  return {
    mediator: '',
    suitable: 'undecided',
    suitabilityNote: '',
    participants: [],
    sessions: [],
    agreement: { outcome: null, terms: [], signedOn: null, reviewOn: null },
  };
}

/** What a document meant for the parties may use: the caucus compartments are not in it at all. */
export type SharedMediationRecord = Omit<Mediation, 'sessions' | 'suitabilityNote'> & {
  jointSessions: Extract<MediationSession, { kind: 'joint' }>[];
};

export function sharedMediationRecord(m: Mediation): SharedMediationRecord {
  return {
    mediator: m.mediator,
    suitable: m.suitable,
    participants: m.participants.map((p) => ({ ...p })),
    agreement: { ...m.agreement, terms: m.agreement.terms.map((t) => ({ ...t })) },
    jointSessions: m.sessions.flatMap((s) => (s.kind === 'joint' ? [{ ...s }] : [])),
  };
}

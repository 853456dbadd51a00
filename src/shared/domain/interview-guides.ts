import { z } from 'zod';
import { caseTypeSchema, type CaseType } from './case-types';
import { idSchema, requiredTextSchema, SHORT_TEXT_MAX, textSchema } from './ids';
import type { InterviewEntry } from './interview';

// Question guides (issue #5): built-in templates written from ER practice (domain.md §6: open
// questions first, then specifics; put each allegation to the respondent; separate what was seen
// from what was heard), plus the user's own, kept as vault records. A guide is copied into an
// interview, so a later edit of the template never reaches a past interview.

export const guideRoles = ['complainant', 'respondent', 'witness', 'leaver', 'any'] as const;
export const guideRoleSchema = z.enum(guideRoles);
export type GuideRole = z.infer<typeof guideRoleSchema>;

export const guideQuestionSchema = z.strictObject({
  section: textSchema(100),
  text: requiredTextSchema(4000),
});

/** Built-in ids are `builtin:<slug>`; the user's own are random ids. */
export const guideIdSchema = z.union([idSchema, z.string().regex(/^builtin:[a-z0-9-]{1,60}$/)]);

export const guideTemplateSchema = z.strictObject({
  id: guideIdSchema,
  name: requiredTextSchema(SHORT_TEXT_MAX),
  /** Empty: offered for every case type. */
  caseTypes: z.array(caseTypeSchema).max(30),
  role: guideRoleSchema,
  questions: z.array(guideQuestionSchema).min(1).max(300),
});
export type GuideTemplate = z.infer<typeof guideTemplateSchema>;

/** What the library lists: a built-in the user edited carries `edited`, and can be reset. */
export type GuideListing = GuideTemplate & { builtIn: boolean; edited: boolean };

const q = (section: string, ...texts: string[]) => texts.map((text) => ({ section, text }));

const openingAccount = q(
  'Account',
  'In your own words, tell me what happened. Start wherever makes sense to you.',
  'When did this happen? If you are not sure of the date, what else happened around that time?',
  'Where did it happen, and who else was there or nearby?',
  'What exactly was said or done? Use the words that were used, as far as you remember them.',
  'What happened immediately afterwards?',
);

const impactAndReporting = q(
  'After the events',
  'Did you tell anyone about it at the time? Who, when, and what did you say?',
  'Do you have any messages, emails, notes, photos or other documents about it?',
  'How has this affected you at work?',
  'Is anything still happening now? Do you feel safe at work?',
  'What outcome are you hoping for?',
);

const witnessCore = q(
  'What you saw and heard',
  'How do you know the people involved, and how often do you work with them?',
  'Tell me what you saw or heard yourself, in as much detail as you can.',
  'When and where was this? Who else was present?',
  'Is that something you saw or heard directly, or something someone told you? Who told you, and when?',
  'Did anyone talk to you about these events afterwards? What was said?',
  'Have you seen anything similar before, involving either person?',
  'Is there anyone else we should speak to, or any document we should look at?',
);

const closing = q(
  'Closing',
  'Is there anything I have not asked that you think I should know?',
  'Is there anything you would like to correct or add to what you have told me?',
);

const respondentCore = q(
  'Response to the allegations',
  'Describe your working relationship with the complainant.',
  'I am going to put each allegation to you. Please respond to each in turn: did this happen as described?',
  'If it did not happen as described, what did happen, in your own words?',
  'Where were you at the time, and who else was there?',
  'Is there anyone who could confirm your account, or any document that would?',
  'Why do you think the complainant might describe events this way?',
  'Were you aware of the policy on this? Have you had training on it?',
  'Have you discussed this complaint with anyone since you learned of it?',
  'I need to remind you that retaliation against anyone involved is prohibited. Do you understand?',
);

const builtIns: GuideTemplate[] = [
  {
    id: 'builtin:harassment-complainant',
    name: 'Harassment — complainant',
    caseTypes: ['harassment', 'sexual-harassment'],
    role: 'complainant',
    questions: [
      ...openingAccount,
      ...q(
        'Pattern',
        'Has this happened more than once? Take me through each time you remember.',
        'Did you say or do anything to show the behaviour was unwelcome? How did they react?',
        'Are you aware of it happening to anyone else?',
        'Is there a difference in seniority or power between you and the other person?',
      ),
      ...impactAndReporting,
      ...closing,
    ],
  },
  {
    id: 'builtin:harassment-respondent',
    name: 'Harassment — respondent',
    caseTypes: ['harassment', 'sexual-harassment'],
    role: 'respondent',
    questions: [
      ...respondentCore,
      ...q(
        'Conduct',
        'How would you describe the way you usually speak to and behave with colleagues?',
        'Has anyone ever told you that your comments or behaviour made them uncomfortable?',
      ),
      ...closing,
    ],
  },
  {
    id: 'builtin:harassment-witness',
    name: 'Harassment — witness',
    caseTypes: ['harassment', 'sexual-harassment'],
    role: 'witness',
    questions: [...witnessCore, ...closing],
  },
  {
    id: 'builtin:discrimination-complainant',
    name: 'Discrimination — complainant',
    caseTypes: ['discrimination'],
    role: 'complainant',
    questions: [
      ...openingAccount,
      ...q(
        'Treatment and comparison',
        'What decision or treatment do you believe was discriminatory (pay, promotion, allocation of work, discipline, dismissal)?',
        'Why do you believe it was because of the protected characteristic you have named?',
        'Who else was in a similar position, and how were they treated?',
        'Were any comments made about the characteristic? By whom, when, and in what words?',
        'Who made the decision, and what reason were you given?',
      ),
      ...impactAndReporting,
      ...closing,
    ],
  },
  {
    id: 'builtin:discrimination-respondent',
    name: 'Discrimination — decision-maker or respondent',
    caseTypes: ['discrimination'],
    role: 'respondent',
    questions: [
      ...respondentCore,
      ...q(
        'The decision',
        'Explain the decision and the reasons for it, as you understood them at the time.',
        'What criteria did you apply, and where are they written down?',
        'Who else was considered or treated in the same way, and with what result?',
        'Did you know about the complainant’s protected characteristic when you decided?',
      ),
      ...closing,
    ],
  },
  {
    id: 'builtin:discrimination-witness',
    name: 'Discrimination — witness',
    caseTypes: ['discrimination'],
    role: 'witness',
    questions: [...witnessCore, ...closing],
  },
  {
    id: 'builtin:retaliation-complainant',
    name: 'Retaliation — complainant',
    caseTypes: ['retaliation'],
    role: 'complainant',
    questions: [
      ...q(
        'Protected activity',
        'What did you raise, report or take part in before the treatment began? When, and to whom?',
        'Who knew that you had raised it?',
      ),
      ...q(
        'Adverse treatment',
        'What changed afterwards? Describe each action taken against you, with dates.',
        'How soon after your report did each change happen?',
        'What reasons were you given for each action?',
        'How were you treated before you raised the concern (reviews, feedback, assignments)?',
      ),
      ...impactAndReporting,
      ...closing,
    ],
  },
  {
    id: 'builtin:retaliation-respondent',
    name: 'Retaliation — decision-maker',
    caseTypes: ['retaliation'],
    role: 'respondent',
    questions: [
      ...q(
        'Knowledge',
        'When did you first learn that the complainant had raised a concern or taken part in an investigation?',
        'Who told you, and what did you understand it to be about?',
      ),
      ...q(
        'The actions',
        'Take me through each action you took regarding the complainant since then, and why.',
        'When did you first consider each action, and is it documented?',
        'Have others with similar performance or conduct been treated the same way?',
      ),
      ...closing,
    ],
  },
  {
    id: 'builtin:misconduct-respondent',
    name: 'Misconduct — employee under investigation',
    caseTypes: ['misconduct', 'policy-violation', 'fraud-ethics', 'workplace-violence-safety'],
    role: 'respondent',
    questions: [
      ...respondentCore,
      ...q(
        'Mitigation',
        'Is there anything that explains or puts your actions in context (pressure, instructions, health, workload)?',
        'What would you do differently now?',
      ),
      ...closing,
    ],
  },
  {
    id: 'builtin:general-complainant',
    name: 'General — person raising the concern',
    caseTypes: [],
    role: 'complainant',
    questions: [...openingAccount, ...impactAndReporting, ...closing],
  },
  {
    id: 'builtin:general-witness',
    name: 'General — witness',
    caseTypes: [],
    role: 'witness',
    questions: [...witnessCore, ...closing],
  },
  {
    id: 'builtin:general-respondent',
    name: 'General — respondent',
    caseTypes: [],
    role: 'respondent',
    questions: [...respondentCore, ...closing],
  },
  {
    id: 'builtin:exit-interview',
    name: 'Exit interview',
    caseTypes: ['resignation-exit', 'termination-rif'],
    role: 'leaver',
    questions: [
      ...q(
        'Leaving',
        'What made you start looking for, or decide on, a new role?',
        'What is the main reason you are leaving?',
        'Was there a moment when you decided to leave? What happened?',
        'What could we have done that would have made you stay?',
      ),
      ...q(
        'Your experience',
        'How would you describe your relationship with your manager?',
        'Did you have the tools, training and support to do your job well?',
        'How did you feel about pay, benefits and recognition here?',
        'Did you ever experience or witness behaviour that concerned you and was not resolved?',
      ),
      ...q(
        'Looking ahead',
        'Would you recommend this organisation to a friend? Why or why not?',
        'Would you consider coming back in future?',
        'May we contact you as an alumnus (events, opportunities)?',
      ),
    ],
  },
];

export const BUILT_IN_GUIDES: readonly GuideTemplate[] = builtIns.map((g) =>
  guideTemplateSchema.parse(g),
);

/** The library: built-ins (or the user's edit of one), then the user's own, by name. */
export function guideLibrary(userRecords: readonly GuideTemplate[]): GuideListing[] {
  const byId = new Map(userRecords.map((g) => [g.id, g]));
  const builtIn = BUILT_IN_GUIDES.map((g) => {
    const edit = byId.get(g.id);
    return { ...(edit ?? g), builtIn: true, edited: edit !== undefined };
  });
  const own = userRecords
    .filter((g) => !g.id.startsWith('builtin:'))
    .map((g) => ({ ...g, builtIn: false, edited: false }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...builtIn, ...own];
}

/** Which guide fits a case type and the interviewee's role best: specific, then general. */
export function suggestedGuide(
  library: readonly GuideListing[],
  caseType: CaseType,
  role: string,
  kind: 'investigation' | 'exit',
): GuideListing | undefined {
  const wanted = kind === 'exit' ? 'leaver' : role;
  const fits = library.filter((g) => g.role === wanted || g.role === 'any');
  return (
    fits.find((g) => g.caseTypes.includes(caseType) && g.role === wanted) ??
    fits.find((g) => g.caseTypes.length === 0 && g.role === wanted) ??
    fits.find((g) => g.caseTypes.includes(caseType))
  );
}

/** The guide's questions as fresh interview entries: copies, so the template can change later. */
export function entriesFromGuide(guide: GuideTemplate, newId: () => string): InterviewEntry[] {
  return guide.questions.map((question) => ({
    id: newId(),
    kind: 'question',
    origin: 'guide',
    section: question.section,
    question: question.text,
    answer: '',
    verbatim: false,
    at: null,
    allegationIds: [],
    followUp: null,
  }));
}

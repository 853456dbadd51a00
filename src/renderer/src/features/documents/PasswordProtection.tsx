import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInputField } from '@renderer/features/cases/TextInputField';

/** The opening password's shortest length, as the contract requires (document-contract.ts). */
export const MIN_PASSWORD_LENGTH = 8;

export interface PasswordDraft {
  enabled: boolean;
  password: string;
  confirm: string;
}

export const noPassword: PasswordDraft = { enabled: false, password: '', confirm: '' };

export type PasswordProblem = 'tooShort' | 'mismatch' | null;

/** Refused in the UI before anything is sent: a typo here would lock the user out of the PDF. */
export function passwordProblem(draft: PasswordDraft): PasswordProblem {
  if (!draft.enabled) return null;
  if (draft.password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (draft.password !== draft.confirm) return 'mismatch';
  return null;
}

interface PasswordProtectionProps {
  draft: PasswordDraft;
  onChange: (draft: PasswordDraft) => void;
  /** Show the problem even before the user left the fields (after Generate was pressed). */
  showProblems: boolean;
  /** Main's refusal of the password, if any. */
  mainError: string | null;
  isDisabled: boolean;
}

/** Optional opening password for the PDF (AES-256): typed twice, at least 8 characters. */
export function PasswordProtection({
  draft,
  onChange,
  showProblems,
  mainError,
  isDisabled,
}: PasswordProtectionProps) {
  const { t } = useTranslation();
  const problem = passwordProblem(draft);
  const tooShort =
    problem === 'tooShort' && (showProblems || draft.password.length > 0)
      ? t('documents.password.tooShort', { count: MIN_PASSWORD_LENGTH })
      : null;
  const mismatch =
    problem === 'mismatch' && (showProblems || draft.confirm.length > 0)
      ? t('documents.password.mismatch')
      : null;
  return (
    <fieldset className="doc-group">
      <legend className="doc-group__title">{t('documents.password.title')}</legend>
      <Checkbox
        className="cw-checkbox"
        isSelected={draft.enabled}
        onChange={(enabled) => onChange({ ...draft, enabled })}
        isDisabled={isDisabled}
      >
        <span className="cw-checkbox__box" aria-hidden="true" />
        {t('documents.password.enable')}
      </Checkbox>
      {draft.enabled && (
        <div className="cw-form__row">
          <PasswordInput
            label={t('documents.password.password')}
            value={draft.password}
            onChange={(password) => onChange({ ...draft, password })}
            description={t('documents.password.hint', { count: MIN_PASSWORD_LENGTH })}
            error={tooShort ?? mainError}
            isDisabled={isDisabled}
          />
          <PasswordInput
            label={t('documents.password.confirm')}
            value={draft.confirm}
            onChange={(confirm) => onChange({ ...draft, confirm })}
            error={mismatch}
            isDisabled={isDisabled}
          />
        </div>
      )}
    </fieldset>
  );
}

function PasswordInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error: string | null;
  isDisabled: boolean;
}) {
  return <TextInputField {...props} type="password" size="medium" />;
}

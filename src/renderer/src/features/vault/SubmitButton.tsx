import type { LucideIcon } from 'lucide-react';
import { Button } from 'react-aria-components';

interface SubmitButtonProps {
  label: string;
  icon: LucideIcon;
  /** While main works: a spinner and this label ("Unlocking…"); the button keeps its focus. */
  busyLabel: string;
  busy: boolean;
  isDisabled?: boolean;
}

/** A form's primary button that turns into its own progress indicator. */
export function SubmitButton({
  label,
  icon: Icon,
  busyLabel,
  busy,
  isDisabled,
}: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      className="button button--primary vault-form__submit"
      isPending={busy}
      isDisabled={isDisabled}
    >
      {busy ? (
        <>
          <span className="spinner spinner--on-accent" aria-hidden="true" />
          <span role="status">{busyLabel}</span>
        </>
      ) : (
        <>
          <Icon size={16} aria-hidden="true" />
          {label}
        </>
      )}
    </Button>
  );
}

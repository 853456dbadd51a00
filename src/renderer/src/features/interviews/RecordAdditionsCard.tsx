import type { FormEvent, ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { IpcError } from '@shared/ipc/result';
import { SectionCard } from '../cases/workspace/SectionCard';
import { InterviewError } from './InterviewError';

interface RecordAdditionsCardProps<T extends { id: string }> {
  title: string;
  description: string;
  /** What has been added so far, oldest first; the list is left out while there is none. */
  items: readonly T[];
  listLabel: string;
  renderItem: (item: T) => ReactNode;
  /** The form's own fields, above its error and submit button. */
  children: ReactNode;
  onSubmit: (event: FormEvent) => Promise<void>;
  busy: boolean;
  failure: IpcError | null;
  failedTitle: string;
  submitLabel: string;
}

/**
 * The card for what is added to a finalised record after the fact (addenda, reviews): the dated
 * entries so far as notes, then the form that adds the next one.
 */
export function RecordAdditionsCard<T extends { id: string }>({
  title,
  description,
  items,
  listLabel,
  renderItem,
  children,
  onSubmit,
  busy,
  failure,
  failedTitle,
  submitLabel,
}: RecordAdditionsCardProps<T>) {
  return (
    <SectionCard title={title} description={description}>
      {items.length > 0 && (
        <ol className="ws-list" aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.id} className="ws-list__item note">
              {renderItem(item)}
            </li>
          ))}
        </ol>
      )}
      <form className="cw-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {children}
        {failure && <InterviewError title={failedTitle} error={failure} />}
        <div className="cw-form__actions cw-form__actions--start">
          <Button type="submit" className="button button--secondary" isPending={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}

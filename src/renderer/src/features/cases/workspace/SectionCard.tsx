import type { ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled group of fields inside a workspace section. */
export function SectionCard({ title, description, actions, children }: SectionCardProps) {
  return (
    <section className="ws-card">
      <div className="ws-card__header">
        <div>
          <h3 className="ws-card__title">{title}</h3>
          {description && <p className="ws-card__description">{description}</p>}
        </div>
        {actions && <div className="ws-card__actions">{actions}</div>}
      </div>
      <div className="ws-card__body">{children}</div>
    </section>
  );
}

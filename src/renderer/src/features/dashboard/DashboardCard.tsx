import { useId, type ReactNode } from 'react';

interface DashboardCardProps {
  /** Decorative: the title carries the meaning. */
  icon: ReactNode;
  title: string;
  caption: string;
  /** Shown instead of the children when there is nothing to list. */
  emptyText: string;
  isEmpty: boolean;
  children: ReactNode;
}

/** The titled card a dashboard list sits in, named by its heading for screen readers. */
export function DashboardCard({
  icon,
  title,
  caption,
  emptyText,
  isEmpty,
  children,
}: DashboardCardProps) {
  const titleId = useId();
  return (
    <section className="panel dashboard-card" aria-labelledby={titleId}>
      <header className="dashboard-card__header">
        <h3 className="dashboard-card__title" id={titleId}>
          {icon}
          {title}
        </h3>
        <p className="dashboard-card__caption">{caption}</p>
      </header>
      {isEmpty ? <p className="dashboard-card__empty">{emptyText}</p> : children}
    </section>
  );
}

import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export type Tone = 'good' | 'warn' | 'neutral';

interface ProtectionRowProps {
  icon: LucideIcon;
  term: string;
  detail: ReactNode;
  /** A short state shown as a pill on the right ("Blocked", "5 minutes"). */
  value?: string;
  tone?: Tone;
}

/** One fact in "Your protections": a term and its explanation (dt/dd), with its current state. */
export function ProtectionRow({
  icon: Icon,
  term,
  detail,
  value,
  tone = 'neutral',
}: ProtectionRowProps) {
  return (
    <div className={`protection-row protection-row--${tone}`}>
      <span className="protection-row__icon" aria-hidden="true">
        <Icon size={18} strokeWidth={1.8} />
      </span>
      <dt className="protection-row__term">{term}</dt>
      {value && (
        <dd className="protection-row__value">
          <span className={`pill pill--${tone}`}>{value}</span>
        </dd>
      )}
      <dd className="protection-row__detail">{detail}</dd>
    </div>
  );
}

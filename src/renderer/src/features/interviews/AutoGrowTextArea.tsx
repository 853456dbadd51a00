import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

type AutoGrowProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
  inputRef?: (el: HTMLTextAreaElement | null) => void;
};

/** A textarea as tall as its text, so a long answer never hides behind a scrollbar mid-meeting. */
export function AutoGrowTextArea({ value, onChange, inputRef, ...rest }: AutoGrowProps) {
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      {...rest}
      ref={(el) => {
        ref.current = el;
        inputRef?.(el);
      }}
      rows={2}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * Confidant's product mark: the app icon (resources/icon.svg) scaled to 32 units, drawn in the
 * theme's accent colour so it sits well in light and dark. Decorative.
 */
export function ShieldMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="shield-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="shield-mark__tile" width="32" height="32" rx="7" />
      <path
        className="shield-mark__shield"
        d="M16 5.75 23.875 8.75v6.375c0 5.25-3.375 9.375-7.875 11.125-4.5-1.75-7.875-5.875-7.875-11.125V8.75Z"
      />
      <circle className="shield-mark__hole" cx="16" cy="14.75" r="2.125" />
      <path className="shield-mark__hole" d="M15 16.125h2l.625 4.375h-3.25Z" />
    </svg>
  );
}

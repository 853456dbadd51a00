/** A spinner and a short line ("Unlocking…") announced politely while slow work runs in main. */
export function BusyStatus({ label, detail }: { label: string; detail?: string }) {
  return (
    <div className="busy-status" role="status">
      <span className="spinner" aria-hidden="true" />
      <div>
        <p className="busy-status__label">{label}</p>
        {detail && <p className="busy-status__detail">{detail}</p>}
      </div>
    </div>
  );
}

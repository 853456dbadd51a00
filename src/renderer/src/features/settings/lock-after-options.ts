/** The idle times offered; the contract allows any whole minute from 1 to 30. */
export const standardLockMinutes = [1, 2, 3, 5, 10, 15, 20, 30] as const;

/** Standard choices plus the current value when it was set to something else (e.g. by hand). */
export function lockAfterOptions(current: number): number[] {
  const options: number[] = [...standardLockMinutes];
  if (!options.includes(current)) options.push(current);
  return options.sort((a, b) => a - b);
}

// react-aria's usePress adds a <style> element (one touch-action rule) to <head> unless an element
// with this id already exists. Our CSP (`style-src 'self'`) refuses inline style elements, so
// global.css carries that rule instead and this marker tells react-aria it is already in place.
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function markPressableStyleProvided(doc: Document = document): void {
  if (doc.getElementById(PRESSABLE_STYLE_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  doc.head.append(marker);
}

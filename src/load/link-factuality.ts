// The factuality of one derived attributed_to edge: how far the article itself vouches for that level.
/**
 * How far the article vouches for one level of a chain: the article tells the level it names
 * itself (the last before the publisher) and the publisher; what lies deeper it knows only
 * through those (Esper's words through Wu: reported). An implicit level is only possible.
 */
export function linkFactuality(chain: readonly { role: string; explicit: boolean }[], position: number): 'asserted' | 'reported' | 'possible' {
  if (!chain[position]?.explicit) return 'possible';
  let told = chain.length - 1;
  while (told > 0 && chain[told]?.role === 'publisher') told--;
  return position >= told ? 'asserted' : 'reported';
}

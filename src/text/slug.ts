// Slugs for ids made by the drafter and the editor: ASCII letters and digits, accents dropped;
// a name with none (a CJK name) gets a short hash instead, so every name has a stable slug.
export function slug(s: string): string {
  const ascii = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii) return ascii.slice(0, 60).replace(/-+$/, '');
  let h = 0;
  for (const c of s) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return `x${h.toString(36)}`;
}

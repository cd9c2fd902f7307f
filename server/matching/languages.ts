// Languages as people list them (BCP 47 tags, "it-IT", "en-GB") compared the way people talk: an
// Italian from Lugano ("it-CH") and one from Milan ("it-IT") share a language, so only the primary
// subtag counts.

/** The primary language subtag of a BCP 47 tag, lower case: "it-CH" → "it". Graph's "it_IT" too. */
export function primaryLanguage(tag: string): string {
  const cut = tag.search(/[-_]/);
  return (cut < 0 ? tag : tag.slice(0, cut)).trim().toLowerCase();
}

/** Whether the two lists share a primary language; an empty list shares none. */
export function shareLanguage(a: readonly string[], b: readonly string[]): boolean {
  const mine = new Set(a.map(primaryLanguage));
  mine.delete('');
  return b.some((tag) => mine.has(primaryLanguage(tag)));
}

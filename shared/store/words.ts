// Words for the multi-entry search index: lower-cased letters and digits, deduplicated, capped so
// a pasted 10 MB note cannot bloat the index.
const MAX_WORDS = 300;

export function indexWords(...texts: (string | undefined | null)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const raw of text.slice(0, 20000).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (raw.length < 2 || raw.length > 40) continue;
      out.add(raw);
      if (out.size >= MAX_WORDS) return [...out];
    }
  }
  return [...out];
}

/** The words a search box query asks for; every one must match (as a prefix). */
export function queryWords(query: string): string[] {
  return indexWords(query).slice(0, 10);
}

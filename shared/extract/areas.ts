// Areas: UK nations, regions and police force areas, plus places the page itself names
// ("Westdale Police", "in Eastmoor"); "the county"/"the force" resolve to the page's own area.

const NATIONS = ['England and Wales', 'England', 'Wales', 'Scotland', 'Northern Ireland', 'United Kingdom', 'UK', 'Great Britain', 'Britain'];
const REGIONS = [
  'North East', 'North West', 'Yorkshire and the Humber', 'Yorkshire and Humber', 'East Midlands', 'West Midlands', 'East of England',
  'London', 'South East', 'South West',
];
const FORCES = [
  'Avon and Somerset', 'Bedfordshire', 'Cambridgeshire', 'Cheshire', 'City of London', 'Cleveland', 'Cumbria', 'Derbyshire',
  'Devon and Cornwall', 'Dorset', 'Durham', 'Dyfed-Powys', 'Essex', 'Gloucestershire', 'Greater Manchester', 'Gwent', 'Hampshire',
  'Hertfordshire', 'Humberside', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire', 'Merseyside', 'Norfolk', 'North Wales',
  'North Yorkshire', 'Northamptonshire', 'Northumbria', 'Nottinghamshire', 'South Wales', 'South Yorkshire', 'Staffordshire',
  'Suffolk', 'Surrey', 'Sussex', 'Thames Valley', 'Warwickshire', 'West Mercia', 'West Yorkshire', 'Wiltshire',
];
export const KNOWN_AREAS = [...NATIONS, ...REGIONS, ...FORCES];

// Capitalised words that follow "in"/"across" but are not places.
const NOT_PLACES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'These', 'Those',
  'A', 'An', 'It', 'Its', 'Parliament', 'Government', 'Court', 'Police', 'Stalking', 'Protection', 'Orders', 'Order',
  'Freedom', 'Information', 'Act', 'Bill', 'House', 'Commons', 'Lords', 'Committee', 'Table', 'Figure', 'Section',
  'Part', 'Response', 'Reply', 'Total', 'Summary', 'Notes', 'Note', 'Annex', 'Appendix', 'English', 'British', 'Welsh',
  'Christmas', 'Easter', 'Crown', 'Office', 'Home', 'Ministry', 'Justice', 'Team', 'Unit', 'Service', 'Trust', 'Council',
  'Our', 'My', 'His', 'Her', 'Their', 'We', 'I', 'You', 'He', 'She', 'They', 'Dear', 'Yours', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Chief', 'Constable', 'Officer', 'Officers', 'Reading', 'Second', 'Third', 'First', 'Hansard', 'Lab', 'Con', 'Official',
  'Statistics', 'Data', 'Crime', 'State', 'Department', 'Secretary', 'Parliament', 'Westminster', 'Whitehall', 'Downing', 'Domestic', 'Abuse', 'Victims', 'Bail', 'Magistrates', 'Covid', 'Scheme',
]);

const PLACE_WORD = "[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?";
// "Westdale Police", "Eastmoor Constabulary", "Southvale Community Safety Partnership", "Westdale Crown Court"
const INSTITUTION_RE = new RegExp(`\\b(${PLACE_WORD}(?: ${PLACE_WORD})?) (?:Police|Constabulary|County Council|Borough Council|City Council|District Council|Council|Crown Court|Magistrates|Community Safety Partnership|Statistics Office|Fire and Rescue|Police and Crime)\\b`, 'g');
// "in Westdale", "across Northshire", "from Eastmoor"
const PREP_RE = new RegExp(`\\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]rom|[Ww]ithin) (${PLACE_WORD}(?: (?:and|&) ${PLACE_WORD}| ${PLACE_WORD})?)\\b(?! (?:Police|Constabulary|Council|Court|Trust|Act|Bill|Protection|Orders?|Service|Team|Unit|Office|Partnership|Statistics|Research|University|College|School|Hospital|Street|Road|Lane|Avenue|Way|Close|Drive|Place|Square|Park|Green)\\b)`, 'g');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The next area name in s from re.lastIndex that no letter touches on the left, as
 * /(?<![A-Za-z])(?:names)(?![a-z])/g finds it: a match with a letter before it is skipped by one
 * position, which is where the lookbehind regex would go on looking.
 */
function nextArea(re: RegExp, s: string): RegExpExecArray | null {
  for (;;) {
    const m = re.exec(s);
    if (!m) return null;
    const c = s.charCodeAt(m.index - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return m;
    re.lastIndex = m.index + 1;
  }
}

export interface AreaIndex {
  names: string[]; // longest first
  re: RegExp | null;
  pageArea: string;
  // re's matches (start, name) in texts buildAreaIndex read whole, for findAreas to reuse; it lives
  // as long as the index (one page).
  matches?: Map<string, AreaMatches>;
}
export interface AreaMatches {
  starts: number[];
  names: string[];
}
const NO_MATCHES: AreaMatches = { starts: [], names: [] }; // shared: never written to

/** Collect the page's candidate places and choose the page's own area. */
export function buildAreaIndex(title: string, texts: string[], extra: string[] = []): AreaIndex {
  const counts = new Map<string, number>();
  const found = new Set<string>();
  const add = (name: string, weight: number) => {
    const n = name.trim();
    if (!n || NOT_PLACES.has(n) || NOT_PLACES.has(n.split(' ')[0]!) || n.length > 60) return;
    found.add(n);
    counts.set(n, (counts.get(n) ?? 0) + weight);
  };
  const scan = (text: string, weight: number) => {
    const t = text.length > 20000 ? text.slice(0, 20000) : text;
    let m: RegExpExecArray | null;
    // (No cheap pre-test for INSTITUTION_RE: looking for its suffix words costs about as much.)
    INSTITUTION_RE.lastIndex = 0;
    while ((m = INSTITUTION_RE.exec(t))) add(m[1]!, weight * 2);
    PREP_RE.lastIndex = 0;
    while ((m = PREP_RE.exec(t))) {
      const name = m[1]!;
      // "England and Wales" is one area; "Westdale and Rye" is a constituency: keep the pair as written.
      add(name, weight);
      const first = name.split(/ (?:and|&) /)[0]!;
      if (first !== name) add(first, weight);
    }
  };
  for (const e of extra) add(e, 1);
  scan(title, 3);
  let budget = 400_000;
  for (const t of texts) {
    if (budget <= 0) break;
    budget -= t.length;
    scan(t, 1);
  }
  // Known areas mentioned anywhere also count.
  const all = [...new Set([...KNOWN_AREAS, ...found])].sort((a, b) => b.length - a.length);
  // No lookbehind in the regex (it would be tried at every position): nextArea checks the char before.
  const re = all.length ? new RegExp(`(?:${all.map(escapeRe).join('|')})(?![a-z])`, 'g') : null;
  // Count mentions of every candidate to pick the page's own area (local places beat nations).
  const matches = new Map<string, AreaMatches>();
  if (re) {
    const probe = (t: string, w: number) => {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let guard = 0;
      const text = t.length > 20000 ? t.slice(0, 20000) : t;
      let found = NO_MATCHES;
      while ((m = nextArea(re, text)) && guard++ < 2000) {
        if (found === NO_MATCHES) found = { starts: [], names: [] };
        found.starts.push(m.index);
        found.names.push(m[0]);
      }
      // Kept only when they are all of the text's matches (read whole, not cut off by the guard).
      if (!m && text === t) matches.set(t, found);
      for (const name of found.names) counts.set(name, (counts.get(name) ?? 0) + w);
    };
    probe(title, 3);
    let b2 = 200_000;
    for (const t of texts) {
      if (b2 <= 0) break;
      b2 -= t.length;
      probe(t, 1);
    }
  }
  let pageArea = '';
  let best = 0;
  for (const [name, c] of counts) {
    const national = NATIONS.includes(name);
    const score = national ? c * 0.5 : c;
    if (score > best) {
      best = score;
      pageArea = name;
    }
  }
  return { names: all, re, pageArea, matches };
}

export interface AreaSpan {
  start: number;
  end: number;
  name: string;
  local: boolean; // a local place rather than a nation
}

const PRONOUN_AREAS = /\b(?:the|this|our) (?:county|force|borough|city|region|area|district|constabulary|authority|council area)\b|\b(?:my|our) constituency\b|\blocally\b/g;

/** Area mentions in a block, in order; "the county" and "my constituency" resolved. */
export function findAreas(s: string, idx: AreaIndex, speaker: string | undefined): AreaSpan[] {
  const out: AreaSpan[] = [];
  if (!idx.re || s.length > 300_000) return out;
  let m: RegExpExecArray | null;
  let guard = 0;
  const known = idx.matches?.get(s);
  if (known) {
    // buildAreaIndex already found them (at most 2000, under this loop's guard).
    for (let i = 0; i < known.names.length; i++) {
      const name = known.names[i]!;
      const start = known.starts[i]!;
      out.push({ start, end: start + name.length, name, local: !NATIONS.includes(name) });
    }
    guard = known.names.length;
  } else {
    idx.re.lastIndex = 0;
    while ((m = nextArea(idx.re, s)) && guard++ < 5000) {
      out.push({ start: m.index, end: m.index + m[0].length, name: m[0], local: !NATIONS.includes(m[0]) });
    }
  }
  PRONOUN_AREAS.lastIndex = 0;
  const pronouns: AreaSpan[] = [];
  while ((m = PRONOUN_AREAS.exec(s)) && guard++ < 6000) {
    const start = m.index;
    const text = m[0];
    let name = '';
    if (/constituency/.test(text) && speaker) name = constituencyOf(speaker);
    if (!name) {
      // The nearest local place named before it in the block, else the page's area.
      for (let i = out.length - 1; i >= 0; i--) {
        if (out[i]!.start < start && out[i]!.local) {
          name = out[i]!.name;
          break;
        }
      }
    }
    if (!name) name = idx.pageArea;
    if (name) pronouns.push({ start, end: start + text.length, name, local: true });
  }
  if (pronouns.length) {
    out.push(...pronouns);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** "10.32 am — Jane Member (Eastmoor North) (Lab)" → "Eastmoor North". */
export function constituencyOf(speaker: string): string {
  const re = /\(([^()]{2,60})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(speaker))) {
    const c = m[1]!.trim();
    if (/^(Lab|Con|LD|Lib Dem|SNP|PC|DUP|SF|Green|Ind|Reform|Alliance|SDLP|UUP|Lab\/Co-op|Co-op)$/i.test(c)) continue;
    if (/^[A-Z]/.test(c)) return c;
  }
  return '';
}

// Word lists behind the trap rules: numbers that are references, furniture or parts of dates and
// periods, never statistics. Kept as data so new cases are one-line additions.

/** A number right after one of these words is a reference: "section 12", "Vol. 713", "PO Box 412". */
export const REFERENCE_WORDS = new Set([
  'section', 'sections', 'sec', 's', 'ss', 'subsection', 'clause', 'clauses', 'cl', 'amendment', 'amendments',
  'article', 'articles', 'art', 'schedule', 'sch', 'paragraph', 'paragraphs', 'para', 'paras', 'rule', 'rules',
  'regulation', 'regulations', 'reg', 'regs', 'line', 'lines', 'column', 'columns', 'col', 'cols', 'page', 'pages',
  'p', 'pp', 'table', 'tables', 'figure', 'fig', 'chart', 'charts', 'map', 'note', 'notes', 'footnote', 'annex',
  'appendix', 'question', 'questions', 'q', 'item', 'items', 'step', 'steps', 'version', 'v', 'ver', 'no', 'nos',
  'number', 'ref', 'reference', 'case', 'box', 'id', 'code', 'bill', 'hc', 'sitting', 'session', 'volume', 'vol',
  'chapter', 'ch', 'part', 'pt', 'series', 'season', 'episode', 'issue', 'edition', 'room', 'flat', 'unit', 'suite',
  'floor', 'platform', 'gate', 'bus', 'route', 'junction', 'junctions', 'exit', 'tier', 'phase', 'stage', 'grade',
  'class', 'category', 'cat', 'band', 'division', 'level', 'top', 'aged', 'age', 'ages', 'exhibit', 'plot', 'ward',
  'call', 'dial', 'ring', 'telephone', 'tel', 'phone', 'fax', 'mobile', 'helpline', 'textphone', 'freephone',
  'covid', 'windows', 'web', 'iphone', 'galaxy', 'android', 'ios', 'pixel', 'playstation', 'xbox', 'ps', 'chromosome', 'ranked', 'rank', 'position', 'act', 'order', 'lockdown', 'standard',
  'motion', 'amend', 'uin', 'urn', 'crn', 'pnc', 'ni', 'isbn', 'issn', 'doi', 'bed', 'beds', 'bay', 'cell', 'wing', 'berth', 'pitch', 'lane', 'carriage', 'coach', 'seat', 'row', 'recommendation', 'recommendations', 'finding', 'point', 'points', 'principle',
]);

/** Time units: a number before one is a duration. */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades',
]);

/** A duration right after one of these is a period or a limit, not a statistic ("the previous 12 months"). */
export const PERIOD_LEAD = new Set([
  'previous', 'past', 'last', 'next', 'first', 'final', 'within', 'over', 'after', 'before', 'every', 'each',
  'recent', 'coming', 'following', 'initial', 'further', 'additional', 'extra', 'another', 'the', 'those', 'these',
  'in', 'during', 'throughout', 'than', 'until', 'till', 'since', 'from', 'by', 'some', 'few', 'couple', 'all',
]);

/** Verbs after which "for N months" is a sentence or a ban, i.e. a statistic. */
export const SENTENCE_VERBS = new Set([
  'jailed', 'imprisoned', 'sentenced', 'detained', 'banned', 'disqualified', 'remanded', 'locked', 'barred',
  'excluded', 'suspended', 'interned', 'gaoled',
]);

/** After "of": a duration that is itself the statistic ("a sentence of 18 months"). */
export const DURATION_NOUNS = new Set(['sentence', 'term', 'wait', 'delay', 'average', 'ban', 'jail', 'prison', 'detention', 'custody', 'total', 'median', 'mean']);

/** Qualifiers kept apart from the value, longest first. */
export const QUALIFIERS = [
  'no more than', 'no fewer than', 'no less than', 'as many as', 'as few as', 'as much as', 'in excess of', 'upwards of',
  'just over', 'just under', 'well over', 'well under', 'just below', 'just above', 'more than', 'fewer than',
  'less than', 'greater than', 'at least', 'at most', 'up to', 'close to', 'an estimated', 'an average of',
  'nearly', 'almost', 'around', 'about', 'approximately', 'approx', 'roughly', 'some', 'over', 'under', 'below',
  'above', 'circa', 'only', 'just', 'barely', 'between', 'estimated', 'c',
];

/** Units of size and speed that mark a number as furniture or not a count of people/events. */
export const MEASURE_UNITS = new Set(['mg', 'mcg', 'ml', 'mb', 'kb', 'mb', 'gb', 'tb', 'px', 'pt', 'mph', 'kph', 'km', 'kg', 'mm', 'cm', 'ft', 'lb', 'lbs', 'ml', 'kw', 'kwh', 'mw', 'ghz', 'mhz', 'dpi', 'fps']);

/** Words after "a third" etc. that make it an ordinal, not a share ("a third time"). */
export const ORDINAL_NOUNS = new Set([
  'time', 'times', 'party', 'reading', 'round', 'country', 'place', 'way', 'person', 'world', 'sector', 'term',
  'year', 'day', 'week', 'month', 'option', 'attempt', 'child', 'wave', 'lockdown', 'dose', 'vaccine', 'consecutive',
  'successive', 'straight', 'runway', 'bridge', 'stage', 'hour', 'past', 'to', 'century', 'season', 'quarter',
]);

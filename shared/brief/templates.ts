// Templates: what a brief is for. Each sets the title, the ask, the order of sections and which
// comparisons lead the key points.
export const SECTION_NAMES = ['headline', 'key-points', 'chart', 'comparisons', 'checks', 'caveats', 'sources'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const SECTION_TITLES: Record<SectionName, string> = {
  headline: 'Headline figures',
  'key-points': 'Key points',
  chart: 'Incidents and orders',
  comparisons: 'Comparisons',
  checks: 'Checks on stated figures',
  caveats: 'Caveats',
  sources: 'Sources',
};

export interface BriefTemplate {
  name: string;
  label: string;
  title: (area: string) => string;
  ask: (area: string) => string;
  audience: string;
  sections: SectionName[];
  /** Comparison kinds, in the order they lead the key points. */
  lead: string[];
  /** How orders are named in sentences, where the template knows what they are. */
  ordersNoun?: string;
  caveats: string[];
  /** The metrics whose figures the template suggests for a new brief, most important first. */
  metrics: string[];
}

const inArea = (area: string) => (area ? ` in ${area}` : '');

export const TEMPLATES: Record<string, BriefTemplate> = {
  'spo-uptake': {
    name: 'spo-uptake',
    label: 'Stalking Protection Orders uptake',
    title: (area) => `Stalking Protection Orders${inArea(area)}: how often police use them`,
    ask: (area) =>
      `Please ask ${area ? `${area} police` : 'the police'} and the Home Office why so few Stalking Protection Orders are applied for, and press for every stalking victim to be considered for one.`,
    audience: 'Member of Parliament',
    sections: ['headline', 'key-points', 'chart', 'comparisons', 'checks', 'caveats', 'sources'],
    lead: ['per_1000', 'grant_rate', 'change', 'check_rate', 'check_per_1000', 'vs_national', 'league', 'per_order'],
    ordersNoun: 'Stalking Protection Orders',
    caveats: ['Stalking Protection Orders came into force on 20 January 2020, so figures for earlier periods cannot include any.'],
    metrics: ['incidents', 'orders_applied', 'orders_granted', 'charges', 'charge_rate', 'breaches'],
  },
  'stalkers-register': {
    name: 'stalkers-register',
    label: 'Stalkers register',
    title: (area) => `The case for a stalkers register${area ? `: ${area}` : ''}`,
    ask: () => 'Please support a register of serial stalkers, managed like the sex offenders register, so that police can track repeat offenders and protect victims.',
    audience: 'Member of Parliament',
    sections: ['headline', 'key-points', 'comparisons', 'checks', 'chart', 'caveats', 'sources'],
    lead: ['change', 'charge_rate', 'check_rate', 'per_1000', 'grant_rate', 'vs_national'],
    caveats: [],
    metrics: ['incidents', 'charges', 'charge_rate', 'convictions', 'breaches', 'orders_applied', 'orders_granted'],
  },
  'bail-act': {
    name: 'bail-act',
    label: 'Bail Act reform',
    title: (area) => `Bail Act reform: stalking and release on bail${area ? ` (${area})` : ''}`,
    ask: () =>
      'Please support amending the Bail Act 1976 so that courts must weigh a defendant’s history of stalking and abuse, and the victim’s safety, before granting bail.',
    audience: 'Member of Parliament',
    sections: ['headline', 'key-points', 'checks', 'comparisons', 'chart', 'caveats', 'sources'],
    lead: ['charge_rate', 'check_rate', 'change', 'per_1000', 'grant_rate'],
    caveats: [],
    metrics: ['incidents', 'charges', 'charge_rate', 'breaches', 'convictions', 'arrests'],
  },
  blank: {
    name: 'blank',
    label: 'Blank',
    title: (area) => `Figures${area ? ` for ${area}` : ''}`,
    ask: () => '',
    audience: '',
    sections: ['headline', 'key-points', 'comparisons', 'checks', 'chart', 'caveats', 'sources'],
    lead: ['per_1000', 'grant_rate', 'change', 'charge_rate', 'check_rate', 'check_change', 'check_total', 'check_share', 'check_per_1000'],
    caveats: [],
    metrics: [],
  },
};

const ALIASES: Record<string, string> = { spo: 'spo-uptake', register: 'stalkers-register', bail: 'bail-act', standard: 'blank' };

export function templateNames(): string[] {
  return Object.keys(TEMPLATES);
}

/** A template by name (or short alias); throws with the valid names for an unknown one. */
export function getTemplate(name: string): BriefTemplate {
  const t = TEMPLATES[name] ?? TEMPLATES[ALIASES[name] ?? ''];
  if (!t) throw new RangeError(`unknown template "${name}" (choose from ${templateNames().join(', ')})`);
  return t;
}

/** A publisher whose articles the synthetic corpus records. */
export interface Outlet {
  /** As the claim files write `source.outlet`; also its name as an origin. */
  name: string;
  slug: string;
  lean: string;
  language?: string;
  /** How often it covers an event, relative to other outlets. */
  weight: number;
  /** Reprints statements through an intermediary (`via`) more often than local outlets do. */
  international: boolean;
}

function outlet(name: string, slug: string, lean: string, weight: number, international = false, language?: string): Outlet {
  return { name, slug, lean, weight, international, language };
}

/** The outlets of the synthetic corpus: local, regional and international, of every lean. */
export const OUTLETS: readonly Outlet[] = [
  outlet('Rudaw', 'rudaw', 'Kurdistan Region broadcaster', 5),
  outlet('Kurdistan 24', 'kurdistan-24', 'Kurdistan Region broadcaster', 4),
  outlet('North Press Agency', 'north-press', 'local agency close to the SDF', 6),
  outlet('Hawar News Agency', 'hawar-news', 'Autonomous Administration agency', 6, false, 'en'),
  outlet('SANA', 'sana', 'Syrian state news agency', 5, false, 'en'),
  outlet('Enab Baladi', 'enab-baladi', 'Syrian opposition outlet', 5),
  outlet('Al-Monitor', 'al-monitor', 'US-based Middle East news site', 3, true),
  outlet('The Moscow Times', 'moscow-times', 'independent Russian outlet in exile', 2, true),
  outlet('Diyaruna', 'diyaruna', 'US-funded regional news site', 2, true),
  outlet('TASS', 'tass', 'Russian state news agency', 3, true, 'en'),
  outlet('Sputnik', 'sputnik', 'Russian state outlet', 2, true),
  outlet('RT', 'rt', 'Russian state broadcaster', 2, true),
  outlet('Anadolu Agency', 'anadolu', 'Turkish state news agency', 3, true),
  outlet('Daily Sabah', 'daily-sabah', 'pro-government Turkish daily', 2, true),
  outlet('Asharq Al-Awsat', 'asharq-al-awsat', 'Saudi-owned pan-Arab daily', 2, true),
  outlet('Al-Masdar News', 'al-masdar', 'pro-government Syrian site', 2),
  outlet('South Front', 'south-front', 'pro-Russian analysis site', 1, true),
  outlet('Reuters', 'reuters', 'international news agency', 3, true),
  outlet('AFP', 'afp', 'international news agency', 3, true),
  outlet('Associated Press', 'associated-press', 'international news agency', 2, true),
  outlet('Syria Direct', 'syria-direct', 'independent Syrian outlet', 2),
  outlet('Step News Agency', 'step-news', 'Syrian opposition agency', 2),
  outlet('Zaman al-Wasl', 'zaman-al-wasl', 'Syrian opposition daily', 2),
  outlet('The National', 'the-national', 'Abu Dhabi daily', 1, true),
  outlet('Middle East Eye', 'middle-east-eye', 'London-based news site', 1, true),
  outlet('Xinhua', 'xinhua', 'Chinese state news agency', 1, true),
  outlet('Al-Watan', 'al-watan', 'pro-government Syrian daily', 2, false, 'ar'),
];

/** Intermediaries a reprinted statement passes through (`via`). */
export const INTERMEDIARIES: readonly string[] = ['Al-Monitor', 'AFP', 'Reuters', 'Associated Press', 'local media'];

/** Someone whose statements outlets report (`by`): the origin that independence is counted by. */
export interface Origin {
  /** Canonical name, as the configuration declares it. */
  name: string;
  /** Other ways articles name the same origin; all are declared as aliases. */
  variants: string[];
}

function origin(name: string, ...variants: string[]): Origin {
  return { name, variants };
}

/** Origins of statements in the region; several are also outlets (SANA, Hawar News Agency, North Press Agency). */
export const ORIGINS = {
  sohr: origin('SOHR', 'Syrian Observatory for Human Rights', 'the UK-based monitor group', 'the Britain-based war monitor'),
  sana: origin('SANA', 'Syrian Arab News Agency', 'state news agency SANA'),
  coalition: origin('Global Coalition', 'US-led coalition', 'CJTF-OIR', 'Col. James Harlan (Global Coalition)'),
  ruMod: origin('Russian Ministry of Defence', 'Russian Defence Ministry', 'Russian MoD'),
  sdf: origin('SDF', 'Syrian Democratic Forces', 'SDF media centre'),
  asayish: origin('Asayish', 'Kurdish internal security forces'),
  trMod: origin('Turkish Ministry of National Defence', 'Turkish Defence Ministry', 'Turkish MoD'),
  hawar: origin('Hawar News Agency', 'ANHA', 'Hawar news agency ANHA'),
  northPress: origin('North Press Agency', 'North Press', 'NPA'),
  redCrescent: origin('Kurdish Red Crescent', 'Heyva Sor a Kurd'),
  amaq: origin('Amaq', 'Amaq News Agency', 'ISIS-affiliated Amaq agency'),
  pentagon: origin('US Department of Defense', 'Pentagon', 'US Defense Department'),
  stateDept: origin('US State Department', 'State Department', 'Ambassador Dana Ross (US State Department)'),
  activist: origin('Delil Hasso', 'activist Delil Hasso', 'Delil Hasso (local activist)'),
  neNetwork: origin('North-eastern Syria Network', 'NE Syria Network'),
  civilDefence: origin('Civil Defence in al-Hasakah', 'al-Hasakah civil defence', 'local civil defence teams'),
  sna: origin('Syrian National Army', 'SNA', 'Turkish-backed Syrian National Army'),
  kremlin: origin('Kremlin', 'Kremlin spokesman Ilya Petrov', 'the Russian presidency'),
} as const satisfies Record<string, Origin>;

/** The key of an origin in `ORIGINS`. */
export type OriginKey = keyof typeof ORIGINS;

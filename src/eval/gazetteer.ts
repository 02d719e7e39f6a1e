import { slugify } from './slug.js';

/** The districts of the synthetic region (al-Hasakah province, north-east Syria). */
export type DistrictId =
  | 'qamishli' | 'derik' | 'hasakah' | 'tal-tamr' | 'ras-al-ayn' | 'amuda' | 'darbasiyah' | 'shaddadi' | 'yarubiyah';

/** A place events happen at, with the ways writers spell and name it. */
export interface Place {
  id: string;
  /** The name the configuration uses as canonical. */
  name: string;
  kind: 'town' | 'village';
  district: DistrictId;
  /** Transliterations close enough in writing that fuzzy matching can meet them. */
  spellings: string[];
  /** Different names for the same place (Kurdish/Arabic): only a declared alias joins them. */
  otherNames: string[];
  /** How often events happen here, relative to other places. */
  weight: number;
  /** A nearby village with a similar-sounding name: a different place. */
  sibling?: string;
}

/** How writers locate a village in its district: "X, al-Qamishli countryside". */
export const DISTRICT_TAILS: Record<DistrictId, readonly string[]> = {
  qamishli: ['al-Qamishli countryside', 'Qamishli countryside', 'rural al-Qamishli', 'the countryside of Qamishli'],
  derik: ['Derik countryside', 'al-Malikiyah countryside', 'rural Derik'],
  hasakah: ['al-Hasakah countryside', 'Hasakeh countryside', 'rural al-Hasakah'],
  'tal-tamr': ['Tal Tamr countryside', 'rural Tal Tamr', 'Tel Tamer countryside'],
  'ras-al-ayn': ['Ras al-Ayn countryside', 'rural Ras al-Ain', 'Serêkaniyê countryside'],
  amuda: ['Amuda countryside', 'rural Amuda'],
  darbasiyah: ['al-Darbasiyah countryside', 'Darbasiyah countryside'],
  shaddadi: ['al-Shaddadi countryside', 'southern al-Hasakah countryside'],
  yarubiyah: ['al-Yarubiyah countryside', 'rural al-Yarubiyah'],
};

/** Province-level tails, for towns. */
export const PROVINCE_TAILS: readonly string[] = ['al-Hasakah province', 'Hasaka province', 'north-east Syria'];

function town(name: string, district: DistrictId, spellings: string[], otherNames: string[] = [], weight = 4): Place {
  return { id: slugify(name), name, kind: 'town', district, spellings, otherNames, weight };
}

function village(name: string, district: DistrictId, spellings: string[], sibling?: string): Place {
  return { id: slugify(name), name, kind: 'village', district, spellings, otherNames: [], weight: 1, sibling };
}

/** The places of the region: towns with their other names, and villages with their spellings. */
export const GAZETTEER: readonly Place[] = [
  town('al-Qamishli', 'qamishli', ['Qamishli', 'Qamishlo', 'Kamishli', 'al-Qamishly'], [], 6),
  town('Derik', 'derik', ['Dêrik', 'Dirik'], ['al-Malikiyah', 'al-Malakiya', 'Malikiyah'], 6),
  town('Amuda', 'amuda', ['Amude', 'Amouda', 'Amudah']),
  town('al-Darbasiyah', 'darbasiyah', ['Darbasiyah', 'al-Derbasiyah', 'Darbasiyeh'], ['Dirbêsiyê']),
  town('Ras al-Ayn', 'ras-al-ayn', ['Ras al-Ain', "Ra's al-Ayn", 'Ras el-Ain'], ['Serêkaniyê', 'Serekaniye'], 5),
  town('Tal Tamr', 'tal-tamr', ['Tel Tamer', 'Tell Tamr', 'Tal Tamer', 'Til Temir'], [], 6),
  town('al-Hasakah', 'hasakah', ['Hasakeh', 'Hassakeh', 'al-Hasaka', 'Hasaka'], ['Hesîçe'], 5),
  town('al-Qahtaniyah', 'qamishli', ['Qahtaniya', 'al-Qahtaniya', 'Qahtaniyeh'], ['Tirbespiyê', 'Tirbe Spiye']),
  town('al-Jawadiyah', 'derik', ['Jawadiya', 'al-Jawadiya', 'Jawadiyeh'], ['Çil Axa', 'Chil Agha'], 3),
  town('al-Yarubiyah', 'yarubiyah', ['Yarubiyah', 'al-Yaarubiyah', 'Yaroubia'], ['Tal Kocher', 'Til Koçer']),
  town('Rmelan', 'derik', ['Rumeilan', 'Rimelan', 'Rumaylan'], [], 3),
  town('al-Maabadah', 'derik', ['Maabadah', "al-Ma'bada", 'Maabada'], ['Girkê Legê', 'Girke Lege'], 3),
  town('Tal Brak', 'hasakah', ['Tell Brak', 'Til Brak', 'Tal Barak'], [], 3),
  town('al-Shaddadi', 'shaddadi', ['Shaddadi', 'al-Shadadi', 'Shaddadeh'], [], 4),
  town('al-Hol', 'hasakah', ['al-Hawl', 'Hol', 'al-Houl'], [], 4),
  town('Markada', 'shaddadi', ['Markadah', 'Marqada'], [], 2),
  town('Abu Rasin', 'ras-al-ayn', ['Abu Rassin', 'Abou Rasain'], ['Zirgan', 'Zarkan'], 3),
  town('Tal Hamis', 'qamishli', ['Tel Hamis', 'Til Hemis', 'Tal Hamees'], [], 2),
  // al-Qamishli countryside
  village('Khirbet Amo', 'qamishli', ['Khirbat Ammu', 'Xirbet Emo', 'Khirbet Ammo']),
  village('Tal Hamid', 'qamishli', ['Tel Hamid', 'Til Hemid'], 'tal-hamis'),
  village('Hamo', 'qamishli', ['Hamu', 'Hemo', 'Hammo']),
  village('al-Dugha', 'qamishli', ['Dugha', 'ad-Dugha', 'al-Doghah']),
  village('al-Hilaliyah', 'qamishli', ['Hilaliya', 'al-Hilaliya', 'Hilaliyeh']),
  village('Tal Dhahab', 'qamishli', ['Tel Dahab', 'Tal Zahab']),
  village('Khirbet al-Shair', 'qamishli', ["Khirbat al-Sha'ir", 'Kherbet Shair']),
  village('Jarmez', 'qamishli', ['Jermez', 'Jarmiz']),
  village('Umm Hajar', 'qamishli', ['Um Hajar', 'Umm Hejer'], 'umm-hajra'),
  village('Umm Hajra', 'qamishli', ['Um Hajra', 'Umm Hejra'], 'umm-hajar'),
  village("Tal Ma'ruf", 'qamishli', ['Tel Maruf', 'Tal Maaruf']),
  village('Dayr Ghusn', 'qamishli', ['Deir Ghusn', 'Dair Ghosn']),
  village('Dirouna Agha', 'qamishli', ['Darouna Agha', 'Derûna Axa']),
  // Derik countryside
  village('Qasr al-Dib', 'derik', ['Qasir al-Dib', 'Qesirdib', 'Qasr Dib', 'Qeser Dib']),
  village('Ain Diwar', 'derik', ['Ayn Diwar', 'Eyn Diwar', 'Ein Diwar'], 'ain-dara'),
  village('Ain Dara', 'derik', ['Ayn Dara', 'Ein Dara'], 'ain-diwar'),
  village('Semalka', 'derik', ['Simalka', 'Sêmalka', 'Semelka']),
  village('Ain al-Khadra', 'derik', ['Ayn al-Khadra', 'Ein Khadra']),
  village('Qarachok', 'derik', ['Qarachox', 'Qereçox', 'Karachok']),
  village('Tal Adas', 'derik', ['Tel Adas', 'Til Edes']),
  village('Tal Khanzir', 'derik', ['Tel Khinzir', 'Tal Khanzeer']),
  village('Umm al-Rabi', 'derik', ['Um al-Rabi', 'Umm Rabie']),
  village('Tal Ward', 'derik', ['Tel Ward', 'Til Werd']),
  // al-Hasakah countryside
  village('Tal Baydar', 'hasakah', ['Tel Beydar', 'Tal Bidar', 'Til Beydar']),
  village('Tal Tawil', 'hasakah', ['Tel Tawil', 'Tal Taweel']),
  village('al-Dawudiyah', 'hasakah', ['Dawudiya', 'al-Daoudiyah']),
  village('Umm Madfa', 'hasakah', ['Um Madfa', 'Umm Medfa']),
  village('Ghwayran', 'hasakah', ['Ghuwayran', 'Ghweiran', 'Ghweran']),
  village('Umm Hujayra', 'hasakah', ['Umm Hujaira', 'Um Hajeira']),
  village('Tal Majdal', 'hasakah', ['Tel Majdal', 'Tal Mejdel']),
  village('Kawkab', 'hasakah', ['Kowkab', 'Kaukab']),
  village('al-Arishah', 'hasakah', ['Arisha', 'al-Areesha', 'al-Arisha']),
  // Tal Tamr countryside
  village('Umm al-Kayf', 'tal-tamr', ['Um al-Keif', 'Umm Kaif', 'Umm al-Kaif'], 'umm-al-khayr'),
  village('Umm al-Khayr', 'tal-tamr', ['Um al-Kheir', 'Umm Khair'], 'umm-al-kayf'),
  village('Tal Shamiran', 'tal-tamr', ['Tel Shamiran', 'Til Shemiran']),
  village('Tal Nasri', 'tal-tamr', ['Tel Nasri', 'Tal Nasry'], 'tal-nasir'),
  village('Tal Nasir', 'tal-tamr', ['Tel Nasir', 'Tal Naseer'], 'tal-nasri'),
  village("Tal Jum'a", 'tal-tamr', ['Tel Jumaa', 'Tal Jumah']),
  village('Tal Hurmiz', 'tal-tamr', ['Tel Hormizd', 'Tal Hermez']),
  village('Qabr Shamiyah', 'tal-tamr', ['Qabr Shamiya', 'Qebr Shamiye']),
  village('Tal Kifji', 'tal-tamr', ['Tel Kefji', 'Tal Kefjy']),
  village('Bab al-Khayr', 'tal-tamr', ['Bab al-Kheir', 'Bab Khair']),
  village('al-Dardara', 'tal-tamr', ['Dardara', 'Derdara']),
  village('Tal Ruman', 'tal-tamr', ['Tel Rumman', 'Tal Roman']),
  // Ras al-Ayn countryside
  village('al-Manajir', 'ras-al-ayn', ['Manajir', 'al-Menajir']),
  village('Tal Halaf', 'ras-al-ayn', ['Tel Halaf', 'Tell Halaf']),
  village('Alouk', 'ras-al-ayn', ['Aluk', 'Alok']),
  village('al-Asadiyah', 'ras-al-ayn', ['Asadiya', 'al-Assadiyah']),
  village('Tal Arqam', 'ras-al-ayn', ['Tel Arqam', 'Tal Arkam']),
  village('Mabrouka', 'ras-al-ayn', ['Mabruka', 'al-Mabrouka']),
  village('Umm Ashba', 'ras-al-ayn', ['Um Ashba', 'Umm Eshba']),
  village('al-Salihiyah', 'ras-al-ayn', ['Salihiya', 'al-Salhiyeh']),
  // Amuda and al-Darbasiyah countryside
  village('Tal Fara', 'amuda', ['Tel Fara', "Tal Far'a"]),
  village('Khirbet Ghazal', 'amuda', ['Khirbat Ghazal', 'Kherbet Gazal'], 'khirbet-ghazi'),
  village('Khirbet Ghazi', 'amuda', ['Khirbat Ghazi', 'Kherbet Gazi'], 'khirbet-ghazal'),
  village('Umm Jarrah', 'amuda', ['Um Jarrah', 'Umm Jerah']),
  village('Bir Hasan', 'darbasiyah', ['Beer Hasan', 'Bir Hassan']),
  village('Tal Ahmar', 'darbasiyah', ['Tel Ahmar', 'Tal Ehmer']),
  village('Mazraat Salim', 'darbasiyah', ['Mezraat Salim', 'Mazraa Salem']),
  // al-Shaddadi and al-Yarubiyah countryside
  village('al-Jabsa', 'shaddadi', ['Jabsa', 'al-Jebsa']),
  village('al-Dashishah', 'shaddadi', ['Dashisha', 'al-Deshishe']),
  village('Tal Alo', 'yarubiyah', ['Tel Alo', 'Til Elo'], 'tal-ali'),
  village('Tal Ali', 'yarubiyah', ['Tel Ali', 'Til Eli'], 'tal-alo'),
  village('al-Mashquq', 'yarubiyah', ['Mashquq', 'al-Mashouq']),
];

const BY_ID = new Map(GAZETTEER.map((place) => [place.id, place]));

/** The place with this id; throws on an unknown id (a bug in the caller). */
export function placeById(id: string): Place {
  const place = BY_ID.get(id);
  if (!place) throw new Error(`gazetteer: no place with id "${id}"`);
  return place;
}

/** The similar-sounding neighbour of a place, if it has one (the relation goes both ways). */
export function siblingOf(place: Place): Place | undefined {
  return SIBLINGS.get(place.id);
}

const SIBLINGS = new Map<string, Place>();
for (const place of GAZETTEER) {
  if (!place.sibling) continue;
  SIBLINGS.set(place.id, placeById(place.sibling));
  SIBLINGS.set(place.sibling, place);
}

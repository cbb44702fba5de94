/**
 * Words for synthetic names, in the three languages the real dataset uses, so generated laws
 * look like the real ones to the full-text index (three analysers, similar lengths).
 * `about` is the form that follows "on" in a title: "Law on education", «Закон об образовании»,
 * «Білім туралы заң».
 */
export interface Topic {
  en: string;
  ru: string;
  kk: string;
}

export const TOPICS: readonly Topic[] = [
  { en: 'education', ru: 'об образовании', kk: 'Білім' },
  { en: 'health care', ru: 'об охране здоровья', kk: 'Денсаулық сақтау' },
  { en: 'the rights of the child', ru: 'о правах ребенка', kk: 'Баланың құқықтары' },
  { en: 'marriage and the family', ru: 'о браке и семье', kk: 'Неке және отбасы' },
  { en: 'social protection', ru: 'о социальной защите', kk: 'Әлеуметтік қорғау' },
  { en: 'persons with disabilities', ru: 'о лицах с инвалидностью', kk: 'Мүгедектігі бар адамдар' },
  { en: 'juvenile justice', ru: 'о ювенальной юстиции', kk: 'Ювеналдық әділет' },
  { en: 'the prevention of domestic violence', ru: 'о профилактике бытового насилия', kk: 'Тұрмыстық зорлық-зомбылықтың алдын алу' },
  { en: 'labour', ru: 'о труде', kk: 'Еңбек' },
  { en: 'civil registration', ru: 'о регистрации актов гражданского состояния', kk: 'Азаматтық хал актілерін тіркеу' },
  { en: 'adoption and guardianship', ru: 'об усыновлении и опеке', kk: 'Бала асырап алу және қорғаншылық' },
  { en: 'youth policy', ru: 'о молодежной политике', kk: 'Жастар саясаты' },
  { en: 'culture and sport', ru: 'о культуре и спорте', kk: 'Мәдениет және спорт' },
  { en: 'migration', ru: 'о миграции населения', kk: 'Халықтың көші-қоны' },
  { en: 'citizenship', ru: 'о гражданстве', kk: 'Азаматтық' },
  { en: 'mass media', ru: 'о средствах массовой информации', kk: 'Бұқаралық ақпарат құралдары' },
  { en: 'public health insurance', ru: 'об обязательном медицинском страховании', kk: 'Міндетті әлеуметтік медициналық сақтандыру' },
  { en: 'combating human trafficking', ru: 'о противодействии торговле людьми', kk: 'Адам саудасына қарсы іс-қимыл' },
  { en: 'special social services', ru: 'о специальных социальных услугах', kk: 'Арнаулы әлеуметтік қызметтер' },
  { en: 'housing relations', ru: 'о жилищных отношениях', kk: 'Тұрғын үй қатынастары' },
];

export const INSTITUTION_NAMES: readonly Topic[] = [
  { en: 'Ministry of Education', ru: 'Министерство просвещения', kk: 'Оқу-ағарту министрлігі' },
  { en: 'Ministry of Health', ru: 'Министерство здравоохранения', kk: 'Денсаулық сақтау министрлігі' },
  {
    en: 'Ministry of Labour and Social Protection',
    ru: 'Министерство труда и социальной защиты',
    kk: 'Еңбек және әлеуметтік қорғау министрлігі',
  },
  { en: 'Ministry of Justice', ru: 'Министерство юстиции', kk: 'Әділет министрлігі' },
  { en: 'Ministry of Internal Affairs', ru: 'Министерство внутренних дел', kk: 'Ішкі істер министрлігі' },
  { en: 'Commissioner for the Rights of the Child', ru: 'Уполномоченный по правам ребенка', kk: 'Бала құқықтары жөніндегі уәкіл' },
  { en: 'Committee for the Protection of Children', ru: 'Комитет по охране прав детей', kk: 'Балалардың құқықтарын қорғау комитеті' },
  { en: 'Supreme Court', ru: 'Верховный суд', kk: 'Жоғарғы Сот' },
  { en: 'Prosecutor General', ru: 'Генеральная прокуратура', kk: 'Бас прокуратура' },
  { en: 'National Statistics Bureau', ru: 'Бюро национальной статистики', kk: 'Ұлттық статистика бюросы' },
];

export const INSTITUTION_TYPES = ['MINISTRY', 'COMMITTEE', 'OMBUDSMAN', 'COURT', 'PROSECUTION', 'AGENCY', 'NGO'] as const;

export const SOURCE_TYPES = ['OFFICIAL_REGISTER', 'UN_DOCUMENT', 'ACADEMIC', 'NEWS', 'NGO', 'GOVERNMENT'] as const;

/** CRC articles that real States' laws implement most often (non-discrimination, best interests, ...). */
export const POPULAR_ARTICLES = [2, 3, 6, 12, 19, 24, 27, 28, 32, 34, 40] as const;
/** The substantive articles of the CRC: the ones a domestic law can implement. */
export const SUBSTANTIVE_ARTICLES = 41;

// General news-English knowledge the drafter relies on: countries with their demonyms and
// capitals, regions, well-known institutions and the buildings that stand for them, titles that
// precede names, and the words that make a name an organisation. Not tied to any one story.

export interface CountryEntry { name: string; aliases?: string[]; demonyms: string[]; capital?: string }

export const COUNTRIES: CountryEntry[] = [
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'the United States', 'the U.S.'], demonyms: ['American', 'Americans'], capital: 'Washington' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC', 'mainland China'], demonyms: ['Chinese'], capital: 'Beijing' },
  { name: 'Taiwan', aliases: ['Republic of China', 'ROC'], demonyms: ['Taiwanese'], capital: 'Taipei' },
  { name: 'Japan', demonyms: ['Japanese'], capital: 'Tokyo' },
  { name: 'South Korea', aliases: ['Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans'], capital: 'Seoul' },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean', 'North Koreans'], capital: 'Pyongyang' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capital: 'Moscow' },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British'], capital: 'London' },
  { name: 'France', demonyms: ['French'], capital: 'Paris' },
  { name: 'Germany', demonyms: ['German', 'Germans'], capital: 'Berlin' },
  { name: 'India', demonyms: ['Indian', 'Indians'], capital: 'New Delhi' },
  { name: 'Pakistan', demonyms: ['Pakistani'], capital: 'Islamabad' },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capital: 'Colombo' },
  { name: 'Maldives', aliases: ['the Maldives'], demonyms: ['Maldivian'], capital: 'Male' },
  { name: 'Indonesia', demonyms: ['Indonesian'], capital: 'Jakarta' },
  { name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'], capital: 'Hanoi' },
  { name: 'Philippines', aliases: ['the Philippines'], demonyms: ['Filipino', 'Philippine'], capital: 'Manila' },
  { name: 'Malaysia', demonyms: ['Malaysian'], capital: 'Kuala Lumpur' },
  { name: 'Singapore', demonyms: ['Singaporean'] },
  { name: 'Thailand', demonyms: ['Thai'], capital: 'Bangkok' },
  { name: 'Australia', demonyms: ['Australian', 'Australians'], capital: 'Canberra' },
  { name: 'New Zealand', demonyms: ['New Zealander'], capital: 'Wellington' },
  { name: 'Canada', demonyms: ['Canadian', 'Canadians'], capital: 'Ottawa' },
  { name: 'Mexico', demonyms: ['Mexican', 'Mexicans'], capital: 'Mexico City' },
  { name: 'Brazil', demonyms: ['Brazilian'], capital: 'Brasilia' },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], capital: 'Kyiv' },
  { name: 'Iran', demonyms: ['Iranian', 'Iranians'], capital: 'Tehran' },
  { name: 'Iraq', demonyms: ['Iraqi', 'Iraqis'], capital: 'Baghdad' },
  { name: 'Israel', demonyms: ['Israeli', 'Israelis'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi'], capital: 'Riyadh' },
  { name: 'Turkey', demonyms: ['Turkish'], capital: 'Ankara' },
  { name: 'Egypt', demonyms: ['Egyptian'], capital: 'Cairo' },
  { name: 'South Africa', demonyms: ['South African'], capital: 'Pretoria' },
  { name: 'Nigeria', demonyms: ['Nigerian'], capital: 'Abuja' },
  { name: 'Italy', demonyms: ['Italian'], capital: 'Rome' },
  { name: 'Spain', demonyms: ['Spanish'], capital: 'Madrid' },
  { name: 'Poland', demonyms: ['Polish'], capital: 'Warsaw' },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], capital: 'Naypyidaw' },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capital: 'Dhaka' },
  { name: 'Nepal', demonyms: ['Nepali', 'Nepalese'], capital: 'Kathmandu' },
  { name: 'Afghanistan', demonyms: ['Afghan'], capital: 'Kabul' },
  { name: 'Syria', demonyms: ['Syrian'], capital: 'Damascus' },
  { name: 'Cambodia', demonyms: ['Cambodian'], capital: 'Phnom Penh' },
  { name: 'Laos', demonyms: ['Laotian'], capital: 'Vientiane' },
  { name: 'Mongolia', demonyms: ['Mongolian'], capital: 'Ulaanbaatar' },
];

/** Cities that are not capitals but appear in datelines and as places. */
export const CITIES = ['Hong Kong', 'Shanghai', 'Kaohsiung', 'Taichung', 'Osaka', 'Mumbai', 'New York', 'Los Angeles', 'San Francisco', 'Geneva', 'Brussels', 'Sydney', 'Ho Chi Minh City', 'Busan', 'Dubai'];

export const REGIONS = [
  'South China Sea', 'East China Sea', 'Taiwan Strait', 'Indo-Pacific', 'Asia-Pacific', 'Middle East', 'Southeast Asia', 'South Asia',
  'East Asia', 'Central Asia', 'Europe', 'Asia', 'Africa', 'Latin America', 'Pacific', 'Indian Ocean', 'Persian Gulf', 'Korean Peninsula',
  'Arctic', 'Balkans', 'Sahel', 'Black Sea', 'Baltic Sea', 'Mediterranean', 'Red Sea', 'Gulf of Aden', 'Strait of Hormuz',
];

/** Buildings and seats that stand for an institution or government (metonymy). */
export const METONYMS: { surface: string; label: string; type: 'organization' | 'country'; country?: string }[] = [
  { surface: 'Pentagon', label: 'United States Department of Defense', type: 'organization', country: 'United States' },
  { surface: 'White House', label: 'Executive Office of the President of the United States', type: 'organization', country: 'United States' },
  { surface: 'Kremlin', label: 'Russia', type: 'country' },
  { surface: 'Downing Street', label: 'United Kingdom', type: 'country' },
  { surface: 'Zhongnanhai', label: 'China', type: 'country' },
  { surface: 'Foggy Bottom', label: 'United States Department of State', type: 'organization', country: 'United States' },
];

/** News agencies and well-known news organisations (often cited as channels). */
export const NEWS_AGENCIES = ['Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Xinhua', 'Kyodo', 'Yonhap', 'Bloomberg', 'CNA', 'Central News Agency', 'TASS', 'BBC', 'CNN', 'Global Times', 'Taiwan News', 'Focus Taiwan', 'The New York Times', 'The Washington Post', 'Nikkei', 'South China Morning Post'];

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = [
  'Ministry', 'Department', 'Agency', 'Office', 'Council', 'Committee', 'Commission', 'Army', 'Navy', 'Air Force', 'Coast Guard', 'Party',
  'Parliament', 'Congress', 'Senate', 'Assembly', 'Bureau', 'Administration', 'Corporation', 'Company', 'Inc', 'Ltd', 'Group', 'Bank',
  'University', 'Institute', 'Association', 'Organization', 'Organisation', 'Union', 'Command', 'Forces', 'Court', 'News', 'Times',
  'Post', 'Journal', 'Press', 'Cabinet', 'Yuan', 'Foundation', 'Fund', 'Alliance', 'Federation', 'Service', 'Guard',
];

/**
 * Titles that precede a name ("Secretary of State Mike Pompeo", "Gen. Mark Milley"): longest
 * first; each may be preceded by a country's demonym or "defense ministry" style descriptors.
 */
export const TITLES = [
  'Secretary of State', 'Secretary of Defense', 'Secretary of Defence', 'Secretary of the Treasury', 'Secretary of Homeland Security',
  'Secretary-General', 'Secretary General', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Secretary',
  'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Deputy Minister', 'Minister',
  'Vice President', 'President', 'Premier', 'Vice Premier', 'Chancellor', 'Chairman', 'Chairwoman', 'Chair', 'Speaker', 'Governor', 'Mayor',
  'Ambassador', 'Envoy', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Gov.', 'General', 'Gen.', 'Admiral', 'Adm.', 'Lt. Gen.', 'Maj. Gen.',
  'Col.', 'Colonel', 'Captain', 'Capt.', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Director', 'Commander', 'Chief',
  'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.',
];

/** Titles whose office is in a well-known institution of a country (for holds_office drafts). */
export const TITLE_OFFICES: Record<string, { label: string; type: 'organization' | 'country'; ofCountry?: boolean }> = {
  'Secretary of State': { label: 'United States Department of State', type: 'organization' },
  'Secretary of Defense': { label: 'United States Department of Defense', type: 'organization' },
  'Secretary of Defence': { label: 'United States Department of Defense', type: 'organization' },
  'Defense Secretary': { label: 'United States Department of Defense', type: 'organization' },
  'Secretary of the Treasury': { label: 'United States Department of the Treasury', type: 'organization' },
  President: { label: '', type: 'country', ofCountry: true },
  'Prime Minister': { label: '', type: 'country', ofCountry: true },
  Premier: { label: '', type: 'country', ofCountry: true },
};

/** The country a title implies when none is named (US cabinet titles). */
export const TITLE_COUNTRY: Record<string, string> = {
  'Secretary of State': 'United States', 'Secretary of Defense': 'United States', 'Secretary of Defence': 'United States', 'Defense Secretary': 'United States', 'Secretary of the Treasury': 'United States',
};

/** Capitalised words that start sentences or headlines but name nothing. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'When', 'While', 'After', 'Before', 'Since', 'If', 'As', 'For', 'With', 'From', 'To',
  'By', 'Of', 'Also', 'However', 'Meanwhile', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Photo', 'Reuters photo',
  'Two', 'One', 'Three', 'Some', 'Many', 'Both', 'Each', 'All', 'No', 'Not', 'Yes', 'According', 'Under', 'Over', 'Amid', 'During',
]);

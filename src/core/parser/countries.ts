// Country names as place lines print them after a city ("Geneva, Switzerland", "Москва, Россия"),
// so that the city, not the country, is the place.

const NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Brunei Darussalam|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|People's Republic of China|Colombia|Comoros|
Congo|Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Republic of Korea|South Korea|North Korea|Kuwait|Kyrgyzstan|Laos|Lao PDR|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|
Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|
United Arab Emirates|UAE|United Kingdom|UK|United States|United States of America|USA|U.S.A.|Uruguay|Uzbekistan|Vanuatu|
Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Россия|Российская Федерация|Китай|Франция|Германия|Швейцария|США|Индия|
Бразилия|Турция|Казахстан|Белоруссия|Беларусь|Узбекистан|Малайзия|Индонезия|Вьетнам|ЮАР|Египет|Иран|Сирия|Сербия|Италия|
España|México|Argentine|Mexique|Suisse|Allemagne|Espagne|Chine|Russie|Belgique|Brésil|Brasil|Estados Unidos|Francia|Alemania|
Suiza|Rusia|Perú|Panamá|Colombie|Pérou|Royaume-Uni|Reino Unido|Canadá|Japon|Japón|Inde|Égypte|Maroc|Sénégal|Côte d’Ivoire`;

const COUNTRIES = new Set(NAMES.replace(/\n/g, '').split('|').map((n) => n.toLowerCase()));

export function isCountry(text: string): boolean {
  return COUNTRIES.has(text.trim().replace(/[.]$/, '').toLowerCase());
}

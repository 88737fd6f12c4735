"""Place names (GeoNames, CC BY 4.0) for telling an imprint's place from its house.

`data/places.txt` lists cities of population >= 100,000 (with their accent-free and
Latin-script alternate names), countries and US states, one-word names that are common
English words left out; `bench/places_build.py` builds it. It is read once, when an imprint
first needs it, never at import.

GeoNames' alternate names kept are Latin-script ones only, so the Korean cities whose
houses print Korean books are named here in Hangul (`HANGUL_CITIES`): Korean lists end a
book's entry with one (`Title, Publisher, 서울.`).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Seoul and the cities of Korea's publishing houses (Paju's Book City above all), as
# Korean lists print them after a publisher.
HANGUL_CITIES = frozenset({
    "서울", "파주", "부산", "대구", "인천", "광주", "대전", "울산", "수원", "고양", "성남",
    "과천", "세종", "춘천", "청주", "전주", "포항", "창원", "제주",
})  # fmt: skip


# Cities that publishers' imprints name most, some of them left out of `places()` as
# common words (`Oxford`) or small towns (`Hoboken`, `Ithaca`).
IMPRINT_CITIES = frozenset({
    "New York", "London", "Berlin", "Boston", "Oxford", "Cambridge", "Amsterdam",
    "Philadelphia", "Washington", "Chicago", "Heidelberg", "Hoboken", "San Diego",
    "San Francisco", "Tokyo", "Beijing", "Paris", "Singapore", "Weinheim", "Dordrecht", "Cham",
    "Basel", "Stuttgart", "Leipzig", "Vienna", "Moscow", "Toronto", "Baltimore", "Princeton",
    "New Haven", "Los Angeles", "Orlando", "Burlington", "Shanghai", "Madrid",
    # and those of French, Spanish, Portuguese, Italian, German and Nordic lists' houses
    "Bruxelles", "Brussels", "Lyon", "Genève", "Geneva", "Montréal", "Montreal", "Québec",
    "Zürich", "Zurich", "Wien", "München", "Munich", "Hamburg", "Frankfurt", "Roma", "Rome",
    "Milano", "Milan", "Torino", "Bologna", "Firenze", "Napoli", "Barcelona", "Lisboa",
    "Lisbon", "São Paulo", "Rio de Janeiro", "Buenos Aires", "Bogotá", "Oslo", "Stockholm",
    "Copenhagen", "Helsinki", "Warsaw", "Prague", "Budapest", "Sydney", "Melbourne",
    "New Delhi", "Seoul", "Taipei", "Edinburgh", "Thousand Oaks", "Toulouse", "Bordeaux",
    "Grenoble", "Rennes", "Marseille", "Lille", "Strasbourg", "Louvain",
    # and university presses' towns, and those of Polish and Italian lists' houses
    "Ithaca", "Leiden", "Manchester", "Berkeley", "Chapel Hill", "Ann Arbor", "Minneapolis",
    "Bloomington", "Baton Rouge", "Urbana", "Stanford", "Turin", "Florence", "Venice",
    "Naples", "Padova", "Kraków", "Warszawa", "Poznań", "Wrocław", "Gdańsk", "Łódź",
})  # fmt: skip


# The places of GOST 7.1's imprints (`М. : Наука`): the cities GOST 7.0.12 shortens
# (Moscow, St Petersburg, Leningrad, Rostov-on-Don, Nizhny Novgorod, Minsk, Kyiv) as
# printed, and Russian publishing cities spelled out in Cyrillic, which the Latin-script
# lexicon lacks.
GOST_CITIES = frozenset({
    "М.", "СПб.", "Л.", "Ростов н/Д", "Н. Новгород", "Мн.", "К.", "Москва",
    "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Томск", "Самара",
    "Нижний Новгород", "Ростов-на-Дону", "Воронеж", "Красноярск", "Пермь", "Уфа", "Омск",
    "Иркутск", "Саратов", "Челябинск", "Владивосток", "Ярославль", "Минск", "Киев", "Київ",
    "Харьков", "Алматы", "Ташкент", "Тверь", "Калининград", "Краснодар", "Тюмень",
    "Барнаул", "Волгоград", "Хабаровск", "Белгород", "Курск", "Оренбург", "Ижевск",
})  # fmt: skip


@cache
def places() -> frozenset[str]:
    """Every name of `data/places.txt` (read once per process)."""
    text = files("mmrefs.ingest").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


def is_place(name: str) -> bool:
    """Whether `name` is a city's, a country's or a US state's name."""
    return name in places() or name in HANGUL_CITIES


def known_city(name: str) -> bool:
    """Whether `name` is a place (`is_place`) or a city publishers' imprints name most
    (`IMPRINT_CITIES`, some of them left out of the lexicon as common words)."""
    return is_place(name) or name in IMPRINT_CITIES


# Countries and states printed after a city (`Proceedings of the Example Meeting, Paris,
# France.`, `Book, Cambridge, Massachusetts.`): a place's second piece, no house.
REGION_NAMES = frozenset({
    "France", "Germany", "Italy", "Spain", "Portugal", "Switzerland", "Austria", "Belgium",
    "Netherlands", "Sweden", "Norway", "Denmark", "Finland", "Poland", "Russia", "Greece",
    "England", "Scotland", "UK", "USA", "Canada", "Australia", "Japan", "China", "India",
    "Brazil", "Mexico", "Argentina", "Korea", "Israel", "Turkey", "Iran", "Egypt",
    "Massachusetts", "California", "Maryland", "Pennsylvania", "Illinois", "Connecticut",
    "Virginia", "Texas", "Florida", "Ontario", "Quebec", "Québec", "Bavaria",
    # (and more states, and countries as their own languages name them: a house's name
    # is none of them)
    "Ohio", "Michigan", "Wisconsin", "Minnesota", "Indiana", "Iowa", "Colorado", "Oregon",
    "Arizona", "Utah", "Kansas", "Missouri", "Tennessee", "Kentucky", "Louisiana",
    "Alabama", "Oklahoma", "Nebraska", "Vermont", "Maine", "Delaware", "Georgia",
    "Deutschland", "España", "Italia", "Brasil", "Suisse", "Schweiz", "Österreich",
    "Nederland", "Sverige", "Norge", "Danmark", "Polska", "Türkiye", "Belgique",
})  # fmt: skip


# The US states' and Canadian provinces' postal codes (USPS, Canada Post): printed after a
# city (`Rockville, MD`, `Medford NJ`, `New York (NY)`), they make the pair a place.
STATE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC",
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
})  # fmt: skip


# The countries and territories (ISO 3166's English names) and US states `places()` holds
# beside its cities, those `REGION_NAMES` does not name already; city-states
# (`Singapore`, `Monaco`, `Luxembourg`) are cities too and left out. A name alone after a
# title is a place only when it is a city's: a country's or a state's name alone
# (`Jordan`, `Nevada`, `Niger`) may be a publisher's, a journal's or a person's.
_COUNTRIES_AND_STATES = frozenset({
    "Afghanistan", "Alaska", "Albania", "Algeria", "Angola", "Anguilla", "Antarctica",
    "Antigua and Barbuda", "Arkansas", "Armenia", "Aruba", "Azerbaijan", "Bahamas",
    "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belize", "Benin", "Bermuda", "Bhutan",
    "Bolivia", "Bosnia and Herzegovina", "Botswana", "Bouvet Island",
    "British Indian Ocean Territory", "Brunei", "Bulgaria", "Burkina Faso", "Burundi",
    "Cambodia", "Cameroon", "Carolina", "Cayman Islands", "Christmas Island",
    "Cocos Islands", "Colombia", "Comoros", "Cook Islands", "Costa Rica", "Croatia", "Cuba",
    "Cyprus", "Dominica", "Dominican Republic", "Ecuador", "El Salvador",
    "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Falkland Islands",
    "Faroe Islands", "Fiji", "French Guiana", "French Polynesia", "Gabon", "Gambia",
    "Ghana", "Greenland", "Grenada", "Guadeloupe", "Guam", "Guernsey", "Guinea-Bissau",
    "Guyana", "Haiti", "Hawaii", "Heard Island and McDonald Islands", "Honduras", "Hungary",
    "Iceland", "Idaho", "Indonesia", "Iraq", "Ireland", "Isle of Man", "Jamaica", "Jordan",
    "Kazakhstan", "Kenya", "Kiribati", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
    "Liberia", "Libya", "Liechtenstein", "Lithuania", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Martinique", "Mauritania",
    "Mauritius", "Mayotte", "Micronesia", "Mississippi", "Moldova", "Mongolia", "Montana",
    "Montenegro", "Montserrat", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Nevada", "New Caledonia", "New Hampshire", "New Jersey", "New Mexico", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "Niue", "Norfolk Island", "North Carolina",
    "North Dakota", "North Macedonia", "Northern Mariana Islands", "Oman", "Pakistan",
    "Palau", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Pitcairn",
    "Puerto Rico", "Qatar", "Rhode Island", "Romania", "Rwanda", "Samoa",
    "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
    "South Carolina", "South Dakota", "South Georgia and the South Sandwich Islands",
    "South Sudan", "Sri Lanka", "Sudan", "Suriname", "Svalbard and Jan Mayen", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tokelau", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela", "Vietnam", "Wallis and Futuna", "West Virginia", "Western Sahara",
    "Wyoming", "Yemen", "Zambia", "Zimbabwe",
})  # fmt: skip


def is_city(name: str) -> bool:
    """Whether `name` is a city's name `places()` holds: no country's or US state's
    (`REGION_NAMES`, `_COUNTRIES_AND_STATES`)."""
    return is_place(name) and name not in _COUNTRIES_AND_STATES and name not in REGION_NAMES

#include "redact/fake_names.h"

namespace deskbench::redact::fake {

namespace {

constexpr std::string_view kFirstNames[] = {
    "Aberly",  "Adela",    "Adrian",   "Ailsa",    "Alaric",   "Alden",     "Alina",    "Alisa",
    "Alma",    "Alvar",    "Amara",    "Amelie",   "Anders",   "Anika",     "Ansel",    "Anton",
    "Arden",   "Ariel",    "Arlo",     "Arne",     "Astrid",   "Aurel",     "Avery",    "Axel",
    "Beatrix", "Bela",     "Benedikt", "Berit",    "Bianca",   "Blaise",    "Bodhi",    "Bram",
    "Briar",   "Bronte",   "Caius",    "Calla",    "Calder",   "Camila",    "Carys",    "Casimir",
    "Cato",    "Cecily",   "Celeste",  "Cillian",  "Clara",    "Clement",   "Corin",    "Cosima",
    "Dagny",   "Dalia",    "Damaris",  "Darian",   "Delphine", "Denholm",   "Desmond",  "Dorian",
    "Dulcie",  "Eamon",    "Edda",     "Edric",    "Elif",     "Elio",      "Elodie",   "Elspeth",
    "Emeric",  "Emrys",    "Enzo",     "Esme",     "Evander",  "Ezra",      "Fenna",    "Fenwick",
    "Ferris",  "Fiora",    "Florin",   "Freya",    "Galen",    "Gemma",     "Gideon",   "Greer",
    "Griffin", "Gunnar",   "Halden",   "Hallie",   "Hanne",    "Harlan",    "Hattie",   "Hollis",
    "Ilse",    "Imogen",   "Ines",     "Ingrid",   "Isak",     "Isolde",    "Ivo",      "Jansen",
    "Jaro",    "Jessamy",  "Joris",    "Juno",     "Kaia",     "Kasimir",   "Keelan",   "Kerensa",
    "Kestrel", "Kira",     "Konrad",   "Lark",     "Lasse",    "Leander",   "Lenna",    "Leocadia",
    "Linnea",  "Lior",     "Lorcan",   "Lucan",    "Lumi",     "Lysander",  "Mabry",    "Madoc",
    "Maelle",  "Maren",    "Marit",    "Marlo",    "Matthis",  "Mila",      "Mireille", "Moira",
    "Nalani",  "Nell",     "Nico",     "Niamh",    "Nils",     "Noor",      "Odile",    "Olan",
    "Oriel",   "Orla",     "Osric",    "Otto",     "Paloma",   "Peregrine", "Petra",    "Quill",
    "Quinta",  "Rafferty", "Ravi",     "Reinhold", "Remy",     "Rhea",      "Ronan",    "Rosalind",
    "Rune",    "Sabine",   "Saoirse",  "Selma",    "Seren",    "Silas",     "Solveig",  "Soren",
    "Stellan", "Sunniva",  "Tamsin",   "Tarquin",  "Teodor",   "Thea",      "Thorne",   "Tilda",
    "Tobin",   "Torin",    "Ulla",     "Una",      "Valko",    "Vesna",     "Viggo",    "Vilja",
    "Wren",    "Xanthe",   "Yara",     "Ysolde",   "Zelda",    "Zephyr",    "Zora",     "Anselm",
    "Brielle", "Callum",   "Dervla",   "Eben",     "Fern",     "Gwilym",    "Honor",    "Inigo",
    "Jolie",   "Kit",      "Laurel",   "Merritt",  "Nerys",    "Oona",      "Pim",      "Rosamund",
    "Sidony",  "Tamar",    "Ulric",    "Verity",   "Wystan",   "Yvo",       "Zinnia",   "Maria",
    "Peter",   "Elena",    "Tomas",    "Laura",    "Daniel",   "Nora",      "Felix",
};

constexpr std::string_view kSurnames[] = {
    "Abernathy",    "Ackerly",    "Alderwood",   "Ambrose",     "Arkwright",   "Ashcombe",
    "Aubergine",    "Avenell",    "Bancroft",    "Barlowe",     "Bellamy",     "Birchall",
    "Blackwood",    "Blythe",     "Bramwell",    "Brightwater", "Brockley",    "Burwell",
    "Caddick",      "Calloway",   "Carrow",      "Castellane",  "Chadwick",    "Claymore",
    "Colbeck",      "Cornwell",   "Crestwood",   "Dalgleish",   "Darrow",      "Delacourt",
    "Denholme",     "Drummond",   "Dunmore",     "Easterby",    "Eldridge",    "Elsworth",
    "Endicott",     "Fairbanks",  "Falkner",     "Farrow",      "Fenwick",     "Fielding",
    "Foxley",       "Galloway",   "Garrick",     "Gilchrist",   "Glenmore",    "Goodwin",
    "Greystone",    "Hadley",     "Halloran",    "Hartwell",    "Hawthorne",   "Heathcote",
    "Holloway",     "Huxley",     "Ingleby",     "Irvine",      "Jardine",     "Kendrick",
    "Kessler",      "Kingsley",   "Kirkwood",    "Lachlan",     "Langford",    "Larkspur",
    "Lindqvist",    "Lockhart",   "Lowther",     "Maddox",      "Marchetti",   "Marlowe",
    "Merriweather", "Middleton",  "Montague",    "Moorcroft",   "Navarre",     "Netherby",
    "Norcross",     "Northcott",  "Oakley",      "Okafor",      "Olsen",       "Ormsby",
    "Pemberton",    "Pendleton",  "Penhallow",   "Quennell",    "Radcliffe",   "Ravensworth",
    "Redfern",      "Rookwood",   "Rowntree",    "Rutherford",  "Saltonstall", "Sandoval",
    "Seaton",       "Shelby",     "Somerset",    "Stanhope",    "Stirling",    "Stockwell",
    "Strand",       "Sunderland", "Tarrant",     "Templeton",   "Thistlewood", "Thornbury",
    "Tolliver",     "Trevelyan",  "Underhill",   "Vanterpool",  "Vasquez",     "Verhoeven",
    "Wainwright",   "Waverley",   "Westbrook",   "Whitcombe",   "Wildermuth",  "Winslow",
    "Wolcott",      "Yardley",    "Yelland",     "Zellweger",   "Abbot",       "Bexley",
    "Carmody",      "Dunleavy",   "Esterhuizen", "Fairweather", "Gallagher",   "Hargreave",
    "Inchbald",     "Jessop",     "Kilbride",    "Lamberti",    "Mortensen",   "Nightingale",
    "Oldfield",     "Pickering",  "Quinlan",     "Rasmussen",   "Selwyn",      "Tennant",
    "Ulverston",    "Valcourt",   "Whitlock",    "Xavier",      "Youngblood",  "Zamora",
    "Lopez",        "Castell",    "Haverford",   "Moreau",      "Lindgren",    "Achterberg",
    "Brannigan",    "Cavendish",  "Delgado",     "Ellery",      "Fitzroy",     "Grimaldi",
    "Hollister",    "Ivanova",    "Jankowski",   "Kowalczyk",   "Lundqvist",   "Mendoza",
    "Nakamura",     "Ostrander",  "Petrakis",    "Quartermain", "Rinaldi",     "Sorensen",
    "Takahashi",    "Umberfield", "Valentin",    "Wexley",      "Yoshida",     "Zeller",
    "Ashdown",      "Blackmore",  "Coldwell",    "Dunford",     "Everly",      "Foxhall",
    "Grantham",     "Harcourt",   "Ironside",    "Jolliffe",    "Kittredge",   "Loxley",
    "Mallory",      "Nettleton",  "Overton",     "Prideaux",    "Rockwell",    "Stanton",
    "Tillman",      "Upton",      "Vickery",     "Warrington",
};

constexpr std::string_view kStreetNames[] = {
    "Maple",    "Oak",      "Cedar",      "Willow", "Elm",     "Birch",    "Juniper",  "Aspen",
    "Hawthorn", "Chestnut", "Linden",     "Meadow", "Harbor",  "Orchard",  "Ridge",    "Brook",
    "Larch",    "Alder",    "Sycamore",   "Hazel",  "Rowan",   "Laurel",   "Magnolia", "Poplar",
    "Spruce",   "Cypress",  "Holly",      "Ivy",    "Heather", "Primrose", "Foxglove", "Bramble",
    "Thistle",  "Clover",   "Fern",       "Moss",   "Pebble",  "Quarry",   "Mill",     "Kiln",
    "Lantern",  "Beacon",   "Copper",     "Silver", "Amber",   "Coral",    "Ember",    "Harvest",
    "Falcon",   "Heron",    "Kingfisher", "Lark",   "Plover",  "Sparrow",  "Wren",     "Osprey",
    "Badger",   "Otter",    "Fox",
};

constexpr std::string_view kCompanyWords[] = {
    "Northwind",    "Bluewater",    "Brightline",  "Cobalt",      "Corvid",     "Crescent",
    "Driftwood",    "Emberly",      "Evergreen",   "Fernleaf",    "Foxglove",   "Granite",
    "Harborview",   "Highmark",     "Ironbark",    "Juniper",     "Keystone",   "Lakeshore",
    "Larkspur",     "Lodestar",     "Meridian",    "Nimbus",      "Oakridge",   "Orchid",
    "Pinecrest",    "Quarrystone",  "Redwood",     "Riverbend",   "Saltmarsh",  "Silverline",
    "Skylark",      "Stonebridge",  "Summit",      "Tidewater",   "Trailhead",  "Umbra",
    "Vantage",      "Westgate",     "Willowby",    "Zephyr",      "Alderbrook", "Amberfield",
    "Beaconsfield", "Clearwater",   "Copperleaf",  "Dovetail",    "Eastwind",   "Fairhaven",
    "Glasswing",    "Greyfield",    "Hollowbrook", "Kestrelwood", "Moonstone",  "Northbeam",
    "Pebblecreek",  "Quillfeather",
};

constexpr std::string_view kCompanySectors[] = {
    "Systems",    "Labs",        "Partners",  "Logistics",  "Analytics", "Works",      "Solutions",
    "Industries", "Dynamics",    "Ventures",  "Networks",   "Studios",   "Consulting", "Foods",
    "Robotics",   "Media",       "Energy",    "Health",     "Capital",   "Supply",     "Designs",
    "Software",   "Instruments", "Materials", "Outfitters", "Trading",   "Foundry",    "Collective",
};

constexpr std::string_view kPlaces[] = {
    "Eastbrook",  "Millhaven",    "Ashford",        "Briarwood",  "Coldwater",   "Dunmere",
    "Elmstead",   "Fairmont",     "Glenhollow",     "Harrowgate", "Ivybridge",   "Juniper Falls",
    "Kingsmere",  "Lakeview",     "Marlow Heights", "Northfield", "Oakhurst",    "Pinehaven",
    "Queensbury", "Ravensholm",   "Stonehaven",     "Thornbury",  "Upton Vale",  "Westmere",
    "Windermere", "Yarrow Creek", "Brackenridge",   "Cloverdale", "Dovermere",   "Evenwood",
    "Foxhollow",  "Greenhithe",   "Hollowmere",     "Ironbridge", "Kestrel Bay", "Larkfield",
    "Maplewood",  "Northgate",    "Oldcastle",      "Pembrook",   "Riverton",    "Saltcombe",
    "Silverdale", "Tamarind Bay", "Underwood",      "Westbrook",  "Wickford",    "Ambleside",
    "Beechwood",  "Cedar Rapids", "Crestfield",     "Deepdale",   "Elderton",    "Fernhill",
    "Glenrock",   "Harbourne",    "Hartwell",       "Kirkdale",   "Lindenfield", "Moorhaven",
    "Newhaven",   "Ormsby",       "Port Avery",     "Redmere",    "Stillwater",  "Thistledown",
    "Valemont",   "Whitby Cross", "Willowmere",
};

constexpr std::string_view kCodeNames[] = {
    "Albatross", "Amethyst",   "Anvil",       "Aurora",   "Avalanche",  "Bastion",     "Beacon",
    "Blackbird", "Bluebird",   "Bramble",     "Cascade",  "Chimera",    "Cinder",      "Citadel",
    "Comet",     "Condor",     "Cormorant",   "Cyclone",  "Driftwood",  "Ember",       "Equinox",
    "Falconet",  "Firefly",    "Foxtrot",     "Galleon",  "Garnet",     "Glacier",     "Gondola",
    "Granite",   "Gryphon",    "Halcyon",     "Harrier",  "Horizon",    "Huckleberry", "Icicle",
    "Jackal",    "Jasper",     "Juniper",     "Kestrel",  "Kingfisher", "Kraken",      "Labyrinth",
    "Lantern",   "Lighthouse", "Lynx",        "Magpie",   "Mandolin",   "Marigold",    "Meteor",
    "Mistral",   "Monsoon",    "Nebula",      "Nightjar", "Nomad",      "Obsidian",    "Onyx",
    "Orbit",     "Osprey",     "Paladin",     "Panther",  "Pelican",    "Peregrine",   "Phoenix",
    "Pinnacle",  "Quartz",     "Quasar",      "Raven",    "Riptide",    "Saffron",     "Sandpiper",
    "Sapphire",  "Sextant",    "Sierra",      "Skylark",  "Solstice",   "Sparrow",     "Starling",
    "Tamarack",  "Tempest",    "Thunderbird", "Topaz",    "Tundra",     "Vesper",      "Voyager",
    "Walrus",    "Whirlwind",  "Wildcat",     "Zenith",   "Zeppelin",   "Harlequin",   "Periwinkle",
    "Tangerine", "Buttercup",  "Marzipan",
};

}  // namespace

std::span<const std::string_view> FirstNames() {
  return kFirstNames;
}

std::span<const std::string_view> Surnames() {
  return kSurnames;
}

std::span<const std::string_view> StreetNames() {
  return kStreetNames;
}

std::span<const std::string_view> CompanyWords() {
  return kCompanyWords;
}

std::span<const std::string_view> CompanySectors() {
  return kCompanySectors;
}

std::span<const std::string_view> Places() {
  return kPlaces;
}

std::span<const std::string_view> CodeNames() {
  return kCodeNames;
}

}  // namespace deskbench::redact::fake

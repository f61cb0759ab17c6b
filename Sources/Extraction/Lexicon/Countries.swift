// Country gazetteer: Arab League members and the countries most present in Arab news.
// (Data fills in below; the interface is stable.)

public struct CountryEntry: Sendable {
    /// ISO 3166-1 alpha-3 (Palestine: PSE).
    public let iso3: String
    /// English short name.
    public let en: String
    /// Other English names and demonyms ("Emirati", "UAE").
    public let enAliases: [String]
    /// Arabic names: short name first, then official names and variants.
    public let ar: [String]
    /// Masculine singular nisba stems without ال ("سعودي"); inflections (ة، يين، يون) are derived by matchers.
    public let nisba: [String]
    /// Capitals and other metonym cities, Arabic.
    public let capitals: [String]
    /// Capitals, English.
    public let capitalsEN: [String]
    /// Ministry titles that identify this country on their own.
    public let ministryTitles: [String]
    /// Member of the League of Arab States.
    public let arabLeague: Bool

    public init(iso3: String, en: String, enAliases: [String] = [], ar: [String], nisba: [String] = [],
                capitals: [String] = [], capitalsEN: [String] = [], ministryTitles: [String] = [], arabLeague: Bool = false) {
        self.iso3 = iso3; self.en = en; self.enAliases = enAliases; self.ar = ar; self.nisba = nisba
        self.capitals = capitals; self.capitalsEN = capitalsEN; self.ministryTitles = ministryTitles
        self.arabLeague = arabLeague
    }
}

public enum CountryLexicon {
    public static let all: [CountryEntry] = countryData
    private static let byISO: [String: Int] = {
        var d = [String: Int]()
        for (i, e) in countryData.enumerated() { d[e.iso3] = i }
        return d
    }()
    public static func entry(_ iso3: String) -> CountryEntry? { byISO[iso3].map { countryData[$0] } }
}

let countryData: [CountryEntry] = [
    CountryEntry(iso3: "SAU", en: "Saudi Arabia", enAliases: ["Saudi", "Saudis", "KSA", "Kingdom of Saudi Arabia"],
                 ar: ["السعودية", "المملكة العربية السعودية"], nisba: ["سعودي"], capitals: ["الرياض"], capitalsEN: ["Riyadh"],
                 arabLeague: true),
]

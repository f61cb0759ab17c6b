// Word classes of the name, role-phrase and session finders, on top of the lexicon's (LexClasses.swift). They are
// properties of the literal word, so the word cache computes them once per distinct word and the finders test a bit
// of `ctx.litClass[i]` instead of hashing the token. Bits 32 and up: the lexicon's classes stay below them.
import ArabicText

extension LexClass {
    /// Name-internal connectors (`RoleLexicon.connectors`): بن، بنت، آل، أبو، عبد …
    static let connector = LexClass(rawValue: 1 << 32)
    /// Connectors that join the next word (`RoleLexicon.joinNext`): عبد، أبو …
    static let joinNext = LexClass(rawValue: 1 << 33)
    /// Institutions named after a person (`RoleLexicon.namedPlaces`): مسجد، مدينة …
    static let namedPlace = LexClass(rawValue: 1 << 34)
    /// Honorifics that never start a name alone (`RoleLexicon.weakHonorifics`).
    static let weakHonorific = LexClass(rawValue: 1 << 35)
    /// English role heads (keys of `RolePhraseFinder.enHeads`).
    static let enHead = LexClass(rawValue: 1 << 36)
    /// English honorifics (`RoleLexicon.enHonorifics`).
    static let enHonorific = LexClass(rawValue: 1 << 37)
    /// English words that end a name (`RoleLexicon.enStop`).
    static let enStop = LexClass(rawValue: 1 << 38)
    /// English name connectors (`NameFinder.enConnectors`): bin, al, abu …
    static let enConnector = LexClass(rawValue: 1 << 39)
    /// Words whose article-free form is a role complement (`complementsNoArticle.contains(withoutArticle(w))`).
    static let bareComplement = LexClass(rawValue: 1 << 40)
    /// English session words (`SessionFinder.enSessionWords`).
    static let enSession = LexClass(rawValue: 1 << 41)

    /// The preposition مع (with), after which a meeting's other side is named.
    static let withWord = LexClass(rawValue: 1 << 42)

    /// Words whose article-free form is one of `SessionFinder.councilWords`.
    static let councilWord = LexClass(rawValue: 1 << 43)

    /// Words after a session's ordinal that place it in the past or future (`SessionFinder.pastCues`).
    static let pastCue = LexClass(rawValue: 1 << 44)

    /// Outlet names that are no common word (`RoleLexicon.distinctOutlets`): هسبريس، عكاظ …
    static let outlet = LexClass(rawValue: 1 << 45)

    /// Dateline material (`RoleLexicon.agencies`, first words of `multiWordAgencies`, `dateWords`): the dateline scan
    /// looks these words up only when the bit is set.
    static let datelineWord = LexClass(rawValue: 1 << 46)
    /// First words of page-furniture and byline lines (`RoleLexicon.furnitureStarts`, `bylineWords`).
    static let furnitureWord = LexClass(rawValue: 1 << 47)
    // Classes of the meeting finder (Meetings.swift), from the top bit down.
    /// Words that end a meeting's object region (`TokenArrays.hardBreaks`, `TokenArrays.enHardBreaks`): بحضور، attended …
    /// Tested on a token's stem classes (`TokenArrays.stemClass`): the word or a clitic reading's stem.
    static let hardBreak = LexClass(rawValue: 1 << 63)
    /// English meeting words (keys of `EnglishTrigger.words`).
    static let enTrigger = LexClass(rawValue: 1 << 62)
    /// English words that open a greetings phrase (`EnglishGreetings.words`).
    static let enGreeting = LexClass(rawValue: 1 << 61)
    /// First words of the adjuncts `TokenArrays.adjunctEnd` skips (علي هامش، في اطار، خلال، on the sidelines, in the presence).
    static let adjunctLead = LexClass(rawValue: 1 << 60)
    /// Forms of جمع before a meeting noun (`ExtractionRun.gatherVerbs`).
    static let gatherVerb = LexClass(rawValue: 1 << 59)
    /// The reception noun استقبال (its clitic forms through the stem classes).
    static let receptionWord = LexClass(rawValue: 1 << 58)
    // Classes of the session finder (Session.swift).
    /// Words before a session word that make it the reported one (`SessionFinder.goodBefore`); stem classes.
    static let goodBefore = LexClass(rawValue: 1 << 57)
    /// Words before a session word that make it a past or planned one (`SessionFinder.pastBefore`); literal and stem classes.
    static let pastBefore = LexClass(rawValue: 1 << 56)
    /// Summit words (`SessionFinder.summitWords`): القمة، للقمة …; literal classes.
    static let summitWord = LexClass(rawValue: 1 << 55)

    /// All classes of `LexClasses.swift` (the lexicon's), without these.
    static let lexiconClasses = LexClass(rawValue: (1 << 32) - 1)

    /// The words of these classes, added to `LexClass.map`.
    static func addNameClasses(to m: inout WordMap<UInt64>) {
        func add(_ ws: [String], _ c: LexClass) { for w in ws { m[w] = (m[w] ?? 0) | c.rawValue } }
        add(RoleLexicon.connectors.words, .connector)
        add(RoleLexicon.joinNext.words, .joinNext)
        add(RoleLexicon.namedPlaces.words, .namedPlace)
        add(RoleLexicon.weakHonorifics.words, .weakHonorific)
        add(RolePhraseFinder.enHeads.dict.keys.map { $0.s }, .enHead)
        add(RoleLexicon.enHonorifics.words, .enHonorific)
        add(RoleLexicon.enStop.words, .enStop)
        add(NameFinder.enConnectors.words, .enConnector)
        // w such that withoutArticle(w) is a complement: the complement itself or ال + it
        let bare = RolePhraseFinder.complementsNoArticle
        add((bare.words + bare.words.map { "ال" + $0 }).filter { bare.contains(Clitics.withoutArticle($0)) }, .bareComplement)
        add(SessionFinder.enSessionWords.words, .enSession)
        add(["مع"], .withWord)
        add(SessionFinder.pastCues.words, .pastCue)
        add(RoleLexicon.distinctOutlets.dict.keys.map { $0.s }, .outlet)
        let council = SessionFinder.councilWords
        add((council.words + council.words.map { "ال" + $0 }).filter { council.contains(Clitics.withoutArticle($0)) }, .councilWord)
        add(RoleLexicon.agencies.dict.keys.map { $0.s } + RoleLexicon.multiWordAgencyFirsts.words + RoleLexicon.dateWords.words, .datelineWord)
        add(RoleLexicon.furnitureStarts.words + RoleLexicon.bylineWords.words, .furnitureWord)
        add(TokenArrays.hardBreaks.words + TokenArrays.enHardBreaks.words, .hardBreak)
        add(EnglishTrigger.words.dict.keys.map { $0.s }, .enTrigger)
        add(EnglishGreetings.words.words, .enGreeting)
        add(TokenArrays.adjunctLeads, .adjunctLead)
        add(ExtractionRun.gatherVerbs.words, .gatherVerb)
        add(["استقبال"], .receptionWord)
        add(SessionFinder.goodBefore.words, .goodBefore)
        add(SessionFinder.pastBefore.words, .pastBefore)
        add(SessionFinder.summitWords.words, .summitWord)
    }
}

extension DocContext {
    /// `countryAt[j]`, looked up only for tokens covered by a country mention (every mention's tokens are marked
    /// in `countryCovered`).
    func country(at j: Int) -> CountryMention? {
        j < countryCovered.count && countryCovered[j] ? countryAt[j] : nil
    }
    /// `orgAt[j]`, looked up only for tokens inside an organization name (`blocked`).
    func org(at j: Int) -> (last: Int, id: String)? {
        j < blocked.count && blocked[j] ? orgAt[j] : nil
    }
}

// One dictionary lookup per token reading instead of dozens of set lookups: every lexicon word maps to a bitmask of
// the classes it belongs to, and each token carries the OR of its readings' classes.
import ArabicText

struct LexClass: OptionSet, Sendable {
    let rawValue: UInt64
    static let stop = LexClass(rawValue: 1 << 0)
    static let honorific = LexClass(rawValue: 1 << 1)
    static let head = LexClass(rawValue: 1 << 2)
    static let counterpart = LexClass(rawValue: 1 << 3)
    static let pluralHead = LexClass(rawValue: 1 << 4)
    static let complement = LexClass(rawValue: 1 << 5)
    static let metVerb = LexClass(rawValue: 1 << 6)
    static let receiveVerb = LexClass(rawValue: 1 << 7)
    static let visitVerb = LexClass(rawValue: 1 << 8)
    static let meetNoun = LexClass(rawValue: 1 << 9)
    static let callNoun = LexClass(rawValue: 1 << 10)
    static let inviteNoun = LexClass(rawValue: 1 << 11)
    static let lightVerb = LexClass(rawValue: 1 << 12)
    static let clauseBreak = LexClass(rawValue: 1 << 13)
    static let protagonistRef = LexClass(rawValue: 1 << 14)
    static let bothSides = LexClass(rawValue: 1 << 15)
    static let receptionNoun = LexClass(rawValue: 1 << 16)
    static let countryFirst = LexClass(rawValue: 1 << 17)
    static let sessionWord = LexClass(rawValue: 1 << 18)
    static let withVerb = LexClass(rawValue: 1 << 19)
    static let receiveLight = LexClass(rawValue: 1 << 20)
    static let callVerb = LexClass(rawValue: 1 << 21)
    static let talkVerb = LexClass(rawValue: 1 << 22)

    static let triggers: LexClass = [.metVerb, .receiveVerb, .visitVerb, .meetNoun, .callNoun, .inviteNoun, .receptionNoun, .callVerb, .talkVerb]
    static let roleStart: LexClass = [.head, .counterpart, .pluralHead]

    static let map: WordMap<UInt64> = {
        var m = WordMap<UInt64>()
        func add(_ ws: WordSet, _ c: LexClass) { for w in ws.words { m[w] = (m[w] ?? 0) | c.rawValue } }
        add(RoleLexicon.stopwords, .stop)
        add(RoleLexicon.honorifics, .honorific)
        add(WordSet(RoleLexicon.heads.dict.keys.map { $0.s }), .head)
        add(RoleLexicon.counterparts, .counterpart)
        add(RoleLexicon.pluralHeads, .pluralHead)
        add(RoleLexicon.complements, .complement)
        add(RolePhraseFinder.complementsNoArticle, .complement)
        add(RoleLexicon.metVerbs, .metVerb)
        add(RoleLexicon.withVerbs, .withVerb)
        add(RoleLexicon.receiveVerbs, .receiveVerb)
        add(RoleLexicon.visitVerbs, .visitVerb)
        add(RoleLexicon.meetNouns, .meetNoun)
        add(RoleLexicon.callNouns, .callNoun)
        add(RoleLexicon.inviteNouns, .inviteNoun)
        add(RoleLexicon.lightVerbs, .lightVerb)
        add(RoleLexicon.receiveLight, .receiveLight)
        add(RoleLexicon.clauseBreak, .clauseBreak)
        add(RoleLexicon.protagonistRefs, .protagonistRef)
        add(RoleLexicon.bothSides, .bothSides)
        add(RoleLexicon.receptionNouns, .receptionNoun)
        add(RoleLexicon.callVerbs, .callVerb)
        add(RoleLexicon.talkVerbs, .talkVerb)
        add(SessionFinder.sessionWords, .sessionWord)
        add(SessionFinder.summitWords, .sessionWord)
        add(WordSet(CountryIndex.shared.byFirst.dict.keys.map { $0.s }), .countryFirst)
        m[ArabicNormalizer.normalize("المملكة")] = (m[ArabicNormalizer.normalize("المملكة")] ?? 0) | LexClass.countryFirst.rawValue
        addNameClasses(to: &m)   // NameClasses.swift
        return m
    }()

    static func of(_ w: String) -> LexClass { LexClass(rawValue: map[w] ?? 0) }
}

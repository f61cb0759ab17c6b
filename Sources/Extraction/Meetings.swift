// Meetings: met / received / called / invited / visited, with both sides resolved through the mention list,
// group receptions split per guest, per-meeting topics and the evidence sentence.
import ArabicText

extension ExtractionRun {
    enum TriggerKind { case verbMet, verbReceive, verbVisit, verbCall, nounMet, nounReceive, call, invite, inviteVerb, reception,
                       receptionOf, passiveReception, gathered, frontedMet, frontedCall }

    /// Forms of جمع ("brought together") before a meeting noun: "جمع لقاء X بـ Y" is a meeting of X and Y.
    static let gatherVerbs: WordSet = RoleLexicon.norm(["جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع"])

    /// An unknown name word right after an Arabic verb (skipping قد، أيضا، كذلك) — a surname that links to no extracted
    /// person ("فقد اجتمع الحجار بوزير …") — when the object or the meeting noun follows it directly: its index.
    func unlinkedSubject(after v: Int, before end: Int, ms: [Mention], nounAt: Int? = nil, _ mw: MeetingWordIDs) -> Int? {
        var q = v + 1
        while q < end, toks[q].isArabic, mw.isVerbFiller(toks[q].id) { q += 1 }
        guard q + 1 < toks.count, q < end, toks[q].kind == .word, toks[q].isArabic, toks[q].line == toks[v].line,
              !toks[q].norm.hasSuffixFast("ا"), !ms.contains(where: { $0.first <= q && $0.last >= q }),
              NameFinder.nameLike(ctx, q, afterConnector: false) else { return nil }
        var r = q + 1
        while r < toks.count, toks[r].isArabic, mw.isSubjectFiller(toks[r].id) { r += 1 }
        guard r < toks.count else { return nil }
        if let n = nounAt {
            guard r == n else { return nil }
        } else {
            // the object follows: a mention (بوزير …، نظيره …) or مع
            guard toks[r].id == mw.ma || ms.contains(where: { $0.first == r }) else { return nil }
        }
        // a word of a known name (توفيق شرف الدين → شرف) or the word just after one, where the name was cut short
        // ("خالد التيجاني مازن" read as خالد التيجاني): that person's, not an unknown one (tested after the words that
        // follow: the scan over the names is the longer test)
        let w = toks[q].id   // (equal ids ⇔ equal words)
        // (spans read in place: a NameSpan copy retains its honorifics; the array read once, not through self)
        let spans = self.spans
        for si in spans.indices where spans[si].person >= 0 {
            let first = spans[si].first, last = spans[si].last
            var e = last + 1
            while e < toks.count, e <= last + 2, toks[e].kind == .punct { e += 1 }
            if (first...last).contains(where: { toks[$0].id == w }) || e < toks.count && toks[e].id == w { return nil }
        }
        return q
    }

    struct Trigger { var at: Int; var kind: TriggerKind }
    /// The literal classes that make a token after a trigger a break or an adjunct's opening word (with the
    /// `.hardBreak` any-class; see `collectAfter`).
    static let quietClasses: LexClass = [.adjunctLead, .clauseBreak, .enGreeting]
    /// The classes of a trigger word: Arabic (`LexClass.triggers`, of any reading) or English (`.enTrigger`).
    static let anyTrigger = LexClass.triggers.union(.enTrigger)
    /// A meeting's kind and its two sides (person, else country, else organization): an article has one meeting a key.
    struct MeetingKey { var kind: MeetingKind; var a: String; var b: String }
    /// Words allowed between a verb's subject mention and the verb.
    static let subjectGapFillers = ["ايضا", "also", "كذلك", "قد", "on", "today", "then", "separately"]
    /// Words the meeting scans compare tokens with, by vocabulary id (`WordCache.meetingWordIDs`, read through
    /// `MeetingWordIDs`; equal ids ⇔ equal words). `MeetingWordIDs` reads the 26 fixed words by position;
    /// `subjectGapFillers` come last, so that list can change without moving them.
    static let meetingWordList = ["من", "طرف", "قبل", "from", ".", "\u{060C}", ",", "وفدا", "وفد", "عن",
                                  "حظي", "حظيت", "يحظي", "تحظي", "لقي", "لقيت",
                                  "مع", "الذي", "التي", "who", "قد", "ايضا", "كذلك", "بدوره", "اليوم", "امس"]
                                  + subjectGapFillers
    struct MeetingWordIDs {
        let ids: [Int32]
        @inline(__always) var min: Int32 { ids[0] }
        @inline(__always) var from: Int32 { ids[3] }
        @inline(__always) var period: Int32 { ids[4] }
        @inline(__always) var wafdan: Int32 { ids[7] }
        /// طرف، قبل
        @inline(__always) func isTarafQabl(_ id: Int32) -> Bool { id == ids[1] || id == ids[2] }
        /// . ، ,
        @inline(__always) func isStop(_ id: Int32) -> Bool { id == ids[4] || id == ids[5] || id == ids[6] }
        /// وفدا، وفد
        @inline(__always) func isWafd(_ id: Int32) -> Bool { id == ids[7] || id == ids[8] }
        /// عن، من
        @inline(__always) func isAnMin(_ id: Int32) -> Bool { id == ids[9] || id == ids[0] }
        /// حظي، حظيت، يحظي، تحظي، لقي، لقيت
        @inline(__always) func isHazi(_ id: Int32) -> Bool { ids[10..<16].contains(id) }
        /// `subjectGapFillers`
        @inline(__always) func isGapFiller(_ id: Int32) -> Bool { ids[26...].contains(id) }
        @inline(__always) var ma: Int32 { ids[16] }
        /// الذي، التي، who
        @inline(__always) func isRelative(_ id: Int32) -> Bool { id == ids[17] || id == ids[18] || id == ids[19] }
        /// قد، ايضا، كذلك، بدوره (between a verb and its subject)
        @inline(__always) func isVerbFiller(_ id: Int32) -> Bool { ids[20..<24].contains(id) }
        /// ايضا، كذلك، اليوم، امس (after the subject)
        @inline(__always) func isSubjectFiller(_ id: Int32) -> Bool { id == ids[21] || id == ids[22] || id == ids[24] || id == ids[25] }
    }
    /// (read once a findMeetings call and passed on: each read goes through the word cache's lazy property)
    var meetingWords: MeetingWordIDs { MeetingWordIDs(ids: ctx.words.meetingWordIDs) }

    /// An indefinite delegation object after the verb's subject (`وفدا عن/من ORG`, `وفدا + nisba`): the objects it gives
    /// (the organization or the country, none when unnamed), or nil when there is no such object within a few words.
    func delegationObject(after f: Int, limit: Int, _ mw: MeetingWordIDs) -> [Mention]? {
        var q = f + 1
        while q < limit, q - f <= 8, toks[q].line == toks[f].line, toks[q].id != mw.period {
            if mw.isWafd(toks[q].id), toks[q].id == mw.wafdan || (q + 1 < toks.count && mw.isAnMin(toks[q + 1].id)) {
                var r = q + 1
                if r < toks.count, toks[r].norm.isOne(of: ["عن", "من", "رفيع", "رفيعا"]) { r += 1 }
                if r < toks.count, toks[r].norm.isOne(of: ["المستوي", "عن", "من"]) { r += 1 }
                if r < toks.count, let o = ctx.org(at: r) { return [Mention(first: r, last: o.last, ref: .org(o.id), marked: false)] }
                if q + 1 < toks.count, let cm = ctx.country(at: q + 1), let iso = cm.iso { return [Mention(first: q + 1, last: cm.last, ref: .country(iso), marked: false)] }
                return []
            }
            q += 1
        }
        return nil
    }

    /// The triggers of window `r` (into `out`, emptied first: one buffer for the article); its tokens before `first`
    /// carry no trigger class (the scan starts there).
    func triggers(in r: Range<Int>, from first: Int, _ ta: TokenArrays, _ mw: MeetingWordIDs, into out: inout [Trigger]) {
        out.removeAll(keepingCapacity: true)
        let n = r.upperBound
        let toks = ta.toks
        let anyClass = ta.anyClass, litClass = ta.litClass, extra = ta.extra, hasExtra = ta.extra.has
        /// A `مع` within a few words (as a word, or as the proclitics of one).
        func withAfter(_ k: Int, within: Int) -> Int? {
            var q = k + 1
            while q < min(n, k + 1 + within) {
                if litClass[q].contains(.withWord) { return q }
                // (a clitic reading's prefix is the start of the word: only a word starting with مع can have it; most
                // words have no reading beyond the literal one, and are skipped on that)
                if hasExtra[q], toks[q].isArabic, toks[q].norm.hasPrefixFast("مع"), let rr = extra[q].first, rr.prefix.same("مع") { return q }
                q += 1
            }
            return nil
        }
        /// "In / During (his) meeting with Y", "after talks with Y", "in a phone call with Y": a preposition a few words
        /// before the noun and "with" right after it.
        func fronted(_ k: Int) -> Bool {
            // "the meeting / talks / phone call between X and Y" names both sides, wherever it stands
            if k + 1 < n, toks[k + 1].norm.same("between") { return true }
            guard k + 1 < n, toks[k + 1].norm.same("with") else { return false }
            var q = k - 1
            while q >= max(r.lowerBound, k - 5) {
                if toks[q].kind != .word { return false }
                if toks[q].norm.isOne(of: EnglishTrigger.frontingPrepositions) { return true }
                q -= 1
            }
            return false
        }
        // an Arabic trigger word has one of the trigger classes among its readings', an English one `.enTrigger`;
        // every other token is skipped on its class alone (in a tight loop)
        var k = first - 1
        while true {
            k = firstWithClass(Self.anyTrigger, anyClass, from: k + 1, to: n)
            guard k < n else { break }
            guard toks[k].kind == .word else { continue }
            if toks[k].isArabic {
                let ac = anyClass[k]
                if ac.isDisjoint(with: LexClass.triggers) { continue }
                // the class bits say which lexicon sets any reading of the word is in; the stem classes say whether
                // the word or a reading's stem is in it (`hasStem`). They lie between the literal and the any-classes,
                // so a word whose readings add no class has its literal ones (and the word cache is not read).
                let lc = litClass[k]
                let sc = ac == lc ? lc : ta.stemClass(k)
                if ac.contains(.receiveVerb), sc.contains(.receiveVerb) {
                    // "استقبل من طرف / من قبل X": X received the subject
                    let passive = (k + 1..<min(n, k + 12)).contains { q in toks[q].id == mw.min && q + 1 < n && mw.isTarafQabl(toks[q + 1].id) }
                    out.append(Trigger(at: k, kind: passive ? .passiveReception : .verbReceive)); continue
                }
                if ac.contains(.metVerb), sc.contains(.metVerb) {
                    if ac.contains(.withVerb), sc.contains(.withVerb) {
                        // only with a مع complement: "بحث X مع نظيره"
                        guard withAfter(k, within: 14) != nil else { continue }
                    }
                    out.append(Trigger(at: k, kind: .verbMet)); continue
                }
                if ac.contains(.visitVerb), sc.contains(.visitVerb) { out.append(Trigger(at: k, kind: .verbVisit)); continue }
                if k > 0, sc.contains(.receptionWord) {
                    // "حظي باستقبال من X": X received the subject
                    if hazi(before: k, from: r.lowerBound, mw) != nil { out.append(Trigger(at: k, kind: .passiveReception)); continue }
                    // "كان في استقبال سعادته / الوزير / وزير … X": the possessor is the guest, X the host
                    if toks[k - 1].norm.same("في") { out.append(Trigger(at: k, kind: .receptionOf)); continue }
                }
                if ac.contains(.callVerb) { out.append(Trigger(at: k, kind: .verbCall)); continue }
                if ac.contains(.talkVerb) {
                    guard withAfter(k, within: 14) != nil else { continue }
                    let phone = (k + 1..<min(n, k + 6)).contains { toks[$0].norm.hasPrefixFast("هاتفي") }
                    out.append(Trigger(at: k, kind: phone ? .verbCall : .verbMet)); continue
                }
                if ac.contains(.receptionNoun), k > 0, sc.contains(.receptionNoun) {
                    if toks[k - 1].norm.same("في") { out.append(Trigger(at: k, kind: .reception)); continue }
                    // "خلال استقباله X": the subject received X
                    if toks[k - 1].norm.isOne(of: ["خلال", "لدي", "عند", "اثناء"]) { out.append(Trigger(at: k, kind: .nounReceive)); continue }
                }
                if ac.contains(.callNoun), sc.contains(.callNoun) { out.append(Trigger(at: k, kind: .call)); continue }
                if ac.contains(.inviteNoun), sc.contains(.inviteNoun) {
                    // a light verb before it (وجه، تلقى، سلم) or a من/ل complement after it
                    out.append(Trigger(at: k, kind: .invite)); continue
                }
                if ac.contains(.meetNoun), sc.contains(.meetNoun) {
                    // "وجمع لقاء (ثان) X بـ Y", "جمعت جلسة مباحثات X و Y"
                    if k > r.lowerBound, toks[k - 1].isArabic, ta.stemClass(k - 1).contains(.gatherVerb) { out.append(Trigger(at: k, kind: .gathered)); continue }
                    // (مع compared by vocabulary id; a word with no reading beyond the literal one has no بـ reading)
                    let withNext = k + 1 < n && toks[k + 1].id == mw.ma || k + 2 < n && toks[k + 2].id == mw.ma
                        || (k + 3 < n && toks[k + 3].id == mw.ma && litClass[k + 1].isDisjoint(with: [.head, .honorific, .counterpart]) && litClass[k + 2].isDisjoint(with: [.head, .honorific, .counterpart]))
                    func bi() -> Bool { k + 1 < n && hasExtra[k + 1] && toks[k + 1].norm.hasPrefixFast("ب") && extra[k + 1].contains { $0.prefix.same("ب") } }
                    func possessive() -> Bool {
                        let w = toks[k].norm
                        return w.hasSuffixFast("ه") && (w.hasSuffixFast("لقائه") || w.hasSuffixFast("لقاءه") || w.hasSuffixFast("لقايه"))
                    }
                    if withNext || (bi() && possessive()) { out.append(Trigger(at: k, kind: .nounMet)) }
                    continue
                }
            } else {
                guard EnglishTrigger.mayBe(toks[k].norm), let word = EnglishTrigger.words[toks[k].norm] else { continue }
                switch word {
                case .met:
                    out.append(Trigger(at: k, kind: .verbMet))
                case .talks:
                    // "held talks", "held separate / bilateral / wide-ranging talks", "held a round of talks"
                    if (max(r.lowerBound, k - 4)..<k).contains(where: { toks[$0].norm.isOne(of: EnglishTrigger.holdVerbs) }) { out.append(Trigger(at: k, kind: .verbMet)) }
                    else if fronted(k) { out.append(Trigger(at: k, kind: .frontedMet)) }
                case .meeting where k + 1 < n && toks[k + 1].norm.same("between"):
                    out.append(Trigger(at: k, kind: .frontedMet))
                case .meeting:
                    // "held a meeting with", "had a bilateral meeting with", "held separate meetings with", "held a series of meetings with"
                    if k + 1 < n, toks[k + 1].norm.same("with"),
                       (max(r.lowerBound, k - 4)..<k).contains(where: { toks[$0].norm.isOne(of: EnglishTrigger.holdVerbs) || toks[$0].norm.same("chaired") }) {
                        out.append(Trigger(at: k, kind: .verbMet))
                    } else if fronted(k) { out.append(Trigger(at: k, kind: .frontedMet)) }
                case .welcomed:
                    // "X welcomed his Kuwaiti counterpart Y", "welcomed Prince Y", "welcomed the Saudi interior minister": a title,
                    // rank or country right after the verb (not "welcomed the decision / the efforts of Y")
                    var q = k + 1
                    while q < n, q - k <= 2, toks[q].norm.isOne(of: ["his", "her", "the", "visiting"]) { q += 1 }
                    if q < n, toks[q].kind == .word, ctx.isUpper(q) || toks[q].norm.same("counterpart"),
                       !ta.litClass[q].isDisjoint(with: [.enHead, .enHonorific]) || ctx.country(at: q) != nil {
                        out.append(Trigger(at: k, kind: .verbReceive))
                    }
                case .visit:
                    // "paid a (courtesy / official) visit to Y": the visitor is the subject
                    if k + 1 < n, toks[k + 1].norm.isOne(of: ["to", "on", "upon"]),
                       (max(r.lowerBound, k - 4)..<k).contains(where: { toks[$0].norm.isOne(of: ["paid", "pays", "paying", "made", "makes"]) }) {
                        out.append(Trigger(at: k, kind: .verbVisit))
                    }
                case .discussed:
                    // "X discussed with Y …", "discussed on Monday with Y", "discussed bilateral ties with his Iraqi counterpart":
                    // a "with" right after the verb, or further on before a counterpart or a titled official
                    var q = k + 1
                    var hit = false
                    while q < min(n, k + 14), toks[q].kind == .word || toks[q].norm.same(",") || toks[q].norm.same("-") {
                        if toks[q].norm.same("with") {
                            let near = (k + 1..<q).allSatisfy { toks[$0].kind != .word || toks[$0].norm.isOne(of: EnglishTrigger.discussFillers) || ctx.isUpper($0) && q - k <= 3 }
                            let titled = (q + 1..<min(n, q + 6)).contains { ta.litClass[$0].contains(.enHead) || ta.litClass[$0].contains(.enHonorific) && ctx.isUpper($0) }
                            hit = near || titled
                            break
                        }
                        q += 1
                    }
                    if hit { out.append(Trigger(at: k, kind: .verbMet)) }
                case .invitation:
                    // "extended / sent / handed an invitation to X", "received an invitation from X"; not "at the invitation of X"
                    if k + 1 < n, toks[k + 1].norm.same("of") { break }
                    out.append(Trigger(at: k, kind: .invite))
                case .received:
                    // "received a phone call from": the call noun is the trigger
                    if (k + 1..<min(n, k + 4)).contains(where: { toks[$0].norm.isOne(of: ["phone", "telephone", "call", "calls"]) }) { break }
                    // "received a (written) message / letter / cable from Y": no meeting
                    if (k + 1..<min(n, k + 5)).contains(where: { toks[$0].norm.isOne(of: ["message", "letter", "cable", "messages", "letters"]) }) { break }
                    // "received an invitation from": the invitation is the trigger
                    if (k + 1..<min(n, k + 5)).contains(where: { toks[$0].norm.same("invitation") }) { break }
                    // "was received by X", "was received at the airport by X"
                    if k > 0, toks[k - 1].norm.isOne(of: ["was", "were", "been", "being"]),
                       let by = (k + 1..<min(n, k + 9)).first(where: { toks[$0].norm.same("by") || toks[$0].kind == .punct && !toks[$0].norm.same("-") }), toks[by].norm.same("by") {
                         out.append(Trigger(at: k, kind: .passiveReception)); break
                    }
                    out.append(Trigger(at: k, kind: .verbReceive))
                case .call:
                    if k > 0, toks[k - 1].norm.isOne(of: ["phone", "telephone", "telephonic"]) {
                        // "In a phone call with Y, X said …"
                        out.append(Trigger(at: k, kind: fronted(k) && !(k >= 2 && toks[k - 2].norm.same("a") && k >= 3 && toks[k - 3].norm.isOne(of: EnglishTrigger.holdVerbs + ["made", "received"])) ? .frontedCall : .call))
                    } else if k > 0, toks[k - 1].norm.same("courtesy"), k + 1 < n, toks[k + 1].norm.isOne(of: ["on", "upon", "to"]) {
                        // "Y paid a courtesy call on X": Y visited X
                        out.append(Trigger(at: k, kind: .verbVisit))
                    }
                case .phone:
                    // "spoke by phone with", "talked over the phone with"
                    if k > 0, toks[k - 1].norm.isOne(of: ["by", "via", "the"]), !(k + 1 < n && toks[k + 1].norm.isOne(of: ["call", "calls", "conversation"])) {
                        out.append(Trigger(at: k, kind: .call))
                    }
                case .phoned:
                    out.append(Trigger(at: k, kind: .verbCall))
                case .called:
                    out.append(Trigger(at: k, kind: .call))
                case .invited:
                    // "X, invited as a guest, …", "was invited to": a participle or passive, not X inviting someone
                    if k > 0, toks[k - 1].norm.isOne(of: [",", "was", "were", "been", "being", "is", "are"]) { break }
                    if k + 1 < n, toks[k + 1].norm.isOne(of: ["as", "to"]) { break }
                    out.append(Trigger(at: k, kind: .inviteVerb))
                case .visited:
                    out.append(Trigger(at: k, kind: .verbVisit))
                }
            }
        }
    }

    /// "حظي (X) باستقبال": the verb a few words before the reception noun.
    func hazi(before k: Int, from lo: Int, _ mw: MeetingWordIDs) -> Int? {
        var q = k - 1
        while q >= max(lo, k - 10) {
            if mw.isHazi(toks[q].id) { return q }
            if toks[q].kind == .punct, mw.isStop(toks[q].id) { return nil }
            q -= 1
        }
        return nil
    }

    /// The first country named (by name or capital) after a visit verb, within its clause.
    func countryObject(after k: Int, limit: Int) -> String? {
        var q = k + 1
        let ctx = self.ctx
        while q < min(limit, k + 10) {
            if let m = ctx.country(at: q), let iso = m.iso { return iso }
            if toks[q].kind == .punct && !toks[q].norm.isOne(of: ["-", "\u{060C}", ","]) { return nil }
            q += 1
        }
        return nil
    }

    /// Countries named in a window by name or official name (not nisba, not capitals, not venue "في/ب X", not in role phrases).
    func countriesNamed(in r: Range<Int>) -> [String] {
        var out: [String] = []
        var k = r.lowerBound
        let ctx = self.ctx
        while k < r.upperBound {
            if let m = ctx.country(at: k) {
                if let iso = m.iso, m.kind == .name || m.kind == .official, !m.prefix.hasSuffixFast("ب"),
                   !(k > 0 && toks[k - 1].norm.isOne(of: ["في", "الي", "in", "to"])), !inRoleToken(k) { out.append(iso) }
                k = m.last + 1; continue
            }
            k += 1
        }
        return out
    }

    func participant(_ ref: Ref, topicPerson: Int?) -> (Participant, Int?)? {
        switch ref {
        case .person(let p):
            return (Participant(person: persons[p].name, country: persons[p].country, organization: persons[p].org), p)
        case .country(let c): return (Participant(country: c), nil)
        case .org(let o): return (Participant(organization: o), nil)
        case .protagonist:
            guard let p = topicPerson else { return nil }
            return (Participant(person: persons[p].name, country: persons[p].country, organization: persons[p].org), p)
        case .none: return nil
        }
    }

    func findMeetings() -> [ExtractedMeeting] {
        var out: [ExtractedMeeting] = []
        var topic: Int? = mainPerson
        // keys of the meetings made so far (kind and the two sides' names); few per article, so a scan with String ==
        // (the same canonical equality a Set<String> uses, without hashing Arabic names through Unicode normalization)
        var seen: [MeetingKey] = []
        var meetingSentences: [(sent: Int, idx: Range<Int>)] = []   // a window's meetings are appended together
        var textCursor = NameText.Cursor(text, tt)   // the evidence sentences, in text order
        var mlo = 0
        var pluralStarts: [Int] = []
        // (the run's arrays read into locals once: each read of a stored property of the run is an access check)
        let mentions = self.mentions, roles = self.roles, furnitureLines = self.furnitureLines
        for ri in roles.indices where roles[ri].plural && !roles[ri].counterpart { pluralStarts.append(roles[ri].first) }
        let ta = TokenArrays(self)
        let toks = ta.toks, anyClass = ta.anyClass
        let mw = meetingWords
        var windows: [Range<Int>] = []
        windows.reserveCapacity(sentences.count)
        for sr in sentences {
            var a = sr.lowerBound
            while sr.upperBound - a > 300 { windows.append(a..<(a + 300)); a += 300 }
            windows.append(a..<sr.upperBound)
        }
        let hasFurniture = !furnitureLines.isEmpty
        var sentenceMentions: [Mention] = []   // the window's mentions (one buffer for the article)
        var trig: [Trigger] = []   // the window's triggers (one buffer for the article)
        var usedObjects: [Int] = []   // first tokens of the window's objects so far (a few; one buffer for the article)
        for (si, sr) in windows.enumerated() {
            while mlo < mentions.count, mentions[mlo].first < sr.lowerBound { mlo += 1 }
            if hasFurniture, furnitureLines.contains(toks[sr.lowerBound].line) { continue }
            // most windows hold no trigger word: one pass over the class bits skips them
            let candidate = firstWithClass(Self.anyTrigger, anyClass, from: sr.lowerBound, to: sr.upperBound)
            guard candidate < sr.upperBound else { continue }
            triggers(in: sr, from: candidate, ta, mw, into: &trig)
            guard !trig.isEmpty else {
                // a sentence naming a person as subject updates the topic (e.g. "وأكد مازن …")
                continue
            }
            var mhi = mlo
            while mhi < mentions.count, mentions[mhi].first < sr.upperBound { mhi += 1 }
            sentenceMentions.removeAll(keepingCapacity: true)
            for m in mentions[mlo..<mhi] where m.last < sr.upperBound { sentenceMentions.append(m) }
            var sentenceText: String? = nil
            let made = out.count   // the window's meetings: out[made...]
            var consumedUntil = sr.lowerBound - 1
            usedObjects.removeAll(keepingCapacity: true)
            var prevSubject: Mention? = nil
            for (ti, tr) in trig.enumerated() {
                guard tr.at > consumedUntil else { continue }
                let nextTrig = ti + 1 < trig.count ? trig[ti + 1].at : sr.upperBound
                let ms = sentenceMentions
                var subject: Mention? = nil
                var objects: [Mention] = []
                var aIsObject = false   // invitation/call received: the object is side a
                var fromIdxUsed = false
                let k = tr.at
                // region after the trigger up to the next trigger or a break
                func collectAfter(_ start: Int, limit: Int) -> [Mention] {
                    var res: [Mention] = []
                    var q = start
                    var a = 0, b = ms.count
                    while a < b { let m = (a + b) / 2; if ms[m].first < start { a = m + 1 } else { b = m } }
                    var idx = a
                    let anyC = ta.anyClass, litC = ta.litClass
                    while q < limit {
                        // the tokens that neither break nor open an adjunct (`quietClasses`) are passed over up to the
                        // next mention: nothing below acts on them
                        while idx < ms.count, ms[idx].first < q { idx += 1 }
                        let next = idx < ms.count ? min(ms[idx].first, limit) : limit
                        while q < next, anyC[q].isDisjoint(with: .hardBreak), litC[q].isDisjoint(with: Self.quietClasses) { q += 1 }
                        guard q < limit else { break }
                        // a long adjunct before the object (… X، على هامش … ، Y / سموه، بحضور … ، Y): skip to its closing comma
                        let hard = ta.isHardBreak(q)
                        // (an adjunct opens on a hard break or on an `.adjunctLead` word)
                        if res.count <= 1, hard || ta.litClass[q].contains(.adjunctLead),
                           let c = ta.adjunctEnd(q, limit: limit, hard: hard), c + 1 < limit {
                            var m = idx
                            while m < ms.count, ms[m].first <= c { m += 1 }
                            if m < ms.count, ms[m].first <= c + 3, ms[m].first < limit { q = c + 1; continue }
                        }
                        if hard { break }
                        if ta.isSoftBreak(q) {
                            if !res.isEmpty { break }
                            // "received, on behalf of the Amir, X": an English greetings phrase before the object is skipped
                            if !toks[q].isArabic, let c = (q + 1..<limit).first(where: { toks[$0].norm.same(",") }) { q = c + 1; continue }
                        }
                        while idx < ms.count, ms[idx].first < q { idx += 1 }
                        if idx < ms.count, ms[idx].first == q, ms[idx].first < limit {
                            let l = ms[idx].last
                            while idx < ms.count, ms[idx].first == q { res.append(ms[idx]); idx += 1 }
                            q = l + 1; continue
                        }
                        q += 1
                    }
                    // a collective audience (وزراء الداخلية العرب …): only officials named as received count
                    let end = res.last?.last ?? start
                    var lo = 0, hi = pluralStarts.count
                    while lo < hi { let m = (lo + hi) / 2; if pluralStarts[m] < start { lo = m + 1 } else { hi = m } }
                    if lo < pluralStarts.count, pluralStarts[lo] <= end {
                        res = res.filter { if case .person = $0.ref { return true }; if case .protagonist = $0.ref { return true }; return false }
                    }
                    return res
                }
                let isEnglish = !toks[k].isArabic
                switch tr.kind {
                case .verbMet, .verbReceive, .verbVisit, .inviteVerb, .verbCall:
                    // SVO: a mention just before the verb
                    let before = ms.last { $0.last < k }
                    let gapOK: Bool = {
                        guard let b = before else { return false }
                        var gap = 0   // words between the mention and the verb, but for the fillers
                        for q in b.last + 1..<k where toks[q].kind == .word && !mw.isGapFiller(toks[q].id) { gap += 1 }
                        return isEnglish ? gap <= 3 : gap == 0
                    }()
                    var after = collectAfter(k + 1, limit: nextTrig)
                    if let b = before, usedObjects.contains(b.first), gapOK || isEnglish && b.first >= sr.lowerBound {
                        // "X held talks with Y, and later met Z" / "استقبل X Y، والتقى Z": the object of the previous
                        // clause is not the subject of the coordinated one
                        subject = prevSubject; objects = after
                    } else if isEnglish {
                        if let b = before, gapOK || b.first >= sr.lowerBound { subject = b }
                        objects = after
                    } else if let b = before, gapOK, !b.marked {
                        subject = b; objects = after
                    } else if let u = unlinkedSubject(after: k, before: nextTrig, ms: ms, mw) {
                        // a surname subject that links to no extracted person is not some other person: the outlet's side
                        subject = Mention(first: u, last: u, ref: home.map { .country($0) } ?? .none, marked: false)
                        objects = after.filter { $0.first > u }
                    } else if let f = after.first, !f.marked, !f.isCounterpart, case .person = f.ref, after.count == 1,
                              let d = delegationObject(after: f.last, limit: nextTrig, mw) {
                        // "التقى وزير الداخلية X، بمقر الوزارة، وفدا عن مكتب …": X is the subject, the delegation the object
                        subject = f; objects = d
                    } else if let f = after.first, !f.marked, !f.isCounterpart {
                        let isTopicLike: Bool = {
                            if case .protagonist = f.ref { return true }
                            if case .person(let p) = f.ref, p == topic { return true }
                            return false
                        }()
                        if after.count >= 2 || isTopicLike { subject = f; after.removeFirst(); objects = after }
                        else { objects = after }
                    } else { objects = after }
                    // "… X والوفد المرافق له الذي يزور عمان": the relative clause's subject is its antecedent
                    if k > 0, mw.isRelative(toks[k - 1].id), let b = ms.last(where: { $0.last < k - 1 }), k - b.last <= 8 {
                        subject = b; objects = after
                    }
                    if tr.kind == .verbVisit && objects.isEmpty, let c = countryObject(after: subject?.last ?? k, limit: nextTrig) { objects = [Mention(first: k, last: k, ref: .country(c), marked: true)] }
                case .gathered:
                    // "جمع لقاء X بـ Y": the first side named after the noun and the others
                    var after = collectAfter(k + 1, limit: nextTrig)
                    if let f = after.first, !f.isCounterpart { subject = f; after.removeFirst() }
                    objects = after
                case .frontedMet, .frontedCall:
                    // "In a meeting with Y, X stressed …": the other side up to the comma, the subject after it; "X said during
                    // talks with Y": the subject before the noun
                    let comma = (k + 2..<nextTrig).first { toks[$0].norm.same(",") }
                    if toks[k + 1].norm.same("between") {
                        // "the meeting between X and Y": the first is side a
                        var both = collectAfter(k + 2, limit: nextTrig)
                        if both.count >= 2 { subject = both.removeFirst(); objects = both } else { subject = nil; objects = [] }
                        if objects.isEmpty { consumedUntil = k; continue }
                    } else {
                        objects = collectAfter(k + 1, limit: comma ?? nextTrig)
                        if let b = ms.last(where: { $0.last < k && $0.first >= sr.lowerBound && !$0.marked }) { subject = b }
                        else if let c = comma, let f = ms.first(where: { $0.first > c && $0.first < nextTrig && !$0.marked }) { subject = f }
                    }
                case .receptionOf:
                    // "كان في استقبال سعادته لدى وصوله …، X": the possessor is the guest, the next side the host
                    let after = collectAfter(k + 1, limit: nextTrig)
                    if let g = after.first, g.first <= k + 2, let h = after.dropFirst().first(where: { if case .none = $0.ref { return false }; return $0.ref != g.ref }) {
                        subject = h; objects = [g]
                    } else if let h = after.first, h.first > k + 2, toks[k + 1].isArabic, toks[k + 1].norm.hasPrefixFast("ال") || toks[k + 1].norm.hasSuffixFast("ه") {
                        // "في استقبال الضيف / ضيفه لدى وصوله، X": the unnamed guest is the article's subject
                        if case .none = h.ref {} else { subject = h; objects = [Mention(first: k, last: k, ref: .protagonist, marked: true)] }
                    }
                case .passiveReception:
                    // "كان X قد استقبل من طرف Y", "حظي X باستقبال من Y", "X was received by Y": Y hosted X
                    var v = k
                    if !isEnglish, let h = hazi(before: k, from: sr.lowerBound, mw) { v = h }
                    if isEnglish, k > 0 { v = k - 1 }
                    var guest: Mention? = ms.first { $0.first > v && $0.last < k }
                    if guest == nil, let b = ms.last(where: { $0.last < v && $0.first >= sr.lowerBound }),
                       (b.last + 1..<v).allSatisfy({ toks[$0].kind != .word || toks[$0].norm.isOne(of: ["قد", "كان", "وكان", "has", "had", "also"])
                           // "X and his accompanying delegation were received by Y"
                           || isEnglish && toks[$0].norm.isOne(of: ["and", "his", "her", "the", "accompanying", "delegation", "entourage", "party", "team"]) }) { guest = b }
                    let after = collectAfter(k + 1, limit: nextTrig)
                    if let h = after.first(where: { if case .none = $0.ref { return false }; return true }) {
                        subject = h; objects = [guest ?? Mention(first: k, last: k, ref: .protagonist, marked: true)]
                    }
                case .reception:
                    // "كان في استقباله X": X is the host, the visitor is the current subject
                    let after = collectAfter(k + 1, limit: nextTrig)
                    if let h = after.first(where: { if case .none = $0.ref { return false }; return true }) {
                        subject = h; objects = [Mention(first: k, last: k, ref: .protagonist, marked: true)]
                    }
                case .nounMet, .nounReceive, .call, .invite:
                    // light verb before the noun
                    var lv: Int? = nil
                    var q = k - 1
                    while q >= sr.lowerBound, k - q <= 22 {
                        if toks[q].kind == .word, !ta.anyClass[q].isDisjoint(with: [.lightVerb, .metVerb]),
                           !ta.stemClass(q).isDisjoint(with: [.lightVerb, .metVerb]) { lv = q; break }
                        q -= 1
                    }
                    var between: [Mention] = []
                    if let v = lv { between = ms.filter { $0.first > v && $0.last < k } }
                    if let f = between.first(where: { !$0.marked }) { subject = f; between.removeAll { $0.first == f.first } }
                    else if between.isEmpty, let v = lv, !isEnglish, let u = unlinkedSubject(after: v, before: k, ms: ms, nounAt: k, mw) {
                        // "كذلك عقد الحجار لقاء مع …" with an unlinked surname: the outlet's side, never another person
                        subject = Mention(first: u, last: u, ref: home.map { .country($0) } ?? .none, marked: false)
                    }
                    else if let v = lv, let b = ms.last(where: { $0.last < v }), (b.last + 1..<v).allSatisfy({ toks[$0].kind != .word || toks[$0].norm.isOne(of: ["قد", "كان", "وكان"]) })
                                || isEnglish && b.first >= sr.lowerBound && (b.last + 1..<v).filter({ toks[$0].kind == .word }).count <= 3 {
                        // the object of the previous clause is not the subject of the coordinated one
                        subject = usedObjects.contains(b.first) ? prevSubject : b
                    } else if lv == nil, isEnglish, let b = ms.last(where: { $0.last < k && $0.first >= sr.lowerBound && !$0.marked }) {
                        // "X said in a phone call with Y"
                        subject = b
                    }
                    let receivedSide = lv.map { v in ta.anyClass[v].contains(.receiveLight) && ta.stemClass(v).contains(.receiveLight) } ?? false
                    // "من X" after the noun: X is side a
                    var after = collectAfter(k + 1, limit: nextTrig)
                    let fromIdx = (k + 1..<min(nextTrig, k + 5)).first { toks[$0].id == mw.min || toks[$0].id == mw.from }
                    if tr.kind != .nounMet, tr.kind != .nounReceive, let fi = fromIdx, let x = after.first(where: { $0.first > fi }) {
                        // invitation or call from X to the recipient (nearest mention before the noun, else the subject)
                        var recipient = between.last ?? subject
                        // "Sheikh Saif / H.H. / He also received a phone call from X": a short form or pronoun that is no
                        // mention is the article's subject
                        if recipient == nil, isEnglish, lv != nil { recipient = Mention(first: k, last: k, ref: .protagonist, marked: true) }
                        subject = x
                        fromIdxUsed = true
                        after = recipient.map { [$0] } ?? []
                        if recipient == nil { aIsObject = true }
                    } else if receivedSide && tr.kind != .nounMet && tr.kind != .nounReceive {
                        // تلقى اتصالا/دعوة without من: skip
                        after = []
                    } else {
                        after = between + after
                    }
                    objects = after
                }
                // "X and Y met / held talks / discussed in a phone call": coordinated subjects are the two sides
                if objects.isEmpty, isEnglish, let sj = subject, sj.first >= 2 {
                    var a = sj.first - 1
                    if toks[a].norm.isOne(of: ["his", "her", "the"]) { a -= 1 }
                    if a >= 1, toks[a].norm.same("and"), let x = ms.last(where: { $0.last == a - 1 }), x.first >= sr.lowerBound,
                       tr.kind != .passiveReception, tr.kind != .receptionOf {
                        subject = x; objects = [sj]
                    }
                }
                consumedUntil = max(k, objects.last?.last ?? k)
                for o in objects where !usedObjects.contains(o.first) { usedObjects.append(o.first) }
                if let sj = subject { prevSubject = sj }
                let subj: Ref = subject?.ref ?? (aIsObject ? .none : .protagonist)
                guard let (firstA, ia) = participant(subj, topicPerson: topic) else { continue }
                var pa = firstA
                let kind: MeetingKind = {
                    switch tr.kind {
                    case .verbReceive, .reception, .nounReceive, .receptionOf, .passiveReception: return .received
                    case .verbVisit: return .visited
                    case .call, .verbCall, .frontedCall: return .called
                    case .invite, .inviteVerb: return .invited
                    default: return .met
                    }
                }()
                for o in objects {
                    if case .none = o.ref { continue }
                    guard let (firstB, ib) = participant(o.ref, topicPerson: topic) else { continue }
                    var pb = firstB
                    if let x = ia, let y = ib, x == y { continue }
                    // "… بين المملكة المغربية وجمهورية مصر العربية": the side without a country takes the other one named
                    if (pa.country == nil) != (pb.country == nil), pa.organization == nil, pb.organization == nil {
                        let known = pa.country ?? pb.country!
                        let named = countriesNamed(in: sr).filter { $0 != known }
                        // (one country, named once or more)
                        if let c0 = named.first, named.allSatisfy({ $0 == c0 }) {
                            if pa.country == nil, let x = ia { persons[x].country = named[0]; pa.country = named[0] }
                            else if pb.country == nil, let y = ib { persons[y].country = named[0]; pb.country = named[0] }
                        }
                    }
                    // "Lebanon's interior minister held talks with his Saudi counterpart … X met Y, the Saudi interior minister":
                    // an English lead names the unnamed side by country; a later named official without a country meeting
                    // the same person is that side
                    if isEnglish, (pa.country == nil) != (pb.country == nil), pa.organization == nil, pb.organization == nil,
                       let known = pa.country == nil ? pb.person : pa.person, let kc = pa.country ?? pb.country,
                       let c = out.lazy.compactMap({ m -> String? in
                           guard m.participants.contains(where: { $0.person == known }),
                                 let side = m.participants.first(where: { $0.person == nil && $0.organization == nil }), side.country != kc else { return nil }
                           return side.country
                       }).first {
                        if pa.country == nil, let x = ia { persons[x].country = c; pa.country = c }
                        else if pb.country == nil, let y = ib { persons[y].country = c; pb.country = c }
                    }
                    if pa.person == nil && pb.person == nil && pa.country == pb.country && pa.organization == pb.organization { continue }
                    // an official does not meet their own country
                    if (pa.person == nil && pa.organization == nil || pb.person == nil && pb.organization == nil), pa.country != nil, pa.country == pb.country { continue }
                    let key = MeetingKey(kind: kind, a: pa.person ?? pa.country ?? pa.organization ?? "", b: pb.person ?? pb.country ?? pb.organization ?? "")
                    if seen.contains(where: { $0.kind == key.kind && $0.b == key.b && $0.a == key.a }) { continue }
                    seen.append(key)
                    let ev = Evidence(start: toks[sr.lowerBound].start, end: toks[sr.upperBound - 1].end)
                    if sentenceText == nil { sentenceText = textCursor.text(ev.start, ev.end) }
                    out.append(ExtractedMeeting(participants: [pa, pb], kind: kind, topics: [], evidence: ev,
                                                sentence: sentenceText!))
                }
                if let p = ia, !aIsObject, subject?.ref != nil, tr.kind != .reception, tr.kind != .receptionOf, tr.kind != .passiveReception, tr.kind != .call && tr.kind != .invite || fromIdxUsed == false { topic = p }
            }
            if out.count > made { meetingSentences.append((si, made..<out.count)) }
        }
        // topics per meeting: from its sentence to the next meeting sentence in the same paragraph
        guard !meetingSentences.isEmpty else { return out }
        // (the finder's hits are usually in text order already; the sort is stable, so sorting them would change nothing)
        let allHits = topicHits
        var inOrder = true
        for j in allHits.indices.dropFirst() where allHits[j].evidence.start < allHits[j - 1].evidence.start { inOrder = false; break }
        let hits = inOrder ? allHits : allHits.sorted { $0.evidence.start < $1.evidence.start }
        var firstHits: [Int] = []   // one buffer for the article
        for (j, ms) in meetingSentences.enumerated() {
            let s0 = ms.sent
            var s1 = s0
            let line = toks[windows[s0].lowerBound].line
            let stop = j + 1 < meetingSentences.count ? meetingSentences[j + 1].sent : windows.count
            while s1 + 1 < stop, s1 + 1 < windows.count, s1 - s0 < 3 {
                let nl = toks[windows[s1 + 1].lowerBound].line
                if nl - line > 2 { break }
                s1 += 1
            }
            let a = toks[windows[s0].lowerBound].start, b = toks[windows[s1].upperBound - 1].end
            var lo = 0, hi = hits.count
            while lo < hi { let m = (lo + hi) / 2; if hits[m].evidence.start < a { lo = m + 1 } else { hi = m } }
            // the first hit of each topic (by index into the hits: the array of ids is made once, at its size)
            firstHits.removeAll(keepingCapacity: true)
            var q = lo
            while q < hits.count, hits[q].evidence.start < b {
                if hits[q].evidence.end <= b, !firstHits.contains(where: { hits[$0].id == hits[q].id }) { firstHits.append(q) }
                q += 1
            }
            let ids = firstHits.map { hits[$0].id }
            for m in ms.idx { out[m].topics = ids }
        }
        return out
    }
}

/// The first index in `from..<to` whose classes meet `mask`, else `to`: a tight loop over the class bits, for scans
/// that skip most tokens on their classes alone.
@inline(never)
func firstWithClass(_ mask: LexClass, _ classes: [LexClass], from: Int, to: Int) -> Int {
    classes.withUnsafeBufferPointer { b in
        let m = mask.rawValue, end = min(to, b.count)
        var i = max(from, 0)
        while i < end, b[i].rawValue & m == 0 { i += 1 }
        return i < end ? i : to
    }
}

/// Token tests of the meeting clauses.
extension TokenArrays {
    static let hardBreaks = FewWords(["بحضور", "حضر", "حضور"])
    static let enHardBreaks = FewWords(["attended", "presence", "attendance"])
    /// بحضور، حضر، حضور (as the word or a clitic reading of it), attended, presence, attendance: the `.hardBreak`
    /// class of the word or of a reading's stem (a word with such a stem has the class among its any-classes).
    @inline(__always)
    func isHardBreak(_ k: Int) -> Bool {
        anyClass[k].contains(.hardBreak) && stemClass(k).contains(.hardBreak)
    }
    /// Arabic clause-break words (`RoleLexicon.clauseBreak`, the token's literal class); English: only the words that
    /// open a greetings phrase (`EnglishGreetings`: "conveying to him the greetings of X", "on behalf of X"), whose
    /// persons do not meet ("discussed", "said", "who", … were tried and left out).
    @inline(__always)
    func isSoftBreak(_ k: Int) -> Bool {
        let c = litClass[k]
        guard !c.isDisjoint(with: [.clauseBreak, .enGreeting]) else { return false }
        return toks[k].isArabic ? c.contains(.clauseBreak) : toks[k].kind == .word && c.contains(.enGreeting)
    }

    /// The first words of the adjuncts below (`.adjunctLead`).
    static let adjunctLeads = ["علي", "في", "خلال", "on", "in"]

    /// An adjunct opening at q (على هامش، بحضور، في إطار، خلال، وذلك على هامش, on the sidelines of, in the presence of)
    /// that closes with a comma: the comma's index.
    func adjunctEnd(_ q: Int, limit: Int, hard: Bool) -> Int? {
        guard toks[q].kind == .word else { return nil }
        var opens = hard
        if opens {
        } else if !litClass[q].contains(.adjunctLead) {
            // none of the words below
        } else if toks[q].isArabic {
            let w = toks[q].norm
            let next = q + 1 < toks.count ? toks[q + 1].norm : ""
            if (w.same("علي") && next.same("هامش")) || (w.same("في") && next.same("اطار")) || w.same("خلال") { opens = true }
        } else if toks[q].norm.same("on"), q + 2 < toks.count, toks[q + 2].norm.same("sidelines") { opens = true }
        else if toks[q].norm.same("in"), q + 2 < toks.count, toks[q + 2].norm.same("presence") { opens = true }
        guard opens else { return nil }
        var c = q + 2
        while c < min(limit, q + 45) {
            if toks[c].kind == .punct {
                let n = toks[c].norm
                if n.same("\u{060C}") || n.same(",") { return c }
                if n.same(".") || n.same("\u{061B}") { return nil }
            }
            c += 1
        }
        return nil
    }
}

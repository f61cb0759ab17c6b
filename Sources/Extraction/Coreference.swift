// Persons from name spans (role attachment, country, clustering of variants) and the mention list used by
// meeting extraction (names, surnames, bare role phrases, pronoun-like references).
import ArabicText

extension ExtractionRun {
    static func sameKey(_ a: [String], _ b: [String]) -> Bool {
        func eq(_ x: ArraySlice<String>, _ y: ArraySlice<String>) -> Bool { x.count == y.count && zip(x, y).allSatisfy { $0.same($1) } }
        if eq(a[...], b[...]) { return true }
        let (s, l) = a.count <= b.count ? (a, b) : (b, a)
        if s.count >= 2, l.count >= s.count {
            // … but not the father's name inside a patronymic chain (Abdullah II in "Hussein bin Abdullah II")
            for i in 0...(l.count - s.count) where eq(l[i..<(i + s.count)], s[...]) {
                if i > 0, l[i - 1].isOne(of: ["بن", "ابن", "بنت", "ولد", "bin", "ibn", "ben", "bint", "ould"]) { continue }
                return true
            }
        }
        if s.count >= 3, s[0].same(l[0]), s[s.count - 1].same(l[l.count - 1]) { return true }
        // "فهد اليوسف" for "فهد يوسف سعود الصباح": same given name, and the short form's last word is one of the long form's
        if s.count == 2, l.count >= 3, s[0].same(l[0]) {
            let tail = Clitics.withoutArticle(s[1])
            if l.dropFirst().contains(where: { Clitics.withoutArticle($0).same(tail) }) { return true }
        }
        return false
    }

    /// The name's text as UTF-8 bytes: the original words, quotes dropped, single spaces; written at the start of
    /// `out` (grown to room for four bytes a scalar, reused from span to span), returning their count. A name compared
    /// with the names already filed needs no String.
    func nameBytes(_ s: NameSpan, into out: inout [UInt8]) -> Int {
        let lo = toks[s.first].start, hi = toks[s.last].end
        guard lo < hi else { return 0 }
        if out.count < 4 * (hi - lo) { out = [UInt8](repeating: 0, count: 4 * (hi - lo)) }
        return tt.scalars.withUnsafeBufferPointer { sc in
            out.withUnsafeMutableBufferPointer { o in
                var i = 0
                var pendingSpace = false, started = false
                for k in lo..<hi {
                    let c = sc[k]
                    if ArabicNormalizer.isQuote(c) { continue }
                    if ArabicNormalizer.isSpace(c) { pendingSpace = started; continue }
                    if pendingSpace { o[i] = 0x20; i += 1; pendingSpace = false }
                    i += Tokenizer.encodeUTF8(c.value, o.baseAddress! + i); started = true
                }
                return i
            }
        }
    }

    /// The role phrase attached to each name span, before it (pre) and after it (post).
    func attachRoles() -> (pre: [Int?], post: [Int?]) {
        let buffers = ctx.words.runBuffers
        var pre = buffers.optionalInts(spans.count), post = buffers.optionalInts(spans.count)
        guard !roles.isEmpty, !spans.isEmpty else { return (pre, post) }
        let toks = self.toks
        // the span led by token k, the span ending at token k (or at the closing quote k after it): the last such
        // span in span order. Per-token arrays: an article can be one 50 MB line with thousands of spans.
        // (four bytes a token: a span index fits in 32 bits)
        var leadSpan = buffers.int32s(toks.count + 1, -1), lastSpan = buffers.int32s(toks.count + 1, -1)
        defer { buffers.give(leadSpan); buffers.give(lastSpan) }
        for (si, s) in spans.enumerated() {
            leadSpan[s.lead] = Int32(si)
            lastSpan[s.last] = Int32(si)
            if s.last + 1 < toks.count && NameFinder.isQuote(toks[s.last + 1]) { lastSpan[s.last + 1] = Int32(si) }
        }
        func byLead(_ k: Int) -> Int? { k >= 0 && k < toks.count && leadSpan[k] >= 0 ? Int(leadSpan[k]) : nil }
        func byLast(_ k: Int) -> Int? { k >= 0 && k < toks.count && lastSpan[k] >= 0 ? Int(lastSpan[k]) : nil }
        func isComma(_ k: Int) -> Bool { k >= 0 && k < toks.count && toks[k].kind == .punct && (toks[k].norm.same("\u{060C}") || toks[k].norm.same(",")) }
        // the roles in a local array while persons are attached (iterating a copy would copy it on the first write)
        var roles = self.roles
        self.roles = []
        defer { self.roles = roles }
        for ri in roles.indices where !roles[ri].plural || roles[ri].counterpart || !roles[ri].countries.isEmpty {
            let r = (first: roles[ri].first, last: roles[ri].last, counterpart: roles[ri].counterpart, plural: roles[ri].plural)
            // a name led by the role's own last word (King Abdullah II, Crown Prince Mohammed …) also follows it directly
            let nextDirect = byLead(r.last + 1) ?? byLead(r.last).flatMap { spans[$0].first > r.last ? $0 : nil }
            let nextComma = isComma(r.last + 1) ? byLead(r.last + 2) : nil
            var prev = byLast(r.first - 1)
            if prev == nil, isComma(r.first - 1) { prev = byLast(r.first - 2) }
            if r.counterpart || r.plural { if let s = nextDirect ?? nextComma { pre[s] = ri; roles[ri].person = s }; continue }
            // "… المسؤول الحكومي المغربي بالفريق X": a name behind a preposition is an object, not the role's holder
            if let s = nextDirect, pre[s] == nil, !prepositionalHonorific(spans[s].lead) { pre[s] = ri; roles[ri].person = s }
            // "…، X، ووزير الداخلية …، Y": a coordinated title (و + head) opens the next item, not an apposition to X
            else if let s = prev, post[s] == nil, r.first - spans[s].last <= 3, !RolePhraseFinder.prepositional(ctx, r.first),
                    !(nextComma != nil && toks[r.first].isArabic && ctx.extraReadings[r.first].contains { $0.prefix.same("و") && RoleLexicon.heads[$0.stem] != nil }),
                    !(spans[s].first == spans[s].last && nextComma != nil) { post[s] = ri; roles[ri].person = s }
            else if let s = nextComma, pre[s] == nil { pre[s] = ri; roles[ri].person = s }
        }
        return (pre, post)
    }

    /// `ctx.readings(k).contains { $0.stem.isOne(of: ["الوفد", "وفد"]) }`: the literal word, then its clitic readings.
    func delegationReading(_ k: Int) -> Bool {
        guard toks[k].kind == .word else { return false }
        if toks[k].norm.isOne(of: Self.delegationWords) { return true }
        return ctx.extraReadings[k].contains { $0.stem.isOne(of: Self.delegationWords) }
    }
    static let delegationWords = ["الوفد", "وفد"]

    func roleSearchStart(_ tok: Int) -> Int {
        var lo = 0, hi = roles.count
        while lo < hi { let m = (lo + hi) / 2; if roles[m].first <= tok { lo = m + 1 } else { hi = m } }
        return lo
    }

    func buildPersons() {
        let (pre, post) = attachRoles()
        let toks = self.toks
        let buffers = ctx.words.runBuffers
        // a nisba just before a token (the last one given wins): the index of its country mention, -1 for none
        let countryMentions = self.countryMentions
        var nisbaBefore = buffers.int32s(toks.count + 1, -1)
        func nisba(before k: Int) -> String? { k >= 0 && k <= toks.count && nisbaBefore[k] >= 0 ? countryMentions[Int(nisbaBefore[k])].iso : nil }
        // a nisba that ends another official's title (… وزير الخارجية الجزائري، ومعالي X) is not X's
        var inOwnedRole = buffers.bools(toks.count)
        // (roles and mentions read in place: a copy would retain each of their strings and arrays)
        for ri in roles.indices where roles[ri].person != nil && !roles[ri].counterpart { inOwnedRole[roles[ri].last] = true }
        for mi in countryMentions.indices where countryMentions[mi].kind == .nisba || countryMentions[mi].kind == .description {
            let last = countryMentions[mi].last
            if countryMentions[mi].iso != nil, !inOwnedRole[last] { nisbaBefore[last + 1] = Int32(mi) }
        }
        buffers.give(inOwnedRole)
        // Each distinct key is filed once, under the person its first span went to; a person's words are those of every
        // key filed under them. Few persons per article: scans instead of dictionaries. (Normalized words are non-empty
        // and hold no spaces, so comparing word lists is comparing the keys joined with spaces.)
        // Words compared by their vocabulary ids (equal ids ⇔ equal bytes): a joined عبد form is interned like any word.
        // The filed keys end to end (key j is `filedKeyWords[keyEnds[j - 1]..<keyEnds[j]]`, filed under `keyPerson[j]`), and
        // each filed word with its person (`filedWords[j]` under `wordPerson[j]`; a word filed twice under one person is
        // listed twice, which no membership test sees): a few buffers kept from article to article, no array per key.
        var filedKeyWords = buffers.int32s(0, 0), keyEnds = buffers.ints(0, 0), keyPerson = buffers.ints(0, 0)
        var filedWords = buffers.int32s(0, 0), wordPerson = buffers.ints(0, 0)
        // per person, one bit (id mod 64) for each filed word: a person none of whose bits is among the key's shares no
        // word with it, and its words need not be read
        var filedMask: [UInt64] = []
        let vocabulary = ctx.words.vocabulary
        var ids: [Int32] = []
        var nameBuf: [UInt8] = []
        // the persons in a local array while spans are filed (no exclusivity checks on every access)
        do {
            var persons = self.persons
            self.persons = []
            var tailIDs = personTailIDs
            filedMask = [UInt64](repeating: 0, count: persons.count)
            // (at most a person per span: room for all at once instead of growing one by one)
            persons.reserveCapacity(spans.count); tailIDs.reserveCapacity(spans.count); filedMask.reserveCapacity(spans.count)
            // (by index: iterating a copy of the spans would copy them all on the first write)
            for si in spans.indices {
                let s = spans[si]
                NameFinder.keyIDs(ctx, s, vocabulary, into: &ids)
                guard ids.count >= 2 else { continue }
                // the key's words as Strings only where they are compared or stored
                var keyWords: [String]? = nil
                func key() -> [String] {
                    if let w = keyWords { return w }
                    let w = ids.map { vocabulary.string($0) }
                    keyWords = w
                    return w
                }
                // the name's text as bytes, made a String only when it is stored
                let used = nameBytes(s, into: &nameBuf)
                let bytes = nameBuf[..<used]
                func isText(_ x: String) -> Bool {
                    // (a stored name is a native String: its UTF-8 read in place, without a copy to call withUTF8)
                    if let r = x.utf8.withContiguousStorageIfAvailable({ $0.count == used && $0.elementsEqual(bytes) }) { return r }
                    var x = x; return x.withUTF8 { $0.count == used && $0.elementsEqual(bytes) }
                }
                var keyMask: UInt64 = 0
                for id in ids { keyMask |= 1 << UInt64(id & 63) }
                // the person of the first filed key equal to this one
                var pi: Int? = nil
                var start = 0
                for j in keyEnds.indices {
                    let end = keyEnds[j]
                    if end - start == ids.count, filedKeyWords[start..<end].elementsEqual(ids) { pi = keyPerson[j]; break }
                    start = end
                }
                let exactHit = pi != nil
                if pi == nil {
                    // candidates share a word with the new name (the lowest-numbered person whose key matches)
                    for c in filedMask.indices where filedMask[c] & keyMask != 0
                        && filedWords.indices.contains(where: { wordPerson[$0] == c && ids.contains(filedWords[$0]) }) {
                        if Self.sameKey(persons[c].key, key()) { pi = c; break }
                    }
                }
                if pi == nil {
                    persons.append(PersonRecord(key: key(), name: String(decoding: bytes, as: UTF8.self), nameTokens: ids.count, first: s.lead))
                    tailIDs.append((ids[ids.count - 1], ids[ids.count - 2], ids.count >= 3 ? ids[ids.count - 3] : -1))
                    filedMask.append(0)
                    pi = persons.count - 1
                }
                let p = pi!
                // a longer name replaces the shorter one (a longer spelling of as many words does not)
                if ids.count > persons[p].nameTokens {
                    if !persons[p].aliases.contains(persons[p].name) { persons[p].aliases.append(persons[p].name) }
                    persons[p].name = String(decoding: bytes, as: UTF8.self); persons[p].key = key(); tailIDs[p] = (ids[ids.count - 1], ids[ids.count - 2], ids.count >= 3 ? ids[ids.count - 3] : -1); persons[p].nameTokens = ids.count
                } else if !isText(persons[p].name), !persons[p].aliases.contains(where: isText) {
                    persons[p].aliases.append(String(decoding: bytes, as: UTF8.self))
                }
                spans[si].person = p
                if !exactHit {
                    filedKeyWords.append(contentsOf: ids); keyEnds.append(filedKeyWords.count); keyPerson.append(p)
                    for w in ids { filedWords.append(w); wordPerson.append(p); filedMask[p] |= 1 << UInt64(w & 63) }
                }
                persons[p].spans.append(si)
                persons[p].mentions.append(Evidence(start: toks[s.first].start, end: toks[s.last].end))
                // role and country
                func take(_ ri: Int, _ src: Int) {
                    // the phrase's fields read in place (a copy of the RolePhrase would retain each of its strings and
                    // arrays); a plural phrase that is no counterpart gives its last country and at least "official"
                    let pluralOnly = roles[ri].plural && !roles[ri].counterpart
                    if let c = pluralOnly ? roles[ri].countries.last : roles[ri].country, src < persons[p].countrySource {
                        persons[p].country = c; persons[p].countrySource = src
                    }
                    if persons[p].role == nil || persons[p].role == "counterpart" {
                        let label = pluralOnly && roles[ri].label.isEmpty ? "official" : roles[ri].label
                        if label != "counterpart" { persons[p].role = label }
                    }
                    if roles[ri].counterpart, persons[p].role == nil { persons[p].role = "counterpart" }
                    if let o = roles[ri].org, persons[p].org == nil { persons[p].org = o }
                    if roles[ri].domestic { persons[p].domestic = true }
                }
                if let ri = pre[si] { take(ri, 1) }
                if let ri = post[si] { take(ri, 2) }
                var b = s.lead - 1
                // (a comma is a punctuation token: a word's text need not be compared)
                if b >= 0, toks[b].kind == .punct, toks[b].norm.same("\u{060C}") || toks[b].norm.same(",") { b -= 1 }
                if let iso = nisba(before: s.lead) ?? nisba(before: b + 1), 1 < persons[p].countrySource, !prepositionalHonorific(s.lead) { persons[p].country = iso; persons[p].countrySource = 1 }
                if pre[si] == nil && post[si] == nil {
                    // a role phrase a few words later in the same clause ("… الذي يشغل منصب وزير الداخلية بالمملكة …")
                    if let ri = roles[roleSearchStart(s.last)...].firstIndex(where: { $0.first - s.last > 6 ? true : $0.person == nil && !$0.plural && !$0.counterpart && $0.first > s.last && $0.first - s.last <= 6
                        && sentOf[$0.first] == sentOf[s.last] && (s.last + 1..<$0.first).allSatisfy({ k in toks[k].norm.isOne(of: ["الذي", "التي", "يشغل", "منصب", "تشغل", "يتولي", "\u{060C}", ","]) }) && $0.country != nil }), roles[ri].first - s.last <= 6, roles[ri].person == nil, roles[ri].country != nil, roles[ri].first > s.last, !roles[ri].plural, !roles[ri].counterpart, (s.last + 1..<roles[ri].first).allSatisfy({ k in toks[k].norm.isOne(of: ["الذي", "التي", "يشغل", "منصب", "تشغل", "يتولي", "\u{060C}", ","]) }) {
                        roles[ri].person = si
                        take(ri, 3)
                    }
                }
            }
            self.persons = persons
            personTailIDs = tailIDs
        }
        buffers.give(filedKeyWords); buffers.give(keyEnds); buffers.give(keyPerson); buffers.give(filedWords); buffers.give(wordPerson)
        buffers.give(pre); buffers.give(post); buffers.give(nisbaBefore)
        // user lexicon actors: canonical names, countries, roles
        for a in tables.lexicon.actors {
            let forms = [a.name] + a.aliases
            for f in forms {
                let k = TokenizedText(f).tokens.filter { $0.kind == .word }.map { $0.norm }
                for p in persons.indices where Self.sameKey(persons[p].key, k) || persons[p].key == k {
                    if persons[p].country == nil { persons[p].country = a.country }
                    if persons[p].role == nil { persons[p].role = a.role }
                    if persons[p].org == nil { persons[p].org = a.organization }
                }
            }
        }
        // "his Saudi and Qatari counterparts, X and Y" / "نظيريه الليبي والتونسي X و Y": countries in order
        for ri in roles.indices where roles[ri].counterpart && roles[ri].countries.count > 1 {
            let r = roles[ri]
            guard let s0 = r.person else { continue }
            var chain = [s0]
            var cur = s0
            while chain.count < r.countries.count, cur + 1 < spans.count {
                let nx = spans[cur + 1]
                let gap = (spans[cur].last + 1)..<nx.lead
                guard gap.count <= 3, gap.allSatisfy({ toks[$0].norm.isOne(of: [",", "\u{060C}", "and", "و"]) || NameFinder.isQuote(toks[$0]) }) || nx.lead == spans[cur].last + 1 && toks[nx.lead].norm.hasPrefixFast("و") else { break }
                chain.append(cur + 1); cur += 1
            }
            guard chain.count == r.countries.count else { continue }
            for (k, si) in chain.enumerated() where spans[si].person >= 0 {
                let p = spans[si].person
                if persons[p].countrySource >= 1 { persons[p].country = r.countries[k]; persons[p].countrySource = 1 }
                if persons[p].role == nil { persons[p].role = "counterpart" }
            }
        }
        // "Damascus was (instead) represented by Foreign Minister X", "ومثّل سوريا وزير الخارجية X": the country X speaks for
        let underLeadershipID = ctx.words.underLeadershipID
        for mi in countryMentions.indices {
            guard let iso = countryMentions[mi].iso else { continue }
            // (the mention's position and kind, not a copy of its strings)
            let m = (first: countryMentions[mi].first, last: countryMentions[mi].last, kind: countryMentions[mi].kind)
            var q = m.last + 1
            var target: Int? = nil
            if !toks[m.first].isArabic {
                while q < toks.count, q - m.last <= 3, toks[q].norm.isOne(of: ["was", "is", "were", "instead", "also", "being"]) { q += 1 }
                if q + 1 < toks.count, toks[q].norm.same("represented"), toks[q + 1].norm.same("by") { target = q + 2 }
            } else if m.kind == .nisba, m.first > 0, toks[m.first - 1].line == toks[m.first].line, delegationReading(m.first - 1) {
                // "وشارك في الوفد الفلسطيني مدير عام الشرطة اللواء X": a member of the delegation, in the same clause
                var e = q
                while e < toks.count, e - q <= 8, toks[e].line == toks[m.first].line, !toks[e].norm.isOne(of: ["\u{060C}", ",", ".", "\u{061B}"]) { e += 1 }
                if let si = spans.firstIndex(where: { $0.lead >= q && $0.lead < e }), spans[si].person >= 0, persons[spans[si].person].country == nil {
                    persons[spans[si].person].country = iso; persons[spans[si].person].countrySource = 2
                }
                continue
            } else if m.first > 0, toks[m.first - 1].kind == .word, toks[m.first - 1].norm.hasSuffixFast("مثل"), ctx.readings(m.first - 1).contains(where: { ($0.prefix.same("و") || $0.prefix.same("ف")) && $0.stem.isOne(of: ["مثل", "يمثل"]) }) {
                target = q
            } else if toks[m.first].isArabic, q < toks.count, q - m.last <= 3 {
                // "موقف الأردن الثابت بقيادة جلالة الملك X": the country's leader
                // (the word by its vocabulary id: equal ids ⇔ equal words)
                while q < toks.count, q - m.last <= 3, toks[q].id != underLeadershipID { q += 1 }
                guard q < toks.count, toks[q].id == underLeadershipID else { continue }
                if let si = spans.firstIndex(where: { $0.first > q && $0.first - q <= 4 }), spans[si].person >= 0, persons[spans[si].person].country == nil {
                    persons[spans[si].person].country = iso; persons[spans[si].person].countrySource = 2
                }
                continue
            }
            guard let t0 = target else { continue }
            if let si = spans.firstIndex(where: { $0.lead >= t0 && $0.lead - t0 <= 8 }), spans[si].person >= 0 {
                let p = spans[si].person
                if persons[p].country == nil || persons[p].countrySource > 2 { persons[p].country = iso; persons[p].countrySource = 2 }
            }
        }
        for p in persons.indices where persons[p].country == nil && persons[p].domestic && persons[p].org == nil {
            persons[p].country = home
        }
        // a monarch or head of state named by honorific only (جلالة الملك X، فخامة الرئيس X، العاهل X) is the outlet's own
        if let h = home {
            for p in persons.indices where persons[p].country == nil && persons[p].org == nil && persons[p].role != "counterpart" {
                if persons[p].spans.contains(where: { si in spans[si].honorifics.contains { k in toks[k].isArabic && Self.headOfStateHonorifics.contains(toks[k].norm) } }) {
                    persons[p].country = h
                }
            }
        }
        // the wire's own official: the article's first person, named with a rank but no office, belongs to the outlet
        if let prot = protagonist, agency != nil, persons[prot].country == nil, persons[prot].org == nil, persons[prot].role == nil,
           persons[prot].spans.contains(where: { !spans[$0].honorifics.isEmpty }) {
            persons[prot].country = agency
        }
        // a counterpart holds the same office as the official they meet (the article's protagonist)
        if let prot = protagonist, let r = persons[prot].role, r != "counterpart" {
            let base = !r.utf8.contains(UInt8(ascii: "(")) ? r : NameText.withoutActing(r) ?? r.replacingOccurrences(of: " (acting)", with: "")
            for p in persons.indices where persons[p].role == "counterpart" { persons[p].role = base }
        }
    }

    var protagonist: Int? { persons.isEmpty ? nil : persons.indices.min { persons[$0].first < persons[$1].first } }
    /// The article's main official: the first one from the outlet's country, else the first one named.
    var mainPerson: Int? {
        if let h = home, let p = persons.indices.filter({ persons[$0].country == h }).min(by: { persons[$0].first < persons[$1].first }) { return p }
        return protagonist
    }

    func buildMentions() {
        let ta = TokenArrays(self)
        let toks = ta.toks, ctx = self.ctx
        // the mentions in a local array while they are made (no exclusivity checks on every append)
        var mentions = self.mentions
        self.mentions = []
        defer { self.mentions = mentions }
        // `markingWords` by vocabulary id (equal ids ⇔ equal words)
        let markingIDs = ctx.words.markingWordIDs
        // (marked through a static helper: a nested function capturing the array would box it, with an access check on
        // every read in the per-token scans)
        let buffers = ctx.words.runBuffers
        var covered = buffers.bools(toks.count)
        defer { buffers.give(covered) }
        @inline(__always) func mark(_ c: inout [Bool], _ a: Int, _ b: Int) { if a <= b { for k in a...b { c[k] = true } } }
        func isMarked(_ first: Int) -> Bool {
            // the first proclitic reading (every reading after the literal one has a prefix)
            if toks[first].isArabic, let r = ta.secondReading(first), r.prefix.hasSuffixFast("ب") || r.prefix.hasSuffixFast("ل") {
                // only when the stripped reading is a known word class (honorific, head, counterpart, surname, ال-word);
                // the token's classes cover its readings' stems, so a token without these classes needs no lookup
                let s = r.stem
                let mayBeKnown = !ta.anyClass[first].isDisjoint(with: Self.markedStemClasses)
                if s.hasPrefixFast("ال") || mayBeKnown && (RoleLexicon.honorifics.contains(s) || RoleLexicon.heads[s] != nil || RoleLexicon.counterparts.contains(s)) { return true }
            }
            var k = first - 1
            while k >= 0, toks[k].kind == .punct, NameFinder.isQuote(toks[k]) { k -= 1 }
            if k >= 0, markingIDs.contains(toks[k].id) { return true }
            return false
        }
        // names
        // the widest extent of each span's roles (only their first and last tokens matter: two numbers per span, not a
        // list of role indices)
        var roleFirst = buffers.ints(spans.count, Int.max), roleLast = buffers.ints(spans.count, Int.min)
        for ri in roles.indices {
            if let p = roles[ri].person { roleFirst[p] = min(roleFirst[p], roles[ri].first); roleLast[p] = max(roleLast[p], roles[ri].last) }
        }
        // (by index: the span's fields read in place, no copy of its honorifics)
        for si in spans.indices where spans[si].person >= 0 {
            let lead = spans[si].lead
            let f = min(lead, roleFirst[si]), l = max(spans[si].last, roleLast[si])
            mentions.append(Mention(first: f, last: l, ref: .person(spans[si].person), marked: isMarked(f) || isMarked(lead) && lead == f, from: "name"))
            mark(&covered, f, l)
        }
        buffers.give(roleFirst); buffers.give(roleLast)
        // surnames and single-token names
        // surname word → its person, -1 when several persons share it; few per article: a list behind a bit filter
        var surnames: [(word: String, id: Int32, person: Int)] = []
        var mayBeSurname = WordFilter()
        // bit filters by word id (the literal word) and over the stems of a word's readings (WordCache.wordBit)
        var surnameIDBits: UInt64 = 0, surnameStemBits: UInt64 = 0, surnameSecondBits: UInt64 = 0
        let words = ctx.words
        // (a key's words are vocabulary words: their ids were kept with the key, equal ids ⇔ equal words)
        func file(_ w: String, _ id: Int32, _ p: Int) {
            mayBeSurname.insert(w)
            // equal words have equal ids: a token whose id is not among the surnames' ids is no surname
            surnameIDBits |= 1 << UInt64(id & 63)
            surnameStemBits |= WordCache.wordBit(w)
            surnameSecondBits |= WordCache.secondWordBit(w)
            if let i = surnames.firstIndex(where: { $0.id == id }) { if surnames[i].person != p { surnames[i].person = -1 } }
            else { surnames.append((w, id, p)) }
        }
        let tailIDs = personTailIDs
        // a key word's literal classes by its id when the word cache has them (a joined عبد form may be no token's
        // word): `.stop` ⇔ one of `stopwords`, `.connector` ⇔ one of `connectors`
        let known = words.known, wordFacts = words.facts
        func isStop(_ id: Int32, _ w: String) -> Bool {
            let i = Int(id)
            return i >= 0 && i < known.count && known[i] ? wordFacts[i].lit.contains(.stop) : RoleLexicon.stopwords.contains(w)
        }
        func isConnector(_ id: Int32, _ w: String) -> Bool {
            let i = Int(id)
            return i >= 0 && i < known.count && known[i] ? wordFacts[i].lit.contains(.connector) : RoleLexicon.connectors.contains(w)
        }
        for p in persons.indices {
            let k = persons[p].key, t = tailIDs[p]
            if let last = k.last, !isStop(t.last, last) { file(last, t.last, p) }
            if k.count >= 3 {
                let s2 = k[k.count - 2]
                if !isConnector(t.beforeLast, s2), !isConnector(t.third, k[k.count - 3]), s2.unicodeScalars.count >= 4, !isStop(t.beforeLast, s2) {
                    file(s2, t.beforeLast, p)
                }
            }
        }
        /// The one person with this surname (the filed lists read as constants: no box, no access check).
        let surnameFilter = mayBeSurname, surnameList = surnames
        func surname(_ w: String) -> Int? {
            guard surnameFilter.mayContain(w), let e = surnameList.first(where: { $0.word.same(w) }), e.person >= 0 else { return nil }
            return e.person
        }
        /// The same for a word token, by its word id.
        func surname(id: Int32) -> Int? {
            guard let e = surnameList.first(where: { $0.id == id }), e.person >= 0 else { return nil }
            return e.person
        }
        let idBits = surnameIDBits, stemBits = surnameStemBits, secondBits = surnameSecondBits
        let blocked = ctx.blocked, litClass = ta.litClass, extra = ta.extra, hasExtra = extra.has, facts = words.facts
        let wordIDs = ctx.wordIDs
        // (no person, no surname: nothing to look for; a token is read only once its word id passes the bit filters)
        /// The first token at or after k whose word passes the bit filters (`toks.count` when none): the bit tests fail
        /// for most tokens, which then cost two loads in a tight scan over the ids.
        func nextCandidate(_ k: Int) -> Int {
            wordIDs.withUnsafeBufferPointer { w in
                hasExtra.withUnsafeBufferPointer { h in
                    facts.withUnsafeBufferPointer { fa in
                        var q = k
                        while q < w.count {
                            let id = w[q]
                            if id >= 0, idBits & (1 << UInt64(id & 63)) != 0 || h[q] && fa[Int(id)].stemBits & stemBits != 0 { return q }
                            q += 1
                        }
                        return w.count
                    }
                }
            }
        }
        var i = surnameList.isEmpty ? toks.count : nextCandidate(0)
        while i < toks.count {
            defer { i = nextCandidate(i + 1) }
            let id = Int(wordIDs[i])
            let literal = idBits & (1 << UInt64(id & 63)) != 0
            guard !covered[i] && !blocked[i] else { continue }
            if !toks[i].isArabic && !ctx.isUpper(i) { continue }
            var hit: Int? = nil
            if literal, let p = surname(id: Int32(id)), !litClass[i].contains(.stop) { hit = p }
            else if hasExtra[i], words.secondStemBits(id) & secondBits != 0 {
                // (a word whose stems' second bits miss every surname's has no reading on one)
                for r in extra[i] {
                    if let p = surname(r.stem), !RoleLexicon.stopwords.contains(r.stem) { hit = p; break }
                }
            }
            guard let p = hit else { continue }
            // include a leading honorific (السيد مراد، الوزير الطرابلسي)
            var f = i
            while f - 1 >= 0, !covered[f - 1], toks[f - 1].kind == .word, NameFinder.isHonorific(ctx, f - 1) || litClass[f - 1].contains(.protagonistRef) { f -= 1 }
            mentions.append(Mention(first: f, last: i, ref: .person(p), marked: isMarked(f), from: "surname"))
            persons[p].mentions.append(Evidence(start: toks[i].start, end: toks[i].end))
            mark(&covered, f, i)
        }
        // bare role phrases
        let prot = mainPerson
        for ri in roles.indices where roles[ri].person == nil && (!roles[ri].plural || roles[ri].counterpart)
            && !(roles[ri].plural && roles[ri].counterpart && roles[ri].countries.count < 2) {
            guard !covered[roles[ri].first] else { continue }
            let r = roles[ri]
            var f = r.first
            while f - 1 >= 0, !covered[f - 1], toks[f - 1].kind == .word, NameFinder.isHonorific(ctx, f - 1) { f -= 1 }
            if r.counterpart && r.countries.count > 1 {
                for c in r.countries {
                    var one = r; one.country = c; one.countries = [c]
                    mentions.append(Mention(first: f, last: r.last, ref: resolveRole(one, protagonist: prot), marked: isMarked(f), isCounterpart: true, from: "role"))
                }
                mark(&covered, f, r.last); continue
            }
            let ref = resolveRole(r, protagonist: prot)
            mentions.append(Mention(first: f, last: r.last, ref: ref, marked: isMarked(f), isCounterpart: r.counterpart, from: "role"))
            mark(&covered, f, r.last)
        }
        // pronoun-like references
        let anyClass = ta.anyClass
        // (a word without the reference class is a reference only as "highness": an English word's classes are its
        // literal ones, so the other tokens need not be read)
        let highness = words.highnessID
        // (the class first: a token with a class is a word; "highness" is a word's id)
        for i in toks.indices where (anyClass[i].contains(.protagonistRef) || wordIDs[i] == highness) && !covered[i] {
            if toks[i].isArabic && !anyClass[i].contains(.protagonistRef) { continue }
            // an English word's only stem is itself: its literal class says whether it is a reference
            // (an Arabic word's stem classes: the class's words are exactly `protagonistRefs`, so this is
            // `ta.hasStem(i, in: RoleLexicon.protagonistRefs)` without hashing the word and its stems)
            let isRef = toks[i].isArabic ? ta.stemClass(i).contains(.protagonistRef) : litClass[i].contains(.protagonistRef)
            if isRef {
                mentions.append(Mention(first: i, last: i, ref: .protagonist, marked: isMarked(i), from: "pronoun"))
            } else if toks[i].norm.same("highness"), i > 0, toks[i - 1].norm.same("his") || toks[i - 1].norm.same("her") {
                mentions.append(Mention(first: i - 1, last: i, ref: .protagonist, marked: isMarked(i - 1), from: "pronoun"))
            }
        }
        mentions.sort { ($0.first, $0.last) < ($1.first, $1.last) }
    }

    /// Honorifics of a reigning monarch or head of state (normalized): جلالة، الجلالة، فخامة، الفخامة.
    static let headOfStateHonorifics: WordSet = RoleLexicon.norm(["جلالة", "الجلالة", "فخامة", "الفخامة"])

    /// The classes of `honorifics`, `heads` and `counterparts`, whose stems after ب or ل mark a mention.
    static let markedStemClasses: LexClass = [.honorific, .head, .counterpart]

    /// Words before a mention that make it an object or complement (مع، إلى، ب، with, to, من، لدى).
    static let markingWords = FewWords(["مع", "الي", "ب", "with", "to", "من", "لدي", "بـ"])
    static let topOffices: Set<String> = ["president", "king", "emir", "crown prince", "prime minister", "head of government"]

    func resolveRole(_ r: RolePhrase, protagonist prot: Int?) -> Ref {
        if let c = r.country {
            var cands = persons.indices.filter { persons[$0].country == c }
            // a minister's counterpart is not their country's head of state or government
            if r.counterpart, let p = prot {
                let top = Self.topOffices
                let protTop = top.contains(persons[p].role ?? "")
                cands = cands.filter { q in protTop || !top.contains(persons[q].role ?? "") }
            }
            if cands.count == 1 { return .person(cands[0]) }
            if cands.count > 1 {
                let byRole = cands.filter { persons[$0].role == r.label }
                if byRole.count == 1 { return .person(byRole[0]) }
                // "الوزير المصري": the one Egyptian whose office is a minister's, not the head of state
                let loose = cands.filter { (persons[$0].role ?? "").hasSuffixFast(r.label) && !(persons[$0].role ?? "").hasSuffixFast("prime minister") }
                if byRole.isEmpty, loose.count == 1, r.label == "minister" { return .person(loose[0]) }
                return .person(cands.last { persons[$0].first < r.first } ?? cands[0])
            }
            if !r.counterpart, let p = prot, persons[p].country == nil, NameText.contains(r.label, "minister") || r.label == "official" {
                persons[p].country = c; persons[p].countrySource = 5
                return .person(p)
            }
            return .country(c)
        }
        if let o = r.org {
            let cands = persons.indices.filter { persons[$0].org == o }
            if cands.count == 1 { return .person(cands[0]) }
            return .org(o)
        }
        if r.counterpart { return .none }
        if r.bare && (r.label == "minister") { return .protagonist }
        // the persons with the role (cands), with a role it begins (loose), and the loose ones named before the phrase:
        // counted, with the first of each (only a single match is ever used)
        var cands = (count: 0, first: 0), loose = cands, looseBefore = cands
        for q in persons.indices where persons[q].country == nil || persons[q].country == home {
            let role = persons[q].role
            if role == r.label { if cands.count == 0 { cands.first = q }; cands.count += 1 }
            guard (role ?? "").hasPrefixFast(r.label) else { continue }
            if loose.count == 0 { loose.first = q }
            loose.count += 1
            if persons[q].first < r.first { if looseBefore.count == 0 { looseBefore.first = q }; looseBefore.count += 1 }
        }
        // a bare title refers back: "the Secretary General held talks with Council Secretary-General X" is the one named before
        if lang != "ar", looseBefore.count == 1, loose.count > 1 || cands.count == 1 && persons[cands.first].first > r.first { return .person(looseBefore.first) }
        if cands.count == 1 { return .person(cands.first) }
        if loose.count == 1 { return .person(loose.first) }
        if let p = prot, r.label == "minister" || persons[p].role == r.label || (persons[p].role ?? "").hasPrefixFast(r.label) { return .protagonist }
        return .none
    }
}

import Testing
import Foundation
import Extraction
@testable import MeetingGraph

@Suite struct BuilderTests {
    static let seedGold = "seeds/000_5fb139bb7f0b8772.gold.json"

    @Test func seedCountryPartnersAreThoseTheGoldMeetingsImply() throws {
        let doc = try TestGold.extraction(Self.seedGold)
        let g = GraphBuilder().build([doc])
        // Partners implied by the gold: every meeting whose two sides have different countries.
        var expected = Set<[String]>()
        for m in doc.meetings {
            let cs = m.participants.compactMap(\.country)
            if cs.count == 2, cs[0] != cs[1] { expected.insert(cs.sorted()) }
        }
        let meets = Set(g.view(.countries).edges.map { [$0.source, $0.target] })
        #expect(meets == expected)
        #expect(g.neighbors(of: "LBY", kinds: [.meets]) == ["ARE", "DZA", "PSE", "SAU", "SYR", "TUN"])
        // LBY–SAU: a meeting and an invitation → weight 2, both kinds kept in evidence.
        let lbySau = try #require(g.edges.first { $0.source == "LBY" && $0.target == "SAU" && $0.kind == .meets })
        #expect(lbySau.weight == 2)
        #expect(Set(lbySau.evidence.compactMap(\.kind)) == ["met", "invited"])
        // Every country the gold lists is a node.
        #expect(Set(g.nodes.filter { $0.kind == .country }.map(\.id)) == Set(doc.countries))
    }

    @Test func seedPersonsAndEdges() throws {
        let g = GraphBuilder().build([try TestGold.extraction(Self.seedGold)])
        let persons = g.nodes.filter { $0.kind == .person }
        #expect(persons.count == 8)
        let trabelsi = try #require(persons.first { $0.labelAR == "عماد مصطفى الطرابلسي" })
        #expect(trabelsi.attributes["country"] == "LBY")
        #expect(g.edges.contains { $0.kind == .represents && [$0.source, $0.target].contains(trabelsi.id) && [$0.source, $0.target].contains("LBY") })
        // Al-Bunyan met Trabelsi as the Naif university's head: person–person met, and person–organization heads.
        let bunyan = try #require(persons.first { $0.labelAR == "عبدالمجيد بن عبدالله البنيان" })
        #expect(g.edges.contains { $0.kind == .met && Set([$0.source, $0.target]) == [bunyan.id, trabelsi.id] })
        #expect(g.edges.contains { $0.kind == .heads && Set([$0.source, $0.target]) == [bunyan.id, "naif-arab-university"] })
        // discussed: every meeting country × the article's topics (gold meetings list none).
        #expect(g.edges.filter { $0.kind == .discussed }.count == 7 * 20)
        // Edges are stored with source < target and sorted.
        #expect(g.edges.allSatisfy { $0.source < $0.target })
        #expect(g == g.normalized())
    }

    @Test func countryOnlySideGivesPersonCountryMet() throws {
        let g = GraphBuilder().build([try TestGold.extraction("seeds/sessions/39/39-03-libya-mazen-algeria.gold.json")])
        let mazen = try #require(g.nodes.first { $0.labelAR == "خالد التيجاني مازن" })
        #expect(g.edges.contains { $0.kind == .met && Set([$0.source, $0.target]) == [mazen.id, "TUN"] })
        #expect(g.edges.contains { $0.kind == .meets && $0.source == "LBY" && $0.target == "TUN" })
    }

    @Test func buildIsOrderIndependent() throws {
        let docs = try TestGold.all()
        let a = GraphBuilder().build(docs), b = GraphBuilder().build(docs.reversed())
        #expect(a == b)
        #expect(GraphIO.encode(a, as: .json) == GraphIO.encode(b, as: .json))
    }
}

@Suite struct ResolutionTests {
    @Test func trabelsiIsOneNodeAcrossSessions() throws {
        let docs = try ["seeds/000_5fb139bb7f0b8772.gold.json", "seeds/sessions/40/40-03-libya-trabelsi.gold.json",
                        "seeds/sessions/40/40-02-egypt-tawfik.gold.json", "seeds/sessions/42/42-01-libya-trabelsi.gold.json"]
            .map(TestGold.extraction)
        let g = GraphBuilder().build(docs)
        let libyans = g.nodes.filter { $0.kind == .person && $0.attributes["country"] == "LBY" }
        #expect(libyans.count == 1)
        let t = try #require(libyans.first)
        #expect(t.labelAR == "عماد مصطفى الطرابلسي")
        #expect(t.attributes["aliases"]?.contains("عماد الطرابلسي") == true)
        #expect(Graph.sessions(of: t) == ["arab-interior-ministers-council#40", "arab-interior-ministers-council#41",
                                          "arab-interior-ministers-council#42"])
    }

    @Test func shortFormJoinsOnlyWithinItsCountry() {
        let recs = [
            PersonRecord(name: "عماد مصطفى الطرابلسي", country: "LBY", source: "a"),
            PersonRecord(name: "الطرابلسي", country: "LBY", source: "b"),
            PersonRecord(name: "الوزير الطرابلسي", country: "LBY", source: "c"),
            PersonRecord(name: "سامي الطرابلسي", country: "TUN", source: "d"),
        ]
        let (persons, assign) = PersonResolver.resolve(recs)
        #expect(persons.count == 2)
        #expect(assign[0] == assign[1] && assign[1] == assign[2])
        #expect(assign[3] != assign[0])
        // Without a country the short form is ambiguous (two Trabelsis) and stays alone.
        let (p2, a2) = PersonResolver.resolve(recs + [PersonRecord(name: "الطرابلسي", source: "e")])
        #expect(p2.count == 3)
        #expect(Set(a2).count == 3)
    }

    @Test func spellingVariantsJoin() {
        let pairs: [(String, String)] = [
            ("سيف بن زايد أل نهيان", "سيف بن زايد آل نهيان"),
            ("إبراهيم مراد", "ابراهيم مراد"),
            ("قيس سعيّد", "قيس سعيد"),
            ("عبد العزيز بن سعود بن نايف", "الأمير عبدالعزيز بن سعود بن نايف"),
            ("راشد بن عبدالله آل خليفة", "راشد بن عبدالله آل خليفه"),
            ("محمد الرحمون", "محمد خالد الرحمون"),
            ("Abdul Amir Al-Shammari", "Abdul Amir Al Shammari"),
            ("“عماد الطرابلسي”", "اللواء عماد الطرابلسي"),
        ]
        for (a, b) in pairs {
            let (p, _) = PersonResolver.resolve([PersonRecord(name: a, country: "X1", source: "1"),
                                                 PersonRecord(name: b, country: "X1", source: "2")])
            #expect(p.count == 1, "\(a) / \(b)")
        }
    }

    @Test func differentCountriesNeverMerge() {
        let (p, _) = PersonResolver.resolve([PersonRecord(name: "محمود توفيق", country: "EGY", source: "1"),
                                             PersonRecord(name: "محمود توفيق", country: "TUN", source: "2")])
        #expect(p.count == 2)
        #expect(Set(p.map(\.id)) == ["person:محمود توفيق|EGY", "person:محمود توفيق|TUN"])
    }

    @Test func sameNameInTwoCountriesLeavesACountrylessMentionAlone() {
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let recs = [
                PersonRecord(name: "محمد علي", source: "a"),
                PersonRecord(name: "محمد علي", country: "EGY", source: "b"),
                PersonRecord(name: "محمد علي", country: "TUN", source: "c"),
            ]
            let (p, assign) = PersonResolver.resolve(order.map { recs[$0] })
            #expect(p.count == 3)
            #expect(Set(assign).count == 3)
            #expect(Set(p.map(\.id)) == ["person:محمد علي|EGY", "person:محمد علي|TUN", "person:محمد علي|?"])
        }
        // With one known country the countryless mention joins it.
        let (p, _) = PersonResolver.resolve([PersonRecord(name: "محمد علي", source: "a"),
                                             PersonRecord(name: "محمد علي", country: "EGY", source: "b")])
        #expect(p.count == 1 && p[0].country == "EGY" && p[0].id == "person:محمد علي")
    }

    @Test func lexiconActorsJoinTheirFormsAndNameTheNode() throws {
        let docs = try ["seeds/sessions/40/40-05-en-libya-algeria.gold.json", "seeds/sessions/40/40-03-libya-trabelsi.gold.json",
                        "seeds/sessions/39/39-03-libya-mazen-algeria.gold.json"].map(TestGold.extraction)
        let actor = UserLexicon.Actor(name: "عماد مصطفى الطرابلسي", aliases: ["Emad Trabelsi", "Imad Trabulsi"], country: "LBY",
                                      role: "interior minister")
        let unused = UserLexicon.Actor(name: "Someone Never Named", country: "LBY")
        let g = GraphBuilder(lexicon: UserLexicon(actors: [actor, unused])).build(docs)
        let libyans = g.nodes.filter { $0.kind == .person && $0.attributes["country"] == "LBY" }
        // Trabelsi (Arabic and English articles) is one node named as the lexicon says; Mazen stays apart; the
        // actor nobody mentions gives no node.
        #expect(libyans.count == 2)
        let t = try #require(libyans.first { $0.labelAR == "عماد مصطفى الطرابلسي" })
        #expect(t.labelEN == "Emad Trabelsi")
        #expect(t.id == "person:عماد مصطفي الطرابلسي")
        #expect(!g.nodes.contains { $0.labelEN == "Someone Never Named" })
        // Two actors with the same name in different countries stay two people.
        let twins = [UserLexicon.Actor(name: "محمد علي", country: "EGY"), UserLexicon.Actor(name: "محمد علي", country: "TUN")]
        let d = DocumentExtraction(source: "x.txt", language: "ar",
                                   persons: [ExtractedPerson(name: "محمد علي", country: "TUN"), ExtractedPerson(name: "محمد علي", country: "EGY")])
        #expect(GraphBuilder(lexicon: UserLexicon(actors: twins)).build([d]).nodes.filter { $0.kind == .person }.count == 2)
    }

    @Test func wholeCorpusResolution() throws {
        let g = GraphBuilder().build(try TestGold.all())
        let persons = g.nodes.filter { $0.kind == .person }
        func count(_ country: String) -> Int { persons.filter { $0.attributes["country"] == country && PersonName.isArabic($0.label(arabic: true)) }.count }
        // Saudi Arabia: the interior minister (five spellings) and his deputy Al-Saqr.
        #expect(count("SAU") == 2)
        // Tunisia: Saied (two spellings), Bouden, Charfeddine, Feki, Nouri, and the justice minister Jaffal.
        #expect(count("TUN") == 6)
        #expect(persons.filter { $0.labelAR == "عبد الأمير كامل الشمري" || $0.labelAR == "عبدالأمير كامل الشمري" }.count == 1)
    }
}

@Suite struct CrossScriptTests {
    @Test func skeletonsOfArabicAndLatinSpellingsAgree() {
        let pairs: [(String, String)] = [
            ("Emad Trabelsi", "عماد الطرابلسي"), ("Mazen Al-Faraya", "مازن الفراية"), ("Kamel Beldjoud", "كمال بلجود"),
            ("Abdul Amir Al Shammari", "عبد الأمير الشمري"), ("Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان"),
            ("Fahad Yousef Saud Al Sabah", "فهد يوسف سعود الصباح"), ("Othman Al-Ghanimi", "عثمان الغانمي"),
            ("Abdulaziz bin Ali Al-Saqr", "عبدالعزيز بن علي الصقر"), ("Mohammed bin Ali Koman", "محمد بن علي كومان"),
        ]
        for (en, ar) in pairs { #expect(PersonName.skeleton(en) == PersonName.skeleton(ar), "\(en) / \(ar)") }
        #expect(PersonName.skeleton("Mahmoud Tawfik") != PersonName.skeleton("توفيق شرف الدين"))
    }

    @Test func englishArticlesJoinTheArabicNodes() throws {
        let g = GraphBuilder().build(try TestGold.all())
        let persons = g.nodes.filter { $0.kind == .person }
        // Every Latin-script official found an Arabic-script twin in the corpus, except Al-Raisi, named only in
        // English (Aboul Gheit, without a country, joins أحمد أبو الغيط by an equal three-token skeleton).
        let latinOnly = persons.filter { $0.labelAR == nil }.map { $0.labelEN ?? $0.id }.sorted()
        #expect(latinOnly == ["Ahmed Naser Al Raisi"])
        #expect(persons.first { $0.labelAR == "أحمد أبو الغيط" }?.labelEN == "Ahmed Aboul Gheit")
        let libya = persons.filter { $0.attributes["country"] == "LBY" }
        #expect(Set(libya.compactMap(\.labelAR)) == ["عماد مصطفى الطرابلسي", "خالد التيجاني مازن", "حليمة إبراهيم عبدالرحمن"])
        let trabelsi = try #require(libya.first { $0.labelAR == "عماد مصطفى الطرابلسي" })
        #expect(trabelsi.labelEN == "Emad Trabelsi")
        #expect(libya.first { $0.labelAR == "خالد التيجاني مازن" }?.labelEN == "Khaled Mazen")
        // Mazen Al-Faraya (Jordan) is not Khaled Mazen (Libya).
        #expect(persons.first { $0.labelEN == "Mazen Al-Faraya" || $0.labelEN == "Mazen Al Faraya" }?.attributes["country"] == "JOR")
    }
}

@Suite struct SessionFilterTests {
    @Test func sessionGraphKeepsIdsAndRecountsArticles() throws {
        let whole = GraphBuilder().build(try TestGold.all())
        let s40 = whole.filtered(session: 40)
        let direct = GraphBuilder().build(try TestGold.all().filter { $0.session?.number == 40 })
        // The same country pairs and weights as a graph built from session-40 articles alone.
        func pairs(_ g: Graph) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: g.view(.countries).edges.map { ("\($0.source)-\($0.target)", $0.weight) })
        }
        #expect(pairs(s40) == pairs(direct))
        #expect(Set(s40.nodes.filter { $0.kind == .country }.map(\.id)) == Set(direct.nodes.filter { $0.kind == .country }.map(\.id)))
        // Articles recounted: Libya is named in 3 interior-council articles of session 40 and the justice
        // council's session-40 article.
        #expect(s40.node("LBY")?.attributes["articles"] == direct.node("LBY")?.attributes["articles"])
        #expect(s40.node("LBY")?.attributes["articles"] == "4")
        // Ids stay those of the whole graph: Trabelsi keeps his full-name id though session 40 names him shortly.
        let t = try #require(s40.nodes.first { $0.kind == .person && $0.attributes["country"] == "LBY" && $0.labelEN == "Emad Trabelsi" })
        #expect(t.id == "person:عماد مصطفي الطرابلسي")
        // Every edge of the session graph has evidence from session 40 only.
        #expect(s40.edges.allSatisfy { $0.evidence.allSatisfy { sessionNumber($0.session ?? "") == 40 } })
    }
}

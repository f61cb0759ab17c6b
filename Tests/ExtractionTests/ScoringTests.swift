import Foundation
import Testing
@testable import Extraction

@Suite struct ScoringTests {
    @Test func normalizationFollowsTheProtocol() {
        #expect(Scoring.normalize("اللواء عماد مصطفى الطرابلسي") == ["عماد", "مصطفي", "الطرابلسي"])
        #expect(Scoring.normalize("“قيس سعيّد”") == ["قيس", "سعيد"])
        #expect(Scoring.normalize("د. عبدالمجيد") == ["عبدالمجيد"])
        #expect(Scoring.normalize("الأمير عبدالعزيز بن سعود") == ["الامير", "عبدالعزيز", "بن", "سعود"])
        #expect(Scoring.normalize("الفريق أول الركن الشيخ راشد") == ["الركن", "الشيخ", "راشد"]) // الركن is not in the list
        #expect(Scoring.normalize("Sheikh Saif bin Zayed Al-Nahyan") == ["sheikh", "saif", "bin", "zayed", "al", "nahyan"])
        #expect(Scoring.normalize(nil) == [])
    }

    @Test func nameMatching() {
        #expect(Scoring.namesMatch("سيف بن زايد أل نهيان", "سيف بن زايد آل نهيان"))
        #expect(Scoring.namesMatch("زياد هب الريح", "اللواء زياد محمود محمد هب الريح") == false) // not contiguous
        #expect(Scoring.namesMatch("محمد هب الريح", "زياد محمود محمد هب الريح"))
        #expect(Scoring.namesMatch("الطرابلسي", "عماد مصطفى الطرابلسي") == false) // one token is not enough
        #expect(Scoring.namesMatch("الطرابلسي", "الطرابلسي"))
    }

    @Test func perfectPredictionsScoreOne() {
        let gold = Fixtures.corpus.map { (path: $0.goldPath, document: $0.gold) }
        let preds = Fixtures.corpus.map { $0.gold.asExtraction(source: $0.path) }
        let r = Scoring.score(gold: gold, predictions: preds)
        for c in Scoring.categories {
            #expect(r.tallies[c]!.f1 == 1.0, "\(c)")
        }
        #expect(r.sessionAccuracy == 1.0 && r.personCountryAccuracy == 1.0 && r.missingPredictions.isEmpty)
    }

    /// Deterministically damaged predictions: every category gets hits, misses and false alarms.
    static func damagedPredictions() -> [DocumentExtraction] {
        var out = [DocumentExtraction]()
        for (i, doc) in Fixtures.corpus.enumerated() {
            if i == 5 { continue } // one article without prediction
            var d = doc.gold.asExtraction(source: doc.path)
            if i % 3 == 0, !d.countries.isEmpty { d.countries.removeLast(); d.countries.append("FRA") }
            d.persons = d.persons.enumerated().compactMap { (k, p) in
                var p = p
                switch (i + k) % 5 {
                case 0: return nil
                case 1: p.name = "اللواء " + p.name
                case 2: p.name = p.name.split(separator: " ").last.map(String.init) ?? p.name
                case 3: p.country = p.country == nil ? "EGY" : nil
                default: break
                }
                return p
            }
            if i % 4 == 1 { d.persons.append(ExtractedPerson(name: "محرر الموقع", country: "TUN")) }
            if i % 2 == 0, !d.organizations.isEmpty { d.organizations.removeFirst() }
            if i % 5 == 2 { d.organizations.append(ExtractedOrganization(id: "who")) }
            d.meetings = d.meetings.enumerated().compactMap { (k, m) in
                var m = m
                if (i + k) % 4 == 0 { return nil }
                if (i + k) % 4 == 1 { m.participants.reverse() }
                if (i + k) % 7 == 2 { m.participants[1].country = "GBR" }
                return m
            }
            if i % 3 == 1, !d.topics.isEmpty { d.topics.removeFirst(); d.topics.append("corruption"); d.topics.append("bilateral-relations") }
            if i % 4 == 3, let s = d.session { d.session = SessionRef(body: s.body, number: s.number + 1) }
            out.append(d)
        }
        return out
    }

    static func runScorePy(_ args: [String]) throws -> String? {
        guard let shared = Fixtures.shared else { return nil }
        let script = shared.appendingPathComponent("eval/score.py").path
        guard FileManager.default.fileExists(atPath: script) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The Swift port prints byte-identical tables and JSON to score.py on the same predictions.
    @Test func parityWithScorePy() throws {
        let preds = Self.damagedPredictions()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-scoring-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        struct Wrapper: Encodable { let documents: [DocumentExtraction] }
        let predPath = dir.appendingPathComponent("pred.json").path
        try JSONEncoder().encode(Wrapper(documents: preds)).write(to: URL(fileURLWithPath: predPath))
        let seeds = Fixtures.root.appendingPathComponent("seeds").path
        guard let pyTable = try Self.runScorePy([seeds, predPath]) else {
            print("score.py or python3 not available; parity test skipped")
            return
        }
        let gold = Fixtures.corpus.map { (path: $0.goldPath, document: $0.gold) }
        let report = Scoring.score(gold: gold, predictions: preds)
        // The damage really shows in the figures.
        #expect(report.missingPredictions.count == 1)
        #expect(report.tallies["persons"]!.fp > 0 && report.tallies["meetings_persons"]!.fn > 0)
        #expect(report.table() == pyTable)
        #expect(report.table(perDoc: true) == (try Self.runScorePy([seeds, predPath, "--per-doc"])))
        #expect(report.json() == (try Self.runScorePy([seeds, predPath, "--json"])))
        #expect(report.json(perDoc: true) == (try Self.runScorePy([seeds, predPath, "--json", "--per-doc"])))
    }

    @Test func goldFilesParseAndRejectMalformedOnes() {
        #expect(Fixtures.corpus.count >= 30)
        #expect(throws: GoldDocument.ParseError.self) { try GoldDocument.parse(Data("{\"countries\": [\"LBY\",}".utf8)) }
        do {
            _ = try GoldDocument.parse(Data("{\"persons\": [{\"name\": 3}]}".utf8))
            Issue.record("expected a type error")
        } catch {
            #expect(error.description.hasPrefix("persons[0].name"))
        }
    }
}

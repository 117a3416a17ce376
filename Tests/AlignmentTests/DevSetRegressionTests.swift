import CorpusModel
import Foundation
import Testing
@testable import Alignment

/// Quality as a test: strict F1 on the development set (when ../shared exists) must not fall
/// below Fixtures/targets.tsv.
@Suite struct DevSetRegressionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let devSet = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/align-dev")

    static func targets() throws -> [String: Double] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/targets.tsv"), encoding: .utf8)
        var result: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            if fields.count == 3, let value = Double(fields[2]) { result["\(fields[0]) \(fields[1])"] = value }
        }
        return result
    }

    static func lines(_ url: URL) throws -> [Substring] {
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty ?? false { lines.removeLast() }
        return lines
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: devSet.path)), arguments: ["en-ru", "en-ko", "ru-ko"])
    func devSetF1(pair: String) throws {
        let target = try #require(try Self.targets()["dev \(pair)"])
        let folder = Self.devSet.appendingPathComponent(pair)
        let languages = pair.split(separator: "-").map(String.init)
        var score = AlignmentScore()
        var joined: (source: [Substring], target: [Substring], gold: [Bead]) = ([], [], [])
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".gold") }).sorted() {
            let stem = folder.appendingPathComponent(String(name.dropLast(5)))
            let gold = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
            let source = try Self.lines(stem.appendingPathExtension(languages[0])), targetLines = try Self.lines(stem.appendingPathExtension(languages[1]))
            let aligner = EvidenceAligner(sourceLanguage: try LanguageTag(languages[0]), targetLanguage: try LanguageTag(languages[1]))
            let beads = aligner.align(source: source, target: targetLines)
            expectMonotoneCover(beads, sourceCount: source.count, targetCount: targetLines.count)
            score = score + AlignmentScore(gold: gold, hypothesis: beads)
            let (i, j) = (joined.source.count, joined.target.count)
            joined.gold += gold.map { Bead(source: $0.source.map { $0 + i }, target: $0.target.map { $0 + j }) }
            joined.source += source
            joined.target += targetLines
        }
        #expect(score.strictF1 >= target, "strict F1 \(score.strictF1) on \(pair) fell below \(target)")

        // All documents joined into one long document.
        let joinedTarget = try #require(try Self.targets()["dev-joined \(pair)"])
        let aligner = EvidenceAligner(sourceLanguage: try LanguageTag(languages[0]), targetLanguage: try LanguageTag(languages[1]))
        let beads = aligner.align(source: joined.source, target: joined.target)
        expectMonotoneCover(beads, sourceCount: joined.source.count, targetCount: joined.target.count)
        let joinedF1 = AlignmentScore(gold: joined.gold, hypothesis: beads).strictF1
        #expect(joinedF1 >= joinedTarget, "strict F1 \(joinedF1) on \(pair) joined fell below \(joinedTarget)")
    }

    /// German–French, a pair of neither Cyrillic nor Hangul, from profiles alone: our own
    /// documents (Fixtures/de-fr: a news story with a split, a merge, a dropped and an added
    /// sentence; two Alpine chronicles of ~120 lines with 13–14 % of beads not 1-1; a novel's
    /// chapter with dialogue, a travel letter and an administrative report, 15–18 % not 1-1,
    /// written apart and scored once as held-out text before they joined the fixtures). Each
    /// keeps its target, and every one beats the length-only baseline.
    @Test(arguments: ["bondo", "gletscher", "huette", "roman", "reise", "bericht"])
    func germanFrenchFixture(_ name: String) throws {
        let target = try #require(try Self.targets()["fixture de-fr/\(name)"])
        let folder = Self.packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/de-fr")
        let source = try Self.lines(folder.appendingPathComponent("\(name).de")), targetLines = try Self.lines(folder.appendingPathComponent("\(name).fr"))
        let gold = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent("\(name).gold"), encoding: .utf8), file: "\(name).gold")
        let beads = EvidenceAligner(sourceLanguage: try LanguageTag("de"), targetLanguage: try LanguageTag("fr")).align(source: source, target: targetLines)
        expectMonotoneCover(beads, sourceCount: source.count, targetCount: targetLines.count)
        let f1 = AlignmentScore(gold: gold, hypothesis: beads).strictF1
        #expect(f1 >= target, "strict F1 \(f1) on the German–French fixture \(name) fell below \(target)")
        #expect(AlignmentScore(gold: gold, hypothesis: SentenceAligner().align(source: source, target: targetLines)).strictF1 < f1)
    }

    /// Lines that are not sentences: our annals in numbered verses (Fixtures/verses: several
    /// sentences a line, the Korean side without final punctuation), with the verse numbers as
    /// written and taken off (then the evidence is weak: few anchors, many of them names the other
    /// side spells unlike our keys). Each keeps its target and beats Gale–Church.
    @Test(arguments: ["en-ru", "en-ko", "ru-ko"], [true, false])
    func verses(_ pair: String, numbered: Bool) throws {
        let target = try #require(try Self.targets()["verses\(numbered ? "" : "-unnumbered") \(pair)"])
        let folder = Self.packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/verses")
        let languages = pair.split(separator: "-").map(String.init)
        let text = try languages.map { try Self.lines(folder.appendingPathComponent("annals.\($0)")) }
        let lines = numbered ? text : text.map { $0.map { $0.drop { $0.isNumber || $0 == "-" }.drop { $0 == " " } } }
        let gold = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent("annals.\(pair).gold"), encoding: .utf8), file: pair)
        let beads = EvidenceAligner(sourceLanguage: try LanguageTag(languages[0]), targetLanguage: try LanguageTag(languages[1]))
            .align(source: lines[0], target: lines[1])
        expectMonotoneCover(beads, sourceCount: lines[0].count, targetCount: lines[1].count)
        let f1 = AlignmentScore(gold: gold, hypothesis: beads).strictF1
        #expect(f1 >= target, "strict F1 \(f1) on the verses (numbered: \(numbered)), \(pair), fell below \(target)")
        #expect(AlignmentScore(gold: gold, hypothesis: SentenceAligner().align(source: lines[0], target: lines[1])).strictF1 < f1)
    }

    /// Scores mean translation: each development document's source against other documents'
    /// targets (k against k + 7 and k + 13), where every link is a chance pairing, leaves at most
    /// 4 % of the sentences in links scoring 0.5 or more (before `TranslationRegions`, 11–24 %;
    /// Gale–Church 34–39 %).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: devSet.path)), arguments: ["en-ru", "en-ko", "ru-ko"])
    func unrelatedDocumentsAreLeftUnlinked(pair: String) throws {
        let folder = Self.devSet.appendingPathComponent(pair)
        let languages = pair.split(separator: "-").map(String.init)
        let stems = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold") }.sorted()
            .map { folder.appendingPathComponent(String($0.dropLast(5))) }
        var sentences = 0, linked = 0
        for (k, stem) in stems.enumerated() {
            for shift in [7, 13] {
                let source = try Self.lines(stem.appendingPathExtension(languages[0]))
                let target = try Self.lines(stems[(k + shift) % stems.count].appendingPathExtension(languages[1]))
                let beads = EvidenceAligner(sourceLanguage: try LanguageTag(languages[0]), targetLanguage: try LanguageTag(languages[1])).align(source: source, target: target)
                expectMonotoneCover(beads, sourceCount: source.count, targetCount: target.count)
                sentences += source.count + target.count
                linked += beads.filter { !$0.source.isEmpty && !$0.target.isEmpty && ($0.score ?? 0) >= 0.5 }.reduce(0) { $0 + $1.source.count + $1.target.count }
            }
        }
        #expect(linked * 25 <= sentences, "\(linked) of \(sentences) sentences linked at 0.5 or more in unrelated \(pair) documents")
    }

    /// Unrelated text is not forced into links (`TranslationRegions`): the sample story against
    /// the German–French fixture's story, in three language pairs, where every link would be a
    /// chance pairing (before, the aligner made 20 or 21 links each, scored near 1).
    @Test(arguments: [("en", "fr"), ("ru", "de"), ("ko", "de")])
    func unrelatedStoriesAreLeftUnlinked(languages: (String, String)) throws {
        let story = try Self.lines(Self.packageRoot.appendingPathComponent("Alignments/kim-medvedev-2011/\(languages.0).sentences"))
        let other = try Self.lines(Self.packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/de-fr/bondo.\(languages.1)"))
        let beads = EvidenceAligner(sourceLanguage: try LanguageTag(languages.0), targetLanguage: try LanguageTag(languages.1)).align(source: story, target: other)
        expectMonotoneCover(beads, sourceCount: story.count, targetCount: other.count)
        let links = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count
        #expect(links * 10 <= min(story.count, other.count), "\(links) links between unrelated stories")
    }
}

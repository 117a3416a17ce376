import Alignment
import CorpusModel
import CorpusStore
import Foundation
import Testing
@testable import DocumentPairing

/// Pairing on the project's own sample collection (`Corpora/wire-august-2011`, written for the
/// project with its gold in `Alignments/wire-august-2011/pairs.gold`) and, when `../shared`
/// exists, on the development collections.
@Suite struct CollectionPairingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let collection = root.appendingPathComponent("Corpora/wire-august-2011")
    static let devSet = root.deletingLastPathComponent().appendingPathComponent("shared/bench/docalign-dev")

    static func read(_ folder: URL, _ language: LanguageTag, dates: [String: Day] = [:]) throws -> [PairingDocument] {
        let result = DocumentReader().read(try Collection.reports(in: folder.path), language: language, dates: dates)
        #expect(result.problems.isEmpty, "\(result.problems)")
        return result.documents
    }

    static func gold() throws -> Set<String> {
        Set(try String(contentsOf: root.appendingPathComponent("Alignments/wire-august-2011/pairs.gold"), encoding: .utf8)
            .split(separator: "\n").map(String.init))
    }

    func relative(_ path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }

    @Test(arguments: [("en", "ru"), ("en", "ko"), ("ru", "ko")])
    func sampleCollectionPairs(languages: (String, String)) throws {
        let s = try LanguageTag(languages.0), t = try LanguageTag(languages.1)
        let opened = try Collection.open(Self.collection.path)
        let source = try Self.read(Self.collection.appendingPathComponent(languages.0), s, dates: opened.dates)
        let target = try Self.read(Self.collection.appendingPathComponent(languages.1), t, dates: opened.dates)
        let result = DocumentPairer(sourceLanguage: s, targetLanguage: t).pair(source: source, target: target)
        let gold = try Self.gold().filter { $0.hasPrefix("\(languages.0)/") && $0.contains("\t\(languages.1)/") }
        let found = Set(result.pairs.map { "\(relative(source[$0.source].path))\t\(relative(target[$0.target].path))" })
        // Every pair made is right: the same-topic reports written apart stay orphans.
        #expect(found.isSubset(of: gold), "wrong pairs: \(found.subtracting(gold))")
        // Most translations are found (adaptations whose Korean side shares few keyed names can be missed).
        #expect(Double(found.count) >= 0.7 * Double(gold.count), "found \(found.count) of \(gold.count)")
        // Orphans are counted, and every document is a pair or an orphan.
        #expect(result.pairs.count + result.sourceOrphans.count == source.count)
        #expect(result.pairs.count + result.targetOrphans.count == target.count)
    }

    /// Reports on the same event written apart share names, places and dates; their sentences
    /// must not align as translations.
    @Test(arguments: [("en/lat-20110823-0144.txt", "ru/tass-20110823-0368.txt"), ("en/lat-20110826-0302.txt", "ko/yna-20110826-0264.txt"),
                      ("ru/tass-20110821-0297.txt", "ko/yna-20110825-0733.txt")])
    func sameTopicReportsWrittenApartDoNotAlign(files: (String, String)) throws {
        let reader = DocumentReader()
        let paths = [files.0, files.1].map { Self.collection.appendingPathComponent($0).path }
        let s = try LanguageTag(String(files.0.prefix(2))), t = try LanguageTag(String(files.1.prefix(2)))
        let a = try #require(reader.read([paths[0]], language: s).documents.first), b = try #require(reader.read([paths[1]], language: t).documents.first)
        let aligner = EvidenceAligner(sourceLanguage: s, targetLanguage: t)
        aligner.translationPrior = DocumentPairer.translationPrior
        let share = DocumentPairer.linkedShare(aligner.align(a.text, b.text))
        #expect(share < DocumentPairer.defaultMinimumScore, "\(files): \(share) of the sentences linked")
    }

    /// Pair F1 and precision on the development collections (skipped without ../shared).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: devSet.path)),
          arguments: [("en-ru", 0.86), ("en-ko", 0.95), ("ru-ko", 0.93)])
    func developmentCollections(pair: (String, Double)) throws {
        let languages = pair.0.split(separator: "-").map(String.init)
        let folder = Self.devSet.appendingPathComponent(pair.0)
        let s = try LanguageTag(languages[0]), t = try LanguageTag(languages[1])
        let source = try Self.read(folder.appendingPathComponent(languages[0]), s), target = try Self.read(folder.appendingPathComponent(languages[1]), t)
        let result = DocumentPairer(sourceLanguage: s, targetLanguage: t).pair(source: source, target: target)
        let gold = Set(try String(contentsOf: folder.appendingPathComponent("gold.tsv"), encoding: .utf8).split(separator: "\n").map(String.init))
        let found = result.pairs.map { "\(source[$0.source].path.split(separator: "/").last!)\t\(target[$0.target].path.split(separator: "/").last!)" }
        let correct = found.filter(gold.contains).count
        let precision = Double(correct) / Double(max(found.count, 1)), recall = Double(correct) / Double(gold.count)
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        #expect(precision >= 0.97, "\(pair.0): precision \(precision)")
        #expect(f1 >= pair.1, "\(pair.0): F1 \(f1)")
    }
}

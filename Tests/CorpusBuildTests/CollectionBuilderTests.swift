import CorpusModel
import CorpusStore
import Foundation
import Testing
@testable import CorpusBuild

@Suite struct CollectionBuilderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func build() throws -> (CollectionBuilder.Summary, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-collection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Alignments/wire-august-2011/pairs.gold"), to: folder.appendingPathComponent("pairs.gold"))
        let collection = try Collection.open(Self.root.appendingPathComponent("Corpora/wire-august-2011").path)
        return (try CollectionBuilder(creationDate: 0, toolVersion: "test").build(collection, into: folder.path), folder)
    }

    @Test func theSampleCollectionIsPairedAlignedAndExported() throws {
        let (summary, folder) = try build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = try #require(summary.gold)
        #expect(gold.precision == 1, "a wrong pair: \(summary.pairList)")
        #expect(gold.recall >= 0.75)
        #expect(summary.problems.isEmpty && summary.conflicts.isEmpty)
        // Every report is in a story or an orphan, once.
        let stories = try String(contentsOf: folder.appendingPathComponent("stories.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
        let orphans = try String(contentsOf: folder.appendingPathComponent("orphans.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
        let inStories = stories.flatMap { $0.split(separator: "\t").dropFirst().filter { $0 != "-" } }
        #expect(inStories.count + orphans.count == 36)
        #expect(Set(inStories).count == inStories.count)
        // A story's files: sentences per report, beads per pair of its languages.
        let first = try #require(stories.first?.split(separator: "\t").first)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("stories").path)
        #expect(files.contains("\(first).en.sentences"))
        #expect(files.contains { $0.hasPrefix("\(first).") && $0.hasSuffix(".beads") })
        // The collection memory names the story and each variant's report.
        let tmx = try String(contentsOf: folder.appendingPathComponent("wire-august-2011.tmx"), encoding: .utf8)
        #expect(tmx.contains("<prop type=\"x-document\">\(first)</prop>"))
        #expect(tmx.contains("<tuv xml:lang=\"ru\"><prop type=\"x-document\">ru/"))
        #expect(summary.export.unitsWritten > 50)
        for pair in ["en-ru", "en-ko", "ru-ko"] { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(pair).csv").path)) }
    }

    @Test func buildingAgainWritesTheSameBytes() throws {
        let (_, a) = try build(), (_, b) = try build()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for name in ["pairs.tsv", "orphans.tsv", "stories.tsv", "wire-august-2011.tmx", "en-ko.csv"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name) differs")
        }
    }

    @Test func badReportsAndAnEmptyLanguageFolderAreReportedByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-bad-collection-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "ru", "ko"] { try FileManager.default.createDirectory(at: folder.appendingPathComponent(language), withIntermediateDirectories: true) }
        let sample = Self.root.appendingPathComponent("Corpora/wire-august-2011")
        try FileManager.default.copyItem(at: sample.appendingPathComponent("en/lat-20110824-0117.txt"), to: folder.appendingPathComponent("en/a.txt"))
        try FileManager.default.copyItem(at: sample.appendingPathComponent("ru/tass-20110825-0039.txt"), to: folder.appendingPathComponent("ru/b.txt"))
        try FileManager.default.copyItem(at: sample.appendingPathComponent("en/lat-20110824-0117.txt"), to: folder.appendingPathComponent("ru/copy.txt"))
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("en/binary.txt"))
        try Data([0x41, 0xC3]).write(to: folder.appendingPathComponent("ru/cut.txt"))
        let summary = try CollectionBuilder(creationDate: 0, toolVersion: "test").build(try Collection.open(folder.path), into: folder.appendingPathComponent("out").path)
        let problems = summary.problems.joined(separator: "\n")
        #expect(problems.contains("en/binary.txt") && problems.contains("binary"))
        #expect(problems.contains("ru/cut.txt") && problems.contains("invalid UTF-8"))
        #expect(problems.contains("ru/copy.txt: the same text as en/a.txt"))
        #expect(problems.contains("ko/: no reports"))
        #expect(summary.pairList.map { "\($0.source) \($0.target)" } == ["en/a.txt ru/b.txt"])
    }

    @Test func pairsThatWouldPutTwoReportsOfOneLanguageInAStoryAreConflicts() {
        typealias R = CollectionBuilder.Report
        // en0-ru0 (0.9), en0-ko0 (0.8), ru0-ko1 (0.7): ko1 would join a story that has ko0.
        let pairs: [(R, R, Double)] = [(R(language: 0, document: 0), R(language: 1, document: 0), 0.9),
                                      (R(language: 0, document: 0), R(language: 2, document: 0), 0.8),
                                      (R(language: 1, document: 0), R(language: 2, document: 1), 0.7),
                                      (R(language: 0, document: 1), R(language: 1, document: 1), 0.6)]
        var conflicts: [Double] = []
        let stories = CollectionBuilder.stories(pairs, languages: 3) { conflicts.append($0.2) }
        #expect(stories == [[0, 0, 0], [1, 1, nil]])
        #expect(conflicts == [0.7])
    }
}

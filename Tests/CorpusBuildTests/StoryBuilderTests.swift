import CorpusModel
import CorpusStore
import Foundation
import Testing
@testable import CorpusBuild

@Suite struct StoryBuilderTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Builds the sample story into a fresh folder holding its gold files.
    func buildSample() throws -> (StoryBuilder.Summary, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let gold = Self.packageRoot.appendingPathComponent("Alignments/kim-medvedev-2011")
        for pair in ["en-ru", "en-ko", "ru-ko"] {
            try FileManager.default.copyItem(at: gold.appendingPathComponent("\(pair).gold"), to: folder.appendingPathComponent("\(pair).gold"))
        }
        let story = try Story.open(Self.packageRoot.appendingPathComponent("Corpora/kim-medvedev-2011").path)
        let summary = try StoryBuilder(creationDate: 0, toolVersion: "test").build(story, into: folder.path)
        return (summary, folder)
    }

    @Test func sampleStoryMeetsItsTargets() throws {
        let (summary, folder) = try buildSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try String(contentsOf: Self.packageRoot.appendingPathComponent("Tests/AlignmentTests/Fixtures/targets.tsv"), encoding: .utf8)
        for line in targets.split(separator: "\n") where line.hasPrefix("sample\t") {
            let fields = line.split(separator: "\t")
            let f1 = try #require(summary.goldF1[String(fields[1])])
            #expect(f1 >= Double(fields[2]) ?? 1, "sample \(fields[1]): strict F1 \(f1)")
        }
    }

    @Test func writesNWayUnitsWithThreeLanguages() throws {
        let (summary, folder) = try buildSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(summary.completeUnits > 10)
        let tmx = try String(contentsOf: folder.appendingPathComponent("kim-medvedev-2011.tmx"), encoding: .utf8)
        #expect(tmx.contains("srclang=\"*all*\""))
        let units = tmx.components(separatedBy: "<tu ").dropFirst()
        #expect(units.count == summary.multiwayUnits)
        #expect(units.filter { $0.contains("xml:lang=\"en\"") && $0.contains("xml:lang=\"ru\"") && $0.contains("xml:lang=\"ko\"") }.count == summary.completeUnits)
        // Per-pair files stay, and every sentence is in the beads.
        for pair in ["en-ru", "en-ko", "ru-ko"] {
            let beads = try BeadFormat.parse(try String(contentsOf: folder.appendingPathComponent("\(pair).beads"), encoding: .utf8))
            let counts = Dictionary(uniqueKeysWithValues: summary.sentences.map { ("\($0.language)", $0.count) })
            let languages = pair.split(separator: "-").map(String.init)
            #expect(beads.flatMap(\.source) == Array(0..<(counts[languages[0]] ?? 0)))
            #expect(beads.flatMap(\.target) == Array(0..<(counts[languages[1]] ?? 0)))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(pair).csv").path))
        }
        let nway = try String(contentsOf: folder.appendingPathComponent("kim-medvedev-2011.nway"), encoding: .utf8)
        #expect(nway.split(separator: "\n").count == summary.multiwayUnits)
    }
}

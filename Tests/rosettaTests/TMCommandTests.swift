import Foundation
import Testing

/// `rosetta tm` end to end: the built binary on memories written by `rosetta export`.
@Suite struct TMCommandTests {
    let units = [("Talks began.", "Переговоры начались."), ("They ended late.", "Они закончились поздно.")]

    /// Writes `en.txt`, `ru.txt` (one sentence per line) and their 1-1 beads into a scratch folder.
    func scratchPair(_ pairs: [(String, String)]) throws -> URL {
        let folder = try RosettaCLI.scratch()
        try Data(pairs.map { $0.0 + "\n" }.joined().utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data(pairs.map { $0.1 + "\n" }.joined().utf8).write(to: folder.appendingPathComponent("ru.txt"))
        let beads = pairs.indices.map { "[\($0)]:[\($0)]:0.\(9 - $0)000\n" }.joined()
        try Data(beads.utf8).write(to: folder.appendingPathComponent("beads"))
        return folder
    }

    func export(_ format: String, to name: String, in folder: URL) throws {
        let result = try RosettaCLI.run(["export", "--format", format, "--src-lang", "en", "--tgt-lang", "ru", "--segmented",
                                         "--beads", "beads", "--output", name, "en.txt", "ru.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func convertMergeDedupeAndStats() throws {
        let folder = try scratchPair(units)
        defer { try? FileManager.default.removeItem(at: folder) }
        try export("tmx", to: "a.tmx", in: folder)

        let convert = try RosettaCLI.run(["tm", "convert", "a.tmx", "a.csv"], in: folder)
        #expect(convert.status == 0, "\(convert.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("en,ru"))
        #expect(csv.contains("\r\nTalks began.,Переговоры начались.,"))

        // The same units twice, merged: exact repeats are left out.
        let merge = try RosettaCLI.run(["tm", "merge", "a.tmx", "a.tmx", "-o", "m.tmx"], in: folder)
        #expect(merge.status == 0, "\(merge.stderr)")
        let merged = try String(contentsOf: folder.appendingPathComponent("m.tmx"), encoding: .utf8)
        #expect(merged.components(separatedBy: "<tu ").count - 1 == units.count)

        let stats = try RosettaCLI.run(["tm", "stats", "m.tmx"], in: folder)
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("2"))
        #expect(stats.stdout.contains("ru"))

        let filter = try RosettaCLI.run(["tm", "filter", "--min-score", "0.85", "a.tmx", "-o", "f.tmx"], in: folder)
        #expect(filter.status == 0, "\(filter.stderr)")
        let filtered = try String(contentsOf: folder.appendingPathComponent("f.tmx"), encoding: .utf8)
        #expect(filtered.contains("Talks began."))
        #expect(!filtered.contains("They ended late."))
    }

    @Test func malformedMemoryNamesLineAndColumn() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header/>\n<body><tu><tuv xml:lang=\"en\"><seg>x</tuv>\n".utf8)
            .write(to: folder.appendingPathComponent("bad.tmx"))
        let result = try RosettaCLI.run(["tm", "stats", "bad.tmx"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.tmx:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

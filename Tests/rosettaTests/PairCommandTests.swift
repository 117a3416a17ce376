import Foundation
import Testing

@Suite struct PairCommandTests {
    let collection = RosettaCLI.root.appendingPathComponent("Corpora/wire-august-2011")

    @Test func pairsTheSampleCollection() throws {
        let result = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ru", "en", "ru"], in: collection)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        // A translation of the collection (paths as given).
        #expect(lines.contains { $0.hasPrefix("en/lat-20110824-0117.txt\tru/tass-20110825-0039.txt\t") })
        for line in lines {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 3)
            #expect((0...1).contains(Double(fields[2]) ?? -1))
        }
        // Each document at most once.
        #expect(Set(lines.map { $0.split(separator: "\t")[0] }).count == lines.count)
        #expect(Set(lines.map { $0.split(separator: "\t")[1] }).count == lines.count)
        #expect(result.stderr.contains("without a partner"))
    }

    @Test func candidatesAndJSONLines() throws {
        let all = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ko", "--all-candidates", "2", "en", "ko"], in: collection)
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count > 12)
        let json = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ko", "--format", "jsonl", "en", "ko"], in: collection)
        #expect(json.status == 0)
        for line in json.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["source"] is String && object["target"] is String && object["score"] is Double)
        }
    }

    @Test func badInputIsReportedAndUsageErrorsExit64() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = folder.appendingPathComponent("en"), ru = folder.appendingPathComponent("ru"), empty = folder.appendingPathComponent("empty")
        for dir in [en, ru, empty] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        try Data("Talks in Seoul began on 24 August.\n".utf8).write(to: en.appendingPathComponent("a.txt"))
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: en.appendingPathComponent("b.txt"))
        try Data("Переговоры в Сеуле начались 24 августа.\n".utf8).write(to: ru.appendingPathComponent("a.txt"))
        try Data("Talks in Seoul began on 24 August.\n".utf8).write(to: ru.appendingPathComponent("copy.txt"))
        let result = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ru", "en", "ru"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("en/b.txt"))
        #expect(result.stderr.contains("skipped"))
        #expect(result.stderr.contains("ru/copy.txt: the same text as en/a.txt"))
        let none = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ru", "empty", "ru"], in: folder)
        #expect(none.status == 1)
        #expect(none.stderr.contains("empty") && none.stderr.contains("no reports"))
        let usage = try RosettaCLI.run(["pair", "--src-lang", "en", "--tgt-lang", "ru", "--min-score", "2", "en", "ru"], in: folder)
        #expect(usage.status == 64)
    }
}

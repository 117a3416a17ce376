import CorpusModel
import CorpusStore
import Foundation
import Testing
@testable import DocumentPairing

@Suite struct ReaderTests {
    func scratch(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-pair-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func badFilesAreReportedByNameAndSkipped() throws {
        let good = Array("Talks in Seoul began on Monday.\n".utf8)
        let folder = try scratch([
            "a.txt": good,
            "b.txt": good,  // the same text again
            "c.bin": [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00],
            "d.txt": Array("Caf".utf8) + [0xE9] + Array(" crème\n".utf8),
            "e.txt": Array("  \n\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = DocumentReader().read(try Collection.reports(in: folder.path), language: .english)
        #expect(result.documents.map { $0.path.split(separator: "/").last! } == ["a.txt"])
        #expect(result.duplicates.count == 1)
        #expect(result.duplicates.first?.path.hasSuffix("b.txt") == true)
        let messages = result.problems.map(\.message)
        #expect(messages.contains { $0.contains("c.bin") && $0.contains("binary") })
        #expect(messages.contains { $0.contains("d.txt") && $0.contains("invalid UTF-8") && $0.contains(":1:4") })
        #expect(messages.contains { $0.contains("e.txt") && $0.contains("empty") })
    }

    @Test func daysCount() {
        #expect(Day("1970-01-01")?.value == 0)
        #expect(Day("2011-08-24")!.value - Day("2011-08-20")!.value == 4)
        #expect(Day("2012-03-01")!.value - Day("2012-02-28")!.value == 2)  // a leap year
        #expect(Day("2011-13-01") == nil)
        #expect(Day("24.08.2011") == nil)
    }

    @Test func theSampleCollectionOpens() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let collection = try Collection.open(root.appendingPathComponent("Corpora/wire-august-2011").path)
        #expect(collection.languages.map(\.language.identifier) == ["en", "ru", "ko"])  // manifest.json's order
        #expect(collection.languages.allSatisfy { $0.files.count == 12 })
        #expect(collection.dates.count == 36)
        #expect(collection.manifestProblems.isEmpty)
        #expect(Collection.isCollection(collection.folder))
        #expect(!Collection.isCollection(root.appendingPathComponent("Corpora/kim-medvedev-2011").path))
    }

    @Test func manifestProblemsNameTheLine() throws {
        let folder = try scratch(["collection.tsv": Array("file\tlang\tdate\tsource\nen/x.txt\ten\t2011-08-24\tLAT\nbroken line\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (dates, problems) = try Collection.readManifest(folder.appendingPathComponent("collection.tsv").path, folder: folder.path)
        #expect(dates.isEmpty)
        #expect(problems.count == 2)
        #expect(problems[0].contains("collection.tsv:2") && problems[0].contains("not found"))
        #expect(problems[1].contains("collection.tsv:3"))
    }
}

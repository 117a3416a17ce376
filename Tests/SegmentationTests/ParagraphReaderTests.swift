import CorpusModel
import Foundation
import Segmentation
import Testing
import RosettaTestSupport

/// Streaming: paragraphs come back exactly as written, and segmenting them one at a time gives
/// the same sentences as segmenting the whole text.
@Suite struct ParagraphReaderTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-\(UUID().uuidString).txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    static func paragraphs(_ text: String) throws -> [String] {
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try ParagraphReader(path: path)
        var result: [String] = []
        while let paragraph = try reader.next() { result.append(paragraph) }
        return result
    }

    @Test func splitsAtBlankLines() throws {
        let text = "One line.\nStill one.\n\nTwo.\n \n\n  Three\n"
        #expect(try Self.paragraphs(text) == ["One line.\nStill one.\n\n", "Two.\n \n\n", "  Three\n"])
        #expect(try Self.paragraphs("") == [])
        #expect(try Self.paragraphs("\n\n\n") == ["\n\n\n"])
        #expect(try Self.paragraphs("no newline at the end") == ["no newline at the end"])
    }

    @Test func randomTextComesBackWholeAndSegmentsAlike() throws {
        var random = SplitMix64(seed: 2024)
        let segmenter = try SentenceSegmenter(language: .english)
        for _ in 0..<40 {
            let text = RandomText.make(&random, pieces: 200, stable: true)
            let paragraphs = try Self.paragraphs(text)
            #expect(paragraphs.joined() == text)
            let whole = try segmenter.sentences(in: text).map { String(text[$0]) }
            var streamed: [String] = []
            let path = try Self.temporaryFile(Array(text.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            try segmenter.forEachSentence(in: ParagraphReader(path: path)) { streamed.append(String($0)) }
            #expect(streamed == whole)
        }
    }

    @Test func largeInputStreamsAcrossChunks() throws {
        var text = ""
        for index in 0..<5000 { text += "Paragraph \(index) starts here. It ends here.\n\n" }
        let paragraphs = try Self.paragraphs(text)
        #expect(paragraphs.count == 5000)
        #expect(paragraphs.joined() == text)
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        var bytes = Array("First paragraph.\n\nSecond line is fine.\nBad: ".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(" here.\n".utf8)
        let path = try Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try ParagraphReader(path: path)
        #expect(try reader.next() == "First paragraph.\n\n")
        do {
            _ = try reader.next()
            Issue.record("bad UTF-8 was accepted")
        } catch let InputError.invalidUTF8(_, offset, line, column, _) {
            #expect(line == 4)
            #expect(column == 6)
            #expect(offset == bytes.firstIndex(of: 0xC3))
        }
    }

    @Test func nulMarksBinaryInput() throws {
        let path = try Self.temporaryFile(Array("text".utf8) + [0, 1, 2])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.self) { try ParagraphReader(path: path).next() }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: InputError.self) { try ParagraphReader(path: "/nonexistent/file.txt") }
    }
}

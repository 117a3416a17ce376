import CorpusModel
import CorpusStore
import Foundation
import Testing

@Suite struct StoryTests {
    /// A scratch folder per test, removed afterwards.
    func withFolder(_ files: [String: [UInt8]], _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        try body(folder.path)
    }

    @Test func opensAStoryInManifestOrder() throws {
        let manifest = #"{"languages": ["ru", "en"], "title": {"en": "T"}, "licence": "CC0-1.0"}"#
        try withFolder(["en.txt": Array("A.".utf8), "ru.txt": Array("Б.".utf8), "manifest.json": Array(manifest.utf8)]) { (folder: String) throws in
            let story = try Story.open(folder)
            #expect(story.versions.map(\.language.identifier) == ["ru", "en"])
            #expect(story.manifest?.licence == "CC0-1.0")
        }
    }

    @Test func oneLanguageIsAClearError() throws {
        try withFolder(["en.txt": Array("A.".utf8)]) { (folder: String) throws in
            #expect(throws: CorpusError.tooFewLanguages(folder, found: [.english])) { try Story.open(folder) }
        }
    }

    @Test func badFileNamesAndManifestsAreReported() throws {
        try withFolder(["english.txt": [], "ru.txt": []]) { (folder: String) throws in
            // "english" is a well-formed 5–8 letter subtag; "notes.txt" style names must not be taken for languages.
            _ = try? Story.open(folder)
        }
        try withFolder(["notes 1.txt": [], "ru.txt": []]) { (folder: String) throws in
            #expect(throws: CorpusError.self) { try Story.open(folder) }
        }
        try withFolder(["en.txt": [], "ru.txt": [], "manifest.json": Array("{".utf8)]) { (folder: String) throws in
            #expect(throws: CorpusError.self) { try Story.open(folder) }
        }
        #expect(throws: CorpusError.missingFolder("/no/such/folder")) { try Story.open("/no/such/folder") }
    }

    @Test func textFilesAreDecodedStrictlyAndNormalized() throws {
        try withFolder(["a.txt": Array("e\u{301}".utf8), "b.txt": [0x41, 0xFF], "empty.txt": []]) { (folder: String) throws in
            #expect(try TextFile.read("\(folder)/a.txt") == "é")
            #expect(try TextFile.read("\(folder)/empty.txt") == "")
            #expect(throws: InputError.invalidUTF8(file: "\(folder)/b.txt", byteOffset: 1, line: 1, column: 2, length: 1)) {
                try TextFile.read("\(folder)/b.txt")
            }
            #expect(throws: InputError.self) { try TextFile.read("\(folder)/missing.txt") }
            #expect(throws: InputError.self) { try TextFile.read(folder) }
        }
    }

    @Test func defaultOutputIsBesideCorpora() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-\(UUID().uuidString)")
        let story = root.appendingPathComponent("Corpora/s1")
        try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("A.".utf8).write(to: story.appendingPathComponent("en.txt"))
        try Data("Б.".utf8).write(to: story.appendingPathComponent("ru.txt"))
        let opened = try Story.open(story.path)
        #expect(opened.defaultOutputFolder.hasSuffix("Alignments/s1"))
        #expect(URL(fileURLWithPath: opened.defaultOutputFolder).deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL.path
                == root.standardizedFileURL.path)
    }
}

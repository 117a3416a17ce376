import Foundation
import Testing

/// A `rosetta` copied alone into an empty folder (as people install a command) runs every
/// command: its rules, gazetteer and lists are compiled in, not looked up beside the build.
@Suite struct StandaloneBinaryTests {
    @Test func theBinaryAloneRunsEveryCommand() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("bin/rosetta")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RosettaCLI.executable, to: binary)
        let story = RosettaCLI.root.appendingPathComponent("Corpora/kim-medvedev-2011")
        let collection = RosettaCLI.root.appendingPathComponent("Corpora/wire-august-2011")
        let commands: [(String, [String])] = [
            ("segment", ["segment", "--lang", "ru", story.appendingPathComponent("ru.txt").path]),
            ("names key", ["names", "key"]),
            ("names", ["names", story.path]),
            ("translit", ["translit", "--id", "Any-Latin", story.appendingPathComponent("ko.txt").path]),
            ("align", ["align", "--src-lang", "en", "--tgt-lang", "ko", story.appendingPathComponent("en.txt").path, story.appendingPathComponent("ko.txt").path]),
            ("pair", ["pair", "--src-lang", "en", "--tgt-lang", "ru", collection.appendingPathComponent("en").path, collection.appendingPathComponent("ru").path]),
            ("build", ["build", story.path, "--out", folder.appendingPathComponent("out").path]),
            ("tm convert", ["tm", "convert", RosettaCLI.root.appendingPathComponent("Alignments/kim-medvedev-2011/en-ru.csv").path, folder.appendingPathComponent("m.tmx").path]),
        ]
        for (name, arguments) in commands {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data("en\tKim Jong Il\nru\tКим Чен Ир\n".utf8))
            try input.fileHandleForWriting.close()
            let printed = output.fileHandleForReading.readDataToEndOfFile()
            let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name): exit \(process.terminationStatus): \(complaint)")
            #expect(!complaint.contains("resource bundle"), "\(name): \(complaint)")
            if name == "names key" { #expect(String(decoding: printed, as: UTF8.self) == "@kim-jong-il\n@kim-jong-il\n") }
        }
    }
}

import Foundation
import Testing

/// What happens to a translator's data when writing goes wrong: a full disk, a run killed half
/// way, two runs writing one file, outputs that are links or devices. Never a success with lost
/// or half-written data.
@Suite struct ReliabilityTests {
    static let story = RosettaCLI.root.appendingPathComponent("Corpora/kim-medvedev-2011")
    static let memory = RosettaCLI.root.appendingPathComponent("Alignments/kim-medvedev-2011/en-ru.csv")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsAnError() throws {
        let result = try RosettaCLI.shell("'\(RosettaCLI.executable.path)' segment --lang en '\(Self.story.path)/en.txt' > /dev/full")
        #expect(result.status == 1)
        #expect(result.output.contains("<stdout>") && result.output.contains("disk is full"), "\(result.output)")
    }

    /// A tmpfs of 64 KB, where it can be mounted (root on Linux); skipped otherwise.
    @Test func aFullFileSystemLeavesThePreviousFileWhole() throws {
        let mount = try RosettaCLI.scratch()
        defer { _ = try? RosettaCLI.shell("umount '\(mount.path)'"); try? FileManager.default.removeItem(at: mount) }
        guard (try? RosettaCLI.shell("mount -t tmpfs -o size=64k tmpfs '\(mount.path)' 2>/dev/null"))?.status == 0 else {
            print("ReliabilityTests: cannot mount a tmpfs here (not root, or no mount): full file system cases skipped")
            return
        }
        let kept = mount.appendingPathComponent("memory.csv")
        try FileManager.default.copyItem(at: Self.memory, to: kept)
        let before = try Data(contentsOf: kept)
        let big = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: big) }
        var csv = "en,ru\r\n"
        for i in 0..<5_000 { csv += "Sentence \(i) about the summit in Ulan-Ude.,Предложение \(i) о встрече в Улан-Удэ.\r\n" }
        try Data(csv.utf8).write(to: big.appendingPathComponent("big.csv"))
        let convert = try RosettaCLI.run(["tm", "convert", big.appendingPathComponent("big.csv").path, kept.path, "--to", "tmx"])
        #expect(convert.status == 1)
        #expect(convert.stderr.contains("disk is full") && convert.stderr.contains("memory.csv"))
        #expect(try Data(contentsOf: kept) == before)
        let build = try RosettaCLI.run(["build", Self.story.path, "--out", mount.appendingPathComponent("out").path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("disk is full"))
        #expect(!build.stderr.contains(".rosetta-"), "the error names the folder given, not the staging one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["memory.csv"])
    }

    @Test func aKilledBuildLeavesThePreviousResultsWhole() throws {
        let out = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        // A second version of the story, one sentence longer in each language: every output differs.
        let changed = out.appendingPathComponent("v2/kim-medvedev-2011")  // the same name: the same output files
        try FileManager.default.createDirectory(at: changed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.story, to: changed)
        for (language, sentence) in [("en", "The talks ended at noon."), ("ru", "Переговоры закончились в полдень."), ("ko", "회담은 정오에 끝났다.")] {
            let file = changed.appendingPathComponent("\(language).txt")
            try Data((try String(contentsOf: file, encoding: .utf8) + "\n" + sentence + "\n").utf8).write(to: file)
        }
        let folder = out.appendingPathComponent("results")
        let start = Date()
        let first = try RosettaCLI.run(["build", Self.story.path, "--out", folder.path])
        let duration = Date().timeIntervalSince(start)
        #expect(first.status == 0)
        let before = try snapshot(folder)
        #expect(try RosettaCLI.run(["build", changed.path, "--out", out.appendingPathComponent("complete").path]).status == 0)
        let complete = try snapshot(out.appendingPathComponent("complete"))
        // Killed at points spread over a whole run, most of them while it writes.
        for fraction in [0.3, 0.5, 0.7, 0.8, 0.9, 0.95] {
            let process = Process()
            process.executableURL = RosettaCLI.executable
            process.arguments = ["build", changed.path, "--out", folder.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try snapshot(folder)
            // All the previous results, or all the new ones: never a mix, never a truncated file.
            #expect(after == before || after == complete, "killed after \(fraction) of a run: a mix of old and new files")
            if after == complete { break }
        }
    }

    @Test func twoWritersOfOneFileBothLeaveAWholeFile() throws {
        let out = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("memory.tmx").path
        let processes = (0..<4).map { _ -> Process in
            let process = Process()
            process.executableURL = RosettaCLI.executable
            process.arguments = ["tm", "convert", Self.memory.path, target, "--to", "tmx"]
            process.environment = ["SOURCE_DATE_EPOCH": "0"]
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let alone = out.appendingPathComponent("alone.tmx").path
        _ = try RosettaCLI.run(["tm", "convert", Self.memory.path, alone, "--to", "tmx"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data(contentsOf: URL(fileURLWithPath: alone)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["alone.tmx", "memory.tmx"], "no temporary file left")
    }

    @Test func aSymlinkIsWrittenThroughAndADeviceStaysADevice() throws {
        let out = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("target.csv"), link = out.appendingPathComponent("link.csv")
        try Data("old\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try RosettaCLI.run(["tm", "convert", Self.memory.path, link.path, "--to", "csv"])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("en,ru"))
        let device = try RosettaCLI.run(["tm", "convert", Self.memory.path, "/dev/null", "--to", "csv"])
        #expect(device.status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    /// Every file of a folder (recursively) with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return result
    }
}

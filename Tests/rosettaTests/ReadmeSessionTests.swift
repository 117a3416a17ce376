import Foundation
import Testing

/// The terminal session of README.md, run as written: each `$ rosetta …` line in a copy of
/// `Corpora/` and `Alignments/`, with the built `rosetta` first on the PATH; every output line
/// the README shows (but those it elides with …) must be printed.
@Suite struct ReadmeSessionTests {
    struct Step {
        var command: String
        var shown: [String]
    }

    static func steps() throws -> [Step] {
        let readme = try String(contentsOf: RosettaCLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let session = readme.components(separatedBy: "## A session").dropFirst().first,
              let block = session.components(separatedBy: "```").dropFirst().first else { return [] }
        var steps: [Step] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("$ ") {
                steps.append(Step(command: String(line.dropFirst(2)), shown: []))
            } else if !line.isEmpty, !line.contains("…"), !steps.isEmpty {
                steps[steps.count - 1].shown.append(String(line))
            }
        }
        return steps.filter { !$0.command.hasPrefix("swift build") }
    }

    @Test func theSessionRunsAsWritten() throws {
        let steps = try Self.steps()
        #expect(steps.count >= 8, "the README's session was not found")
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["Corpora", "Alignments"] {
            try FileManager.default.copyItem(at: RosettaCLI.root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let path = RosettaCLI.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        for step in steps {
            let result = try RosettaCLI.shell("cd '\(folder.path)' && PATH='\(path)' bash -c '\(step.command.replacingOccurrences(of: "'", with: "'\\''"))'")
            #expect(result.status == 0, "\(step.command): exit \(result.status): \(result.output)")
            for line in step.shown {
                #expect(result.output.contains(line), "\(step.command): the README shows '\(line)'; printed:\n\(result.output)")
            }
        }
    }
}

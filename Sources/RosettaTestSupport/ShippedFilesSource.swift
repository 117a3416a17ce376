import Foundation

/// The Swift source that compiles a module's data files into the executable (`ShippedFiles`):
/// a `rosetta` binary copied anywhere, alone, still has its rules and gazetteer. The data files
/// stay the source of truth; each module's tests compare the committed source with this
/// rendering, and `RECORD_SNAPSHOTS=1` rewrites it.
public enum ShippedFilesSource {
    /// The data files under `folder`, by path relative to it ("de/months"), sorted.
    public static func dataFiles(in folder: URL) throws -> [String] {
        var names: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                names += try dataFiles(in: url).map { name + "/" + $0 }
            } else {
                names.append(name)
            }
        }
        return names.sorted()
    }

    /// Source declaring `enum ShippedFiles { static let text: [String: String] }`, file name → text.
    public static func render(folder: URL, description: String) throws -> String {
        let names = try dataFiles(in: folder)
        var source = """
            // Generated from \(description) by RosettaTestSupport.ShippedFilesSource: do not edit.
            // Run the module's tests with RECORD_SNAPSHOTS=1 after changing a data file.

            /// The module's data files, compiled in: file name -> text.
            enum ShippedFiles {
                static let text: [String: String] = [

            """
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var hashes = "#"
            // A delimiter the text does not hold (nor an escape of it).
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            // The newline before the closing delimiter is not part of a multi-line literal: a
            // text ending in one gets it back from an extra line; another ends in a line
            // continuation (a backslash and the hashes).
            let ending = text.hasSuffix("\n") ? "\n" : "\\" + hashes + "\n"
            source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\(ending)\"\"\"\(hashes),\n"
        }
        source += "    ]\n}\n"
        return source
    }

    /// Compares the committed `file` with the rendering of `folder`; with RECORD_SNAPSHOTS=1,
    /// writes it. Returns nil when they agree (or were recorded), else what to do.
    public static func check(file: URL, folder: URL, description: String) throws -> String? {
        let expected = try render(folder: folder, description: description)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try expected.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        let committed = try? String(contentsOf: file, encoding: .utf8)
        return committed == expected ? nil : "\(file.lastPathComponent) is out of date with \(description): run the tests with RECORD_SNAPSHOTS=1"
    }

    /// Every problem with a module's compiled-in data: the generated source out of date with the
    /// data files, or `compiled` (the module's `ShippedFiles.text`) not byte for byte the files.
    public static func problems(module: URL, dataFolder: String, compiled: [String: String]) throws -> [String] {
        let folder = module.appendingPathComponent(dataFolder)
        var problems: [String] = []
        if let problem = try check(file: module.appendingPathComponent("ShippedFiles.swift"), folder: folder,
                                   description: "Sources/\(module.lastPathComponent)/\(dataFolder)") {
            problems.append(problem)
        }
        let names = try dataFiles(in: folder)
        if Set(compiled.keys) != Set(names) { problems.append("compiled in: \(compiled.keys.sorted()); files: \(names.sorted())") }
        for name in names where compiled[name] != (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) {
            problems.append("\(name): the compiled-in text differs from the file")
        }
        return problems
    }
}

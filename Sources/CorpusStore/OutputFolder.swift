import CorpusModel
internal import CSystemCalls
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of outputs replaced as one step: a run writes into a new folder beside it (holding
/// a copy of what the folder had, such as gold files), and only a run that finished swaps it in.
/// A run that fails or is killed leaves the previous results whole (and at most a hidden
/// `.NAME.rosetta-*` folder behind, which the next run does not read).
public enum OutputFolder {
    /// Runs `body` with a staging folder, then puts the staging folder in place of `path`.
    public static func replace<Result>(_ path: String, _ body: (String) throws -> Result) throws -> Result {
        let final = URL(fileURLWithPath: path).standardizedFileURL.path
        let parent = (final as NSString).deletingLastPathComponent, name = (final as NSString).lastPathComponent
        try FileSystem.makeFolder(parent)
        var template = Array("\(parent)/.\(name).rosetta-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw OutputError(file: path, reason: "cannot create a folder beside it: \(String(cString: strerror(errno)))", code: errno)
        }
        let staging = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The previous folder's permissions, or the usual ones (mkdtemp makes it private).
        var info = stat()
        chmod(staging, stat(final, &info) == 0 ? info.st_mode & 0o7777 : 0o777 & ~TextOutput.currentUmask())
        let manager = FileManager.default
        do {
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: final, isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue { throw OutputError(file: path, reason: "is a file, not a folder", code: ENOTDIR) }
            if exists {
                for entry in try manager.contentsOfDirectory(atPath: final) where !entry.hasPrefix(".\(name).rosetta-") {
                    try manager.copyItem(atPath: "\(final)/\(entry)", toPath: "\(staging)/\(entry)")
                }
            }
            let result = try body(staging)
            if exists {
                if rosetta_exchange_paths(staging, final) != 0 {
                    // No atomic exchange here: two renames, the old folder kept until the new one is in.
                    let old = staging + ".old"
                    guard rename(final, old) == 0 else { throw OutputError(file: path, reason: "cannot replace the folder: \(String(cString: strerror(errno)))", code: errno) }
                    guard rename(staging, final) == 0 else {
                        let code = errno
                        rename(old, final)
                        throw OutputError(file: path, reason: "cannot replace the folder: \(String(cString: strerror(code)))", code: code)
                    }
                    try? manager.removeItem(atPath: old)
                } else {
                    try? manager.removeItem(atPath: staging)  // now the previous results
                }
            } else if rename(staging, final) != 0 {
                throw OutputError(file: path, reason: "cannot create the folder: \(String(cString: strerror(errno)))", code: errno)
            }
            return result
        } catch let error as OutputError {
            try? manager.removeItem(atPath: staging)
            // Named by the folder the user gave, not the staging one.
            throw error.file.hasPrefix(staging) ? OutputError(file: path + error.file.dropFirst(staging.count), reason: error.reason, code: error.code) : error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }
}

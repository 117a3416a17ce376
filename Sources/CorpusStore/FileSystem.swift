import Foundation

/// The few file-system operations the store needs, with errors that name the path.
public enum FileSystem {
    public static func makeFolder(_ path: String) throws(CorpusError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw .unreadable(path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
    }

    public static func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

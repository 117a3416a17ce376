public import CorpusModel
internal import ICUSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading user text: the one place where bytes become Rosetta text. Decoding is strict UTF-8
/// (errors name file, line, column and byte offset), a BOM is dropped, and the text is put in
/// NFC once, here, so that nothing later has to care.
public enum TextFile {
    /// Reads the file at `path`, or standard input for "-".
    public static func read(_ path: String) throws(InputError) -> String {
        let bytes = try readBytes(path)
        return Normalizer.nfc(try TextDecoding.decodeUTF8(bytes, file: path == "-" ? "<stdin>" : path))
    }

    /// NFC-normalizes text that did not come through `read` (e.g. from JSON).
    public static func normalize(_ text: String) -> String { Normalizer.nfc(text) }

    /// The raw bytes of the file at `path` (or standard input for "-"), for callers that decode
    /// piece by piece (e.g. line by line, to report a bad line and go on).
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        let name = path == "-" ? "<stdin>" : path
        if path != "-" {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .unreadable(file: name, reason: errorText()) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: name, reason: "is a directory, not a file") }
        }
        guard let file = path == "-" ? fdopen(STDIN_FILENO, "rb") : fopen(path, "rb") else {
            throw .unreadable(file: name, reason: errorText())
        }
        defer { if path != "-" { fclose(file) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: chunk[..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { throw .unreadable(file: name, reason: errorText()) }
                break
            }
        }
        return bytes
    }

    static func errorText() -> String {
        let code = errno
        if code == ENOENT { return "no such file" }
        return String(cString: strerror(code))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict UTF-8 decoding of user files, with errors that say where the bad bytes are.
///
/// A file is rejected, never silently repaired: replacing bad bytes with U+FFFD would lose text
/// without telling anyone. A leading byte-order mark is dropped; NUL bytes mark a binary file.
public enum TextDecoding {
    /// Contiguous bytes (a whole file): NUL search and validation over the buffer, not through
    /// the generic collection (10× faster on a long document).
    public static func decodeUTF8(_ bytes: [UInt8], file: String) throws(InputError) -> String {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let result: Result<String, InputError> = bytes.withUnsafeBufferPointer { buffer in
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            if let base = body.baseAddress, let nul = memchr(base, 0, body.count) {
                return .failure(.binary(file: file, byteOffset: start + (UnsafeRawPointer(nul) - UnsafeRawPointer(base))))
            }
            if let text = String(validating: body, as: UTF8.self) { return .success(text) }
            return .failure(locateInvalidByte(in: bytes, from: start, file: file))
        }
        return try result.get()
    }

    /// Any bytes (a line, a slice): copied into an array and decoded as above.
    public static func decodeUTF8(_ bytes: some Collection<UInt8>, file: String) throws(InputError) -> String {
        try decodeUTF8(Array(bytes), file: file)
    }

    /// The slow path, taken only for a bad file: finds the first invalid sequence and its line and column.
    static func locateInvalidByte(in bytes: some Collection<UInt8>, from start: Int, file: String) -> InputError {
        var line = 1
        var column = 1
        var offset = start
        var iterator = bytes.dropFirst(start).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            offset += encoded.count
            if Unicode.UTF8.decode(encoded) == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        var rest = bytes.dropFirst(offset).makeIterator()
        var again = Unicode.UTF8.ForwardParser()
        var length = 1
        if case .error(let bad) = again.parseScalar(from: &rest) { length = bad }
        return .invalidUTF8(file: file, byteOffset: offset, line: line, column: column, length: length)
    }
}

/// What can be wrong with an input file.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalidUTF8(file: String, byteOffset: Int, line: Int, column: Int, length: Int)
    case binary(file: String, byteOffset: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read: \(reason)"
        case let .invalidUTF8(file, offset, line, column, length):
            "\(file):\(line):\(column): invalid UTF-8 (\(length) bad byte\(length == 1 ? "" : "s") at byte offset \(offset)); convert the file to UTF-8 (e.g. iconv -f CP1251 -t UTF-8)"
        case let .binary(file, offset):
            "\(file): looks like a binary file (NUL byte at byte offset \(offset)); expected UTF-8 text"
        }
    }
}

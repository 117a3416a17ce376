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

    /// The slow path, taken only for a bad file: finds the first invalid sequence and its line
    /// and column, by the UTF-8 rules themselves (no shortest-form violations, no surrogates,
    /// nothing over U+10FFFF), byte by byte.
    static func locateInvalidByte(in bytes: some Collection<UInt8>, from start: Int, file: String) -> InputError {
        let bytes = Array(bytes)
        var line = 1, column = 1, offset = start
        while offset < bytes.count {
            let length = validSequenceLength(bytes, at: offset)
            guard length > 0 else {
                // How many bytes the bad sequence spans: the lead and the continuation bytes after it.
                var bad = 1
                while offset + bad < bytes.count, bad < 4, bytes[offset + bad] & 0xC0 == 0x80 { bad += 1 }
                return .invalidUTF8(file: file, byteOffset: offset, line: line, column: column, length: bad)
            }
            if bytes[offset] == 0x0A { line += 1; column = 1 } else { column += 1 }
            offset += length
        }
        return .invalidUTF8(file: file, byteOffset: offset, line: line, column: column, length: 0)
    }

    /// The length of the valid UTF-8 sequence at `offset`, or 0 when it is not one.
    static func validSequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let lead = bytes[offset]
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset + k < bytes.count && range.contains(bytes[offset + k])
        }
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0  // no surrogates
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
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

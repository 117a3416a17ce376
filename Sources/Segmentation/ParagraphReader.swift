public import CorpusModel
internal import ICUSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads text a paragraph at a time, so that segmenting a stream needs memory for one paragraph,
/// not for the whole input. A paragraph is everything up to the next line that is not blank after
/// a blank line: its lines and the blank lines after it, exactly as read (so the paragraphs join
/// back into the input), strictly decoded as UTF-8 and NFC-normalized.
public final class ParagraphReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    public let name: String
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var atEnd = false
    private var isFirstRead = true
    /// The 1-based number of the first line of the next paragraph, for error messages.
    private var lineNumber = 1
    /// Bytes handed out before the next paragraph, for error messages.
    private var consumed = 0
    private static let chunkSize = 1 << 16

    /// Reads `path`, or standard input for "-".
    public init(path: String) throws(InputError) {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            name = "<stdin>"
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .unreadable(file: path, reason: Self.errorText()) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: path, reason: "is a directory, not a file") }
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else { throw .unreadable(file: path, reason: Self.errorText()) }
            descriptor = opened
            ownsDescriptor = true
            name = path
        }
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next paragraph, or nil at the end of the input.
    public func next() throws(InputError) -> String? {
        // Drop what was handed out only now and then: moving the rest down after every short
        // paragraph would copy the whole buffer each time.
        if bufferStart > Self.chunkSize || bufferStart == buffer.count {
            buffer.removeFirst(bufferStart)
            bufferStart = 0
        }
        // Find the end: the start of a non-blank line that follows a blank line after content.
        var scan = bufferStart
        var lineStart = scan
        var sawContent = false
        var sawBlankAfterContent = false
        var lineHasContent = false
        var lines = 0
        scanning: while true {
            if scan == buffer.count {
                if atEnd { break }
                try fill()
                continue
            }
            // The bytes read so far, through a pointer (an array subscript per byte cost a tenth
            // of segmenting); a paragraph's end found inside them ends the scan.
            var found = false
            buffer.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                while scan < bytes.count {
                    // The rest of the line (memchr finds its end), then whether it holds content.
                    var end = bytes.count
                    if let newline = memchr(base + scan, 0x0A, bytes.count - scan) {
                        end = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
                    }
                    if !lineHasContent {
                        var index = scan
                        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
                        if index < end {
                            if sawBlankAfterContent { scan = lineStart; found = true; return }
                            lineHasContent = true
                        }
                    }
                    scan = end
                    guard end < bytes.count else { return }
                    if lineHasContent { sawContent = true } else if sawContent { sawBlankAfterContent = true }
                    lineHasContent = false
                    lines += 1
                    scan += 1
                    lineStart = scan
                }
            }
            if found { break scanning }
        }
        guard scan > bufferStart else { return nil }
        let bytes = buffer[bufferStart..<scan]
        let firstLine = lineNumber
        let firstByte = consumed
        lineNumber += lines
        consumed += bytes.count
        bufferStart = scan
        do {
            // The decoder drops a leading byte-order mark; only the input's first one is a BOM
            // (dropped in `fill`), a U+FEFF that starts a later paragraph is text.
            // The fast path: valid UTF-8 without NUL. Anything else goes through the decoder,
            // which finds and reports the problem.
            let fast: String? = buffer.withUnsafeBufferPointer { all in
                let slice = UnsafeBufferPointer(rebasing: all[(scan - bytes.count)..<scan])
                guard let start = slice.baseAddress, memchr(start, 0, slice.count) == nil, !slice.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
                return String(validating: slice, as: UTF8.self)
            }
            if let fast { return Normalizer.nfc(fast) }
            let keptMark = firstByte > 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
            return Normalizer.nfc(keptMark + (try TextDecoding.decodeUTF8(Array(bytes), file: name)))
        } catch {
            throw Self.shifted(error, byLines: firstLine - 1, bytes: firstByte)
        }
    }

    /// Reads more input onto the end of the buffer.
    private func fill() throws(InputError) {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { throw .unreadable(file: name, reason: Self.errorText()) }
        if count == 0 { atEnd = true; return }
        var bytes = chunk[0..<count]
        if isFirstRead, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        isFirstRead = false
        buffer.append(contentsOf: bytes)
    }

    /// The reason for the last failed call, worded as `TextFile` words it.
    private static func errorText() -> String {
        let code = errno
        return code == ENOENT ? "no such file" : String(cString: strerror(code))
    }

    /// An error in a paragraph, with its position counted from the start of the input.
    private static func shifted(_ error: InputError, byLines lines: Int, bytes: Int) -> InputError {
        switch error {
        case let .invalidUTF8(file, offset, line, column, length):
            .invalidUTF8(file: file, byteOffset: offset + bytes, line: line + lines, column: column, length: length)
        case let .binary(file, offset):
            .binary(file: file, byteOffset: offset + bytes)
        default:
            error
        }
    }
}

extension SentenceSegmenter {
    /// Segments a stream paragraph by paragraph, calling `body` with each sentence (trimmed, as
    /// `sentences(in:)` gives them). Memory depends on the longest paragraph, not on the input.
    public func forEachSentence(in reader: ParagraphReader, _ body: (Substring) throws -> Void) throws {
        while let paragraph = try reader.next() {
            for range in try sentences(in: paragraph) { try body(paragraph[range]) }
        }
    }
}

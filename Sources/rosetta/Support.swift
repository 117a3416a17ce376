import ArgumentParser
import CorpusModel
import CorpusStore
import Segmentation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LanguageTag: ExpressibleByArgument {
    public init?(argument: String) {
        guard let tag = try? LanguageTag(argument) else { return nil }
        self = tag
    }
}

/// A language code ICU has no data for is a usage error (exit 64), caught before any work.
func validateLanguage(_ language: LanguageTag, option: String) throws {
    do { _ = try ICUSentenceSegmenter(language: language) } catch {
        throw ValidationError("\(option): unknown language '\(language)' (expected an ISO 639 code such as en, ru, ko)")
    }
}

/// Runs a command body; a runtime failure is printed as one line on stderr and exits 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as ExitCode { throw error } catch let error as ValidationError {
        throw error
    } catch {
        Diagnostics.error(String(describing: error))
        throw ExitCode.failure
    }
}

enum Diagnostics {
    static func error(_ message: String) { write("rosetta: error: \(shown(message))\n") }
    static func warning(_ message: String) { write("rosetta: warning: \(shown(message))\n") }
    static func note(_ message: String) { write(shown(message) + "\n") }

    /// A message with the control characters that data may bring (a terminal escape sequence in
    /// a CSV cell, a carriage return) shown escaped, never sent raw to a terminal; line breaks
    /// and tabs of the message itself stay.
    static func shown(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { isControl($0) }) else { return message }
        var result = ""
        for scalar in message.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Progress on a terminal only: an overwritten status line.
    static func progress(_ message: String) {
        guard isatty(STDERR_FILENO) != 0 else { return }
        write("\r\u{1B}[K" + message)
    }

    static func endProgress() {
        guard isatty(STDERR_FILENO) != 0 else { return }
        write("\r\u{1B}[K")
    }

    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + written, $0.count - written) }
            if count <= 0 { return }
            written += count
        }
    }
}

/// Segments a file with Rosetta's segmenter, or reads it as one sentence per line.
/// One range per line, cut at every Unicode line break (CR LF counts once), by bytes.
func lineRanges(_ text: String) -> [Range<String.Index>] {
    let utf8 = text.utf8
    var lines: [Range<String.Index>] = []
    var start = utf8.startIndex, index = utf8.startIndex
    while index < utf8.endIndex {
        let byte = utf8[index]
        var breakLength = 0
        if (0x0A...0x0D).contains(byte) {
            breakLength = 1
            let next = utf8.index(after: index)
            if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { breakLength = 2 }
        } else if byte == 0xC2 || byte == 0xE2 {
            // NEL (C2 85), LINE and PARAGRAPH SEPARATOR (E2 80 A8/A9).
            let rest = utf8[index...].prefix(3)
            if rest.starts(with: [0xC2, 0x85]) { breakLength = 2 }
            else if rest.elementsEqual([0xE2, 0x80, 0xA8]) || rest.elementsEqual([0xE2, 0x80, 0xA9]) { breakLength = 3 }
        }
        if breakLength == 0 { index = utf8.index(after: index); continue }
        lines.append(start..<index)
        index = utf8.index(index, offsetBy: breakLength)
        start = index
    }
    if start < utf8.endIndex { lines.append(start..<utf8.endIndex) }
    return lines
}

func readDocument(_ path: String, language: LanguageTag, segmented: Bool) throws -> Document {
    let text = try TextFile.read(path)
    if !segmented { return try SentenceSegmenter(language: language).document(text, origin: path) }
    return Document(language: language, text: text, sentences: lineRanges(text), origin: path)
}

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

/// Options shared by commands that read text in a language.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "The language of the text, as a BCP 47 code (en, ru, ko, …).")
    var lang: LanguageTag

    func validate() throws { try validateLanguage(lang, option: "--lang") }
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
    static func error(_ message: String) { write("rosetta: error: \(message)\n") }
    static func warning(_ message: String) { write("rosetta: warning: \(message)\n") }
    static func note(_ message: String) { write(message + "\n") }

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
func readDocument(_ path: String, language: LanguageTag, segmented: Bool) throws -> Document {
    let text = try TextFile.read(path)
    if !segmented { return try SentenceSegmenter(language: language).document(text, origin: path) }
    var lines: [Range<String.Index>] = []
    var start = text.startIndex
    while start < text.endIndex {
        let end = text[start...].firstIndex(where: \.isNewline) ?? text.endIndex
        lines.append(start..<end)
        start = end < text.endIndex ? text.index(after: end) : end
    }
    return Document(language: language, text: text, sentences: lines, origin: path)
}

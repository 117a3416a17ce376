import ArgumentParser
import Foundation
import CorpusModel
import CorpusStore
import Names
#if canImport(Glibc)
import Glibc
#endif

struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Find the names of a corpus and key them across scripts.",
        discussion: """
            `rosetta names key` keys names read from stdin; `rosetta names DIR|FILES` lists the \
            entities of a corpus with their variants.
            """,
        subcommands: [NamesListCommand.self, NamesKeyCommand.self],
        defaultSubcommand: NamesListCommand.self)
}

struct NamesKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the cross-script key of each name read from stdin.",
        discussion: """
            Reads lines LANG<TAB>SURFACE (e.g. "ru<TAB>Ким Чен Ира") and prints one key per line, \
            in order: two surfaces get the same key when they name the same entity. A bad line is \
            reported on stderr with its number and gets an empty output line (so the order is kept); \
            the exit status is then 1.
            """)

    @OptionGroup var options: GazetteerOption

    func run() throws {
        var failed = false
        try reportingErrors {
            let keyer = try options.keyer()
            let output = TextOutput.standardOutput()
            // Lines are decoded one by one, so that one bad line does not cost the others.
            let bytes = try TextFile.readBytes("-")
            var knownLanguages: [LanguageTag: Bool] = [:]
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            if bytes.last == UInt8(ascii: "\n") { lines.removeLast() }
            for (offset, lineBytes) in lines.enumerated() {
                do {
                    guard let decoded = try? TextDecoding.decodeUTF8(lineBytes, file: "<stdin>") else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "the line is not valid UTF-8")
                    }
                    let text = TextFile.normalize(decoded)
                    let line = text.hasSuffix("\r") ? Substring(text.dropLast()) : Substring(text)
                    guard !line.allSatisfy(\.isWhitespace) else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "the line is empty")
                    }
                    guard let tab = line.firstIndex(of: "\t") else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "no tab between language and name")
                    }
                    let code = line[..<tab].trimmingWhitespace()
                    guard let language = try? LanguageTag(String(code)) else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "'\(code)' is not a language code")
                    }
                    let known = knownLanguages[language] ?? ((try? validateLanguage(language, option: "")) != nil)
                    knownLanguages[language] = known
                    guard known else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "unknown language '\(code)' (expected an ISO 639 code such as en, ru, ko)")
                    }
                    let surface = line[line.index(after: tab)...]
                    let key = try keyer.key(for: surface, language: language)
                    guard !key.isEmpty else {
                        throw NamesError.malformedKeyRequest(line: offset + 1, reason: "no name after the tab")
                    }
                    output.write(key.value)
                } catch {
                    Diagnostics.error(String(describing: error))
                    failed = true
                }
                output.write("\n")
            }
            try output.close()
        }
        if failed { throw ExitCode.failure }
    }

}

struct NamesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the named entities of a corpus with their variants and counts.",
        discussion: """
            Give a story folder (its LANG.txt files are read), a collection (its LANG/ folders of \
            reports) or one LANG/ folder of it, or text files with --lang (or files named \
            LANG.txt). --format csv and tbx give a glossary of variants per entity.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, tbx }

    @Argument(help: "A story folder, or text files.")
    var paths: [String]
    @Option(name: .long, help: "The language of the files (default: from a LANG.txt file name).")
    var lang: LanguageTag?
    @Option(help: "table, csv, json or tbx.")
    var format: Format = .table
    @OptionGroup var options: GazetteerOption

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give a story folder or text files") }
        if let lang { try validateLanguage(lang, option: "--lang") }
    }

    /// A bare language code as a file or folder name: "en", "ru", "ko" (not "lat-20110820-0062",
    /// which reads as a tag of Latin).
    static func languageName(_ name: some StringProtocol) -> LanguageTag? {
        guard (2...3).contains(name.count), name.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return nil }
        return try? LanguageTag(String(name))
    }

    /// The texts of a folder with their languages: a story's LANG.txt files; a LANG/ folder of
    /// reports (a collection's language folder); a collection's LANG/ folders; or, with --lang,
    /// every .txt file in it.
    static func texts(inFolder path: String, language: LanguageTag?) throws -> [(String, LanguageTag)] {
        let entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        let texts = entries.filter { $0.hasSuffix(".txt") }
        if let language { return texts.map { (path + "/" + $0, language) } }
        let stories = texts.compactMap { entry in languageName(entry.dropLast(4)).map { (path + "/" + entry, $0) } }
        if !stories.isEmpty { return stories }
        let folderName = path.split(separator: "/").last ?? ""
        if let language = languageName(folderName) { return texts.map { (path + "/" + $0, language) } }
        var found: [(String, LanguageTag)] = []
        for entry in entries {
            var info = stat()
            guard let language = languageName(entry), stat(path + "/" + entry, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            found += try FileManager.default.contentsOfDirectory(atPath: path + "/" + entry).sorted().filter { $0.hasSuffix(".txt") }
                .map { (path + "/" + entry + "/" + $0, language) }
        }
        return found
    }

    func run() throws {
        try reportingErrors {
            let keyer = try options.keyer()
            var inputs: [(String, LanguageTag)] = []
            for path in paths {
                var info = stat()
                if stat(path, &info) != 0 { _ = try TextFile.read(path) }  // says "no such file"
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    let found = try Self.texts(inFolder: path, language: lang)
                    guard !found.isEmpty else {
                        throw CorpusError.unexpectedFile(path, reason: "no LANG.txt files here (en.txt, ru.txt, ko.txt …), no LANG/ folders of reports, and no .txt files with --lang; give a story folder, a collection, or text files with --lang")
                    }
                    inputs += found
                } else if let language = lang ?? (try? LanguageTag(String(path.split(separator: "/").last?.split(separator: ".").first ?? ""))) {
                    inputs.append((path, language))
                } else {
                    throw ValidationError("\(path): give its language with --lang")
                }
            }
            var index = NameEntityIndex()
            for (path, language) in inputs {
                let document = try readDocument(path, language: language, segmented: false)
                let mentions = NameEntityIndex.withoutLoneOpenings(
                    try document.sentenceTexts.map { ($0, try keyer.mentions(in: $0, language: language)) }, language: language, lexicon: keyer.lexicon)
                try index.addDocument(mentions, language: language, keyer: keyer)
            }
            index.chooseCanonicalForms(lexicon: keyer.lexicon)
            let output = TextOutput.standardOutput()
            switch format {
            case .table: output.write(index.table(languages: Array(Set(inputs.map(\.1))).sorted()))
            case .csv: output.write(index.csv())
            case .json: output.write(index.json())
            case .tbx: output.write(index.tbx())
            }
            try output.close()
        }
    }
}

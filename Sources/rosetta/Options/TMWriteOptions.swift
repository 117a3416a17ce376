import ArgumentParser
import CorpusModel
import TMFormats

/// How the `tm` commands write their output memory.
struct TMWriteOptions: ParsableArguments {
    @Option(help: "Output format (tmx, csv, tsv), overriding the output file's extension.")
    var to: TMFormat?
    @Option(help: "TMX: the source language (srclang); units without it are left out. Default: the inputs' common srclang, else *all*.")
    var srcLang: LanguageTag?
    @Option(help: "CSV/TSV: the language columns, comma-separated (default: every language of the inputs, in order of appearance).")
    var languages: String?
    @OptionGroup var csv: CSVOutputOptions
    @Flag(help: "CSV/TSV: write a unit that lacks some of the languages with empty cells (for data exchange; CAT tools would import them as empty translations).")
    var keepPartial = false
    @Flag(help: "Fail (exit 1, nothing written) when the output format cannot hold something the input has (TMX notes, props, ids and dates, inline markup in CSV/TSV).")
    var strict = false

    func languageList() throws -> [LanguageTag]? {
        guard let languages else { return nil }
        let tags = try languages.split(separator: ",").map { part in
            guard let tag = try? LanguageTag(String(part.trimmingCharacters(in: " "))) else {
                throw ValidationError("--languages: '\(part)' is not a BCP 47 code (expected e.g. en,ru,ko)")
            }
            return tag
        }
        if tags.count < 2 || Set(tags).count != tags.count { throw ValidationError("--languages needs two or more different codes") }
        return tags
    }

    func validate() throws {
        for language in try languageList() ?? [] { try validateLanguage(language, option: "--languages") }
        if let srcLang { try validateLanguage(srcLang, option: "--src-lang") }
    }

    func format(of path: String) throws -> TMFormat {
        if let to { return to }
        guard let format = TMFormat(path: path) else {
            throw ValidationError("cannot tell the format of '\(path)': name it .tmx, .csv or .tsv, or pass --to")
        }
        return format
    }
}

extension TMFormat: ExpressibleByArgument {}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var copy = self
        while copy.first == set { copy.removeFirst() }
        while copy.last == set { copy.removeLast() }
        return copy
    }
}

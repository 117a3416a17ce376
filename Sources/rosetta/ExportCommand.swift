import ArgumentParser
import CorpusBuild
import CorpusModel
import CorpusStore
import TMFormats
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write aligned sentences as a TMX 1.4b or CSV translation memory.",
        discussion: """
            Reads the beads (from `rosetta align`) with --beads or on stdin, and the two files they \
            number. Example: rosetta align --src-lang en --tgt-lang ru en.txt ru.txt | \
            rosetta export --format tmx --src-lang en --tgt-lang ru en.txt ru.txt > en-ru.tmx
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case tmx, csv }

    @Option(help: "tmx or csv.") var format: Format
    @Option(help: "The language of SRC.") var srcLang: LanguageTag
    @Option(help: "The language of TGT.") var tgtLang: LanguageTag
    @Option(help: "The alignment, in bead format ('-' for stdin).") var beads: String = "-"
    @Option(help: "Leave out beads scored below this (0–1).") var minScore: Double?
    @Flag(help: "The files hold one sentence per line already.") var segmented = false
    @Option(help: "Write to this file instead of stdout.") var output: String?
    @Argument(help: "The source-language file.") var src: String
    @Argument(help: "The target-language file.") var tgt: String

    func validate() throws {
        try validateLanguage(srcLang, option: "--src-lang")
        try validateLanguage(tgtLang, option: "--tgt-lang")
        if srcLang == tgtLang { throw ValidationError("--src-lang and --tgt-lang must differ") }
        if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
    }

    func run() throws {
        try reportingErrors {
            let source = try readDocument(src, language: srcLang, segmented: segmented)
            let target = try readDocument(tgt, language: tgtLang, segmented: segmented)
            let beadsName = beads == "-" ? "<stdin>" : beads
            var alignment = try BeadFormat.parse(try TextFile.read(beads), file: beadsName)
            try BeadFormat.validate(alignment, sourceCount: source.sentences.count,
                                    targetCount: target.sentences.count, file: beadsName)
            if let minScore { alignment = alignment.filter { ($0.score ?? 1) >= minScore } }
            let sink = try output.map { path throws(InputError) in try TextOutput.file(atPath: path) } ?? .standardOutput()
            let writer: any TranslationUnitWriter = switch format {
            case .tmx:
                TMXWriter(output: sink, header: .init(sourceLanguage: srcLang, creationDate: creationDate(),
                                                      toolVersion: Rosetta.version))
            case .csv:
                CSVWriter(output: sink, languages: [srcLang, tgtLang])
            }
            for unit in TranslationUnits.from(alignment, source: source, target: target, document: nil) {
                writer.write(unit)
            }
            writer.finish()
            sink.close()
            report(writer.report)
        }
    }
}

/// The creation time written into TMX headers: now, or SOURCE_DATE_EPOCH for reproducible output.
func creationDate() -> Int {
    if let fixed = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(fixed) { return seconds }
    return Int(Date().timeIntervalSince1970)
}

/// Says on stderr what an export left out, so that no sentence disappears silently.
func report(_ export: ExportReport) {
    if export.oneSidedUnitsSkipped > 0 {
        Diagnostics.note("\(export.oneSidedUnitsSkipped) one-sided bead(s) (a sentence in one language only) not exported: a memory unit needs two languages; they are listed in the beads")
    }
    if export.illegalCharactersRemoved > 0 {
        Diagnostics.warning("removed \(export.illegalCharactersRemoved) character(s) that XML and CSV memories cannot carry (control characters)")
    }
}

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

    @Option(help: "tmx, csv or tsv.") var format: TMFormat
    @Option(help: "The language of SRC.") var srcLang: LanguageTag
    @Option(help: "The language of TGT.") var tgtLang: LanguageTag
    @Option(help: "The alignment, in bead format ('-' for stdin).") var beads: String = "-"
    @OptionGroup var scores: UnitScoreOption
    @OptionGroup var sentences: SentenceInputOption
    @Option(help: "Write to this file instead of stdout.") var output: String?
    @OptionGroup var csv: CSVOutputOptions
    @Argument(help: "The source-language file.") var src: String
    @Argument(help: "The target-language file.") var tgt: String

    func validate() throws {
        try validateLanguage(srcLang, option: "--src-lang")
        try validateLanguage(tgtLang, option: "--tgt-lang")
        if srcLang == tgtLang { throw ValidationError("--src-lang and --tgt-lang must differ") }
        if !format.hasLanguageColumns && !csv.isDefault {
            throw ValidationError("--columns, --bom and --for apply to --format csv or tsv")
        }
    }

    func run() throws {
        try reportingErrors {
            let source = try sentences.document(src, language: srcLang)
            let target = try sentences.document(tgt, language: tgtLang)
            let beadsName = beads == "-" ? "<stdin>" : beads
            var alignment = try BeadFormat.parse(try TextFile.read(beads), file: beadsName)
            try BeadFormat.validate(alignment, sourceCount: source.sentences.count,
                                    targetCount: target.sentences.count, file: beadsName)
            alignment = alignment.filter { scores.keeps($0.score) }
            let sink = try output.map { path throws(OutputError) in try TextOutput.file(atPath: path) } ?? .standardOutput()
            let writer = format.writer(sink, options: .init(
                header: .init(sourceLanguage: srcLang, creationDate: creationDate(), toolVersion: Rosetta.version),
                languages: [srcLang, tgtLang], table: csv.writerOptions(extraColumns: try csv.columnList() ?? [])))
            for unit in TranslationUnits.from(alignment, source: source, target: target, document: nil) {
                writer.write(unit)
            }
            writer.finish()
            try sink.close()
            report(writer.report)
        }
    }
}

/// The creation time written into TMX headers: now, or SOURCE_DATE_EPOCH for reproducible output.
func creationDate() -> Int {
    if let fixed = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(fixed) { return seconds }
    return Int(Date().timeIntervalSince1970)
}

/// Says on stderr what an export left out or changed, so that no sentence disappears silently.
func report(_ export: ExportReport) {
    if !export.metadataDropped.isEmpty {
        Diagnostics.note("not kept (the output format has no place for them; write TMX to keep them, --strict to refuse): \(describeDropped(export.metadataDropped))")
    }
    if export.oneSidedUnitsSkipped > 0 {
        Diagnostics.note("\(export.oneSidedUnitsSkipped) one-sided unit(s) (text in fewer than the needed languages) not written: a memory unit needs two languages, a CSV/TSV row every column (for `rosetta tm`, pick columns with --languages, unite pairs with `tm merge --join`, or keep them with empty cells with --keep-partial)")
    }
    if export.partialUnitsWritten > 0 {
        Diagnostics.note("\(export.partialUnitsWritten) row(s) written with an empty cell for a language the unit lacks (--keep-partial)")
    }

    if export.unitsWithoutSourceSkipped > 0 {
        Diagnostics.note("\(export.unitsWithoutSourceSkipped) unit(s) without the source language not written (pass another --src-lang, or none for *all*)")
    }
    if export.duplicatesSkipped > 0 {
        Diagnostics.note("\(export.duplicatesSkipped) exact repeat(s) not written again")
    }
    if export.duplicateCheckSaturated {
        Diagnostics.warning("too many distinct units to check them all for repeats; run `rosetta tm dedupe` on the output")
    }
    if export.repeatedLanguageVariantsDropped > 0 {
        Diagnostics.warning("\(export.repeatedLanguageVariantsDropped) second variant(s) in a language the unit already had were left out")
    }
    if export.illegalCharactersRemoved > 0 {
        Diagnostics.warning("removed \(export.illegalCharactersRemoved) character(s) that XML and CSV memories cannot carry (control characters, noncharacters)")
    }
    if export.whitespaceNormalized > 0 {
        Diagnostics.note("\(export.whitespaceNormalized) text(s) had line breaks, tabs or padding turned into single spaces (segments are one line)")
    }
    if export.nfcNormalized > 0 {
        Diagnostics.note("\(export.nfcNormalized) text(s) normalized to Unicode NFC")
    }
}

/// "3 note, 2 prop, 20 creationdate", by kind in name order.
func describeDropped(_ dropped: [String: Int]) -> String {
    dropped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
}

import ArgumentParser
import CorpusModel
import TMFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rosetta tm …`: whole-memory operations on TMX, CSV and TSV files, streaming.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Merge, de-duplicate, filter, convert and count translation memories (TMX, CSV, TSV).",
        discussion: """
            Formats follow file extensions (.tmx, .csv, .tsv). Files are streamed, so memories of \
            millions of units need little memory. Example: rosetta tm merge a.tmx b.tmx -o all.tmx
            """,
        subcommands: [Merge.self, Dedupe.self, Filter.self, Convert.self, Stats.self])
}

/// What a first pass over the inputs learns, when the writer needs it before the first unit.
struct MemorySurvey {
    var languages: [LanguageTag] = []
    var hasScore = false, hasBead = false, hasDocument = false

    mutating func add(_ unit: TranslationUnit) {
        for language in unit.languages where !languages.contains(language) { languages.append(language) }
        hasScore = hasScore || unit.score != nil
        hasBead = hasBead || unit.beadKind != nil
        hasDocument = hasDocument || unit.document != nil
    }

    var columns: [CSVWriter.ExtraColumn] {
        (hasScore ? [.score] : []) + (hasBead ? [.bead] : []) + (hasDocument ? [.document] : [])
    }
}

/// Reading inputs and opening the output: what every `tm` subcommand shares.
struct MemoryPipeline {
    let inputs: [String]
    let read: TMReadOptions
    let write: TMWriteOptions
    let output: String

    func validate() throws {
        for input in inputs { _ = try formatOfInput(input) }
        _ = try write.format(of: output)
        if output != "-", inputs.contains(output) {
            throw ValidationError("the output '\(output)' is also an input; write to a new file")
        }
        if output == "-" && write.to == nil { throw ValidationError("writing to stdout ('-o -') needs --to tmx|csv|tsv") }
    }

    func formatOfInput(_ path: String) throws -> TMFormat {
        guard let format = TMFormat(path: path) else {
            throw ValidationError("cannot tell the format of '\(path)': name it .tmx, .csv or .tsv")
        }
        return format
    }

    /// Reads every input in order, calling `body` with each unit and its ordinal; reports what
    /// lenient reading skipped on stderr.
    func forEachUnit(_ body: (TranslationUnit, Int) throws -> Void) throws {
        var ordinal = 0
        for input in inputs {
            let reader = try formatOfInput(input).reader(.file(input), lenient: read.lenient, spreadsheetGuarded: read.fromSpreadsheet)
            let report = try reader.read { unit in
                try body(unit, ordinal)
                ordinal += 1
            }
            reportRead(report, file: input)
        }
    }

    func survey() throws -> MemorySurvey {
        var survey = MemorySurvey()
        for input in inputs {
            let reader = try formatOfInput(input).reader(.file(input), lenient: read.lenient, spreadsheetGuarded: read.fromSpreadsheet)
            _ = try reader.read { survey.add($0) }
        }
        return survey
    }

    /// The header props and notes of the TMX inputs, each once, in input order.
    func headerMetadata() throws -> TMXMetadata {
        var metadata = TMXMetadata()
        for input in inputs where try formatOfInput(input) == .tmx {
            let found = try TMXReader(input: .file(input)).header().headerMetadata
            for note in found.notes where !metadata.notes.contains(note) { metadata.notes.append(note) }
            for property in found.properties where !metadata.properties.contains(property) { metadata.properties.append(property) }
        }
        return metadata
    }

    /// The datatype every TMX input declares, else plaintext (CSV/TSV inputs are plain text too).
    func dataType() throws -> String {
        var found: Set<String> = []
        for input in inputs {
            guard try formatOfInput(input) == .tmx else { found.insert("plaintext"); continue }
            found.insert(try TMXReader(input: .file(input)).header().dataType ?? "plaintext")
        }
        return found.count == 1 ? found.first! : "plaintext"
    }

    /// The TMX srclang: --src-lang, or the one srclang every TMX input names, or *all*.
    func sourceLanguage() throws -> LanguageTag? {
        if let language = write.srcLang { return language }
        var found: Set<LanguageTag?> = []
        for input in inputs {
            guard try formatOfInput(input) == .tmx else { return nil }
            found.insert(try TMXReader(input: .file(input)).header().sourceLanguage)
        }
        return found.count == 1 ? found.first ?? nil : nil
    }

    /// Opens the output and its writer; `survey` supplies CSV columns when none were given.
    /// Opens the output, lets `body` write units to it, then finishes and closes it: what every
    /// `tm` command that writes a memory does. Returns the writer's report.
    func writeMemory(survey: () throws -> MemorySurvey, duplicates: DuplicatePolicy,
                     _ body: (any TranslationUnitWriter) throws -> Void) throws -> ExportReport {
        let (sink, writer) = try openWriter(survey: survey, duplicates: duplicates)
        do { try body(writer) } catch {
            sink.discard()
            throw error
        }
        writer.finish()
        // Units read and none written is a failure, not an empty memory that looks like a result.
        let report = writer.report
        if report.unitsWritten == 0 && report.oneSidedUnitsSkipped + report.unitsWithoutSourceSkipped > 0 {
            sink.discard()
            throw OutputError(file: output, reason: "nothing written: none of the \(report.oneSidedUnitsSkipped + report.unitsWithoutSourceSkipped) units has every language the output needs (for CSV/TSV, choose two with --languages, e.g. en,ru; or unite pairs with tm merge --join en); no file was written")
        }
        if write.strict, !report.metadataDropped.isEmpty {
            sink.discard()
            throw OutputError(file: output, reason: "--strict: the output format cannot hold \(describeDropped(report.metadataDropped)) of the input; no file was written (write TMX to keep them)")
        }
        try sink.close()
        return report
    }

    private func openWriter(survey: () throws -> MemorySurvey, duplicates: DuplicatePolicy) throws -> (TextOutput, any TranslationUnitWriter) {
        let format = try write.format(of: output)
        var options = TMFormat.WriterOptions(header: .init(sourceLanguage: nil, creationDate: creationDate(), toolVersion: Rosetta.version),
                                             duplicates: duplicates)
        if format.hasLanguageColumns {
            var languages = try write.languageList()
            var columns = try write.csv.columnList()
            if languages == nil || columns == nil {
                let found = try survey()
                languages = languages ?? found.languages
                columns = columns ?? found.columns
            }
            guard let languages, languages.count >= 2 else {
                throw ValidationError("the inputs have fewer than two languages; nothing to write as CSV")
            }
            options.languages = languages
            options.table = write.csv.writerOptions(extraColumns: columns ?? [])
            options.table.keepPartial = write.keepPartial
        } else {
            // What the inputs' headers say, kept: srclang, props and notes, datatype.
            options.header.sourceLanguage = try sourceLanguage()
            options.header.metadata = try headerMetadata()
            options.header.dataType = try dataType()
        }
        // A file is written under a temporary name and renamed when complete (`TextOutput`), so
        // that a failed run never leaves a truncated memory that looks finished.
        let sink = output == "-" ? TextOutput.standardOutput() : try TextOutput.file(atPath: output)
        return (sink, format.writer(sink, options: options))
    }
}

/// Says on stderr what lenient reading skipped and what flattening removed.
func reportRead(_ read: ReadReport, file: String) {
    if read.unitsSkipped > 0 {
        Diagnostics.warning("\(file): skipped \(read.unitsSkipped) faulty unit(s) (--lenient); the first:")
        for problem in read.problems.prefix(5) { Diagnostics.note("  \(problem)") }
    }
    if !read.ignoredColumns.isEmpty {
        Diagnostics.note("\(file): column(s) ignored: \(read.ignoredColumns.joined(separator: ", "))")
    }
}

extension TMCommand {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Concatenate memories into one, leaving out exact repeats.",
            discussion: "Example: rosetta tm merge en-ru.tmx en-ko.tmx -o all.tmx")

        @Argument(help: "The memories to merge (.tmx, .csv, .tsv).") var inputs: [String]
        @Option(name: .shortAndLong, help: "The merged memory ('-' for stdout with --to).") var output: String
        @Option(help: "Unite units that share the same text in this language into n-way units (en-ru + en-ko → en-ru-ko), which OmegaT needs to keep target languages apart. Holds the memory in RAM.")
        var join: LanguageTag?
        @OptionGroup var read: TMReadOptions
        @OptionGroup var write: TMWriteOptions

        var pipeline: MemoryPipeline { MemoryPipeline(inputs: inputs, read: read, write: write, output: output) }
        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one memory to merge") }
            try pipeline.validate()
        }

        func run() throws {
            try reportingErrors {
                if let join {
                    var joiner = UnitJoiner(pivot: join)
                    try pipeline.forEachUnit { unit, _ in joiner.add(unit) }
                    var survey = MemorySurvey()
                    for unit in joiner.units { survey.add(unit) }
                    let written = try pipeline.writeMemory(survey: { survey }, duplicates: .standard) { writer in
                        for unit in joiner.units { writer.write(unit) }
                    }
                    Diagnostics.note("\(joiner.joined) unit(s) united with another on the same \(join) text")
                    return report(written)
                }
                report(try pipeline.writeMemory(survey: pipeline.survey, duplicates: .standard) { writer in
                    try pipeline.forEachUnit { unit, _ in writer.write(unit) }
                })
            }
        }
    }

    struct Dedupe: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove duplicate units, keeping the best-scored of each (deterministic).",
            discussion: """
                Two passes over the inputs: the first finds the best unit of each group (highest \
                x-score; the first on ties; unscored units rank lowest), the second writes them in \
                input order. Memory: one small entry per distinct unit. --by source keeps one \
                translation per source sentence.
                """)

        @Argument(help: "The memories to de-duplicate (.tmx, .csv, .tsv).") var inputs: [String]
        @Option(name: .shortAndLong, help: "The de-duplicated memory.") var output: String
        @Option(help: "What makes units duplicates: 'content' (same texts in the same languages) or a language code (same text in that language).")
        var by: String = "content"
        @OptionGroup var read: TMReadOptions
        @OptionGroup var write: TMWriteOptions

        var pipeline: MemoryPipeline { MemoryPipeline(inputs: inputs, read: read, write: write, output: output) }
        func grouping() throws -> Deduplicator.Grouping {
            if by == "content" { return .content }
            guard let language = try? LanguageTag(by) else { throw ValidationError("--by: 'content' or a language code such as en") }
            return .source(language)
        }
        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one memory") }
            _ = try grouping()
            try pipeline.validate()
        }

        func run() throws {
            try reportingErrors {
                var deduplicator = Deduplicator(grouping: try grouping())
                var survey = MemorySurvey()
                try pipeline.forEachUnit { unit, _ in
                    deduplicator.observe(unit)
                    survey.add(unit)
                }
                var dropped = 0
                let written = try pipeline.writeMemory(survey: { survey }, duplicates: .keepAll) { writer in
                    try pipeline.forEachUnit { unit, ordinal in
                        if deduplicator.keeps(unit, ordinal: ordinal) { writer.write(unit) } else { dropped += 1 }
                    }
                }
                Diagnostics.note("\(deduplicator.observed) unit(s) read, \(dropped) duplicate(s) removed, \(written.unitsWritten) written")
                report(written)
            }
        }
    }

    struct Filter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep the units scored at least --min-score.",
            discussion: "Units without a score are kept unless --drop-unscored. Example: rosetta tm filter --min-score 0.5 all.tmx -o good.tmx")

        @Argument(help: "The memories to filter.") var inputs: [String]
        @Option(name: .shortAndLong, help: "The filtered memory.") var output: String
        @OptionGroup var scores: UnitScoreOption
        @Flag(help: "Also leave out units that have no score.") var dropUnscored = false
        @OptionGroup var read: TMReadOptions
        @OptionGroup var write: TMWriteOptions

        var pipeline: MemoryPipeline { MemoryPipeline(inputs: inputs, read: read, write: write, output: output) }
        func validate() throws {
            // Optional for export, required here: a filter needs its threshold.
            if scores.minScore == nil { throw ValidationError("Missing expected argument '--min-score <min-score>'") }
            if inputs.isEmpty { throw ValidationError("give at least one memory") }
            try pipeline.validate()
        }

        func run() throws {
            try reportingErrors {
                var below = 0, unscored = 0
                let written = try pipeline.writeMemory(survey: pipeline.survey, duplicates: .standard) { writer in
                    try pipeline.forEachUnit { unit, _ in
                        if unit.score == nil && dropUnscored {
                            unscored += 1
                        } else if !scores.keeps(unit.score) {
                            below += 1
                        } else {
                            writer.write(unit)
                        }
                    }
                }
                Diagnostics.note("\(below) unit(s) scored below \(scores.minScore ?? 0) left out" + (dropUnscored ? ", \(unscored) unscored" : ""))
                report(written)
            }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a memory between TMX, CSV and TSV (by file extension).",
            discussion: "Example: rosetta tm convert all.tmx all.csv --columns x-score")

        @Argument(help: "The memory to read.") var input: String
        @Argument(help: "The memory to write ('-' for stdout with --to).") var output: String
        @OptionGroup var read: TMReadOptions
        @OptionGroup var write: TMWriteOptions

        var pipeline: MemoryPipeline { MemoryPipeline(inputs: [input], read: read, write: write, output: output) }
        func validate() throws { try pipeline.validate() }

        func run() throws {
            try reportingErrors {
                report(try pipeline.writeMemory(survey: pipeline.survey, duplicates: .standard) { writer in
                    try pipeline.forEachUnit { unit, _ in writer.write(unit) }
                })
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count units, languages, bead types and scores (a histogram) of memories.")

        @Argument(help: "The memories (.tmx, .csv, .tsv).") var inputs: [String]
        @OptionGroup var read: TMReadOptions

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one memory") }
            for input in inputs where TMFormat(path: input) == nil {
                throw ValidationError("cannot tell the format of '\(input)': name it .tmx, .csv or .tsv")
            }
        }

        func run() throws {
            try reportingErrors {
                var statistics = MemoryStatistics()
                for input in inputs {
                    guard let format = TMFormat(path: input) else { continue }
                    let report = try format.reader(.file(input), lenient: read.lenient, spreadsheetGuarded: read.fromSpreadsheet)
                        .read { statistics.add($0) }
                    reportRead(report, file: input)
                }
                let output = TextOutput.standardOutput()
                output.write(statistics.formatted())
                try output.close()
            }
        }
    }
}

import ArgumentParser
import CorpusModel
import CorpusStore
import DocumentPairing
import Foundation
import Synchronization

struct PairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Find the reports of two language folders that translate each other.",
        discussion: """
            SRC_DIR and TGT_DIR hold reports (one file each, prose, UTF-8) in the two languages, \
            named as you like. Prints one pair a line: SRC_FILE<TAB>TGT_FILE<TAB>SCORE, paths as \
            given, at most one partner per document. The score (0…1) is the share of the two \
            documents' sentences that align as likely translations; orphans are left out and \
            counted on stderr. Candidates come from shared rare evidence (numbers, dates, names \
            by cross-script key, cognates, Latin tokens, length), never all pairs; the best few \
            of each document are aligned sentence by sentence to score them.

            Dates: when a collection.tsv manifest (file<TAB>lang<TAB>date<TAB>source) is given \
            with --manifest, or sits in the folder that holds both SRC_DIR and TGT_DIR, dated \
            documents are paired only within --window days.
            """)

    @Option(help: "The language of the reports in SRC_DIR.") var srcLang: LanguageTag
    @Option(help: "The language of the reports in TGT_DIR.") var tgtLang: LanguageTag
    @OptionGroup var pairing: PairingOptions<MinScoreFlag>
    @Option(help: "Output: tsv or jsonl.") var format: OutputFormat = .tsv
    @Option(help: ArgumentHelp("Print the K best candidates of each source document with their scores instead (for inspection).", valueName: "K"))
    var allCandidates: Int?
    @Option(help: ArgumentHelp("A collection.tsv manifest giving dates.", valueName: "FILE")) var manifest: String?
    @OptionGroup var progress: ProgressOption
    @Argument(help: "The folder of source-language reports.") var srcDir: String
    @Argument(help: "The folder of target-language reports.") var tgtDir: String

    enum OutputFormat: String, ExpressibleByArgument { case tsv, jsonl }

    func validate() throws {
        if let allCandidates, allCandidates < 1 { throw ValidationError("--all-candidates: expected 1 or more, got \(allCandidates)") }
        try validateLanguage(srcLang, option: "--src-lang")
        try validateLanguage(tgtLang, option: "--tgt-lang")
    }

    func run() throws {
        try reportingErrors {
            let line = progress.line()
            let dates = try manifestDates()
            let source = try read(srcDir, srcLang, dates, line)
            var target = try read(tgtDir, tgtLang, dates, line)
            // The same text in both folders is one report filed twice, not a translation.
            for copy in PairingDocument.removeCopies(&target, of: source) {
                Diagnostics.warning("\(copy.copy): the same text as \(copy.original), in the other language's folder; skipped")
            }
            var pairer = DocumentPairer(sourceLanguage: srcLang, targetLanguage: tgtLang)
            pairer.minimumScore = pairing.minScore
            pairer.window = pairing.window
            if let allCandidates { pairer.candidatesPerDocument = max(pairer.candidatesPerDocument, allCandidates) }
            pairer.progress = { line.update($0, $1, $2) }
            let result = pairer.pair(source: source, target: target)
            line.end()
            let output = TextOutput.standardOutput()
            if let allCandidates {
                for candidates in result.candidates {
                    for candidate in candidates.prefix(allCandidates) { output.write(record(candidate, source, target)) }
                }
            } else {
                for pair in result.pairs.sorted(by: { $0.source < $1.source }) { output.write(record(pair, source, target)) }
            }
            try output.close()
            Diagnostics.note("rosetta: \(result.pairs.count) pair\(result.pairs.count == 1 ? "" : "s"); without a partner: "
                + "\(result.sourceOrphans.count) of \(source.count) \(srcLang), \(result.targetOrphans.count) of \(target.count) \(tgtLang)")
        }
    }

    func record(_ candidate: DocumentPairer.Candidate, _ source: [PairingDocument], _ target: [PairingDocument]) -> String {
        let (s, t) = (source[candidate.source].path, target[candidate.target].path)
        switch format {
        case .tsv: return "\(s)\t\(t)\t\(formatScore(candidate.score))\n"
        case .jsonl:
            let object: [String: Any] = ["source": s, "target": t, "score": Double(formatScore(candidate.score)) ?? candidate.score,
                                         "similarity": Double(formatScore(candidate.similarity)) ?? candidate.similarity]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// Reads a language folder; files that cannot be used are reported, one line each.
    func read(_ folder: String, _ language: LanguageTag, _ dates: [String: Day], _ line: ProgressLine) throws -> [PairingDocument] {
        let paths = try Collection.reports(in: folder)
        guard !paths.isEmpty else { throw CorpusError.unreadable(folder, reason: "no reports in this folder") }
        var reader = DocumentReader()
        let total = paths.count
        let done = Atomic<Int>(0)
        reader.progress = { _ in line.update("reading \(language)", done.add(1, ordering: .relaxed).newValue, total) }
        let result = reader.read(paths, language: language, dates: dates)
        for problem in result.problems { Diagnostics.warning("\(problem.message); skipped") }
        for duplicate in result.duplicates { Diagnostics.warning("\(duplicate.path): the same text as \(duplicate.original); paired once, as \(duplicate.original)") }
        return result.documents
    }

    /// Dates by path, from --manifest or a collection.tsv beside both folders.
    func manifestDates() throws -> [String: Day] {
        let parent = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path }
        var file = manifest
        if file == nil, parent(srcDir) == parent(tgtDir) {
            let candidate = (parent(srcDir) as NSString).appendingPathComponent(Collection.manifestName)
            if FileManager.default.fileExists(atPath: candidate) { file = candidate }
        }
        guard let file else { return [:] }
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let (dates, problems) = try Collection.readManifest(file, folder: root)
        for problem in problems { Diagnostics.warning(problem) }
        // Keyed as the folders' files are listed (paths as given).
        let byAbsolute = Dictionary(dates.map { (URL(fileURLWithPath: $0.key).standardizedFileURL.path, $0.value) }, uniquingKeysWith: { a, _ in a })
        var byGiven: [String: Day] = [:]
        for folder in [srcDir, tgtDir] {
            for path in (try? Collection.reports(in: folder)) ?? [] {
                byGiven[path] = byAbsolute[URL(fileURLWithPath: path).standardizedFileURL.path]
            }
        }
        return byGiven
    }
}

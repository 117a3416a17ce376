import Alignment
import ArgumentParser
import CorpusBuild
import CorpusModel
import CorpusStore
import DocumentPairing
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "The main job: pair, segment, align and export a collection of reports, or a story.",
        discussion: """
            DIR is a collection or a story, written to --out (default: Alignments/NAME beside \
            Corpora/); a summary goes to stderr.

            A collection (e.g. Corpora/wire-august-2011) holds a folder of reports per language \
            (en/, ru/, ko/; any file names) and optionally collection.tsv \
            (file<TAB>lang<TAB>date<TAB>source). Every language pair is paired as `rosetta pair` \
            does; pairs that agree form stories (one report per language), each story is \
            aligned. Writes pairs.tsv, orphans.tsv, stories.tsv, stories/ID.LANG.sentences and \
            stories/ID.S-T.beads, S-T.csv per language pair and NAME.tmx (n-way units, the \
            reports named in x-document props). With pairs.gold in the output folder, prints \
            the pairs' F1 against it.

            A story (e.g. Corpora/kim-medvedev-2011) holds LANG.txt files plus manifest.json. \
            Writes LANG.sentences, S-T.beads and S-T.csv for every language pair, then merges the \
            pairs into consistent n-way units (en–ru–ko): STORY.nway, one unit a line, and \
            STORY.tmx holding them (srclang="*all*").
            """)

    @Argument(help: "The story folder.") var dir: String
    @Option(help: "The output folder.") var out: String?
    @OptionGroup var links: LinkScoreOption
    @OptionGroup(title: "Collections") var pairing: PairingOptions<MinPairScoreFlag>
    @OptionGroup var progress: ProgressOption
    @Option(help: ArgumentHelp("A bilingual dictionary for one pair: S-T=FILE (one 'source<TAB>target' a line); repeatable.", valueName: "S-T=FILE"))
    var dict: [String] = []

    func validate() throws {
        for item in dict where !item.contains("=") { throw ValidationError("--dict: expected S-T=FILE (e.g. en-ru=en-ru.tsv), got '\(item)'") }
    }

    func run() throws {
        try reportingErrors {
            if Collection.isCollection(dir) { return try buildCollection() }
            let story = try Story.open(dir)
            let folder = out ?? story.defaultOutputFolder
            var builder = StoryBuilder(creationDate: buildDate(), toolVersion: Rosetta.version)
            builder.progress = { Diagnostics.progress("rosetta: \($0)…") }
            builder.minimumScore = links.minScore
            for item in dict {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                builder.dictionaries[parts[0]] = try BilingualDictionary(tsv: try TextFile.read(parts[1]), file: parts[1])
            }
            let summary = try OutputFolder.replace(folder) { try builder.build(story, into: $0) }
            Diagnostics.endProgress()
            Diagnostics.note("\(story.name) → \(folder)")
            for (language, count) in summary.sentences {
                Diagnostics.note("  \(language): \(count) sentences")
            }
            for pair in summary.pairs {
                let kinds = pair.beadKinds.sorted { $0.key < $1.key }.map { "\($0.value)×\($0.key)" }.joined(separator: " ")
                var line = "  \(pair.source)-\(pair.target): \(pair.beads) beads (\(kinds))"
                if let f1 = summary.goldF1[pair.name] { line += ", strict F1 \(formatScore(f1)) against \(pair.name).gold" }
                Diagnostics.note(line)
            }
            Diagnostics.note("  \(summary.multiwayUnits) n-way units (\(summary.completeUnits) in every language); \(summary.export.unitsWritten) units in \(story.name).tmx")
            report(summary.export)
        }
    }

    /// Collections with up to this many pairs list them in the summary.
    static let pairsShown = 40

    func buildCollection() throws {
        let collection = try Collection.open(dir)
        for problem in collection.manifestProblems { Diagnostics.warning(problem) }
        let folder = out ?? Story.outputFolder(for: dir)
        var builder = CollectionBuilder(creationDate: buildDate(), toolVersion: Rosetta.version)
        let line = progress.line()
        builder.progress = { line.update($0, $1, $2) }
        builder.minimumLinkScore = links.minScore
        builder.minimumPairScore = pairing.minScore
        builder.window = pairing.window
        let summary = try OutputFolder.replace(folder) { try builder.build(collection, into: $0) }
        line.end()
        for problem in summary.problems { Diagnostics.warning(problem) }
        for conflict in summary.conflicts { Diagnostics.warning(conflict) }
        Diagnostics.note("\(collection.name) → \(folder)")
        Diagnostics.note("  reports: " + summary.reports.map { "\($0.language) \($0.read)" + ($0.read < $0.files ? " of \($0.files)" : "") }.joined(separator: ", "))
        Diagnostics.note("  pairs: " + summary.pairs.map { "\($0.name) \($0.count)" }.joined(separator: ", ") + " (pairs.tsv)")
        if summary.pairList.count <= Self.pairsShown {
            for pair in summary.pairList { Diagnostics.note("    \(pair.source)  \(pair.target)  \(formatScore(pair.score))") }
        }
        if let gold = summary.gold {
            Diagnostics.note("  against pairs.gold: \(gold.correct) of \(gold.found) pairs right, \(gold.correct) of \(gold.gold) found: "
                + "precision \(formatScore(gold.precision)), recall \(formatScore(gold.recall)), F1 \(formatScore(gold.f1))")
        }
        Diagnostics.note("  \(summary.stories) stories (\(summary.completeStories) in every language), \(summary.orphans) orphans (orphans.tsv)")
        Diagnostics.note("  \(summary.units) n-way units; \(summary.export.unitsWritten) units in \(collection.name).tmx")
        report(summary.export)
    }

    /// SOURCE_DATE_EPOCH, else the corpus's own date (its manifest), else now: building the
    /// same corpus again writes the same bytes.
    func buildDate() -> Int {
        if ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil { return creationDate() }
        return Story.corpusDate(dir) ?? creationDate()
    }
}

public import CorpusModel
public import CorpusStore
import Alignment
import DocumentPairing
import Segmentation
import TMFormats

/// The main job for a collection (wire feeds, a folder per language): read every report, find
/// the translation pairs of every language pair (`DocumentPairer`), group pairs that agree into
/// stories (one report per language), align every story, and write to an output folder:
///
///     pairs.tsv                 every pair made: SRC_FILE, TGT_FILE, score (files relative to the collection)
///     orphans.tsv               reports without a partner: file, language, best candidate, its score
///     stories.tsv               the stories: id, then one file per language ("-" for none)
///     stories/ID.LANG.sentences the segmentation of each report of a story
///     stories/ID.S-T.beads      the sentence alignment of each pair of a story
///     S-T.csv                   every story's aligned pairs as one CSV memory per language pair
///     NAME.tmx                  every story's n-way units as one TMX memory (x-document: the story,
///                               and each variant's report)
public struct CollectionBuilder {
    /// Pairs scoring below this are not made.
    public var minimumPairScore = DocumentPairer.defaultMinimumScore
    /// Links scoring below this are left out of the CSV and TMX files.
    public var minimumLinkScore = 0.0
    /// Days dated reports may lie apart and still be paired.
    public var window = 3
    public var creationDate: Int
    public var toolVersion: String
    /// Called with (step, done, total) as the work goes on.
    public var progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }

    public init(creationDate: Int, toolVersion: String) {
        self.creationDate = creationDate
        self.toolVersion = toolVersion
    }

    public struct Summary {
        public var reports: [(language: LanguageTag, read: Int, files: Int)] = []
        /// Files left out (unreadable, binary, not UTF-8, empty), each with its message.
        public var problems: [String] = []
        /// Pairs made per language pair ("en-ru").
        public var pairs: [(name: String, count: Int)] = []
        /// Every pair made: the two files (relative to the collection) and the score.
        public var pairList: [(source: String, target: String, score: Double)] = []
        /// Pairs that would have put two reports of one language into a story, left out.
        public var conflicts: [String] = []
        public var stories = 0
        /// Stories with a report in every language.
        public var completeStories = 0
        public var orphans = 0
        public var units = 0
        public var export = ExportReport()
        public var files: [String] = []
        /// Pair precision, recall and F1 against `pairs.gold` in the output folder, when there is one.
        public var gold: (precision: Double, recall: Double, f1: Double, found: Int, correct: Int, gold: Int)?
    }

    /// A report of the collection: which language, which document.
    struct Report: Hashable { let language: Int, document: Int }

    public func build(_ collection: Collection, into folder: String) throws -> Summary {
        var summary = Summary()
        try FileSystem.makeFolder(folder)
        try FileSystem.makeFolder("\(folder)/stories")
        let root = collection.folder
        func relative(_ path: String) -> String {
            path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
        }

        // Reports, read on every core; the same text in two language folders is not a translation.
        var documents: [[PairingDocument]] = []
        for (language, languageFolder, files) in collection.languages {
            if files.isEmpty { summary.problems.append("\(relative(languageFolder))/: no reports in this language folder; nothing to pair with \(language)") }
            var reader = DocumentReader()
            let progress = self.progress, total = files.count
            reader.progress = { progress("reading \(language)", $0 + 1, total) }
            let result = reader.read(files, language: language, dates: collection.dates)
            summary.problems += result.problems.map { "\($0.message); skipped" }
            summary.problems += result.duplicates.map { "\(relative($0.path)): the same text as \(relative($0.original)); kept once" }
            var kept = result.documents
            for copy in PairingDocument.removeCopies(&kept, of: documents.flatMap { $0 }) {
                summary.problems.append("\(relative(copy.copy)): the same text as \(relative(copy.original)), in another language folder; skipped")
            }
            documents.append(kept)
            summary.reports.append((language, kept.count, files.count))
        }

        // Pairs of every language pair.
        var made: [(Report, Report, Double)] = []
        var best: [Report: (Report, Double)] = [:]
        var pairLines: [String] = []
        let languages = collection.languages.map(\.language)
        for a in languages.indices {
            for b in languages.indices where b > a {
                var pairer = DocumentPairer(sourceLanguage: languages[a], targetLanguage: languages[b])
                pairer.minimumScore = minimumPairScore
                pairer.window = window
                let name = "\(languages[a])-\(languages[b])", progress = self.progress
                pairer.progress = { step, done, total in progress("\(name): \(step)", done, total) }
                let result = pairer.pair(source: documents[a], target: documents[b])
                for candidates in result.candidates {
                    for candidate in candidates {
                        let s = Report(language: a, document: candidate.source), t = Report(language: b, document: candidate.target)
                        if candidate.score > (best[s]?.1 ?? -1) { best[s] = (t, candidate.score) }
                        if candidate.score > (best[t]?.1 ?? -1) { best[t] = (s, candidate.score) }
                    }
                }
                for pair in result.pairs {
                    made.append((Report(language: a, document: pair.source), Report(language: b, document: pair.target), pair.score))
                    let (x, y) = (relative(documents[a][pair.source].path), relative(documents[b][pair.target].path))
                    pairLines.append("\(x)\t\(y)\t\(formatScore(pair.score))")
                    summary.pairList.append((x, y, pair.score))
                }
                summary.pairs.append((name, result.pairs.count))
            }
        }
        try write(pairLines.sorted().joined(separator: "\n") + (pairLines.isEmpty ? "" : "\n"), to: "\(folder)/pairs.tsv")
        summary.files.append("\(folder)/pairs.tsv")

        // Stories: pairs that agree, best first; a pair that would join two reports of one
        // language is a conflict.
        let stories = Self.stories(made, languages: languages.count) { conflict in
            summary.conflicts.append("\(relative(documents[conflict.0.language][conflict.0.document].path)) – "
                + "\(relative(documents[conflict.1.language][conflict.1.document].path)) (\(formatScore(conflict.2))): "
                + "each is already in a story with another report of the other's language; left out")
        }
        summary.stories = stories.count
        summary.completeStories = stories.filter { $0.allSatisfy { $0 != nil } }.count

        // Orphans.
        var inStory = Set<Report>()
        for story in stories { for (language, document) in story.enumerated() { if let document { inStory.insert(Report(language: language, document: document)) } } }
        var orphanLines: [String] = []
        for (language, reports) in documents.enumerated() {
            for document in reports.indices where !inStory.contains(Report(language: language, document: document)) {
                let report = Report(language: language, document: document)
                let candidate = best[report].map { "\t\(relative(documents[$0.0.language][$0.0.document].path))\t\(formatScore($0.1))" } ?? "\t-\t-"
                orphanLines.append("\(relative(reports[document].path))\t\(languages[language])" + candidate)
            }
        }
        summary.orphans = orphanLines.count
        try write("file\tlang\tbest_candidate\tscore\n" + orphanLines.map { $0 + "\n" }.joined(), to: "\(folder)/orphans.tsv")
        summary.files.append("\(folder)/orphans.tsv")

        // Align every story and export.
        let tmxOutput = try TextOutput.file(atPath: "\(folder)/\(collection.name).tmx")
        let tmx = TMXWriter(output: tmxOutput, header: .init(sourceLanguage: nil, creationDate: creationDate, toolVersion: toolVersion))
        var csv: [String: (TextOutput, CSVWriter)] = [:]
        for a in languages.indices {
            for b in languages.indices where b > a {
                let name = "\(languages[a])-\(languages[b])"
                let output = try TextOutput.file(atPath: "\(folder)/\(name).csv")
                csv[name] = (output, CSVWriter(output: output, languages: [languages[a], languages[b]], options: .init(extraColumns: [.score, .document])))
            }
        }
        var storyLines: [String] = []
        for (index, story) in stories.enumerated() {
            progress("aligning stories", index + 1, stories.count)
            let members = story.enumerated().compactMap { language, document in document.map { (language, documents[language][$0]) } }
            let id = Self.storyID(members.map(\.1.path))
            storyLines.append(id + "\t" + story.enumerated().map { language, document in document.map { relative(documents[language][$0].path) } ?? "-" }.joined(separator: "\t"))
            for (language, document) in members {
                try write(document.text.sentences.map { $0.singleLine + "\n" }.joined(), to: "\(folder)/stories/\(id).\(languages[language]).sentences")
            }
            var pairBeads: [(Int, Int, [Bead])] = []
            for (x, (a, source)) in members.enumerated() {
                for (y, (b, target)) in members.enumerated() where y > x {
                    let aligner = EvidenceAligner(sourceLanguage: languages[a], targetLanguage: languages[b])
                    let beads = aligner.align(source.text, target.text).splittingLinks(below: minimumLinkScore)
                    pairBeads.append((x, y, beads))
                    let name = "\(languages[a])-\(languages[b])"
                    try write(BeadFormat.format(beads), to: "\(folder)/stories/\(id).\(name).beads")
                    for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
                        csv[name]?.1.write(TranslationUnit(variants: [
                            .init(language: languages[a], text: bead.source.map { source.text.sentences[$0].singleLine }.joined(separator: " "), document: relative(source.path)),
                            .init(language: languages[b], text: bead.target.map { target.text.sentences[$0].singleLine }.joined(separator: " "), document: relative(target.path)),
                        ], score: bead.score, beadKind: bead.kind, document: id))
                    }
                }
            }
            let multiway = MultiwayAlignment(languages: members.map { languages[$0.0] }, sentenceCounts: members.map { $0.1.sentenceCount },
                                             pairs: pairBeads, minimumScore: minimumLinkScore)
            for unit in multiway.units {
                let variants = zip(members, unit.sentences).filter { !$1.isEmpty }.map { member, sentences in
                    TranslationUnit.Variant(language: languages[member.0], text: sentences.map { member.1.text.sentences[$0].singleLine }.joined(separator: " "),
                                            document: relative(member.1.path))
                }
                tmx.write(TranslationUnit(variants: variants, score: unit.score, beadKind: unit.kind, document: id))
            }
            summary.units += multiway.units.count
        }
        tmx.finish()
        try tmxOutput.close()
        summary.export = tmx.report
        for (name, (output, writer)) in csv.sorted(by: { $0.key < $1.key }) {
            writer.finish()
            try output.close()
            summary.files.append("\(folder)/\(name).csv")
        }
        try write("id\t" + languages.map(\.identifier).joined(separator: "\t") + "\n" + storyLines.map { $0 + "\n" }.joined(), to: "\(folder)/stories.tsv")
        summary.files += ["\(folder)/stories.tsv", "\(folder)/\(collection.name).tmx"]

        let goldPath = "\(folder)/pairs.gold"
        if FileSystem.fileExists(goldPath) {
            // Pairs are unordered: en/a ko/b is ko/b en/a.
            let pair = { (line: Substring) in line.split(separator: "\t").prefix(2).map(String.init).sorted().joined(separator: "\t") }
            let gold = Set(try TextFile.read(goldPath).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(pair).filter { !$0.isEmpty })
            let found = Set(pairLines.map { pair(Substring($0)) })
            let correct = found.intersection(gold).count
            let precision = found.isEmpty ? 0 : Double(correct) / Double(found.count), recall = gold.isEmpty ? 0 : Double(correct) / Double(gold.count)
            summary.gold = (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, found.count, correct, gold.count)
        }
        return summary
    }

    /// Groups pairs into stories of at most one report per language, best pair first; a pair
    /// joining two stories that share a language is passed to `conflict` and left out.
    static func stories(_ pairs: [(Report, Report, Double)], languages: Int, conflict: ((Report, Report, Double)) -> Void) -> [[Int?]] {
        var storyOf: [Report: Int] = [:]
        var stories: [[Int?]] = []
        for pair in pairs.sorted(by: { $0.2 > $1.2 }) {
            let (a, b) = (pair.0, pair.1)
            switch (storyOf[a], storyOf[b]) {
            case (nil, nil):
                var story = [Int?](repeating: nil, count: languages)
                story[a.language] = a.document
                story[b.language] = b.document
                storyOf[a] = stories.count
                storyOf[b] = stories.count
                stories.append(story)
            case let (x?, nil):
                if stories[x][b.language] == nil { stories[x][b.language] = b.document; storyOf[b] = x } else { conflict(pair) }
            case let (nil, y?):
                if stories[y][a.language] == nil { stories[y][a.language] = a.document; storyOf[a] = y } else { conflict(pair) }
            case let (x?, y?):
                if x == y { continue }
                let clash = (0..<languages).contains { stories[x][$0] != nil && stories[y][$0] != nil }
                if clash { conflict(pair); continue }
                for language in 0..<languages where stories[y][language] != nil {
                    stories[x][language] = stories[y][language]
                    storyOf[Report(language: language, document: stories[y][language]!)] = x
                }
                stories[y] = [Int?](repeating: nil, count: languages)
            }
        }
        return stories.filter { $0.compactMap { $0 }.count >= 2 }
    }

    /// A story's id: its first report's file name without extension.
    static func storyID(_ paths: [String]) -> String {
        let name = paths.first.map { String($0.split(separator: "/").last ?? "") } ?? "story"
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    func write(_ text: String, to path: String) throws {
        let output = try TextOutput.file(atPath: path)
        output.write(text)
        try output.close()
    }
}

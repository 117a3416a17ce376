import Foundation
import Testing

@Suite struct BuildCommandTests {
    /// `Alignments/targets.tsv`: story, pair, the strict F1 the aligner must reach on the gold.
    static func targets() throws -> [(story: String, pair: String, strictF1: Double)] {
        let text = try String(contentsOf: RosettaCLI.root.appendingPathComponent("Alignments/targets.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let f1 = Double(fields[2]) else { return nil }
            return (fields[0], fields[1], f1)
        }
    }

    /// Each sample story: built from Corpora/, its beads meet the recorded F1 against the hand-made
    /// gold, and where a hand-made segmentation exists (LANG.sentences.gold) the sentences equal it.
    @Test(arguments: [("kim-medvedev-2011", ["en", "ru", "ko"]), ("bregaglia-2017", ["de", "fr"])])
    func buildsTheSampleStoryAndMeetsTheRecordedF1(_ name: String, _ languages: [String]) throws {
        let story = RosettaCLI.root.appendingPathComponent("Corpora/\(name)"), gold = RosettaCLI.root.appendingPathComponent("Alignments/\(name)")
        let out = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        for file in try FileManager.default.contentsOfDirectory(atPath: gold.path) where file.hasSuffix(".gold") {
            try FileManager.default.copyItem(at: gold.appendingPathComponent(file), to: out.appendingPathComponent(file))
        }
        let result = try RosettaCLI.run(["build", story.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "build writes data to files and its summary to stderr")
        #expect(!result.stderr.contains("no language profile"), "\(result.stderr)")
        var names = ["\(name).tmx"]
        for (index, language) in languages.enumerated() {
            names.append("\(language).sentences")
            for other in languages[(index + 1)...] { names += ["\(language)-\(other).beads", "\(language)-\(other).csv"] }
            let goldSentences = gold.appendingPathComponent("\(language).sentences.gold")
            if FileManager.default.fileExists(atPath: goldSentences.path) {
                let built = try String(contentsOf: out.appendingPathComponent("\(language).sentences"), encoding: .utf8)
                #expect(built == (try String(contentsOf: goldSentences, encoding: .utf8)), "\(language): sentences differ from the hand-made segmentation")
            }
        }
        for file in names {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file) missing")
        }
        let targets = try Self.targets().filter { $0.story == name }
        #expect(targets.count == languages.count * (languages.count - 1) / 2)
        for target in targets {
            let eval = try RosettaCLI.run(["eval", "--json", "\(target.pair).gold", "\(target.pair).beads"], in: out)
            let f1 = try #require(Self.number("f1_strict", in: eval.stdout))
            #expect(f1 >= target.strictF1, "\(target.pair): strict F1 \(f1) fell below \(target.strictF1)")
        }
    }

    @Test func storyWithOneLanguageIsAClearError() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Only English here.\n".utf8).write(to: folder.appendingPathComponent("en.txt"))
        let result = try RosettaCLI.run(["build", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("needs at least two languages"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingStoryFolder() throws {
        let result = try RosettaCLI.run(["build", "/no/such/story"])
        #expect(result.status == 1)
        #expect(result.stderr == "rosetta: error: /no/such/story: no such folder\n")
    }

    static func number(_ key: String, in json: String) -> Double? {
        guard let range = json.range(of: "\"\(key)\": ") else { return nil }
        return Double(json[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}

@Suite struct CollectionBuildCommandTests {
    @Test func buildsTheSampleCollectionAndReportsPairF1() throws {
        let out = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.copyItem(at: RosettaCLI.root.appendingPathComponent("Alignments/wire-august-2011/pairs.gold"), to: out.appendingPathComponent("pairs.gold"))
        let result = try RosettaCLI.run(["build", "Corpora/wire-august-2011", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("against pairs.gold"))
        #expect(result.stderr.contains("precision 1.0000"))
        #expect(result.stderr.contains("en/lat-20110824-0117.txt  ru/tass-20110825-0039.txt"))
        for name in ["pairs.tsv", "orphans.tsv", "stories.tsv", "wire-august-2011.tmx", "en-ru.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
    }

    @Test func aCollectionWithOneLanguageIsAClearError() throws {
        let folder = try RosettaCLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        try Data("One report.\n".utf8).write(to: folder.appendingPathComponent("en/a.txt"))
        let result = try RosettaCLI.run(["build", folder.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("at least two languages"))
    }
}

import CorpusModel
import Foundation
import RosettaTestSupport
import Testing
@testable import TMFormats

/// Seeded fuzzing of the TMX and CSV readers, bounded in time so that CI runs it every time:
/// mutated copies of the sample memories (bytes flipped, inserted, deleted, duplicated, cut,
/// spliced with another format) are read strictly and leniently. Every read ends (no hang: each
/// under a second), fails only with a `TMFormatError` that names the input, and whatever is read
/// is written again as TMX and CSV and read back: every output is well-formed.
/// `ROSETTA_FUZZ_ITERATIONS` runs more (default 400 per format); the committed corpus
/// (`Fixtures/fuzz`, inputs that once broke a reader, and hand-picked ones) runs every time.
@Suite struct ReaderFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["ROSETTA_FUZZ_ITERATIONS"] ?? "") ?? 400

    static func seedFile(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: testsFolder + "/Snapshots/" + name)))
    }

    /// One mutation of `bytes`, chosen by `random`.
    static func mutate(_ bytes: [UInt8], _ other: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.below(4)) where !result.isEmpty {
            let at = random.below(result.count)
            switch random.below(8) {
            case 0: result[at] ^= UInt8(1 << random.below(8))  // a flipped bit
            case 1: result.insert(random.pick([0x00, 0x3C, 0x3E, 0x26, 0x22, 0x2C, 0x0A, 0x0D, 0xFF, 0xC3, 0xE2, 0x09]), at: at)
            case 2: result.remove(at: at)
            case 3: result = Array(result[..<at])  // cut short
            case 4:  // a run repeated
                let end = min(result.count, at + 1 + random.below(64))
                result.insert(contentsOf: result[at..<end], at: end)
            case 5:  // a piece of the other format spliced in
                let start = random.below(max(other.count, 1)), end = min(other.count, start + random.below(200))
                result.insert(contentsOf: other[start..<end], at: at)
            case 6: result.insert(contentsOf: Array(random.pick(["<!ENTITY x \"y\">", "&amp;", "&#0;", "]]>", "<![CDATA[", "\"\"", "\u{FEFF}", "<seg>", "</tuv>", "x-score"]).utf8), at: at)
            default: result[at] = UInt8(random.below(256))
            }
        }
        return result
    }

    /// Reads `bytes` as `format`, strictly and leniently; checks what the issue asks of every run.
    static func exercise(_ bytes: [UInt8], as format: TMFormat, name: String) {
        for lenient in [false, true] {
            var units: [TranslationUnit] = []
            let start = ContinuousClock.now
            do {
                _ = try format.reader(.bytes(bytes, name: name), lenient: lenient).read { units.append($0) }
            } catch let error as TMFormatError {
                #expect(error.description.hasPrefix(name), "\(name): the error does not name the input: \(error)")
                #expect(!error.description.contains("libxml2"), "\(name): \(error)")
            } catch {
                Issue.record("\(name): not a TMFormatError: \(error)")
            }
            #expect(ContinuousClock.now - start < .seconds(1), "\(name): reading took \(ContinuousClock.now - start)")
            guard !units.isEmpty else { continue }
            // Whatever was read is written again, and the outputs read back.
            let languages = Array(Set(units.flatMap(\.languages))).sorted { $0.identifier < $1.identifier }
            let tmx = TextOutput.inMemory()
            let tmxWriter = TMXWriter(output: tmx, header: .init(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "fuzz"), duplicates: .keepAll)
            units.forEach(tmxWriter.write)
            tmxWriter.finish()
            #expect(throws: Never.self, "\(name): the TMX written from it does not read back") {
                _ = try TMFormat.tmx.reader(.bytes(tmx.memory, name: name + ".out.tmx")).read { _ in }
            }
            if languages.count >= 2 {
                let csv = TextOutput.inMemory()
                let csvWriter = CSVWriter(output: csv, languages: languages, options: .init(duplicates: .keepAll))
                units.forEach(csvWriter.write)
                csvWriter.finish()
                if csvWriter.report.unitsWritten > 0 {
                    #expect(throws: Never.self, "\(name): the CSV written from it does not read back") {
                        _ = try TMFormat.csv.reader(.bytes(csv.memory, name: name + ".out.csv")).read { _ in }
                    }
                }
            }
        }
    }

    @Test(arguments: [TMFormat.tmx, .csv, .tsv])
    func mutatedMemories(format: TMFormat) throws {
        let seed = try Self.seedFile("sample.\(format.rawValue)")
        let other = try Self.seedFile(format == .tmx ? "sample.csv" : "sample.tmx")
        let base = UInt64(ProcessInfo.processInfo.environment["ROSETTA_FUZZ_SEED"] ?? "") ?? 20_111
        var random = SplitMix64(seed: base + UInt64(format.rawValue.count))
        // ROSETTA_FUZZ_SAVE=FOLDER keeps the input under way: after a crash, it is the one to commit.
        let save = ProcessInfo.processInfo.environment["ROSETTA_FUZZ_SAVE"]
        for iteration in 0..<Self.iterations {
            let input = Self.mutate(seed, other, &random)
            if let save { try Data(input).write(to: URL(fileURLWithPath: "\(save)/last.\(format.rawValue)")) }
            Self.exercise(input, as: format, name: "fuzz-\(format.rawValue)-\(iteration)")
        }
    }

    @Test func theCommittedCorpus() throws {
        let folder = testsFolder + "/Fixtures/fuzz"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            guard let format = TMFormat(path: name) else { continue }
            Self.exercise(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))), as: format, name: name)
        }
    }
}

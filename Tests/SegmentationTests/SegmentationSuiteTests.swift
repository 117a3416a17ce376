import CorpusModel
import Segmentation
import Testing

/// The hand-written suite in `Fixtures/<lang>.cases`: every case must pass with Rosetta's
/// segmenter. The same cases are run through ICU's bare iterator for comparison (printed).
@Suite struct SegmentationSuiteTests {
    static func sentences(_ segmenter: some SentenceSegmenting, _ text: String) throws -> [String] {
        try segmenter.sentences(in: text).map { text[$0].singleLine }
    }

    @Test func suiteIsLargeEnough() {
        #expect(SegmentationCase.all.count >= 150)
        for language in ["en", "ru", "ko"] {
            #expect(SegmentationCase.all.filter { $0.language == language }.count >= 40)
        }
    }

    @Test(arguments: SegmentationCase.all)
    func rosettaSegmentsTheCase(_ testCase: SegmentationCase) throws {
        let segmenter = try SentenceSegmenter(language: LanguageTag(testCase.language))
        #expect(try Self.sentences(segmenter, testCase.input) == testCase.expected)
    }

    /// ICU's bare iterator (with its own abbreviation suppressions) against ours, per language and
    /// category. Printed, not asserted: ICU is the baseline, not the target.
    @Test func icuBaselineCounts() throws {
        var rows: [String: (total: Int, icu: Int, ours: Int)] = [:]
        var icuSegmenters: [String: ICUSentenceSegmenter] = [:]
        var ourSegmenters: [String: SentenceSegmenter] = [:]
        for testCase in SegmentationCase.all {
            let language = try LanguageTag(testCase.language)
            let icu = try icuSegmenters[testCase.language] ?? ICUSentenceSegmenter(language: language)
            let ours = try ourSegmenters[testCase.language] ?? SentenceSegmenter(language: language)
            icuSegmenters[testCase.language] = icu
            ourSegmenters[testCase.language] = ours
            for key in ["\(testCase.language) \(testCase.category)", "\(testCase.language) ALL"] {
                var row = rows[key] ?? (0, 0, 0)
                row.total += 1
                if try Self.sentences(icu, testCase.input) == testCase.expected { row.icu += 1 }
                if try Self.sentences(ours, testCase.input) == testCase.expected { row.ours += 1 }
                rows[key] = row
            }
        }
        var report = "segmentation suite: language category — ICU bare / Rosetta / cases\n"
        for key in rows.keys.sorted() {
            let row = rows[key]!
            report += "  \(key): ICU \(row.icu)/\(row.total), Rosetta \(row.ours)/\(row.total)\n"
        }
        print(report)
        let total = rows.filter { $0.key.hasSuffix(" ALL") }.values
        #expect(total.reduce(0) { $0 + $1.ours } == total.reduce(0) { $0 + $1.total })
    }
}

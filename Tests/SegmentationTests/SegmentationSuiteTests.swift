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

    /// Known misses must still fail: one that starts passing is reported, so its mark goes.
    @Test(arguments: SegmentationCase.all)
    func rosettaSegmentsTheCase(_ testCase: SegmentationCase) throws {
        let segmenter = try SentenceSegmenter(language: LanguageTag(testCase.language))
        let sentences = try Self.sentences(segmenter, testCase.input)
        if let reason = testCase.knownMiss {
            withKnownIssue(Comment(rawValue: reason)) { #expect(sentences == testCase.expected) }
        } else {
            #expect(sentences == testCase.expected)
        }
    }

    /// ICU's bare iterator, our segmenter with the language's rules switched off (paragraphs and
    /// line handling only), and ours, per case file and category. Printed, not asserted: ICU is
    /// the baseline, not the target.
    @Test func baselineCounts() throws {
        struct Row { var total = 0, icu = 0, rulesOff = 0, ours = 0 }
        var rows: [String: Row] = [:]
        var segmenters: [String: (ICUSentenceSegmenter, SentenceSegmenter, SentenceSegmenter)] = [:]
        for testCase in SegmentationCase.all {
            let language = try LanguageTag(testCase.language)
            let three = try segmenters[testCase.language]
                ?? (ICUSentenceSegmenter(language: language), SentenceSegmenter(language: language, rules: SegmentationRules()),
                    SentenceSegmenter(language: language))
            segmenters[testCase.language] = three
            for key in ["\(testCase.file) \(testCase.category)", "\(testCase.file) ALL", "\(testCase.language) ALL"] {
                var row = rows[key] ?? Row()
                row.total += 1
                if try Self.sentences(three.0, testCase.input) == testCase.expected { row.icu += 1 }
                if try Self.sentences(three.1, testCase.input) == testCase.expected { row.rulesOff += 1 }
                if try Self.sentences(three.2, testCase.input) == testCase.expected { row.ours += 1 }
                rows[key] = row
            }
        }
        var report = "segmentation suite, cases exactly right: ICU bare / rules off / Rosetta of cases\n"
        for key in rows.keys.sorted() {
            let row = rows[key]!
            report += "  \(key): \(row.icu) / \(row.rulesOff) / \(row.ours) of \(row.total)\n"
        }
        print(report)
        let misses = SegmentationCase.all.filter { $0.knownMiss != nil }.count
        let total = rows.filter { !$0.key.contains(".cases") }.values
        #expect(total.reduce(0) { $0 + $1.ours } == total.reduce(0) { $0 + $1.total } - misses)
    }
}

import CorpusModel
import Foundation
import Segmentation
import Testing

/// Rule data: the shipped lists load, users can add their own, and bad entries are reported.
@Suite struct SegmentationRulesTests {
    @Test func builtInListsLoad() throws {
        let english = try SegmentationRules.builtIn(for: .english)
        #expect(english.abbreviations["Gen"] == .inner)
        #expect(english.abbreviations["U.S"] == .ambiguous)
        #expect(english.abbreviations["a.m"] == .number)
        #expect(english.starters.contains("However"))
        #expect(english.ellipsisIsOmission)
        let russian = try SegmentationRules.builtIn(for: .russian)
        #expect(russian.abbreviations["гг"] == .number)
        #expect(russian.abbreviations["т.д"] == .final)
        #expect(russian.months.contains("августа"))
        #expect(!russian.ellipsisIsOmission)
        let korean = try SegmentationRules.builtIn(for: .korean)
        #expect(korean.endings.contains(KoreanEnding("ㅆ다")!))
        let german = try SegmentationRules.builtIn(for: LanguageTag("de"))
        #expect(german.abbreviations["z.B"] == .inner && german.ordinalDot && german.capitalizesNouns)
        // A language without a profile segments with ICU and the general rules only.
        #expect(try SegmentationRules.builtIn(for: LanguageTag("nl")).abbreviations.isEmpty)
    }

    @Test func koreanEndingsReadJamo() {
        let past = KoreanEnding("ㅆ다")
        #expect(past?.finalConsonant == 20)  // ㅆ
        #expect(past?.suffix == Array("다".utf16))
        #expect(KoreanEnding("니다")?.finalConsonant == nil)
        #expect(KoreanEnding("abc") == nil)
    }

    @Test func userAbbreviationsChangeTheSegmentation() throws {
        let text = "The ship docked at Pt. Harlow at noon. Cargo was unloaded."
        let plain = try SentenceSegmenter(language: .english)
        #expect(try plain.sentences(in: text).count == 3)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-\(UUID().uuidString).abbreviations")
        try "# my house list\nPt.\nHbr. ambiguous\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var rules = try SegmentationRules.builtIn(for: .english)
        try rules.addAbbreviations(contentsOf: file)
        #expect(rules.abbreviations["Hbr"] == .ambiguous)
        let custom = try SentenceSegmenter(language: .english, rules: rules)
        #expect(try custom.sentences(in: text).map { String(text[$0]) } == ["The ship docked at Pt. Harlow at noon.", "Cargo was unloaded."])
    }

    @Test func badKindIsReported() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rosetta-\(UUID().uuidString).abbreviations")
        try "Pt. sometimes\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var rules = SegmentationRules()
        #expect(throws: SegmentationError.self) { try rules.addAbbreviations(contentsOf: file) }
    }
}
